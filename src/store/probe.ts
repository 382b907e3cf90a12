/** The readiness probe's statement: the cheapest read that still goes through a transaction on the database. */
import type { GraphRunner } from '../db/database';
import type { NamedQuery } from '../db/namedQuery';

const probeQuery: NamedQuery = { name: 'probe', cypher: 'RETURN 1 AS ok' };

export async function probeGraph(db: GraphRunner): Promise<void> {
  await db.read(probeQuery);
}
