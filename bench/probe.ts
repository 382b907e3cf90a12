/**
 * One request per query and target before measuring: the responses must carry no errors, our
 * data must equal the floor's (the same result fetched two ways), and our response says what
 * it cost in Cypher round trips.
 */
import { ROUND_TRIPS_HEADER } from '../src/graphql/plugins/roundTripsHeader';
import type { MixQuery } from './mix';
import type { Targets } from './targets';

export interface Probe {
  roundTrips: number;
  sameAsFloor: boolean;
  /** Set when our server refused or failed the query (e.g. a limit): it is then not measured. */
  oursError?: string;
}

/** JSON with object keys sorted, so equal data compares equal whatever the key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : item,
  );
}

async function post(url: string, body: unknown): Promise<{ json: { data?: unknown; errors?: unknown[] }; headers: Headers }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (!response.ok || json.errors?.length)
    throw new Error(`${url} answered ${response.status}: ${JSON.stringify(json.errors ?? json).slice(0, 500)}`);
  return { json, headers: response.headers };
}

/** The floor's and the peer's failures are the benchmark's bugs (thrown); ours are results (reported). */
export async function probe(query: MixQuery, targets: Targets): Promise<Probe> {
  const floor = await post(`${targets.floor.url}${query.name}`, query.floor);
  if (query.peer) await post(targets.peer.url, { query: query.peer.query, variables: query.peer.variables });
  try {
    // The first request may pay one-off work (the name index is built at the first name lookup):
    // the round trips reported are those of the next one, as every measured request pays them.
    await post(targets.ours.url, query.ours);
    const ours = await post(targets.ours.url, query.ours);
    return {
      roundTrips: Number(ours.headers.get(ROUND_TRIPS_HEADER) ?? NaN),
      sameAsFloor: canonical(ours.json.data) === canonical(floor.json.data),
    };
  } catch (error) {
    return { roundTrips: NaN, sameAsFloor: false, oursError: error instanceof Error ? error.message : String(error) };
  }
}
