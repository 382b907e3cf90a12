/** Reverses a merge from its undo record (mergeUndo.ts), inside the caller's transaction. */
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

const restoreFactQuery: NamedQuery = {
  name: 'unmerge:restoreFact',
  cypher: `
  MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
  MERGE (a)-[r:$($type) {id: $props.id}]->(b)
  SET r = $props
  WITH r
  UNWIND $evidence AS ev
  MATCH (d:Document {id: ev.documentId})
  MERGE (e:Evidence {id: ev.props.id})
  SET e = ev.props
  MERGE (e)-[:QUOTED_FROM]->(d)`,
};

const restoreMentionQuery: NamedQuery = {
  name: 'unmerge:restoreMention',
  cypher: `
  MATCH (d:Document {id: $documentId}), (gone:Entity {id: $goneId})
  MERGE (d)-[m:MENTIONS {start: $start, end: $end}]->(gone)
  SET m.text = $text`,
};

/** Reverses a merge from its undo record. */
export async function undoMerge(tx: Transaction, undo: MergeUndo): Promise<void> {
  await tx.run(deleteCreatedQuery, {
    keepId: undo.keepId,
    evidenceIds: undo.created.evidenceIds,
    factIds: undo.created.factIds,
    mentions: undo.created.mentions,
    aliases: undo.keepBefore.aliases,
    nameKeys: undo.keepBefore.nameKeys,
    documentAliases: undo.keepBefore.documentAliases ?? null,
  });
  await tx.run(restoreGoneQuery, { goneId: undo.goneId, props: undo.gone.props, label: labelOf(undo.gone.type) });
  for (const fact of undo.gone.facts) {
    const [fromId, toId] = fact.outgoing ? [undo.goneId, fact.otherId] : [fact.otherId, undo.goneId];
    const evidence = fact.evidence.map(({ documentId, ...props }) => ({ documentId, props }));
    await tx.run(restoreFactQuery, { fromId, toId, type: fact.type, props: fact.props, evidence });
  }
  for (const mention of undo.gone.mentions) await tx.run(restoreMentionQuery, { ...mention, goneId: undo.goneId });
}
