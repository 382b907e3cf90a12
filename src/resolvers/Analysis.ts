/** Field resolvers of the analysis types: connections, paths, subgraphs, timelines, shared links. */
import type { Resolvers } from '../__generated__/graphql';
import { documentEdges, entityEdges, pageInfoOf, searchEdges, timelineEdges } from './connections';
import { loadEntities, requireEntity } from './entities';

export const analysisResolvers: Resolvers = {
  SearchConnection: {
    totalCount: (page) => page.totalCount,
    edges: (page, _args, { loaders }) => searchEdges(page, loaders),
    pageInfo: (page) => pageInfoOf(page),
  },
  EntityConnection: {
    totalCount: (page) => page.totalCount,
    edges: (page, _args, { loaders }) => entityEdges(page, loaders),
    pageInfo: (page) => pageInfoOf(page),
  },
  DocumentConnection: {
    totalCount: (page) => page.totalCount,
    edges: (page, _args, { loaders }) => documentEdges(page, loaders),
    pageInfo: (page) => pageInfoOf(page),
  },
  TimelineConnection: {
    totalCount: (page) => page.totalCount,
    edges: (page) => timelineEdges(page),
    pageInfo: (page) => pageInfoOf(page),
  },
  Path: {
    length: (path) => path.steps.length,
    start: (path, _args, { loaders }) => requireEntity(loaders, path.startId, 'from'),
    steps: (path) => path.steps,
    cypher: (path) => path.cypher,
  },
  Subgraph: {
    nodes: (subgraph, _args, { loaders }) => loadEntities(loaders, subgraph.nodeIds),
    edges: (subgraph) => subgraph.edges,
    truncated: (subgraph) => subgraph.truncated,
    cypher: (subgraph) => subgraph.cypher,
  },
  SubgraphEdge: {
    id: (relation) => relation.id,
    type: (relation) => relation.type,
    source: (relation) => relation.selfId,
    target: (relation) => relation.otherId,
    relation: (relation) => relation,
  },
  TimelineEntry: {
    subject: (entry, _args, { loaders }) => requireEntity(loaders, entry.subjectId, 'subject'),
    evidence: (entry, _args, { loaders }) => loaders.evidence.load(entry.evidenceId),
  },
  CommonConnection: {
    entity: (common, _args, { loaders }) => requireEntity(loaders, common.entityId, 'entity'),
  },
};
