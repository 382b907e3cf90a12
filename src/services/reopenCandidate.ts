/**
 * reopenCandidate: undoes the judgement on a name candidate, whichever it was; the candidate is
 * OPEN again, as ingestion left it.
 * - REJECTED: the verdicts its rejection kept for later documents are lifted (a verdict another
 *   rejection also made stays).
 * - LINKED: its mention is unlinked, and the alias the link gave the entity is taken back (not one
 *   the entity had before).
 * - ACCEPTED: the entity it became is removed with its mention, but only while nothing has been
 *   built on it since (facts, other mentions, merges, aliases added): CONFLICT then, as removing
 *   it would take those with it; retract or unmerge them first.
 * - OPEN but flagged UNSURE (markCandidateUnsure): the mark is lifted. A mark made before an
 *   accept, link or rejection stays when that judgement is undone (the latest is undone first).
 * One audited write, like the judgement it undoes.
 */
import type { Database } from '../db/database';
import type { Transaction } from '../db/transaction';
import { nameKey } from '../domain/nameKey';
import { conflict } from '../errors';
import { findCandidateById } from '../store/candidates';
import { findEntitiesByIds } from '../store/entities';
import type { CandidateRecord } from '../store/records';
import { claimCandidate, liftCandidateUnsure, reopenCandidate as reopen } from '../store/writes/judgeCandidate';
import { removeAcceptedEntity, removeAddedAlias, unlinkCandidateMention } from '../store/writes/undoJudgement';
import { auditedWrite } from './lib/auditedWrite';
import { candidateNotFound } from './lib/openCandidate';
import type { Writer } from './lib/writer';

export interface ReopenedCandidate {
  candidate: CandidateRecord;
  /** The entity an undone accept removed. */
  removedEntityId: string | null;
  /** The alias an undone link took back from its entity. */
  removedAlias: string | null;
  /** What was undone was an UNSURE mark. */
  unflagged: boolean;
}

/** What undoing the candidate's judgement took back, in words for the audit record. */
async function undo(
  tx: Transaction,
  candidate: CandidateRecord,
  otherNames: readonly string[],
): Promise<{ removedEntityId: string | null; removedAlias: string | null }> {
  const entityId = candidate.judgement?.entityId ?? null;
  const mention = { documentId: candidate.documentId, start: candidate.start, end: candidate.end };
  if (candidate.state === 'LINKED' && entityId) {
    await unlinkCandidateMention(tx, { ...mention, entityId });
    const alias = candidate.judgement?.addedAlias ?? null;
    if (!alias) return { removedEntityId: null, removedAlias: null };
    const key = nameKey(alias);
    // Another of its names may share the alias's key ("EU-Japan" and "EU Japan"): the key stays then.
    const keepKey = otherNames.some((other) => other !== alias && nameKey(other) === key);
    await removeAddedAlias(tx, { entityId, alias, key, keepKey });
    return { removedEntityId: null, removedAlias: alias };
  }
  if (candidate.state === 'ACCEPTED' && entityId) {
    const outcome = await removeAcceptedEntity(tx, { ...mention, entityId, surface: candidate.surface });
    if (outcome && !outcome.removed) {
      const since = [
        outcome.builtOn > 0 ? `${outcome.builtOn} relation(s) or mention(s)` : '',
        outcome.laterAliases.length > 0 ? `the alias(es) ${outcome.laterAliases.map((alias) => `"${alias}"`).join(', ')}` : '',
      ].filter(Boolean);
      throw conflict(`Entity ${entityId} has ${since.join(' and ')} added since it was accepted: retract, unmerge or edit those first.`);
    }
    return { removedEntityId: outcome ? entityId : null, removedAlias: null };
  }
  return { removedEntityId: null, removedAlias: null };
}

export async function reopenCandidate(db: Database, writer: Writer, id: string): Promise<ReopenedCandidate> {
  const before = await findCandidateById(db, id);
  if (!before) throw candidateNotFound(id);
  // The linked entity's other names, read before: whether the alias's name key is still theirs.
  const linkedTo = before.state === 'LINKED' && before.judgement?.entityId ? await findEntitiesByIds(db, [before.judgement.entityId]) : [];
  const otherNames = linkedTo.flatMap((entity) => [entity.name, ...entity.aliases]);
  return auditedWrite<ReopenedCandidate>(db, 'reopenCandidate', writer, async (tx) => {
    const candidate = await claimCandidate(tx, id);
    if (!candidate) throw candidateNotFound(id);
    if (candidate.state === 'OPEN' && candidate.unsure) {
      const lifted = await liftCandidateUnsure(tx, id);
      return {
        result: { candidate: lifted, removedEntityId: null, removedAlias: null, unflagged: true },
        change: {
          summary: `lifted the unsure mark on candidate "${candidate.surface}" of ${candidate.documentId} (by ${candidate.unsure.editor})`,
          entityIds: [],
          documentIds: [candidate.documentId],
          details: { undid: 'UNSURE' },
        },
      };
    }
    if (candidate.state === 'OPEN') throw conflict(`Candidate ${id} is OPEN: there is no judgement to undo.`);
    const taken = await undo(tx, candidate, candidate.state === before.state ? otherNames : []);
    const reopened = await reopen(tx, id);
    const what = [
      taken.removedEntityId ? `removed entity ${taken.removedEntityId}` : '',
      taken.removedAlias ? `took back alias "${taken.removedAlias}"` : '',
    ].filter(Boolean);
    const summary =
      `reopened candidate "${candidate.surface}" of ${candidate.documentId} (${candidate.state} by ${candidate.judgement?.editor ?? 'someone'})` +
      (what.length > 0 ? `: ${what.join(', ')}` : '');
    const entityIds = candidate.judgement?.entityId && !taken.removedEntityId ? [candidate.judgement.entityId] : [];
    return {
      result: { candidate: reopened, ...taken, unflagged: false },
      change: {
        summary,
        entityIds,
        documentIds: [candidate.documentId],
        details: { undid: candidate.state, entityId: candidate.judgement?.entityId ?? null, ...taken },
      },
    };
  });
}
