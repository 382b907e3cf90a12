/**
 * The GraphQL operations the explorer sends, and the shapes of their answers. Only the public
 * API: test/unit/explorerQueries.test.ts validates each operation against schema/*.graphql.
 */

export interface EntityRef {
  id: string;
  name: string;
  type: string;
}

export const SEARCH = /* GraphQL */ `
  query ExplorerSearch($query: String!) {
    search(query: $query, first: 8) {
      edges {
        score
        node {
          id
          name
          type
          description
        }
      }
    }
  }
`;
export interface SearchResult {
  search: { edges: Array<{ score: number; node: EntityRef & { description: string | null } }> };
}

export interface EvidenceItem {
  quote: string;
  start: number;
  end: number;
  status: string;
  document: { id: string; title: string; publisher: string | null; publishedAt: string | null };
}

export interface Fact {
  id: string;
  type: string;
  direction: 'OUTGOING' | 'INCOMING';
  role: string | null;
  date: string | null;
  status: string;
  other: EntityRef;
  evidence: EvidenceItem[];
}

/** A quote as the explorer shows it (Evidence.tsx): include with `...ExplorerEvidence`. */
export const EVIDENCE_FIELDS = /* GraphQL */ `
  fragment ExplorerEvidence on Evidence {
    quote
    start
    end
    status
    document {
      id
      title
      publisher
      publishedAt
    }
  }
`;

const FACT_FIELDS = /* GraphQL */ `
  fragment ExplorerFact on Relation {
    id
    type
    direction
    role
    date
    status
    other {
      id
      name
      type
    }
    evidence {
      ...ExplorerEvidence
    }
  }
  ${EVIDENCE_FIELDS}
`;

/** Facts come a page at a time: the server's query cost limit grows with `first`. */
const FACTS_PAGE_SIZE = 20;

export interface FactsPage {
  totalCount: number;
  edges: Array<{ node: Fact }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export const ENTITY_CARD = /* GraphQL */ `
  query ExplorerEntity($id: ID!) {
    entity(id: $id) {
      id name type aliases description unresolved
      ... on Event { date { value endValue } }
      relations(first: ${FACTS_PAGE_SIZE}) { totalCount edges { node { ...ExplorerFact } } pageInfo { hasNextPage endCursor } }
    }
  }
  ${FACT_FIELDS}
`;
export interface EntityCardResult {
  entity:
    | (EntityRef & {
        aliases: string[];
        description: string | null;
        unresolved: boolean;
        date?: { value: string; endValue: string | null } | null;
        relations: FactsPage;
      })
    | null;
}

export const MORE_FACTS = /* GraphQL */ `
  query ExplorerMoreFacts($id: ID!, $after: String!) {
    entity(id: $id) {
      relations(first: ${FACTS_PAGE_SIZE}, after: $after) { totalCount edges { node { ...ExplorerFact } } pageInfo { hasNextPage endCursor } }
    }
  }
  ${FACT_FIELDS}
`;
export interface MoreFactsResult {
  entity: { relations: FactsPage } | null;
}

export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
}

export const NEIGHBORHOOD = /* GraphQL */ `
  query ExplorerNeighborhood($id: ID!) {
    neighborhood(id: $id, depth: 1, limit: 60) {
      truncated
      nodes {
        id
        name
        type
      }
      edges {
        id
        type
        source
        target
      }
    }
  }
`;
export interface NeighborhoodResult {
  neighborhood: { truncated: boolean; nodes: EntityRef[]; edges: GraphEdge[] };
}

export const PATHS = /* GraphQL */ `
  query ExplorerPaths($from: ID!, $to: ID!) {
    paths(from: $from, to: $to, maxHops: 5, first: 3) {
      length
      start {
        id
        name
        type
      }
      steps {
        ...ExplorerFact
        from {
          id
        }
        to {
          id
        }
      }
    }
  }
  ${FACT_FIELDS}
`;
export interface PathStep extends Fact {
  from: { id: string };
  to: { id: string };
}
export interface PathsResult {
  paths: Array<{ length: number; start: EntityRef; steps: PathStep[] }>;
}

export const DOCUMENT = /* GraphQL */ `
  query ExplorerDocument($id: ID!) {
    document(id: $id) {
      id
      title
      publisher
      author
      publishedAt
      text
    }
  }
`;
export interface DocumentResult {
  document: { id: string; title: string; publisher: string | null; author: string | null; publishedAt: string | null; text: string } | null;
}

export const TOP_ENTITIES = /* GraphQL */ `
  query ExplorerTopEntities {
    entities(orderBy: RELATION_COUNT_DESC, first: 8) {
      edges {
        node {
          id
          name
          type
        }
      }
    }
  }
`;
export interface TopEntitiesResult {
  entities: { edges: Array<{ node: EntityRef }> };
}

/** Every operation, for the test that validates them against the schema. */
export const ALL_OPERATIONS = { SEARCH, ENTITY_CARD, MORE_FACTS, NEIGHBORHOOD, PATHS, DOCUMENT, TOP_ENTITIES };
