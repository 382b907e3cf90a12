import { forbidden, unauthenticated } from '../../../errors';
import type { RequestContext } from '../../context';

/** The editor's name for the audit log; throws before any graph access otherwise. */
export function requireEditor({ caller }: RequestContext): string {
  if (caller.kind === 'anonymous') throw unauthenticated();
  if (caller.kind === 'reader') throw forbidden('A reader token can read but not write: this needs an editor token.');
  if (caller.kind === 'invalid') throw forbidden();
  return caller.name;
}
