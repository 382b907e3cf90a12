/**
 * acceptCandidate: a name candidate becomes a new entity (through the same bundle validation as
 * upsertEntity), its mention in its document is linked, and the candidate records who accepted
 * it, when, and as which entity. One audited transaction.
 */
import type { CandidateEntityInput } from '../__generated__/graphql';
import type { Database } from '../db/database';
import { nameKey } from '../domain/nameKey';
import { conflict } from '../errors';
import { findCandidateById } from '../store/candidates';
import type { CandidateRecord } from '../store/records';
import { lockEntityIds } from '../store/writes/lockEntityIds';
import { writeBundle } from '../store/writes/loadBundle';
import { markCandidate } from '../store/writes/judgeCandidate';
import { auditedWrite } from './lib/auditedWrite';
import type { Writer } from './lib/writer';
import { candidateNotFound, claimOpenCandidate } from './lib/openCandidate';
import { validateAgainstGraph } from './lib/validateAgainstGraph';

/** "Ministry of Economy, Trade and Industry" -> "ministry-of-economy-trade-and-industry". */
export const entityIdOf = (name: string) => nameKey(name).replace(/ /g, '-').slice(0, 100).replace(/-+$/, '');

export async function acceptCandidate(
  db: Database,
  writer: Writer,
  id: string,
  input: CandidateEntityInput | null | undefined,
): Promise<CandidateRecord> {
  const candidate = await findCandidateById(db, id);
  if (!candidate) throw candidateNotFound(id);
  const name = input?.name ?? candidate.name;
  const entityId = input?.id ?? entityIdOf(name);
  const type = input?.type ?? candidate.type;
  const aliases = candidate.surface !== name ? [{ text: candidate.surface, document: candidate.documentId }] : [];
  const bundle = await validateAgainstGraph(
    db,
    {
      documents: [],
      entities: [{ file: 'input', value: { id: entityId, type, name, description: input?.description, aliases } }],
      facts: [],
    },
    /^entities\[0\]/,
  );
  const mention = { documentId: candidate.documentId, entityId, text: candidate.surface, start: candidate.start, end: candidate.end };
  return auditedWrite(db, 'acceptCandidate', writer, async (tx) => {
    await claimOpenCandidate(tx, id);
    // Locked first, so an accept racing an upsert or a merge of the same id sees it.
    if ((await lockEntityIds(tx, [entityId])).has(entityId)) {
      throw conflict(`An entity ${entityId} exists already (or was merged away): link the candidate to it, or give another id.`);
    }
    await writeBundle(tx, { ...bundle, mentions: [...bundle.mentions, mention] });
    const judged = await markCandidate(tx, id, { state: 'ACCEPTED', editor: writer.name, entityId });
    const summary = `accepted candidate "${candidate.surface}" of ${candidate.documentId} as new ${type} ${entityId} "${name}"`;
    return { result: judged, change: { summary, entityIds: [entityId], documentIds: [candidate.documentId] } };
  });
}
