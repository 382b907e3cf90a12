import { EMPTY_GRAPH, pathElements, pathHighlight, withNeighborhood, withPaths, type Path } from '../../web/explore/graphModel';

const henna = { id: 'henna', name: 'Henna Virkkunen', type: 'PERSON' };
const council = { id: 'council', name: 'Third Council', type: 'EVENT' };
const japan = { id: 'japan', name: 'Japan', type: 'COUNTRY' };
const hap = { id: 'hap', name: 'Hiroshima AI Process', type: 'INITIATIVE' };
const chaired = { id: 'henna.CO_CHAIRED.council', type: 'CO_CHAIRED', source: 'henna', target: 'council' };

const step = (id: string, type: string, from: string, to: string, other: typeof henna, direction: 'OUTGOING' | 'INCOMING') => ({
  id,
  type,
  direction,
  role: null,
  date: null,
  status: 'REPORTED',
  other,
  evidence: [],
  from: { id: from },
  to: { id: to },
});
const path: Path = {
  length: 3,
  start: henna,
  steps: [
    step('henna.CO_CHAIRED.council', 'CO_CHAIRED', 'henna', 'council', council, 'OUTGOING'),
    step('japan.PARTICIPATED_IN.council', 'PARTICIPATED_IN', 'japan', 'council', japan, 'INCOMING'),
    step('japan.CALLS_FOR.hap', 'CALLS_FOR', 'japan', 'hap', hap, 'OUTGOING'),
  ],
};

describe("the explorer's picture model", () => {
  it('draws an entity and fact loaded twice only once, and remembers what was expanded', () => {
    const once = withNeighborhood(EMPTY_GRAPH, 'henna', { nodes: [henna, council], edges: [chaired] });
    const twice = withNeighborhood(once, 'council', { nodes: [council, henna], edges: [chaired] });
    expect([...twice.nodes.keys()]).toEqual(['henna', 'council']);
    expect([...twice.edges.keys()]).toEqual([chaired.id]);
    expect([...twice.expanded]).toEqual(['henna', 'council']);
    expect(EMPTY_GRAPH.nodes.size).toBe(0);
  });

  it('draws a path step as the fact is stored, whichever way the path reads it', () => {
    const { nodes, edges } = pathElements(path);
    expect(nodes.map((node) => node.id)).toEqual(['henna', 'council', 'japan', 'hap']);
    expect(edges[1]).toEqual({ id: 'japan.PARTICIPATED_IN.council', type: 'PARTICIPATED_IN', source: 'japan', target: 'council' });
  });

  it('adds paths without marking anything expanded, and highlights exactly the chosen path', () => {
    const graph = withPaths(EMPTY_GRAPH, [path]);
    expect(graph.nodes.size).toBe(4);
    expect(graph.expanded.size).toBe(0);
    const highlight = pathHighlight(path);
    expect([...highlight.nodes]).toEqual(['henna', 'council', 'japan', 'hap']);
    expect(highlight.edges.size).toBe(3);
    expect(pathHighlight(undefined).nodes.size).toBe(0);
  });
});
