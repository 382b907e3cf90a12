/**
 * Reverses a merge from its undo record (mergeUndo.ts), inside the caller's transaction: what the
 * merge created on `keep` goes, `keep` gets its names and fact statuses back, and `gone` is an
 * entity again with its facts, evidence and mentions. Redirects into `gone` (ids merged into it
 * before) were never touched, so they resolve to it again. One batched statement per step.
 */
import type { NamedQuery } from '../../db/namedQuery';
import type { Transaction } from '../../db/transaction';
import { labelOf } from '../../domain/ontology';
import type { MergeUndo } from './mergeUndo';

const deleteCreatedQuery: NamedQuery = {
  name: 'unmerge:deleteCreated',
  cypher: `
  MATCH (keep:Entity {id: $keepId})
  CALL (keep) {
    UNWIND $evidenceIds AS id MATCH (ev:Evidence {id: id}) DETACH DELETE ev
  }
  CALL (keep) {
    UNWIND $factIds AS id MATCH (keep)-[r]-(:Entity) WHERE r.id = id DELETE r
  }
  CALL (keep) {
    UNWIND $mentions AS m MATCH (:Document {id: m.documentId})-[r:MENTIONS {start: m.start, end: m.end}]->(keep) DELETE r
  }
  CALL (keep) {
    UNWIND $statuses AS s MATCH (keep)-[r]-(:Entity) WHERE r.id = s.factId SET r.status = s.status
  }
  SET keep.aliases = $aliases, keep.nameKeys = $nameKeys,
      keep.documentAliases = coalesce($documentAliases, keep.documentAliases)`,
};

const restoreGoneQuery: NamedQuery = {
  name: 'unmerge:restoreGone',
  cypher: `
  MATCH (gone:Redirect {id: $goneId})-[link:MERGED_INTO]->(:Entity)
  DELETE link
  REMOVE gone:Redirect
  SET gone = $props, gone:Entity, gone:$($label)`,
};

const restoreFactsQuery: NamedQuery = {
  name: 'unmerge:restoreFacts',
  cypher: `
  UNWIND $facts AS f
  MATCH (a:Entity {id: f.fromId}), (b:Entity {id: f.toId})
  MERGE (a)-[r:$(f.type) {id: f.props.id}]->(b)
  SET r = f.props
  WITH f
  CALL (f) {
    UNWIND f.evidence AS ev
    MATCH (d:Document {id: ev.documentId})
    MERGE (e:Evidence {id: ev.props.id})
    SET e = ev.props
    MERGE (e)-[:QUOTED_FROM]->(d)
  }`,
};

const restoreMentionsQuery: NamedQuery = {
  name: 'unmerge:restoreMentions',
  cypher: `
  MATCH (gone:Entity {id: $goneId})
  UNWIND $mentions AS m
  MATCH (d:Document {id: m.documentId})
  MERGE (d)-[r:MENTIONS {start: m.start, end: m.end}]->(gone)
  SET r.text = m.text`,
};

/** Reverses a merge from its undo record. */
export async function undoMerge(tx: Transaction, undo: MergeUndo): Promise<void> {
  await tx.run(deleteCreatedQuery, {
    keepId: undo.keepId,
    evidenceIds: undo.created.evidenceIds,
    factIds: undo.created.factIds,
    mentions: undo.created.mentions,
    statuses: undo.keepBefore.statuses ?? [],
    aliases: undo.keepBefore.aliases,
    nameKeys: undo.keepBefore.nameKeys,
    documentAliases: undo.keepBefore.documentAliases ?? null,
  });
  await tx.run(restoreGoneQuery, { goneId: undo.goneId, props: undo.gone.props, label: labelOf(undo.gone.type) });
  const facts = undo.gone.facts.map((fact) => {
    const [fromId, toId] = fact.outgoing ? [undo.goneId, fact.otherId] : [fact.otherId, undo.goneId];
    return {
      fromId,
      toId,
      type: fact.type,
      props: fact.props,
      evidence: fact.evidence.map(({ documentId, ...props }) => ({ documentId, props })),
    };
  });
  await tx.run(restoreFactsQuery, { facts });
  await tx.run(restoreMentionsQuery, { goneId: undo.goneId, mentions: undo.gone.mentions });
}
