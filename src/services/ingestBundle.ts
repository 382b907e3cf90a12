/**
 * A bundle (documents + entities + facts) written all or nothing: validated against itself and
 * the graph first, then one transaction with the mentions of its new documents and an audit
 * record. The same code path as the mutations (validation, writeBundle, auditedWrite).
 */
import type { Database } from '../db/database';
import { findKnownGraph } from '../store/knownGraph';
import { countsOf, writeBundle, type LoadCounts } from '../store/writes/loadBundle';
import { findMentions } from './lib/findMentions';
import { referencedIds, type RawBundle } from '../domain/bundle/rawBundle';
import { validateBundle } from '../domain/bundle/validateBundle';
import { auditedWrite } from './lib/auditedWrite';

export async function ingestBundle(db: Database, editor: string, raw: RawBundle, label: string): Promise<LoadCounts> {
  const bundle = validateBundle(raw, await findKnownGraph(db, referencedIds(raw)));
  const linked = [];
  for (const document of bundle.documents) linked.push(...(await findMentions(db, document.id, document.text)));
  const complete = { ...bundle, mentions: [...bundle.mentions, ...linked] };
  await auditedWrite(db, 'ingestBundle', editor, async (tx) => {
    await writeBundle(tx, complete);
    const summary = `ingested ${label}: ${bundle.documents.length} documents, ${bundle.entities.length} entities, ${bundle.facts.length} facts`;
    const entityIds = [...new Set([...bundle.entities.map((e) => e.id), ...bundle.facts.flatMap((f) => [f.fromId, f.toId])])];
    return { result: undefined, change: { summary, entityIds } };
  });
  return countsOf(complete);
}
