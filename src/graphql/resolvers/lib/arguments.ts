/** Argument checks shared by root fields: each failure is BAD_USER_INPUT naming the argument. */
import { isIsoDate } from '../../../domain/dates';
import { badInput } from '../../../errors';

export function optionalDate(value: string | null | undefined, argument: string): string | null {
  if (value == null) return null;
  if (!isIsoDate(value))
    throw badInput(`\`${argument}\` must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD; got "${value.slice(0, 40)}".`, argument);
  return value;
}

export function boundedInt(value: number | null | undefined, argument: string, fallback: number, min: number, max: number): number {
  const chosen = value ?? fallback;
  if (!Number.isInteger(chosen) || chosen < min || chosen > max) {
    throw badInput(`\`${argument}\` must be between ${min} and ${max}; got ${chosen}.`, argument);
  }
  return chosen;
}

export function boundedText(value: string, argument: string, max: number): string {
  if (value.length > max) throw badInput(`\`${argument}\` may be at most ${max} characters; got ${value.length}.`, argument);
  return value;
}

export function nonEmptyList<T>(values: readonly T[] | null | undefined): T[] | null {
  return values && values.length > 0 ? [...values] : null;
}
