/**
 * The entities the query mix is about, picked from whatever graph the benchmark runs on (the
 * seed graph or the synthetic one), the same way every time:
 * - hub: the entity with the most facts (the EU): neighbourhoods must stay bounded there;
 * - member: the organisation with the most PARTICIPATED_IN facts among those with at most 200
 *   (a busy but ordinary entity): relation pages, timeline, the name searched for;
 * - alias: one of the member's aliases (or the hub's), looked up by name;
 * - pathTo: the best-connected person not directly linked to the member (paths cross hubs);
 * - quote: the first words of the first evidence quote of the member's first PARTICIPATED_IN fact
 *   (by id), searched for as a reader types a few words of a sentence to find its sources;
 * - proposalsDocument: the document with the most open fact proposals (issue 14), or null when the
 *   graph has none (the synthetic graphs have none until `npm run bench:ingest` ingested articles
 *   into them): the proposals query then reads the empty queue of every document.
 */
import type { Driver } from 'neo4j-driver';
import { luceneQueryFor } from '../src/store/search';
import { nameKey } from '../src/domain/nameKey';

export interface Fixtures {
  hub: string;
  member: string;
  alias: string;
  aliasKey: string;
  searchText: string;
  searchLucene: string;
  pathFrom: string;
  pathTo: string;
  quote: string;
  proposalsDocument: string | null;
}

/** How many words of the member's quote searchEvidence looks for. */
const QUOTE_WORDS = 5;

const PICK = `
  CALL () {
    MATCH (e:Entity) RETURN e.id AS hub, e.aliases AS hubAliases ORDER BY COUNT { (e)-[r]-(:Entity) WHERE r.id IS NOT NULL } DESC, e.id LIMIT 1
  }
  CALL () {
    MATCH (e:Organization) WITH e, COUNT { (e)-[:PARTICIPATED_IN]->(:Entity) } AS n WHERE n <= 200
    RETURN e ORDER BY n DESC, e.id LIMIT 1
  }
  CALL (e) {
    MATCH (p:Person) WHERE NOT EXISTS { (p)--(e) }
    RETURN p.id AS pathTo ORDER BY COUNT { (p)-[r]-(:Entity) WHERE r.id IS NOT NULL } DESC, p.id LIMIT 1
  }
  CALL (e) {
    OPTIONAL MATCH (e)-[r:PARTICIPATED_IN]->(:Entity)
    OPTIONAL MATCH (ev:Evidence {factId: r.id})
    RETURN ev.quote AS quote ORDER BY r.id, ev.start LIMIT 1
  }
  CALL () {
    OPTIONAL MATCH (p:Proposal {state: 'OPEN'})
    WITH p.documentId AS proposalsDocument, count(p) AS open
    RETURN proposalsDocument ORDER BY open DESC, proposalsDocument LIMIT 1
  }
  RETURN hub, hubAliases, e.id AS member, e.name AS memberName, e.aliases AS memberAliases, pathTo, quote, proposalsDocument`;

export async function pickFixtures(driver: Driver, database: string): Promise<Fixtures> {
  const { records } = await driver.executeQuery(PICK, {}, { database });
  const row = records[0]?.toObject() as
    | {
        hub: string;
        hubAliases: string[] | null;
        member: string;
        memberName: string;
        memberAliases: string[] | null;
        pathTo: string;
        quote: string | null;
        proposalsDocument: string | null;
      }
    | undefined;
  if (!row) throw new Error('The graph has no organisation and person to benchmark with: load the seed or the synthetic graph first.');
  const alias = row.memberAliases?.[0] ?? row.hubAliases?.[0] ?? row.memberName;
  return {
    hub: row.hub,
    member: row.member,
    alias,
    aliasKey: nameKey(alias),
    searchText: row.memberName,
    searchLucene: luceneQueryFor(row.memberName) ?? row.memberName,
    pathFrom: row.member,
    pathTo: row.pathTo,
    // A reader types a few words of the sentence; the whole sentence (~15 fuzzy terms) made one
    // search cost ~90 ms in Neo4j on the 10k graph, too slow to measure at concurrency 32.
    quote: (row.quote ?? row.memberName).split(/\s+/).slice(0, QUOTE_WORDS).join(' '),
    proposalsDocument: row.proposalsDocument,
  };
}
