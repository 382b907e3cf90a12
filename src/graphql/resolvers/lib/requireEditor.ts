import { forbidden, unauthenticated } from '../../../errors';
import type { RequestContext } from '../../context';

/** The editor's name for the audit log; throws before any graph access otherwise. */
export function requireEditor({ caller }: RequestContext): string {
  if (caller.kind === 'anonymous') throw unauthenticated();
  if (caller.kind === 'invalid') throw forbidden();
  return caller.name;
}
