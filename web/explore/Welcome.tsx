/** What the sidebar shows before anything is chosen: how to use the page, and where to start. */
import { runQuery } from '../shared/graphqlFetch';
import { entityTypeStyle } from './entityTypes';
import { TOP_ENTITIES, type EntityRef, type TopEntitiesResult } from './queries';
import { useAsync } from './useAsync';

export function Welcome({ onSelectEntity }: { onSelectEntity(entity: EntityRef): void }) {
  const top = useAsync(() => runQuery<TopEntitiesResult>(TOP_ENTITIES), []);
  return (
    <section className="card welcome">
      <h2>Explore the EU–Japan digital partnership graph</h2>
      <p>
        Search for a person, institution, agreement or event above (typos and garbled names are fine). Its card lists every fact with the
        sentence that states it; the picture shows its neighbours. Click a node to expand it, and ask how two entities are connected.
      </p>
      <h3>The most connected</h3>
      {top.status === 'failed' && <p className="error">{top.error}</p>}
      {top.status === 'done' && (
        <ul className="suggestions">
          {top.value.entities.edges.map(({ node }) => (
            <li key={node.id}>
              <button type="button" className="entity-link" onClick={() => onSelectEntity(node)}>
                <span className="dot" style={{ background: entityTypeStyle(node.type).color }} />
                {node.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
