// Saved analyst queries for the partnership-graph (EU-Japan digital-policy cooperation), Neo4j 5.26.
// How to use them: docs/neo4j-browser.md. Every query is read-only.
// Each block = a title line ("// Title: explanation"), notes, optional ":param" lines, one query.
// In Neo4j Browser run the ":param" lines first (they set session parameters), then paste and run
// the query on its own: a block pasted whole runs as a multi-statement script, which sets the
// parameters but shows only a "SUCCESS" summary instead of the table/graph.
// Names are matched case-insensitively against an entity's name, its aliases or its id.
// Row counts were measured on the dev database loaded from seed/ (commit c43fc6a); they change
// when the data does.

// Who co-chaired which council: every CO_CHAIRED fact, with the council's date, the co-chair's recorded office(s) and whether the graph knows who the person is.
// Unresolved co-chairs are post-holders the article names only by a (garbled) title; see "note".
// Rows on the dev seed graph: 5.
MATCH (p:Person)-[c:CO_CHAIRED]->(council:Event)
OPTIONAL MATCH (p)-[h:HOLDS_OFFICE]->(body:Entity)
WITH council, p, c, collect(h.role + ' (' + body.name + ')') AS offices
RETURN council.name AS council, council.date AS councilDate, p.name AS coChair, offices,
       coalesce(p.unresolved, false) AS unresolved, c.status AS status, c.note AS note
ORDER BY councilDate, council, unresolved, coChair;

// Who signed what and when: every SIGNED fact with its date, the date's precision, whether the date was inferred from context, and the event the agreement was signed at.
// status PLANNED = the source says it will be signed. Undated signatures sort last.
// Rows on the dev seed graph: 7.
MATCH (s:Entity)-[r:SIGNED]->(a:Agreement)
OPTIONAL MATCH (a)-[:SIGNED_AT]->(at:Event)
RETURN a.name AS agreement, s.name AS signatory, s.type AS signatoryType,
       coalesce(s.unresolved, false) AS unresolvedSignatory, r.status AS status,
       r.date AS date, r.datePrecision AS precision, coalesce(r.dateInferred, false) AS dateInferred,
       at.name AS signedAt
ORDER BY coalesce(r.date, '9999'), agreement, signatory;

// Which article says so: the facts between two entities (either direction) with each evidence quote, how that source states it, and the document's title, publisher and date.
// Set $to to null to see every fact about $from. factStatus is the strongest status over the evidence.
// Rows on the dev seed graph: 3.
:param from => 'European Union';
:param to => 'Hiroshima AI Process';
MATCH (a:Entity)-[r]-(b:Entity)
WHERE toLower($from) IN [toLower(a.name), a.id] + [x IN coalesce(a.aliases, []) | toLower(x)]
  AND ($to IS NULL OR toLower($to) IN [toLower(b.name), b.id] + [x IN coalesce(b.aliases, []) | toLower(x)])
MATCH (ev:Evidence {factId: r.id})-[:QUOTED_FROM]->(d:Document)
RETURN startNode(r).name AS subject, type(r) AS relation, endNode(r).name AS object,
       r.status AS factStatus, ev.status AS statedAs, ev.quote AS quote, d.title AS document,
       coalesce(d.publisher, '(not given)') AS publisher, d.publishedAt AS published, r.id AS factId
ORDER BY relation, subject, object, published;

// Sources behind an entity, as a graph: every fact about the entity, each Evidence quote backing it, and the Document it is quoted from (with the document's MENTIONS of the entity).
// Evidence is joined to its fact by factId = the relationship's id, so the picture shows quote -> document -> entity, next to the fact itself.
// Rows on the dev seed graph: 3.
:param name => 'Henna Virkkunen';
MATCH (e:Entity)
WHERE toLower($name) IN [toLower(e.name), e.id] + [x IN coalesce(e.aliases, []) | toLower(x)]
MATCH (e)-[r]-(other:Entity)
MATCH (ev:Evidence {factId: r.id})-[q:QUOTED_FROM]->(d:Document)
OPTIONAL MATCH (d)-[m:MENTIONS]->(e)
RETURN e, r, other, ev, q, d, collect(m) AS mentions, type(r) AS relation, ev.quote AS quote
ORDER BY relation, d.title;

// Which article gives this date: an entity's own date (mainly events) and the quotes it was taken from.
// Entity dates are backed by Evidence nodes whose factId is "<entity id>.DATE" (no relationship carries that id).
// Rows on the dev seed graph: 2.
:param name => 'Second EU-Japan Digital Partnership Council';
MATCH (e:Entity)
WHERE toLower($name) IN [toLower(e.name), e.id] + [x IN coalesce(e.aliases, []) | toLower(x)]
MATCH (ev:Evidence {factId: e.id + '.DATE'})-[:QUOTED_FROM]->(d:Document)
RETURN e.name AS entity, e.date AS date, e.dateEnd AS dateEnd, e.datePrecision AS precision,
       coalesce(e.dateInferred, false) AS dateInferred, e.dateStatus AS dateStatus,
       ev.status AS statedAs, ev.quote AS quote, d.title AS document, d.publishedAt AS published
