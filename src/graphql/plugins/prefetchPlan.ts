/**
 * What a page of relations fetches ahead (store/relations.ts, PrefetchPlan), read from the
 * operation before execution: when it selects a relation's evidence (and the evidence's
 * documents), the page brings them in the same Cypher query rather than in two more round
 * trips; the documents' texts (~9 kB each) only when it selects `Document.text`. Only an
 * optimisation: without it the same data is loaded lazily, one round trip per kind. The whole document is read, fragments included, so the plan errs towards fetching.
 *
 * The plan is an explicit input of execution: Apollo's rootValue, built once per operation from
 * its parsed document, and read by the resolvers that page relations (info.rootValue).
 */
import { buildSchema, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { NO_PREFETCH, type PrefetchPlan } from '../../store/relations';

export interface RootValue {
  prefetch: PrefetchPlan;
}

export function prefetchPlanOf(schema: GraphQLSchema, document: DocumentNode): PrefetchPlan {
  const plan: PrefetchPlan = { relationEvidence: false, evidenceDocuments: false, documentTexts: false };
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType()?.name;
        if (parent === 'Relation' && node.name.value === 'evidence') plan.relationEvidence = true;
        if (parent === 'Evidence' && node.name.value === 'document') plan.evidenceDocuments = true;
        if (parent === 'Document' && node.name.value === 'text') plan.documentTexts = true;
      },
    }),
  );
  return plan;
}

/** Apollo's `rootValue` option: the operation's root value, carrying its prefetch plan. */
export function rootValueWithPrefetch(typeDefs: string): (document: DocumentNode) => RootValue {
  const schema = buildSchema(typeDefs);
  return (document) => ({ prefetch: prefetchPlanOf(schema, document) });
}

/** The plan of the operation a resolver runs in (none outside Apollo's execution). */
export function prefetchOf(info: GraphQLResolveInfo): PrefetchPlan {
  return (info.rootValue as RootValue | undefined)?.prefetch ?? NO_PREFETCH;
}
