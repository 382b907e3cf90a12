/**
 * Before execution, tells the request's loaders what the operation selects beyond relations
 * themselves, so a page of relations fetches its evidence (and the evidence's documents) in the
 * same Cypher query rather than in two more round trips (graph/relations.ts, PrefetchPlan).
 * Only an optimisation: without it the same data is loaded lazily, one round trip per kind.
 * The whole document is read, fragments included, so the plan errs towards fetching.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { PrefetchPlan } from '../../store/relations';
import type { RequestContext } from '../context';

export function prefetchPlanOf(schema: GraphQLSchema, document: DocumentNode): PrefetchPlan {
  const plan: PrefetchPlan = { relationEvidence: false, evidenceDocuments: false };
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType()?.name;
        if (parent === 'Relation' && node.name.value === 'evidence') plan.relationEvidence = true;
        if (parent === 'Evidence' && node.name.value === 'document') plan.evidenceDocuments = true;
      },
    }),
  );
  return plan;
}

export function prefetchPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, contextValue }) {
          contextValue.loaders.prefetch = prefetchPlanOf(schema, document);
        },
      };
    },
  };
}
