/**
 * A bundle (documents + entities + facts) written all or nothing: validated against itself and
 * the graph first, then one transaction with the mentions of its new documents and an audit
 * record. The same code path as the mutations (validation, writeBundle, recordChange).
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database';
import { recordChange } from '../store/writes/recordChange';
import { findKnownGraph } from '../store/knownGraph';
import { writeBundle, type LoadCounts } from '../store/writes/loadBundle';
import { findMentions } from './lib/findMentions';
import { referencedIds, validateBundle, type RawBundle } from '../domain/bundle/validateBundle';

export async function ingestBundle(db: Database, editor: string, raw: RawBundle, label: string): Promise<LoadCounts> {
  const bundle = validateBundle(raw, await findKnownGraph(db, referencedIds(raw)));
  const linked = [];
  for (const document of bundle.documents) linked.push(...(await findMentions(db, document.id, document.text)));
  const complete = { ...bundle, mentions: [...bundle.mentions, ...linked] };
  await db.writeTransaction('ingestBundle', async (tx) => {
    await writeBundle(tx, complete);
    await recordChange(tx, {
      id: randomUUID(),
      operation: 'ingestBundle',
      editor,
      summary: `ingested ${label}: ${bundle.documents.length} documents, ${bundle.entities.length} entities, ${bundle.facts.length} facts`,
      entityIds: [...new Set([...bundle.entities.map((e) => e.id), ...bundle.facts.flatMap((f) => [f.fromId, f.toId])])],
    });
  });
  return {
    documents: complete.documents.length,
    entities: complete.entities.length,
    mentions: complete.mentions.length,
    facts: complete.facts.length,
    evidence: complete.evidence.length,
  };
}
