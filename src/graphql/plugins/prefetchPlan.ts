/**
 * What a page of relations fetches ahead (store/relations.ts, PrefetchPlan), read from the
 * operation before execution: when it selects a relation's evidence (and the evidence's
 * documents), the page brings them in the same Cypher query rather than in two more round
 * trips; the documents' texts (~9 kB each) only when it selects `Document.text`. Only an
 * optimisation: without it the same data is loaded lazily, one round trip per kind. The whole document is read, fragments included, so the plan errs towards fetching.
 *
 * It also says when a page may read its other ends, evidence and documents **brief**, only the
 * properties the operation can show of them (`other { id name }`, `evidence { quote start end
 * document { id title } }`, as a page usually asks): where every field selected under
 * `Relation.other` (or `Relation.evidence`, `Evidence.document`) is one of those, and no fragment
 * spread stands there. Brief records are handed to the relation's fields directly, never to the
 * request's loaders (another field could want the whole record). A page of 20 facts then decodes
 * about half the values, and its statement fits one Bolt chunk.
 *
 * And it names the fact properties the operation selects of any relation (`date`, `status`...):
 * a page reads only those besides a fact's id and type.
 *
 * The plan is an explicit input of execution: Apollo's rootValue, built once per parsed document
 * (Apollo keeps the parsed documents of repeated operations, so a repeated query's plan is
 * cached with it), and read by the resolvers that page relations (info.rootValue).
 */
import { buildSchema, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { FACT_PROPERTIES, type FactProperty } from '../../store/fragments';
import { NO_PREFETCH, type PrefetchPlan } from '../../store/relations';

const isFactProperty = (name: string): name is FactProperty => (FACT_PROPERTIES as readonly string[]).includes(name);

export interface RootValue {
  prefetch: PrefetchPlan;
}

/** Where a selection stands: under one of the fields whose records a page may read brief, or elsewhere. */
type Place = 'other' | 'evidence' | 'document' | 'elsewhere';

/** The fields a brief record answers, by place (`__typename` everywhere). */
const BRIEF_FIELDS: Record<Exclude<Place, 'elsewhere'>, ReadonlySet<string>> = {
  other: new Set(['id', 'name', 'type', '__typename']),
  evidence: new Set(['quote', 'start', 'end', 'document', '__typename']),
  document: new Set(['id', 'title', '__typename']),
};

/** Relation fields that load the other end or the evidence themselves: those then come whole, for the loaders. */
const NEEDS_WHOLE_ENDS = new Set(['from', 'to']);
const NEEDS_WHOLE_EVIDENCE = new Set(['sources', 'statusHistory']);

function placeOf(parent: string | undefined, field: string): Place {
  if (parent === 'Relation' && field === 'other') return 'other';
  if (parent === 'Relation' && field === 'evidence') return 'evidence';
  if (parent === 'Evidence' && field === 'document') return 'document';
  return 'elsewhere';
}

export function prefetchPlanOf(schema: GraphQLSchema, document: DocumentNode): PrefetchPlan {
  const plan: PrefetchPlan = {
    relationEvidence: false,
    evidenceDocuments: false,
    documentTexts: false,
    briefOthers: true,
    briefEvidence: true,
    briefDocuments: true,
  };
  // The fact properties selected of any relation (Relation's fields named as the stored properties).
  const factProperties = new Set<FactProperty>();
  const notBrief = (place: Place) => {
    if (place === 'other') plan.briefOthers = false;
    if (place === 'evidence') plan.briefEvidence = false;
    if (place === 'document') plan.briefDocuments = false;
  };
  const typeInfo = new TypeInfo(schema);
  // The place of each enclosing field (inline fragments keep their field's place).
  const places: Place[] = [];
  const here = (): Place => places[places.length - 1] ?? 'elsewhere';
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter(node) {
          const parent = typeInfo.getParentType()?.name;
          const name = node.name.value;
          if (parent === 'Relation' && name === 'evidence') plan.relationEvidence = true;
          if (parent === 'Evidence' && name === 'document') plan.evidenceDocuments = true;
          if (parent === 'Document' && name === 'text') plan.documentTexts = true;
          if (parent === 'Relation' && NEEDS_WHOLE_ENDS.has(name)) plan.briefOthers = false;
          if (parent === 'Relation' && NEEDS_WHOLE_EVIDENCE.has(name)) plan.briefEvidence = false;
          if (parent === 'Relation' && isFactProperty(name)) factProperties.add(name);
          const place = here();
          if (place !== 'elsewhere' && !BRIEF_FIELDS[place].has(name)) notBrief(place);
          places.push(placeOf(parent, name));
        },
        leave() {
          places.pop();
        },
      },
      // A named fragment's fields are visited apart from where it is spread: not brief there.
      FragmentSpread() {
        notBrief(here());
      },
      FragmentDefinition: {
        enter() {
          places.push('elsewhere');
        },
        leave() {
          places.pop();
        },
      },
    }),
  );
  return { ...plan, factProperties: FACT_PROPERTIES.filter((property) => factProperties.has(property)) };
}

/** Apollo's `rootValue` option: the operation's root value, carrying its prefetch plan (one per parsed document). */
export function rootValueWithPrefetch(typeDefs: string): (document: DocumentNode) => RootValue {
  const schema = buildSchema(typeDefs);
  const plans = new WeakMap<DocumentNode, RootValue>();
  return (document) => {
    let root = plans.get(document);
    if (!root) plans.set(document, (root = { prefetch: prefetchPlanOf(schema, document) }));
    return root;
  };
}

/** The plan of the operation a resolver runs in (none outside Apollo's execution). */
export function prefetchOf(info: GraphQLResolveInfo): PrefetchPlan {
  return (info.rootValue as RootValue | undefined)?.prefetch ?? NO_PREFETCH;
}