ORDER BY published;

// How X connects to Y: the shortest chain of facts between two entities, ignoring the MENTIONS/QUOTED_FROM provenance links (otherwise every pair meets in a Document).
// Graph view shows the path; "route" spells it out with arrow directions.
// Rows on the dev seed graph: 1.
:param from => 'Henna Virkkunen';
:param to => 'Hiroshima AI Process';
MATCH (a:Entity)
WHERE toLower($from) IN [toLower(a.name), a.id] + [x IN coalesce(a.aliases, []) | toLower(x)]
MATCH (b:Entity)
WHERE toLower($to) IN [toLower(b.name), b.id] + [x IN coalesce(b.aliases, []) | toLower(x)]
MATCH p = shortestPath((a)-[*..10]-(b))
WHERE none(r IN relationships(p) WHERE type(r) IN ['MENTIONS', 'QUOTED_FROM'])
RETURN p, length(p) AS hops,
       reduce(route = a.name, i IN range(0, length(p) - 1) |
         route + CASE WHEN startNode(relationships(p)[i]) = nodes(p)[i]
                      THEN ' -[' + type(relationships(p)[i]) + ']-> '
                      ELSE ' <-[' + type(relationships(p)[i]) + ']- ' END
               + nodes(p)[i + 1].name) AS route;

// All shortest routes from X to Y: like the previous query, but every route of minimal length, with the status of each hop (PLANNED/EXPECTED hops are weaker links).
// Rows on the dev seed graph: 5.
:param from => 'Henna Virkkunen';
:param to => 'Hiroshima AI Process';
MATCH (a:Entity)
WHERE toLower($from) IN [toLower(a.name), a.id] + [x IN coalesce(a.aliases, []) | toLower(x)]
MATCH (b:Entity)
WHERE toLower($to) IN [toLower(b.name), b.id] + [x IN coalesce(b.aliases, []) | toLower(x)]
MATCH p = allShortestPaths((a)-[*..10]-(b))
WHERE none(r IN relationships(p) WHERE type(r) IN ['MENTIONS', 'QUOTED_FROM'])
RETURN p,
       reduce(route = a.name, i IN range(0, length(p) - 1) |
         route + CASE WHEN startNode(relationships(p)[i]) = nodes(p)[i]
                      THEN ' -[' + type(relationships(p)[i]) + ']-> '
                      ELSE ' <-[' + type(relationships(p)[i]) + ']- ' END
               + nodes(p)[i + 1].name) AS route,
       [r IN relationships(p) | r.status] AS hopStatuses
ORDER BY route;

// Planned vs reported, at a glance: number of facts per status and relation type.
// REPORTED = happened / is the case; PLANNED = scheduled or intended; EXPECTED = forecast.
// Rows on the dev seed graph: 37.
MATCH (:Entity)-[r]->(:Entity)
RETURN r.status AS status, type(r) AS relation, count(*) AS facts
ORDER BY CASE status WHEN 'REPORTED' THEN 0 WHEN 'PLANNED' THEN 1 ELSE 2 END, facts DESC, relation;

// Everything still planned or expected: each PLANNED/EXPECTED fact with its date (if any), the quotes and the documents that state it.
// Rows on the dev seed graph: 38.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.status IN ['PLANNED', 'EXPECTED']
MATCH (ev:Evidence {factId: r.id})-[:QUOTED_FROM]->(d:Document)
RETURN r.status AS status, a.name AS subject, type(r) AS relation, b.name AS object,
       r.date AS date, r.datePrecision AS precision, collect(ev.quote) AS quotes,
       collect(DISTINCT d.title) AS documents
ORDER BY status, coalesce(date, '9999'), subject, relation, object;

// Announced, then reported: facts one source announced (PLANNED/EXPECTED) and another reports as done; one row per evidence item, oldest source first.
// Rows on the dev seed graph: 12.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.status = 'REPORTED'
  AND EXISTS { MATCH (e:Evidence {factId: r.id}) WHERE e.status <> 'REPORTED' }
MATCH (ev:Evidence {factId: r.id})-[:QUOTED_FROM]->(d:Document)
RETURN a.name AS subject, type(r) AS relation, b.name AS object, ev.status AS statedAs,
       d.publishedAt AS published, d.title AS document, ev.quote AS quote
ORDER BY subject, relation, object, published;

// Neighbourhood of an entity: every fact touching it (both directions), as a graph plus a readable table.
// For two hops use (e)-[*1..2]-(n:Entity) and return only p. MENTIONS/QUOTED_FROM are left out (n must be an Entity).
// Rows on the dev seed graph: 34.
:param name => 'Third EU-Japan Digital Partnership Council';
MATCH (e:Entity)
WHERE toLower($name) IN [toLower(e.name), e.id] + [x IN coalesce(e.aliases, []) | toLower(x)]
MATCH p = (e)-[r]-(n:Entity)
RETURN p, CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction, type(r) AS relation,
       n.name AS neighbour, n.type AS neighbourType, r.status AS status, r.date AS date
