/**
 * A bundle (documents + entities + facts) written all or nothing: validated against itself and
 * the graph first, then one transaction with the mentions of its new documents (the name engine,
 * as ingestDocument), their name candidates, the fact reader's proposals (as ingestDocument: the
 * engine's links and the candidates written, less those an editor rejected) and an audit record. The same code path as the
 * mutations (validation, writeBundle, auditedWrite).
 */
import type { Database } from '../db/database';
import { conflict } from '../errors';
import { findKnownGraph } from '../store/knownGraph';
import { lockEntityIds } from '../store/writes/lockEntityIds';
import { countsOf, writeBundle, type LoadCounts } from '../store/writes/loadBundle';
import { resolveDocumentNames } from './lib/resolveDocumentNames';
import { documentProposals } from './lib/documentProposals';
import { nameIndexOf } from './lib/nameIndexCache';
import { findRejectedJudgementKeys } from '../store/proposals';
import { writeProposals } from '../store/writes/writeProposals';
import { writeCandidates } from '../store/writes/writeCandidates';
import type { CandidateRecord, ProposalRecord } from '../store/records';
import { referencedIds, type RawBundle } from '../domain/bundle/rawBundle';
import { validateBundle } from '../domain/bundle/validateBundle';
import { auditedWrite } from './lib/auditedWrite';
import type { Writer } from './lib/writer';

export async function ingestBundle(db: Database, writer: Writer, raw: RawBundle, label: string): Promise<LoadCounts> {
  const bundle = validateBundle(raw, await findKnownGraph(db, referencedIds(raw)));
  // The bundle's own mentions (its aliases and names in its documents) win where the name engine,
  // which knows only the graph so far, links or proposes something overlapping them.
  const linked = [];
  const candidates: CandidateRecord[] = [];
  const read: ProposalRecord[] = [];
  const index = bundle.documents.length > 0 ? await nameIndexOf(db) : undefined;
  for (const document of bundle.documents) {
    const found = await resolveDocumentNames(db, document.id, document.text, document.publishedAt);
    const own = bundle.mentions.filter((mention) => mention.documentId === document.id);
    const free = (span: { start: number; end: number }) => !own.some((mention) => mention.start < span.end && span.start < mention.end);
    linked.push(...found.mentions.filter(free));
    const written = found.candidates.filter(free);
    candidates.push(...written, ...found.ambiguous.filter(free));
    // An end that is a candidate the bundle's own mention replaced is not written: its proposals go.
    read.push(
      ...documentProposals({
        documentId: document.id,
        text: document.text,
        publishedAt: document.publishedAt,
        resolution: found.resolution,
        candidates: written,
        index: index!,
      }),
    );
  }
  const rejected = await findRejectedJudgementKeys(db, [...new Set(read.map((proposal) => proposal.judgementKey))]);
  const proposals = read.filter((proposal) => !rejected.has(proposal.judgementKey));
  const complete = { ...bundle, mentions: [...bundle.mentions, ...linked] };
  const entityIds = [...new Set([...bundle.entities.map((e) => e.id), ...bundle.facts.flatMap((f) => [f.fromId, f.toId])])];
  await auditedWrite(db, 'ingestBundle', writer, async (tx) => {
    // As upsertEntity and assertFact: a merged-away id is not written to (nor brought back as a
    // second node with its id); locked first, so a merge racing the ingest is seen.
    const mergedAway = [...(await lockEntityIds(tx, entityIds)).values()].filter((id) => !id.isEntity);
    if (mergedAway.length > 0) {
      const where = mergedAway.slice(0, 5).map((id) => `${id.id} into ${id.resolvesTo ?? 'another entity'}`);
      throw conflict(
        `The bundle writes to merged-away ids (${where.join(', ')}${mergedAway.length > 5 ? ', ...' : ''}); use the entities they were merged into.`,
      );
    }
    await writeBundle(tx, complete);
    await writeCandidates(tx, candidates);
    await writeProposals(tx, proposals);
    const summary = `ingested ${label}: ${bundle.documents.length} documents, ${bundle.entities.length} entities, ${bundle.facts.length} facts, ${proposals.length} fact proposals`;
    const factIds = bundle.facts.map((fact) => fact.id);
    return { result: undefined, change: { summary, entityIds, factIds, documentIds: bundle.documents.map((d) => d.id) } };
  });
  return countsOf(complete);
}
