/** Lookups over an AskGraph: the facts at an entity, the other end of a fact, entity types. */
import type { EntityType } from '../../__generated__/graphql';
import type { AskFact, AskGraph } from './types';

export class WorkingGraph {
  private readonly adjacency = new Map<string, AskFact[]>();

  constructor(readonly graph: AskGraph) {
    for (const fact of graph.facts.values()) {
      for (const end of [fact.fromId, fact.toId]) {
        const list = this.adjacency.get(end);
        if (list) list.push(fact);
        else this.adjacency.set(end, [fact]);
      }
    }
  }

  factsAt(entityId: string): readonly AskFact[] {
    return this.adjacency.get(entityId) ?? [];
  }

  typeOf(entityId: string): EntityType | undefined {
    return this.graph.entities.get(entityId)?.type;
  }

  nameOf(entityId: string): string {
    return this.graph.entities.get(entityId)?.name ?? entityId;
  }

  /** Whether two entities are joined by a fact. */
  adjacent(a: string, b: string): boolean {
    return this.factsAt(a).some((fact) => otherEnd(fact, a) === b);
  }
}

export function otherEnd(fact: AskFact, entityId: string): string {
  return fact.fromId === entityId ? fact.toId : fact.fromId;
}
