/**
 * Timelines: dated facts and dated entities in date order. For one entity: its dated facts, its
 * own date, and the dates of the entities it is directly connected to (the councils it took
 * part in). Entries overlapping [from, to] are kept; a "2024" entry overlaps "2024-04"; with
 * statuses, only entries of those statuses (a fact's, a dated entity's date status).
 */
import type { FactStatus } from '../__generated__/graphql';
import type { GraphRunner } from '../db/database';
import type { NamedQuery } from '../db/namedQuery';
import { entityDateFactId } from '../domain/ids';
import { firstDayKey, lastDayKey } from '../domain/dates';
import { IS_LIVE_FACT, cypherFirstDay, cypherLastDay, entitiesWithIds, factFields } from './fragments';
import type { Read, TimelineEntryRecord, TimelinePage } from './records';
import { toEntityRecord, toRelationRecord } from './toRecords';

const IN_PERIOD = (date: string, end: string) =>
  `${cypherLastDay(`coalesce(${end}, ${date})`)} >= $fromKey AND ${cypherFirstDay(date)} <= $toKey`;

/**
 * Pages the entries, after keeping only those of $statuses when `status` is filtered. `entity`:
 * also says whether $entityId names an entity (no entries either way when it does not), so an
 * unknown id's NOT_FOUND costs no second read.
 */
const orderAndPage = (status: boolean, entity: boolean) => `${
  status
    ? `
    WITH entry WHERE entry.status IN $statuses`
    : ''
}
    WITH entry ORDER BY entry.sortKey, entry.precisionRank, entry.subjectId, entry.factId
    WITH collect(entry) AS entries
    WITH size(entries) AS total, entries[$offset..($offset + $first)] AS page
    RETURN total, page,
      ${entitiesWithIds('[entry IN page | entry.subjectId] + [entry IN page WHERE entry.fact IS NOT NULL | entry.fact.otherId]')} AS entities${
        entity ? ', EXISTS { MATCH (:Entity {id: $entityId}) } AS found' : ''
      }`;

const datedEntityEntry = (node: string) => `{
  kind: 'DATED_ENTITY', date: ${node}.date, endDate: ${node}.dateEnd, precision: ${node}.datePrecision,
  inferred: coalesce(${node}.dateInferred, false), status: ${node}.dateStatus, subjectId: ${node}.id,
  fact: null, factId: ${node}.id + '.DATE', sortKey: ${cypherFirstDay(`${node}.date`)},
  precisionRank: size(${node}.date) }`;

const factEntry = `{
  kind: 'FACT', date: r.date, endDate: null, precision: r.datePrecision,
  inferred: coalesce(r.dateInferred, false), status: r.status, subjectId: a.id,
  fact: ${factFields('otherId: b.id')}, factId: r.id, sortKey: ${cypherFirstDay('r.date')},
  precisionRank: size(r.date) }`;

/** Which filters a timeline's statement has; an unused one is left out of it. */
interface TimelineFilters {
  period: boolean;
  status: boolean;
}

const nameSuffix = ({ period, status }: TimelineFilters) => `${period ? ':period' : ''}${status ? ':status' : ''}`;

/** `period`: whether entries are filtered by [from, to]; without one the filter is left out. */
const timelineOfEntityQuery = ({ period, status }: TimelineFilters): NamedQuery => ({
  name: `timelineOfEntity${nameSuffix({ period, status })}`,
  cypher: `
    MATCH (x:Entity {id: $entityId})
    CALL (x) {
      MATCH (x)-[r]-(:Entity) WHERE ${IS_LIVE_FACT} AND r.date IS NOT NULL AND ${period ? IN_PERIOD('r.date', 'null') : 'true'}
      MATCH (a)-[r]->(b)
      RETURN ${factEntry} AS entry
      UNION
      MATCH (x)-[r]-(e:Entity) WHERE ${IS_LIVE_FACT} AND e.date IS NOT NULL AND ${period ? IN_PERIOD('e.date', 'e.dateEnd') : 'true'}
      RETURN DISTINCT ${datedEntityEntry('e')} AS entry
      UNION
      WITH x WHERE x.date IS NOT NULL AND ${period ? IN_PERIOD('x.date', 'x.dateEnd') : 'true'}
      RETURN ${datedEntityEntry('x')} AS entry
    }
    ${orderAndPage(status, true)}`,
});

