/**
 * Reads every acknowledged write back through the API after the load: each soak entity with its
 * name, and each fact from the entity it starts at. Ten entities per request (aliases; the limit
 * is 15), a few requests at a time.
 */
import { postGraphQL } from './graphqlClient';
import type { Acknowledged } from './workload';

const PER_REQUEST = 10;
const IN_FLIGHT = 4;

interface ReadBack {
  id: string;
  name: string;
  relations: { edges: Array<{ node: { id: string } }> };
}

export interface WriteCheck {
  entitiesChecked: number;
  factsChecked: number;
  /** One line per missing or different write (and per failed read-back request). */
  missing: string[];
}

function readBackQuery(count: number): string {
  const variables = Array.from({ length: count }, (_, index) => `$i${index}: ID!`).join(', ');
  const fields = Array.from(
    { length: count },
    (_, index) =>
      `e${index}: entity(id: $i${index}) { id name relations(types: [COOPERATES_WITH], direction: OUTGOING, first: 5) { edges { node { id } } } }`,
  ).join('\n');
  return `query SoakReadBack(${variables}) {\n${fields}\n}`;
}

export async function verifyWrites(url: string, acknowledged: Acknowledged): Promise<WriteCheck> {
  const missing: string[] = [];
  const batches: Array<Acknowledged['entities']> = [];
  for (let start = 0; start < acknowledged.entities.length; start += PER_REQUEST) {
    batches.push(acknowledged.entities.slice(start, start + PER_REQUEST));
  }
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const batch = batches[next++]!;
      const variables = Object.fromEntries(batch.map((entity, index) => [`i${index}`, entity.id]));
      const outcome = await postGraphQL<Record<string, ReadBack | null>>(url, readBackQuery(batch.length), variables);
      if (!outcome.ok) {
        missing.push(`read-back of ${batch[0]!.id} and ${batch.length - 1} more failed: ${outcome.failure}`);
        continue;
      }
      batch.forEach((entity, index) => {
        const found = outcome.data![`e${index}`];
        if (!found) return void missing.push(`entity ${entity.id} is missing`);
        if (found.name !== entity.name) missing.push(`entity ${entity.id} is named "${found.name}", not "${entity.name}"`);
        const factId = acknowledged.factsFrom.get(entity.id);
        if (factId && !found.relations.edges.some((edge) => edge.node.id === factId)) missing.push(`fact ${factId} is missing`);
      });
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return { entitiesChecked: acknowledged.entities.length, factsChecked: acknowledged.factsFrom.size, missing };
}
