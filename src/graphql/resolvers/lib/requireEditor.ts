import { createHash } from 'node:crypto';
import type { GraphQLResolveInfo } from 'graphql';
import { forbidden, unauthenticated } from '../../../errors';
import type { Writer } from '../../../services/lib/writer';
import type { RequestContext } from '../../context';

/** The editor's name for the audit log; throws before any graph access otherwise. */
export function requireEditor({ caller }: RequestContext): string {
  if (caller.kind === 'anonymous') throw unauthenticated();
  if (caller.kind === 'reader') throw forbidden('A reader token can read but not write: this needs an editor token.');
  if (caller.kind === 'invalid') throw forbidden();
  return caller.name;
}

/** JSON with object keys sorted, so the same arguments always hash the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([name, item]) => `${JSON.stringify(name)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * The editor, and the idempotency scope of this mutation field when the request sent an
 * Idempotency-Key: one key covers each field of the operation separately (by its response
 * name), and is private to the editor who sent it.
 */
export function requireWriter(context: RequestContext, info: GraphQLResolveInfo, args: unknown): Writer {
  const name = requireEditor(context);
  const key = context.idempotencyKey;
  if (key === undefined) return { name };
  return {
    name,
    idempotency: {
      id: sha256(canonicalJson([name, key, info.path.key])),
      fingerprint: sha256(canonicalJson([info.fieldName, args])),
    },
  };
}
