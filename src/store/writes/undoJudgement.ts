/**
 * Undoing editors' judgements on names, inside a mutation's transaction: what acceptCandidate,
 * linkCandidate, confirmMention and rejectMention wrote is taken back, and only that. An entity
 * an accept created is removed only while nothing else has been built on it (facts, other
 * mentions, merges, aliases added since); an alias a link added is removed only if the link added
 * it (`c.addedAlias`), not if the entity had it already.
 */
import type { NamedQuery } from '../../db/namedQuery';
import type { Transaction } from '../../db/transaction';
import { lockForUpdate } from '../fragments';

const unlinkCandidateMentionQuery: NamedQuery = {
  name: 'unlinkCandidateMention',
  cypher: `
    MATCH (:Document {id: $documentId})-[m:MENTIONS {start: $start, end: $end}]->(:Entity {id: $entityId})
    DELETE m
    RETURN count(*) AS removed`,
};

const removeAddedAliasQuery: NamedQuery = {
  name: 'removeAddedAlias',
  cypher: `
    MATCH (e:Entity {id: $entityId})
    ${lockForUpdate('e')}
    SET e.aliases = [alias IN coalesce(e.aliases, []) WHERE alias <> $alias],
        e.nameKeys = CASE WHEN $keepKey THEN e.nameKeys ELSE [key IN coalesce(e.nameKeys, []) WHERE key <> $key] END
    RETURN e.id AS id`,
};

// Whatever else touches the entity than its own audit records and the candidate's mention.
const removeAcceptedEntityQuery: NamedQuery = {
  name: 'removeAcceptedEntity',
  cypher: `
    MATCH (e:Entity {id: $entityId})
    ${lockForUpdate('e')}
    WITH e, COUNT {
      MATCH (e)-[r]-(other)
      WHERE NOT other:Change
        AND NOT (type(r) = 'MENTIONS' AND other.id = $documentId AND r.start = $start AND r.end = $end)
    } AS builtOn,
    [alias IN coalesce(e.aliases, []) WHERE alias <> $surface] AS laterAliases
    CALL (e, builtOn, laterAliases) {
      WITH e WHERE builtOn = 0 AND size(laterAliases) = 0
      DETACH DELETE e
      RETURN true AS removed
    UNION
      WITH e WHERE builtOn > 0 OR size(laterAliases) > 0
      RETURN false AS removed
    }
    RETURN removed, builtOn, laterAliases`,
};

export async function unlinkCandidateMention(
  tx: Transaction,
  mention: { documentId: string; start: number; end: number; entityId: string },
): Promise<void> {
  await tx.run(unlinkCandidateMentionQuery, mention);
}

export async function removeAddedAlias(
  tx: Transaction,
  removal: { entityId: string; alias: string; key: string; keepKey: boolean },
): Promise<void> {
  await tx.run(removeAddedAliasQuery, removal);
}

/**
 * Removes the entity an accept created, with its mention; `removed: false` with what was built on
 * it since when it must stay. Undefined when the entity no longer exists (merged away, say).
 */
export async function removeAcceptedEntity(
  tx: Transaction,
  accepted: { entityId: string; documentId: string; start: number; end: number; surface: string },
): Promise<{ removed: boolean; builtOn: number; laterAliases: string[] } | undefined> {
  const [row] = await tx.run<{ removed: boolean; builtOn: number; laterAliases: string[] }>(removeAcceptedEntityQuery, accepted);
  return row;
}

const confirmMentionQuery: NamedQuery = {
  name: 'confirmMention',
  cypher: `
    MATCH (:Document {id: $documentId})-[m:MENTIONS {start: $start, end: $end}]->(e:Entity)
    SET m.confirmedBy = coalesce(m.confirmedBy, $editor), m.confirmedAt = coalesce(m.confirmedAt, toString(datetime()))
    RETURN e.id AS entityId, m.text AS text`,
};

/** Marks a mention confirmed (the first editor and time stay); empty when there is none. */
export async function confirmMention(
  tx: Transaction,
  mention: { documentId: string; start: number; end: number; editor: string },
): Promise<Array<{ entityId: string; text: string }>> {
  return tx.run<{ entityId: string; text: string }>(confirmMentionQuery, mention);
}

