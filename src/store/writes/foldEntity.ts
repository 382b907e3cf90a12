/**
 * Merging two entities and undoing it. A merge moves the facts (with their evidence), mentions
 * and names of `gone` onto `keep`, turns `gone` into a (:Redirect)-[:MERGED_INTO]->(keep) so
 * its id still resolves, and returns an undo record listing exactly what it created on `keep`
 * plus a snapshot of everything it removed (mergeUndo.ts; undoMerge.ts reverses it). Runs inside
 * the caller's transaction.
 */
import type { NamedQuery } from '../../db/namedQuery';
import type { Transaction } from '../../db/transaction';
import type { EntityType } from '../../__generated__/graphql';
import { evidenceIdOf, factIdOf } from '../../domain/ids';
import { labelOf } from '../../domain/ontology';
import { STATUS_RANK_MAP } from '../fragments';
import type { FactSnapshot, MergeUndo, Props } from './mergeUndo';

const snapshotQuery: NamedQuery = {
  name: 'merge:snapshot',
  cypher: `
  MATCH (keep:Entity {id: $keepId}), (gone:Entity {id: $goneId})
  CALL (gone) {
    OPTIONAL MATCH (gone)-[r]-(other:Entity) WHERE r.id IS NOT NULL
    OPTIONAL MATCH (ev:Evidence {factId: r.id})-[:QUOTED_FROM]->(d:Document)
    WITH r, other, collect(CASE WHEN ev IS NULL THEN null ELSE ev { .*, documentId: d.id } END) AS evidence
    RETURN collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), props: properties(r), otherId: other.id,
                   outgoing: startNode(r) = gone, evidence: evidence} END) AS facts
  }
  CALL (gone) {
    OPTIONAL MATCH (d:Document)-[m:MENTIONS]->(gone)
    RETURN collect(CASE WHEN m IS NULL THEN null ELSE {documentId: d.id, text: m.text, start: m.start, end: m.end} END) AS mentions
  }
  RETURN properties(keep) AS keep, properties(gone) AS gone, facts, mentions`,
};

const moveFactQuery: NamedQuery = {
  name: 'merge:moveFact',
  cypher: `
  MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
  OPTIONAL MATCH (a)-[existing:$($type) {id: $id}]->(b)
  WITH a, b, existing IS NULL AS isNew
  MERGE (a)-[r:$($type) {id: $id}]->(b)
  WITH r, isNew, ${STATUS_RANK_MAP} AS strength
  SET r += CASE WHEN isNew THEN $props ELSE {} END,
      r.status = CASE WHEN strength[$props.status] > strength[r.status] THEN $props.status ELSE r.status END
  RETURN isNew`,
};

const moveEvidenceQuery: NamedQuery = {
  name: 'merge:moveEvidence',
  cypher: `
  MATCH (d:Document {id: $documentId})
  OPTIONAL MATCH (existing:Evidence {id: $id})
  WITH d, existing IS NULL AS isNew
  MERGE (ev:Evidence {id: $id})
  SET ev += $props, ev.id = $id, ev.factId = $factId
  MERGE (ev)-[:QUOTED_FROM]->(d)
  RETURN isNew`,
};

const moveMentionQuery: NamedQuery = {
  name: 'merge:moveMention',
  cypher: `
  MATCH (d:Document {id: $documentId}), (keep:Entity {id: $keepId})
  OPTIONAL MATCH (d)-[existing:MENTIONS {start: $start, end: $end}]->(keep)
  WITH d, keep, existing IS NULL AS isNew
  MERGE (d)-[m:MENTIONS {start: $start, end: $end}]->(keep)
  SET m.text = $text
  RETURN isNew`,
};

