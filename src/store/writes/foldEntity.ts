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
import { conflict } from '../../errors';
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

// One statement per kind of thing moved (facts, evidence, mentions), each a batch over UNWIND: a
// merge costs the same few round trips however many facts the merged-away entity had.
const moveFactsQuery: NamedQuery = {
  name: 'merge:moveFacts',
  cypher: `
  UNWIND $facts AS f
  MATCH (a:Entity {id: f.fromId}), (b:Entity {id: f.toId})
  OPTIONAL MATCH (a)-[existing {id: f.id}]->(b)
  WITH a, b, f, existing IS NULL AS isNew, existing.status AS statusBefore
  MERGE (a)-[r:$(f.type) {id: f.id}]->(b)
  WITH r, f, isNew, statusBefore, ${STATUS_RANK_MAP} AS strength
  SET r += CASE WHEN isNew THEN f.props ELSE {} END,
      r.status = CASE WHEN strength[f.props.status] > strength[r.status] THEN f.props.status ELSE r.status END
  RETURN f.id AS id, isNew, statusBefore, r.status AS status`,
};

const moveEvidenceQuery: NamedQuery = {
  name: 'merge:moveEvidence',
  cypher: `
  UNWIND $evidence AS e
  MATCH (d:Document {id: e.documentId})
  OPTIONAL MATCH (existing:Evidence {id: e.id})
  WITH d, e, existing IS NULL AS isNew
  MERGE (ev:Evidence {id: e.id})
  SET ev += CASE WHEN isNew THEN e.props ELSE {} END, ev.factId = e.factId
  MERGE (ev)-[:QUOTED_FROM]->(d)
  RETURN e.id AS id, isNew`,
};

const moveMentionsQuery: NamedQuery = {
  name: 'merge:moveMentions',
  cypher: `
  MATCH (keep:Entity {id: $keepId})
  UNWIND $mentions AS m
  MATCH (d:Document {id: m.documentId})
  OPTIONAL MATCH (d)-[existing:MENTIONS {start: m.start, end: m.end}]->(keep)
  WITH d, keep, m, existing IS NULL AS isNew
  MERGE (d)-[r:MENTIONS {start: m.start, end: m.end}]->(keep)
  SET r.text = m.text
  RETURN m.documentId AS documentId, m.start AS start, m.end AS end, isNew`,
};

// Every fact and mention of `gone` goes, with the evidence of those facts (moved copies exist on
// `keep` by now): no evidence is left naming a fact that no longer exists. Redirects into
// `gone` stay as they are: a chain B -> gone -> keep resolves to `keep`, and undoing this merge
// makes B resolve to `gone` again.
const retireGoneQuery: NamedQuery = {
  name: 'merge:retireGone',
  cypher: `
  MATCH (keep:Entity {id: $keepId}), (gone:Entity {id: $goneId})
  SET keep.aliases = $aliases, keep.nameKeys = $nameKeys, keep.documentAliases = $documentAliases
  WITH keep, gone
  CALL (gone) {
    MATCH (gone)-[r]-() WHERE NOT type(r) IN ['CHANGED', 'MERGED_INTO']
    CALL (r) {
      MATCH (ev:Evidence {factId: r.id})
      DETACH DELETE ev
    }
    DELETE r
  }
  REMOVE gone:$($goneLabel), gone:Entity
  SET gone = {id: $goneId, name: gone.name, mergedInto: $keepId}, gone:Redirect
  CREATE (gone)-[:MERGED_INTO]->(keep)`,
};

function union(...lists: string[][]): string[] {
  return [...new Set(lists.flat())];
}

/**
 * Folds `goneId` into `keepId` (the graph side of a merge; both must be live entities the caller
 * has locked); undefined when either is missing. Throws CONFLICT, undoing nothing itself (the
 * caller's transaction rolls back), if a fact's other end vanished while the merge ran.
 */
export async function foldEntity(tx: Transaction, keepId: string, goneId: string, goneKeys: string[]): Promise<MergeUndo | undefined> {
  const [snapshot] = await tx.run<{ keep: Props; gone: Props; facts: FactSnapshot[]; mentions: MergeUndo['gone']['mentions'] }>(
    snapshotQuery,
    { keepId, goneId },
  );
  if (!snapshot) return undefined;
  const { keep, gone, mentions } = snapshot;
  const facts = snapshot.facts.map((fact) => ({ ...fact, evidence: fact.evidence.filter(Boolean) }));
  const statuses: Array<{ factId: string; status: string | null }> = [];
  const undo: MergeUndo = {
    keepId,
    goneId,
    keepBefore: {
      aliases: (keep.aliases as string[]) ?? [],
      nameKeys: (keep.nameKeys as string[]) ?? [],
      documentAliases: (keep.documentAliases as string[]) ?? [],
      statuses,
    },
    gone: { type: gone.type as EntityType, props: gone, facts, mentions },
    created: { factIds: [], evidenceIds: [], mentions: [] },
  };

  // A fact between the two would become a loop on `keep`: it is dropped (and kept in the snapshot).
  const moving = facts
    .filter((fact) => fact.otherId !== keepId)
    .map((fact) => {
      const [fromId, toId] = fact.outgoing ? [keepId, fact.otherId] : [fact.otherId, keepId];
      const id = factIdOf(fact.type, fromId, toId, fact.props.role as string | null);
      return { fact, row: { fromId, toId, type: fact.type, id, props: { ...fact.props, id } } };
    });
  const moved = await tx.run<{ id: string; isNew: boolean; statusBefore: string | null; status: string }>(moveFactsQuery, {
    facts: moving.map(({ row }) => row),
  });
  if (moved.length !== moving.length) throw conflict(`An entity linked to ${goneId} changed during the merge; try again.`);
  for (const row of moved) {
    if (row.isNew) undo.created.factIds.push(row.id);
    else if (row.statusBefore !== row.status) statuses.push({ factId: row.id, status: row.statusBefore });
  }

  const evidence = moving.flatMap(({ fact, row }) =>
    fact.evidence.map(({ documentId, id: _oldId, factId: _oldFactId, ...props }) => {
      const id = evidenceIdOf(row.id, documentId, props.start as number);
      return { documentId, id, factId: row.id, props: { ...props, id, factId: row.id } };
    }),
  );
  const movedEvidence = await tx.run<{ id: string; isNew: boolean }>(moveEvidenceQuery, { evidence });
  if (movedEvidence.length !== evidence.length) throw conflict(`A document quoted by ${goneId} vanished during the merge; try again.`);
  undo.created.evidenceIds.push(...movedEvidence.filter((row) => row.isNew).map((row) => row.id));

  const movedMentions = await tx.run<{ documentId: string; start: number; end: number; isNew: boolean }>(moveMentionsQuery, {
    keepId,
    mentions,
  });
  for (const { isNew, ...mention } of movedMentions) if (isNew) undo.created.mentions.push(mention);

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
