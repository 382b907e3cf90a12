/** The first statement of ingestDocument: the document's node, created bare if new, locked. */
import type { NamedQuery } from '../../db/namedQuery';
import type { Transaction } from '../../db/transaction';
import { lockIfMatched } from '../fragments';

// MERGE takes the id's uniqueness lock: of racing ingests of one document exactly one creates the
// node, the others wait for it to commit and then read its text.
const claimDocumentQuery: NamedQuery = {
  name: 'claimDocument',
  cypher: `
    MERGE (d:Document {id: $id})
    ${lockIfMatched('d')}
    RETURN d.text IS NULL AS created, d.text = $text AS sameText`,
};

/**
 * Locks document `id`, creating its bare node if there is none. `created` when it was not there;
 * else `sameText` says whether it holds `text` (compared in the database, not sent back).
 */
export async function claimDocument(tx: Transaction, id: string, text: string): Promise<{ created: boolean; sameText: boolean }> {
  const [row] = await tx.run<{ created: boolean; sameText: boolean | null }>(claimDocumentQuery, { id, text });
  return { created: row!.created, sameText: row!.sameText === true };
}
