/** The colours of the entity types in the picture, and what it holds. */
import { entityTypeStyle } from './entityTypes';
import type { GraphModel } from './graphModel';

export function Legend({ graph, truncated }: { graph: GraphModel; truncated: boolean }) {
  const types = [...new Set([...graph.nodes.values()].map((node) => node.type))].sort();
  if (types.length === 0) return null;
  return (
    <div className="legend" data-testid="legend">
      <div className="legend-types">
        {types.map((type) => (
          <span key={type}>
            <span className="dot" style={{ background: entityTypeStyle(type).color }} />
            {entityTypeStyle(type).label}
          </span>
        ))}
      </div>
      <div className="muted" data-testid="graph-status">
        {graph.nodes.size} entities · {graph.edges.size} facts · click a node to expand it (dashed: not yet expanded)
        {truncated && ' · some neighbourhoods were cut at 60 entities'}
      </div>
    </div>
  );
}