ORDER BY relation, direction, neighbour;

// Entities whose identity is unresolved: who they are taken to be, the surface forms the sources use, the documents and the number of facts that hang on them.
// Rows on the dev seed graph: 5.
MATCH (e:Entity {unresolved: true})
OPTIONAL MATCH (d:Document)-[m:MENTIONS]->(e)
WITH e, collect(DISTINCT m.text) AS surfaceForms, collect(DISTINCT d.title) AS documents
RETURN e.type AS type, e.name AS name, e.aliases AS aliases, surfaceForms, documents,
       COUNT { (e)-[r]-(:Entity) } AS facts, e.description AS description
ORDER BY type, name;

// Aliases and garbled mentions of an entity: every place a document names it, the exact text used, whether that is the canonical name, and the words around it.
// Rows on the dev seed graph: 2.
:param name => 'Henna Virkkunen';
MATCH (e:Entity)
WHERE toLower($name) IN [toLower(e.name), e.id] + [x IN coalesce(e.aliases, []) | toLower(x)]
MATCH (d:Document)-[m:MENTIONS]->(e)
RETURN e.name AS entity, m.text AS surfaceForm, m.text = e.name AS isCanonical, d.title AS document,
       m.start AS start,
       '…' + substring(d.text, CASE WHEN m.start < 60 THEN 0 ELSE m.start - 60 END,
                       (CASE WHEN m.start < 60 THEN m.start ELSE 60 END) + (m.end - m.start) + 60) + '…' AS context
ORDER BY document, start;

// All non-canonical names in the sources: per entity, the surface forms (aliases, misspellings, abbreviations) that differ from its canonical name other than by case.
// Rows on the dev seed graph: 28.
MATCH (d:Document)-[m:MENTIONS]->(e:Entity)
WHERE toLower(m.text) <> toLower(e.name)
RETURN e.type AS type, e.name AS canonicalName, collect(DISTINCT m.text) AS surfaceForms,
       collect(DISTINCT d.title) AS documents, coalesce(e.unresolved, false) AS unresolved
ORDER BY type, canonicalName;

// Aliases never seen as a mention: alias strings recorded on an entity for which no MENTIONS link carries that text (data-quality check).
// Rows on the dev seed graph: 3.
MATCH (e:Entity)
UNWIND coalesce(e.aliases, []) AS alias
WITH e, alias
WHERE NOT EXISTS { MATCH (:Document)-[m:MENTIONS]->(e) WHERE m.text = alias }
RETURN e.type AS type, e.name AS entity, alias,
       COUNT { (:Document)-[:MENTIONS]->(e) } AS mentionsOfEntity
ORDER BY type, entity, alias;

// Timeline of dated facts: every fact with a date, in date order, with its precision, whether the date was inferred and the fact's status.
// ISO strings sort by prefix, so "2024" comes before "2024-03-26".
// Rows on the dev seed graph: 34.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.date IS NOT NULL
RETURN r.date AS date, r.datePrecision AS precision, coalesce(r.dateInferred, false) AS inferred,
       r.status AS status, a.name AS subject, type(r) AS relation, b.name AS object
ORDER BY date, subject, relation, object;

// Calendar of events: every Event with its date (and end date), where it is held, the status of that, and which event it follows in its series.
// Rows on the dev seed graph: 8.
MATCH (ev:Event)
OPTIONAL MATCH (ev)-[h:HELD_IN]->(place:Place)
OPTIONAL MATCH (ev)-[:FOLLOWS]->(previous:Event)
RETURN coalesce(ev.date, '(undated)') AS date, ev.dateEnd AS dateEnd, ev.datePrecision AS precision,
       coalesce(ev.dateInferred, false) AS dateInferred, ev.dateStatus AS dateStatus, ev.name AS event,
       place.name AS heldIn, h.status AS heldInStatus, previous.name AS follows
ORDER BY CASE WHEN ev.date IS NULL THEN 1 ELSE 0 END, ev.date, event;

// What each article contributes: per source document, its metadata and how many mentions, entities, evidence quotes and facts it backs.
// Rows on the dev seed graph: 2.
MATCH (d:Document)
RETURN d.title AS document, coalesce(d.publisher, '(not given)') AS publisher, d.author AS author,
       d.publishedAt AS published, d.machineTranslated AS machineTranslated,
       COUNT { (d)-[:MENTIONS]->() } AS mentions,
       COUNT { MATCH (d)-[:MENTIONS]->(e:Entity) RETURN DISTINCT e } AS entities,
       COUNT { (:Evidence)-[:QUOTED_FROM]->(d) } AS quotes,
       COUNT { MATCH (ev:Evidence)-[:QUOTED_FROM]->(d) WHERE NOT ev.factId ENDS WITH '.DATE' RETURN DISTINCT ev.factId } AS facts
ORDER BY published;