const flagMentionUnsureQuery: NamedQuery = {
  name: 'flagMentionUnsure',
  cypher: `
    MATCH (:Document {id: $documentId})-[m:MENTIONS {start: $start, end: $end}]->(e:Entity)
    WITH m, e, m.unsureBy IS NULL AS fresh
    SET m.unsureBy = CASE WHEN fresh THEN $editor ELSE m.unsureBy END,
        m.unsureAt = CASE WHEN fresh THEN toString(datetime()) ELSE m.unsureAt END,
        m.unsureNote = CASE WHEN fresh THEN $note ELSE m.unsureNote END
    RETURN e.id AS entityId, m.text AS text, fresh`,
};

/** Flags a mention UNSURE (the first editor, time and note stay); empty when there is none. */
export async function flagMentionUnsure(
  tx: Transaction,
  mention: { documentId: string; start: number; end: number; editor: string; note: string | null },
): Promise<Array<{ entityId: string; text: string; fresh: boolean }>> {
  return tx.run<{ entityId: string; text: string; fresh: boolean }>(flagMentionUnsureQuery, mention);
}

// The judgement rejectMention, confirmMention or markMentionUnsure kept for this mention (`source`), latest first.
const takeBackMentionJudgementQuery: NamedQuery = {
  name: 'takeBackMentionJudgement',
  cypher: `
    MATCH (j:NameJudgement {source: $source})
    WHERE j.onMention OR NOT EXISTS { MATCH (:NameCandidate {id: j.source}) }
    WITH j ORDER BY j.at DESC, j.id DESC LIMIT 1
    WITH j, j.verdict AS verdict, j.entityId AS entityId, j.surface AS surface
    CALL (j, verdict, entityId, surface) {
      WITH j WHERE verdict = 'NOT_SAME'
      MATCH (d:Document {id: $documentId}), (e:Entity {id: entityId})
      MERGE (d)-[m:MENTIONS {start: $start, end: $end}]->(e)
      SET m.text = surface
      // Linked again as it stood before the rejection: a confirmation or UNSURE mark made before it comes back.
      WITH j, m, entityId
      OPTIONAL MATCH (same:NameJudgement {source: $source, verdict: 'SAME', entityId: entityId})
        WHERE same.onMention AND same <> j
      WITH j, m, entityId, same ORDER BY same.at LIMIT 1
      SET m.confirmedBy = same.editor, m.confirmedAt = same.at
      WITH j, m, entityId
      OPTIONAL MATCH (unsure:NameJudgement {source: $source, verdict: 'UNSURE', entityId: entityId})
        WHERE unsure.onMention AND unsure <> j
      WITH m, unsure ORDER BY unsure.at LIMIT 1
      SET m.unsureBy = unsure.editor, m.unsureAt = unsure.at, m.unsureNote = unsure.note
      RETURN count(*) AS relinked
    UNION
      WITH j WHERE verdict = 'SAME'
      OPTIONAL MATCH (:Document {id: $documentId})-[m:MENTIONS {start: $start, end: $end}]->(:Entity {id: entityId})
      REMOVE m.confirmedBy, m.confirmedAt
      RETURN 0 AS relinked
    UNION
      WITH j WHERE verdict = 'UNSURE'
      OPTIONAL MATCH (:Document {id: $documentId})-[m:MENTIONS {start: $start, end: $end}]->(:Entity {id: entityId})
      REMOVE m.unsureBy, m.unsureAt, m.unsureNote
      RETURN 0 AS relinked
    }
    DELETE j
    RETURN verdict, entityId, surface, relinked`,
};

export type MentionVerdict = 'SAME' | 'NOT_SAME' | 'UNSURE';

/**
 * Takes back the latest judgement on a mention: a rejected link is linked again (if its entity
 * still exists), a confirmation or an UNSURE mark is lifted. Undefined when the mention has no judgement.
 */
export async function takeBackMentionJudgement(
  tx: Transaction,
  mention: { documentId: string; start: number; end: number },
): Promise<{ verdict: MentionVerdict; entityId: string; surface: string; relinked: number } | undefined> {
  const source = mentionSource(mention);
  const [row] = await tx.run<{ verdict: MentionVerdict; entityId: string; surface: string; relinked: number }>(
    takeBackMentionJudgementQuery,
    { ...mention, source },
  );
  return row;
}

/** The `source` of a judgement on a mention (rejectMention, confirmMention). */
export const mentionSource = (mention: { documentId: string; start: number; end: number }) =>
  `${mention.documentId}:${mention.start}-${mention.end}`;
