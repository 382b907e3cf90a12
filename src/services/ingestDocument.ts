/**
 * ingestDocument: a new source, linked to the known entities its text names (by name, alias or
 * variant: the name engine, lib/resolveDocumentNames.ts), with the names the graph lacks and the
 * mentions it leaves ambiguous stored as candidates for review, and the facts its sentences state
 * stored as proposals for review (lib/documentProposals.ts), except those an editor rejected
 * before for the same sentence. Idempotent: the same document again, repeated or racing, answers
 * `created: false` and writes and records nothing.
 */
import { createHash } from 'node:crypto';
import type { IngestDocumentInput } from '../__generated__/graphql';
import type { Database } from '../db/database';
import { conflict } from '../errors';
import { findDocumentsByIds } from '../store/documents';
import { claimDocument } from '../store/writes/claimDocument';
import { writeBundle } from '../store/writes/loadBundle';
import { resolveDocumentNames } from './lib/resolveDocumentNames';
import { writeCandidates } from '../store/writes/writeCandidates';
import { writeProposals } from '../store/writes/writeProposals';
import { findRejectedJudgementKeys } from '../store/proposals';
import { documentProposals } from './lib/documentProposals';
import { nameIndexOf } from './lib/nameIndexCache';
import type { IngestDocumentResult } from '../store/records';
import { validateAgainstGraph } from './lib/validateAgainstGraph';
import { auditedWrite } from './lib/auditedWrite';
import type { Writer } from './lib/writer';

/** A stable id for a document: from its URL when it has one, else from its text. */
export function documentIdFor(input: { url?: string | null; text: string }): string {
  return `doc-${createHash('sha256')
    .update(input.url ?? input.text, 'utf8')
    .digest('hex')
    .slice(0, 16)}`;
}

export async function ingestDocument(db: Database, writer: Writer, input: IngestDocumentInput): Promise<IngestDocumentResult> {
  const id = input.id ?? documentIdFor(input);
  const bundle = await validateAgainstGraph(
    db,
    { documents: [{ file: 'input', value: { ...input, id } }], entities: [], facts: [] },
    /^documents\[0\]/,
  );
  // A repeat is answered without a write; a race past this check is settled by claimDocument.
  const [existing] = await findDocumentsByIds(db, [id]);
  if (existing && existing.text !== input.text) throw differentText(id);
  if (existing) return unchanged(id);
  const { mentions, candidates, ambiguous, resolution } = await resolveDocumentNames(db, id, input.text, input.publishedAt);
  const index = await nameIndexOf(db);
  const read = documentProposals({ documentId: id, text: input.text, publishedAt: input.publishedAt, resolution, candidates, index });
  const rejected = await findRejectedJudgementKeys(db, [...new Set(read.map((proposal) => proposal.judgementKey))]);
  const proposals = read.filter((proposal) => !rejected.has(proposal.judgementKey));
  return auditedWrite<IngestDocumentResult>(
    db,
    'ingestDocument',
    writer,
    async (tx) => {
      const claim = await claimDocument(tx, id, input.text);
      if (!claim.created && !claim.sameText) throw differentText(id);
      // Another ingest of the same document committed first: it wrote and recorded everything.
      if (!claim.created) return { result: unchanged(id), change: undefined };
      await writeBundle(tx, { ...bundle, mentions });
      await writeCandidates(tx, [...candidates, ...ambiguous]);
      await writeProposals(tx, proposals);
      const summary =
        `ingested document ${id} "${input.title.slice(0, 100)}" with ${mentions.length} mentions, ` +
        `${candidates.length} new-name candidates, ${ambiguous.length} ambiguous mentions and ${proposals.length} fact proposals`;
      return {
        result: { documentId: id, created: true, mentions, candidates, ambiguous, proposals },
        change: { summary, entityIds: [...new Set(mentions.map((mention) => mention.entityId))], documentIds: [id] },
      };
    },
    // A document, its mentions, candidates and fact proposals: no name, alias, fact or verdict changes.
    { leavesNamesAlone: true },
  );
}

const unchanged = (documentId: string): IngestDocumentResult => ({
  documentId,
  created: false,
  mentions: [],
  candidates: [],
  ambiguous: [],
  proposals: [],
});

const differentText = (id: string) => conflict(`Document ${id} exists with a different text; give another id.`);
