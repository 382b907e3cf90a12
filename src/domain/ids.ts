/** How ids of derived things are made, so the loader, the API and the writes agree. */
import { nameKey } from './nameKey';

/** A fact's id: readable in Neo4j Browser and stable across reloads ("<from>.<TYPE>.<to>[.<role>]"). */
export function factIdOf(type: string, from: string, to: string, role?: string | null): string {
  const base = `${from}.${type}.${to}`;
  return role ? `${base}.${nameKey(role).replace(/ /g, '-')}` : base;
}

/** The pseudo fact id under which an entity's own date keeps its evidence. */
export function entityDateFactId(entityId: string): string {
  return `${entityId}.DATE`;
}

/** The entity whose date a pseudo fact id ("<entity>.DATE") holds, or null for a real fact's id. */
export function entityOfDateFactId(factId: string): string | null {
  const parts = factId.split('.');
  return parts.length === 2 && parts[1] === 'DATE' ? (parts[0] ?? null) : null;
}

export function evidenceIdOf(factId: string, documentId: string, start: number): string {
  return `${factId}@${documentId}:${start}`;
}
