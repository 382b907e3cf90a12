/**
 * What the picture shows: the entities and facts gathered so far from neighbourhoods and paths,
 * keyed by id so that loading the same fact twice draws it once. Immutable (React state); no DOM.
 */
import type { EntityRef, GraphEdge, PathsResult } from './queries';

export interface GraphModel {
  readonly nodes: ReadonlyMap<string, EntityRef>;
  readonly edges: ReadonlyMap<string, GraphEdge>;
  /** Entities whose neighbourhood has been loaded (drawn solid; the others invite a click). */
  readonly expanded: ReadonlySet<string>;
}

export type Path = PathsResult['paths'][number];

export const EMPTY_GRAPH: GraphModel = { nodes: new Map(), edges: new Map(), expanded: new Set() };

function merged(graph: GraphModel, nodes: EntityRef[], edges: GraphEdge[], expandedId?: string): GraphModel {
  return {
    nodes: new Map([...graph.nodes, ...nodes.map((node) => [node.id, node] as const)]),
    edges: new Map([...graph.edges, ...edges.map((edge) => [edge.id, edge] as const)]),
    expanded: expandedId === undefined ? graph.expanded : new Set([...graph.expanded, expandedId]),
  };
}

export function withNeighborhood(
  graph: GraphModel,
  centerId: string,
  neighborhood: { nodes: EntityRef[]; edges: GraphEdge[] },
): GraphModel {
  return merged(graph, neighborhood.nodes, neighborhood.edges, centerId);
}

/** Adds entities and facts drawn for another reason (an answer's facts), none of them expanded. */
export function withElements(graph: GraphModel, elements: { nodes: EntityRef[]; edges: GraphEdge[] }): GraphModel {
  return merged(graph, elements.nodes, elements.edges);
}

/** The entities and facts of one path, as the picture draws them (facts as stored: source -> target). */
export function pathElements(path: Path): { nodes: EntityRef[]; edges: GraphEdge[] } {
  return {
    nodes: [path.start, ...path.steps.map((step) => step.other)],
    edges: path.steps.map((step) => ({ id: step.id, type: step.type, source: step.from.id, target: step.to.id })),
  };
}

export function withPaths(graph: GraphModel, paths: Path[]): GraphModel {
  const elements = paths.map(pathElements);
  return merged(
    graph,
    elements.flatMap((element) => element.nodes),
    elements.flatMap((element) => element.edges),
  );
}

/** The ids to highlight for one path. */
export function pathHighlight(path: Path | undefined): { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } {
  if (!path) return { nodes: new Set(), edges: new Set() };
  const { nodes, edges } = pathElements(path);
  return { nodes: new Set(nodes.map((node) => node.id)), edges: new Set(edges.map((edge) => edge.id)) };
}
