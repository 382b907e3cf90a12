/** Cytoscape's stylesheet for the picture: entity types coloured as in Neo4j Browser. */
import type cytoscape from 'cytoscape';
import { ENTITY_TYPES } from './entityTypes';

const typeColours: cytoscape.StylesheetJson = Object.entries(ENTITY_TYPES).map(([type, style]) => ({
  selector: `node[type = "${type}"]`,
  style: { 'background-color': style.color, 'border-color': style.border },
}));

export const GRAPH_STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': '#A5ABB6',
      'border-color': '#7D8590',
      'border-width': 2,
      'border-style': 'dashed',
      width: 26,
      height: 26,
      label: 'data(name)',
      'font-family': 'system-ui, sans-serif',
      'font-size': 11,
      color: '#1F2328',
      'text-valign': 'bottom',
      'text-margin-y': 5,
      'text-wrap': 'wrap',
      'text-max-width': '130px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': '1px',
      'transition-property': 'opacity, border-width',
      'transition-duration': 200,
    },
  },
  ...typeColours,
  // Solid: its neighbourhood is drawn. Dashed: click to expand.
  { selector: 'node.expanded', style: { 'border-style': 'solid' } },
  { selector: 'node.selected', style: { width: 38, height: 38, 'border-width': 4, 'font-weight': 'bold', 'font-size': 12, 'z-index': 10 } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#B8BFC9',
      'target-arrow-color': '#B8BFC9',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 8,
      color: '#6B7280',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
    },
  },
  // A path found by "how are these connected": drawn bold, everything else dimmed.
  { selector: '.dimmed', style: { opacity: 0.25 } },
  { selector: 'node.on-path', style: { 'border-color': '#111827', 'border-width': 4, 'border-style': 'solid', 'z-index': 20 } },
  {
    selector: 'edge.on-path',
    style: {
      width: 4,
      'line-color': '#111827',
      'target-arrow-color': '#111827',
      color: '#111827',
      'font-size': 10,
      'font-weight': 'bold',
      'z-index': 20,
    },
  },
];