const timelineOfPeriodQuery = ({ period, status }: TimelineFilters): NamedQuery => ({
  name: `timelineOfPeriod${nameSuffix({ period, status })}`,
  cypher: `
    CALL () {
      MATCH (a:Entity)-[r]->(b:Entity) WHERE ${IS_LIVE_FACT} AND r.date IS NOT NULL AND ${period ? IN_PERIOD('r.date', 'null') : 'true'}
      RETURN ${factEntry} AS entry
      UNION
      MATCH (e:Entity) WHERE e.date IS NOT NULL AND ${period ? IN_PERIOD('e.date', 'e.dateEnd') : 'true'}
      RETURN ${datedEntityEntry('e')} AS entry
    }
    ${orderAndPage(status, false)}`,
});

const timelineQueries = new Map<string, NamedQuery>();

interface TimelineOptions {
  entityId: string | null;
  from: string | null;
  to: string | null;
  /** Keep entries of these statuses; null (or absent) keeps all. */
  statuses?: FactStatus[] | null;
}

/** The named query for one entity's timeline or everything's, with or without a period and statuses (built once each). */
export function timelineQueryFor(options: TimelineOptions): NamedQuery {
  const filters: TimelineFilters = { period: options.from !== null || options.to !== null, status: (options.statuses ?? null) !== null };
  const key = `${options.entityId === null ? 'everything' : 'entity'}${nameSuffix(filters)}`;
  let query = timelineQueries.get(key);
  if (!query)
    timelineQueries.set(key, (query = options.entityId === null ? timelineOfPeriodQuery(filters) : timelineOfEntityQuery(filters)));
  return query;
}

interface EntryRow {
  kind: 'FACT' | 'DATED_ENTITY';
  date: string;
  endDate: string | null;
  precision: TimelineEntryRecord['precision'];
  inferred: boolean;
  status: TimelineEntryRecord['status'];
  subjectId: string;
  fact: (Record<string, unknown> & { otherId: string }) | null;
  factId: string;
}

export async function findTimeline(
  db: GraphRunner,
  options: TimelineOptions & { offset: number; first: number },
): Promise<Read<TimelinePage | null>> {
  const [row] = await db.read<{ total: number; page: EntryRow[]; entities: Array<Record<string, unknown>>; found?: boolean }>(
    timelineQueryFor(options),
    {
      entityId: options.entityId,
      fromKey: firstDayKey(options.from ?? '0000'),
      toKey: lastDayKey(options.to ?? '9999'),
      statuses: options.statuses ?? null,
      offset: options.offset,
      first: options.first,
    },
  );
  // An entity's timeline is null when the entity does not exist.
  if (options.entityId !== null && row?.found !== true) return { value: null, side: {} };
  // Subjects and other ends come with the page: they need no further round trip.
  const page: TimelinePage = {
    totalCount: row?.total ?? 0,
    offset: options.offset,
    items: (row?.page ?? []).map((entry) => ({
      kind: entry.kind,
      date: entry.date,
      endDate: entry.endDate,
      precision: entry.precision,
      inferred: entry.inferred,
      status: entry.status,
      subjectId: entry.subjectId,
      relation: entry.fact ? toRelationRecord(entry.subjectId, entry.fact, true) : null,
      evidenceId: entry.kind === 'FACT' ? entry.factId : entityDateFactId(entry.subjectId),
    })),
  };
  return { value: page, side: { entities: (row?.entities ?? []).map(toEntityRecord) } };
}