const retireGoneQuery: NamedQuery = {
  name: 'merge:retireGone',
  cypher: `
  MATCH (keep:Entity {id: $keepId}), (gone:Entity {id: $goneId})
  SET keep.aliases = $aliases, keep.nameKeys = $nameKeys, keep.documentAliases = $documentAliases
  WITH keep, gone
  CALL (gone) {
    MATCH (gone)-[r]-(x) WHERE NOT type(r) IN ['CHANGED', 'MERGED_INTO']
    OPTIONAL MATCH (ev:Evidence {factId: r.id})
    DETACH DELETE ev
    DELETE r
  }
  // Ids merged into \`gone\` earlier keep resolving: their redirects now point at \`keep\`.
  CALL (gone, keep) {
    MATCH (earlier:Redirect)-[link:MERGED_INTO]->(gone)
    DELETE link
    SET earlier.mergedInto = keep.id
    CREATE (earlier)-[:MERGED_INTO]->(keep)
  }
  REMOVE gone:$($goneLabel), gone:Entity
  SET gone = {id: $goneId, name: gone.name, mergedInto: $keepId}, gone:Redirect
  CREATE (gone)-[:MERGED_INTO]->(keep)`,
};

/** What the move statements say: whether the fact, evidence or mention is new on `keep`. */
type IsNew = { isNew: boolean };

function union(...lists: string[][]): string[] {
  return [...new Set(lists.flat())];
}

/** Folds `goneId` into `keepId` (the graph side of a merge); undefined when either is missing. */
export async function foldEntity(tx: Transaction, keepId: string, goneId: string, goneKeys: string[]): Promise<MergeUndo | undefined> {
  const [snapshot] = await tx.run<{ keep: Props; gone: Props; facts: FactSnapshot[]; mentions: MergeUndo['gone']['mentions'] }>(
    snapshotQuery,
    {
      keepId,
      goneId,
    },
  );
  if (!snapshot) return undefined;
  const { keep, gone, mentions } = snapshot;
  const facts = snapshot.facts.map((fact) => ({ ...fact, evidence: fact.evidence.filter(Boolean) }));
  const undo: MergeUndo = {
    keepId,
    goneId,
    keepBefore: {
      aliases: (keep.aliases as string[]) ?? [],
      nameKeys: (keep.nameKeys as string[]) ?? [],
      documentAliases: (keep.documentAliases as string[]) ?? [],
    },
    gone: { type: gone.type as EntityType, props: gone, facts, mentions },
    created: { factIds: [], evidenceIds: [], mentions: [] },
  };

  for (const fact of facts) {
    // A fact between the two would become a loop on `keep`: it is dropped (and kept in the snapshot).
    if (fact.otherId === keepId) continue;
    const [fromId, toId] = fact.outgoing ? [keepId, fact.otherId] : [fact.otherId, keepId];
    const id = factIdOf(fact.type, fromId, toId, fact.props.role as string | null);
    const [moved] = await tx.run<IsNew>(moveFactQuery, { fromId, toId, type: fact.type, id, props: { ...fact.props, id } });
    if (moved?.isNew) undo.created.factIds.push(id);
    for (const { documentId, id: _oldId, factId: _oldFactId, ...props } of fact.evidence) {
      const evidenceId = evidenceIdOf(id, documentId, props.start as number);
      const [moved] = await tx.run<IsNew>(moveEvidenceQuery, { documentId, id: evidenceId, factId: id, props });
      if (moved?.isNew) undo.created.evidenceIds.push(evidenceId);
    }
  }
  for (const mention of mentions) {
    const [moved] = await tx.run<IsNew>(moveMentionQuery, { ...mention, keepId });
    if (moved?.isNew) undo.created.mentions.push({ documentId: mention.documentId, start: mention.start, end: mention.end });
  }
  const goneNames = [gone.name as string, ...((gone.aliases as string[]) ?? [])];
  await tx.run(retireGoneQuery, {
    keepId,
    goneId,
    goneLabel: labelOf(gone.type as EntityType),
    aliases: union(undo.keepBefore.aliases, goneNames).filter((alias) => alias !== keep.name),
    nameKeys: union(undo.keepBefore.nameKeys, goneKeys),
    // Forms bound to one article stay bound to it on the kept entity.
    documentAliases: union(undo.keepBefore.documentAliases ?? [], (gone.documentAliases as string[]) ?? []),
  });
  return undo;
}
