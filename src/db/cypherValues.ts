/**
 * Values across the driver boundary. JavaScript has one number type; Cypher tells INTEGER from
 * FLOAT (LIMIT and SKIP refuse 2.0, and offsets stored as floats read as 2381.0 in Neo4j
 * Browser). Our parameters carry no fractional values, so every whole number becomes a Cypher
 * INTEGER here. Results come back as plain objects (integers as JS numbers: the driver runs with
 * disableLosslessIntegers, and our counts stay far below 2^53).
 */
import neo4j, { type QueryResult, type RecordShape } from 'neo4j-driver';

export function toCypherValue(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toCypherValue);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toCypherValue(item)]));
  }
  return value;
}

export function recordsOf<R extends RecordShape>(result: QueryResult<R>): R[] {
  return result.records.map((record) => record.toObject() as R);
}
