/**
 * The floor: for each query of the mix, one hand-written Cypher statement that returns exactly
 * the JSON `data` our GraphQL API returns for it (bench/mix.ts). No GraphQL, no loaders: what
 * a developer would write by hand against the same graph.
 */
import neo4j from 'neo4j-driver';
import { nameKey } from '../../src/domain/nameKey';
import { luceneQueryFor } from '../../src/store/search';

export interface FloorQuery {
  cypher: string;
  /** The statement's parameters from the request body. */
  params: (body: Record<string, unknown>) => Record<string, unknown>;
  /** The response's `data` from the first row (null when there is none). */
  data: (row: Record<string, unknown> | undefined) => unknown;
}

const LIVE = 'r.id IS NOT NULL AND r.retractedAt IS NULL';
/** Cypher tells INTEGER from FLOAT: list slices and LIMIT need integers. */
const int = (value: unknown) => neo4j.int(Math.trunc(Number(value)));

export const floorQueries: Record<string, FloorQuery> = {
  entityByAlias: {
    cypher: `
      CALL db.index.fulltext.queryNodes('entity_name_keys', $phrase) YIELD node
      WITH node ORDER BY CASE WHEN node.nameKey = $key THEN 0 ELSE 1 END, node.id LIMIT 1
      RETURN node { .id, .name, .type, aliases: coalesce(node.aliases, []) } AS entity`,
    params: ({ name }) => ({ key: nameKey(String(name)), phrase: `"${nameKey(String(name))}"` }),
    data: (row) => ({ entity: row?.entity ?? null }),
  },
  search: {
    // The entities the whole query names (here: written exactly, its name key) come first, each
    // scored above the best full-text hit, as our search ranks the name resolver's matches.
    cypher: `
      CALL () {
        CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: 1000}) YIELD node, score
        RETURN collect({ score: score, node: node { .id, .name, .type } }) AS found
      }
      CALL () { MATCH (e:Entity {nameKey: $key}) WITH e ORDER BY e.id RETURN collect(e { .id, .name, .type }) AS named }
      WITH named, coalesce(found[0].score, 0.0) AS top, [hit IN found WHERE NOT hit.node.id IN [n IN named | n.id]] AS rest
      WITH [rank IN range(0, size(named) - 1) | { score: top + size(named) - rank, node: named[rank] }] + rest AS hits
      RETURN { totalCount: size(hits), edges: hits[0..10] } AS search`,
    params: ({ q }) => ({ lucene: luceneQueryFor(String(q)), key: nameKey(String(q)) }),
    data: (row) => ({ search: row?.search }),
  },
  relationsWithEvidence: {
    cypher: `
      MATCH (self:Entity {id: $id})
      CALL (self) {
        MATCH (self)-[r:PARTICIPATED_IN]->(other:Entity) WHERE ${LIVE}
        WITH r, other ORDER BY other.name, r.id
        WITH collect({ r: r, other: other }) AS facts
        RETURN size(facts) AS total, facts[0..$first] AS page
      }
      CALL (page) {
        UNWIND page AS item
        WITH item.r AS r, item.other AS other
        RETURN collect({ node: { id: r.id, type: type(r), date: r.date, status: r.status, other: other { .id, .name },
          evidence: COLLECT {
            MATCH (ev:Evidence {factId: r.id})-[:QUOTED_FROM]->(d:Document)
            WITH ev, d ORDER BY d.id, ev.start
            RETURN ev { .quote, .start, .end, document: d { .id, .title } }
          } } }) AS edges
      }
      RETURN self { .id, .name, relations: { totalCount: total, edges: edges } } AS entity`,
    params: ({ id, first }) => ({ id, first: int(first) }),
    data: (row) => ({ entity: row?.entity ?? null }),
  },
  neighborhood2Hops: {
    cypher: `
      MATCH (center:Entity {id: $id})
      WITH [center] AS kept, [center] AS frontier, false AS truncated
      CALL (kept, frontier) {
        UNWIND frontier AS m MATCH (m)-[r]-(n:Entity) WHERE ${LIVE} AND NOT n IN kept
        WITH DISTINCT n LIMIT $limit RETURN collect(n) AS found
      }
      WITH kept, found, truncated, $limit - size(kept) AS room
      WITH kept + found[..room] AS kept, found[..room] AS frontier, truncated OR size(found) > room AS truncated
      CALL (kept, frontier) {
        UNWIND frontier AS m MATCH (m)-[r]-(n:Entity) WHERE ${LIVE} AND NOT n IN kept
        WITH DISTINCT n LIMIT $limit RETURN collect(n) AS found
      }
      WITH kept, found, truncated, $limit - size(kept) AS room
      WITH kept + found[..room] AS kept, truncated OR size(found) > room AS truncated
      CALL (kept) {
        UNWIND kept AS a MATCH (a)-[r]->(b:Entity) WHERE ${LIVE} AND b IN kept
        RETURN collect({ id: r.id, type: type(r), source: a.id, target: b.id }) AS edges
      }
      RETURN { truncated: truncated, nodes: [n IN kept | n { .id, .name, .type }], edges: edges } AS neighborhood`,
    params: ({ id, limit }) => ({ id, limit: int(limit) }),
    data: (row) => ({ neighborhood: row?.neighborhood }),
  },
  shortestPaths: {
    cypher: `
      MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
      MATCH p = SHORTEST 5 (a)(()-[r]-(:Entity) WHERE ${LIVE}){1,4}(b)
      WITH nodes(p) AS ns, relationships(p) AS rs
      RETURN collect({ length: size(rs), steps: [i IN range(0, size(rs) - 1) | {
        type: type(rs[i]), direction: CASE WHEN startNode(rs[i]) = ns[i] THEN 'OUTGOING' ELSE 'INCOMING' END,
        other: { id: ns[i + 1].id, name: ns[i + 1].name } }] }) AS paths`,
    params: ({ from, to }) => ({ from, to }),
    data: (row) => ({ paths: row?.paths ?? [] }),
  },
  timeline: {
    cypher: `
      MATCH (x:Entity {id: $id})
      CALL (x) {
        MATCH (x)-[r]-(:Entity) WHERE ${LIVE} AND r.date IS NOT NULL
        MATCH (a)-[r]->(b)
        RETURN { kind: 'FACT', date: r.date, precision: r.datePrecision, status: r.status, subject: a { .id, .name },
                 relation: { id: r.id, type: type(r), other: b { .id, .name } },
                 sortKey: r.date + substring('0000-01-01', size(r.date)), rank: size(r.date), subjectId: a.id, factId: r.id } AS entry
        UNION
        MATCH (x)-[r]-(e:Entity) WHERE ${LIVE} AND e.date IS NOT NULL
        RETURN DISTINCT { kind: 'DATED_ENTITY', date: e.date, precision: e.datePrecision, status: e.dateStatus, subject: e { .id, .name },
                 relation: null, sortKey: e.date + substring('0000-01-01', size(e.date)), rank: size(e.date), subjectId: e.id, factId: e.id + '.DATE' } AS entry
        UNION
        WITH x WHERE x.date IS NOT NULL
        RETURN { kind: 'DATED_ENTITY', date: x.date, precision: x.datePrecision, status: x.dateStatus, subject: x { .id, .name },
                 relation: null, sortKey: x.date + substring('0000-01-01', size(x.date)), rank: size(x.date), subjectId: x.id, factId: x.id + '.DATE' } AS entry
      }
      WITH entry ORDER BY entry.sortKey, entry.rank, entry.subjectId, entry.factId
      WITH collect(entry) AS entries
      RETURN { totalCount: size(entries), edges: [entry IN entries[0..$first] |
        { node: entry { .kind, .date, .precision, .status, .subject, .relation } }] } AS timeline`,
    params: ({ id, first }) => ({ id, first: int(first) }),
    data: (row) => ({ timeline: row?.timeline }),
  },
  list50WithRelations: {
    cypher: `
      CALL () { MATCH (e:Organization) RETURN count(e) AS total }
      CALL () { MATCH (e:Organization) WITH e ORDER BY e.nameKey, e.id LIMIT $first RETURN collect(e) AS page }
      UNWIND page AS e
      CALL (e) {
        MATCH (e)-[r:PARTICIPATED_IN]->(other:Entity) WHERE ${LIVE}
        WITH r, other ORDER BY other.name, r.id
        WITH collect({ node: { id: r.id, other: other { .id, .name } } }) AS facts
        RETURN { totalCount: size(facts), edges: facts[0..$nested] } AS relations
      }
      WITH total, collect({ node: e { .id, .name, relations: relations } }) AS edges
      RETURN { totalCount: total, edges: edges } AS entities`,
    params: ({ first, nested }) => ({ first: int(first), nested: int(nested) }),
    data: (row) => ({ entities: row?.entities }),
  },
  searchEvidence: {
    // Quotes of live facts (ids are "<from>.<TYPE>.<to>") and of entities' own dates ("<id>.DATE"),
    // one hit per passage with the facts it states in id order.
    cypher: `
      CALL db.index.fulltext.queryNodes('evidence_search', $lucene, {limit: 1000}) YIELD node AS ev, score
      MATCH (ev)-[:QUOTED_FROM]->(d:Document)
      WITH ev, d, score, split(ev.factId, '.') AS parts
      WHERE CASE
        WHEN size(parts) = 2 AND parts[1] = 'DATE' THEN EXISTS { MATCH (e:Entity {id: parts[0]}) WHERE e.date IS NOT NULL }
        ELSE EXISTS { MATCH (:Entity {id: parts[0]})-[r]->(:Entity {id: parts[2]}) WHERE r.id = ev.factId AND r.retractedAt IS NULL }
      END
      WITH d, ev, score, parts ORDER BY ev.factId
      WITH d, ev.start AS start, ev.end AS end, max(score) AS score, collect(ev.quote)[0] AS quote,
        [p IN collect(parts) WHERE size(p) = 3 | { id: p[0] + '.' + p[1] + '.' + p[2], type: p[1] }] AS facts
      ORDER BY score DESC, d.id, start, end
      WITH collect({ score: score, node: { quote: quote, start: start, end: end, document: d { .id, .title }, facts: facts } }) AS hits
      RETURN { totalCount: size(hits), edges: hits[0..10] } AS searchEvidence`,
    params: ({ q }) => ({ lucene: luceneQueryFor(String(q)) }),
    data: (row) => ({ searchEvidence: row?.searchEvidence }),
  },
  proposals: {
    // An end that is a name candidate reads as its entity once an editor accepted or linked it.
    cypher: `
      CALL () {
        MATCH (p:Proposal) WHERE ($doc IS NULL OR p.documentId = $doc) AND p.state = 'OPEN'
        WITH p ORDER BY p.documentId, p.sentenceStart, p.start, p.id
        WITH collect(p) AS found
        RETURN size(found) AS total, found[0..$first] AS page
      }
      CALL (page) {
        UNWIND page AS p
        OPTIONAL MATCH (fc:NameCandidate {id: p.fromId}) WHERE p.fromKind <> 'ENTITY' AND fc.state IN ['ACCEPTED', 'LINKED']
        OPTIONAL MATCH (fe:Entity {id: fc.judgedEntityId})
        OPTIONAL MATCH (tc:NameCandidate {id: p.toId}) WHERE p.toKind <> 'ENTITY' AND tc.state IN ['ACCEPTED', 'LINKED']
        OPTIONAL MATCH (te:Entity {id: tc.judgedEntityId})
        RETURN collect({ node: { id: p.id, type: p.type, status: p.status, confidence: p.confidence, cue: p.cue,
          from: CASE WHEN fe IS NULL THEN { id: p.fromId, name: p.fromName } ELSE fe { .id, .name } END,
          to: CASE WHEN te IS NULL THEN { id: p.toId, name: p.toName } ELSE te { .id, .name } END,
          evidence: { quote: p.quote, start: p.start, end: p.end } } }) AS edges
      }
      RETURN { totalCount: total, edges: edges } AS proposals`,
    params: ({ doc, first }) => ({ doc: doc ?? null, first: int(first) }),
    data: (row) => ({ proposals: row?.proposals }),
  },
};
