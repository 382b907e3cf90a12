/**
 * The neighbourhood picture. React owns what is shown (a GraphModel); this component mirrors it
 * into one long-lived cytoscape instance, adding and removing only what changed, so positions
 * survive an expansion and the layout only has to settle the newcomers.
 */
import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'react';
import { relationLabel } from './entityTypes';
import type { GraphModel } from './graphModel';
import { GRAPH_STYLE } from './graphStyle';

declare global {
  interface Window {
    /** The live cytoscape instance: handy in the console, and how the browser test finds a node on the canvas. */
    explorerGraph?: cytoscape.Core;
  }
}

export interface GraphViewProps {
  graph: GraphModel;
  selectedId: string | undefined;
  highlight: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };
  onNodeClick(id: string): void;
}

/** Where new entities first appear: in a ring around the entity they were loaded for. */
function ringAround(center: cytoscape.Position, index: number, count: number): cytoscape.Position {
  const angle = (2 * Math.PI * index) / Math.max(count, 1);
  const radius = 90 + 6 * count;
  return { x: center.x + radius * Math.cos(angle), y: center.y + radius * Math.sin(angle) };
}

function syncElements(cy: cytoscape.Core, graph: GraphModel, anchorId: string | undefined): boolean {
  const stale = cy.elements().filter((element) => (element.isNode() ? !graph.nodes.has(element.id()) : !graph.edges.has(element.id())));
  stale.remove();
  const newNodes = [...graph.nodes.values()].filter((node) => cy.getElementById(node.id).empty());
  const anchor = anchorId !== undefined && cy.getElementById(anchorId).nonempty() ? cy.getElementById(anchorId).position() : { x: 0, y: 0 };
  cy.add(
    newNodes.map((node, index) => ({
      group: 'nodes' as const,
      data: { id: node.id, name: node.name, type: node.type },
      position: ringAround(anchor, index, newNodes.length),
    })),
  );
  const newEdges = [...graph.edges.values()].filter((edge) => cy.getElementById(edge.id).empty());
  cy.add(
    newEdges.map((edge) => ({
      group: 'edges' as const,
      data: { id: edge.id, source: edge.source, target: edge.target, label: relationLabel(edge.type) },
    })),
  );
  return stale.nonempty() || newNodes.length > 0 || newEdges.length > 0;
}

export function GraphView({ graph, selectedId, highlight, onNodeClick }: GraphViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<cytoscape.Core | null>(null);
  const layoutRef = useRef<cytoscape.Layouts | null>(null);
  // The latest callback, without rebinding cytoscape's listener on every render.
  const onNodeClickRef = useRef(onNodeClick);
  onNodeClickRef.current = onNodeClick;

  useEffect(() => {
    const container = containerRef.current!;
    const cy = cytoscape({ container, style: GRAPH_STYLE, minZoom: 0.2, maxZoom: 1.6, boxSelectionEnabled: false });
    cy.on('tap', 'node', (event) => onNodeClickRef.current((event.target as cytoscape.NodeSingular).id()));
    cy.on('layoutstart', () => (container.dataset.layout = 'running'));
    cy.on('layoutstop', () => (container.dataset.layout = 'idle'));
    cyRef.current = cy;
    window.explorerGraph = cy;
    return () => {
      cy.destroy();
      cyRef.current = null;
      delete window.explorerGraph;
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current!;
    if (!syncElements(cy, graph, selectedId)) return;
    layoutRef.current?.stop();
    layoutRef.current = cy.layout({
      name: 'cose',
      // 'end': compute, then glide from the old positions to the new ones (cose takes it;
      // the typings only know booleans).
      animate: 'end' as unknown as boolean,
      animationDuration: 350,
      randomize: false,
      fit: true,
      padding: 40,
      nodeDimensionsIncludeLabels: true,
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => 80,
    });
    layoutRef.current.run();
    // Only a change of the model moves things; selecting or highlighting just restyles.
  }, [graph]);

  useEffect(() => {
    const cy = cyRef.current!;
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        node.toggleClass('expanded', graph.expanded.has(node.id()));
        node.toggleClass('selected', node.id() === selectedId);
      });
      const pathShown = highlight.nodes.size > 0;
      cy.elements().forEach((element) => {
        const onPath = (element.isNode() ? highlight.nodes : highlight.edges).has(element.id());
        element.toggleClass('on-path', onPath);
        element.toggleClass('dimmed', pathShown && !onPath);
      });
    });
  }, [graph, selectedId, highlight]);

  return <div className="graph" ref={containerRef} data-layout="idle" data-testid="graph" />;
}
