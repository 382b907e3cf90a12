/** The selected entity: its type, names, description, and its facts with their sources. */
import { useState } from 'react';
import { runQuery } from '../shared/graphqlFetch';
import { entityTypeStyle } from './entityTypes';
import { FactItem } from './FactItem';
import {
  ENTITY_CARD,
  MORE_FACTS,
  type EntityCardResult,
  type EntityRef,
  type EvidenceItem,
  type Fact,
  type FactsPage,
  type MoreFactsResult,
} from './queries';
import { useAsync } from './useAsync';

export interface EntityCardProps {
  entityId: string;
  onSelectEntity(entity: EntityRef): void;
  onOpenDocument(evidence: EvidenceItem): void;
}

/** The facts after the first page, loaded on request. The card is keyed by entity, so they reset with it. */
function useMoreFacts(entityId: string) {
  const [pages, setPages] = useState<FactsPage[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const loadAfter = async (cursor: string) => {
    setLoading(true);
    try {
      const { entity } = await runQuery<MoreFactsResult>(MORE_FACTS, { id: entityId, after: cursor });
      if (entity) setPages((loaded) => [...loaded, entity.relations]);
      setError(undefined);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setLoading(false);
    }
  };
  return { pages, loading, error, loadAfter };
}

export function EntityCard({ entityId, onSelectEntity, onOpenDocument }: EntityCardProps) {
  const state = useAsync(() => runQuery<EntityCardResult>(ENTITY_CARD, { id: entityId }), [entityId]);
  const more = useMoreFacts(entityId);
  if (state.status === 'failed') return <section className="card error">Could not load this entity: {state.error}</section>;
  if (state.status !== 'done') return <section className="card loading">Loading…</section>;
  const entity = state.value.entity;
  if (!entity) return <section className="card error">There is no entity “{entityId}”.</section>;

  const style = entityTypeStyle(entity.type);
  const pages = [entity.relations, ...more.pages];
  const facts: Fact[] = pages.flatMap((page) => page.edges.map((edge) => edge.node));
  const { pageInfo } = pages[pages.length - 1]!;
  return (
    <section className="card" aria-label="Entity" data-testid="entity-card">
      <div className="card-type">
        <span className="type-badge" style={{ background: style.color, borderColor: style.border }}>
          {style.label}
        </span>
        {entity.unresolved && (
          <span className="status" title="The sources leave its identity unclear">
            unresolved
          </span>
        )}
        {entity.date && (
          <span className="fact-date">
            {entity.date.value}
            {entity.date.endValue ? ` – ${entity.date.endValue}` : ''}
          </span>
        )}
      </div>
      <h2>{entity.name}</h2>
      {entity.aliases.length > 0 && (
        <p className="aliases">
          <span className="muted">Also written </span>
          {entity.aliases.map((alias, index) => (
            <span key={alias}>
              {index > 0 && <span className="muted"> · </span>}
              <q>{alias}</q>
            </span>
          ))}
        </p>
      )}
      {entity.description && <p className="description">{entity.description}</p>}
      <h3>
        Facts <span className="count">{entity.relations.totalCount}</span>
      </h3>
      {facts.length === 0 && <p className="muted">No facts about it yet.</p>}
      <ul className="facts">
        {facts.map((fact) => (
          <FactItem key={`${fact.id}:${fact.direction}`} fact={fact} onSelectEntity={onSelectEntity} onOpenDocument={onOpenDocument} />
        ))}
      </ul>
      {pageInfo.hasNextPage && pageInfo.endCursor && (
        <button type="button" className="more" disabled={more.loading} onClick={() => void more.loadAfter(pageInfo.endCursor!)}>
          {more.loading ? 'Loading…' : `Show more facts (${facts.length} of ${entity.relations.totalCount})`}
        </button>
      )}
      {more.error && <p className="error">{more.error}</p>}
    </section>
  );
}
