/**
 * "How are these connected?": shortest paths from the selected entity to one the user picks,
 * each step with the quote that states it. The chosen path is drawn bold on the picture.
 */
import type { AsyncState } from './useAsync';
import { EntityPicker } from './EntityPicker';
import { entityTypeStyle, relationLabel } from './entityTypes';
import { Evidence } from './Evidence';
import type { Path } from './graphModel';
import type { EntityRef, EvidenceItem } from './queries';

export interface PathQuery {
  from: EntityRef;
  to: EntityRef;
}

export interface PathFinderProps {
  from: EntityRef;
  query: PathQuery | undefined;
  paths: AsyncState<Path[]>;
  chosen: number;
  onPickTarget(target: EntityRef): void;
  onChoose(index: number): void;
  onSelectEntity(entity: EntityRef): void;
  onOpenDocument(evidence: EvidenceItem): void;
}

function EntityChip({ entity, onSelect }: { entity: EntityRef; onSelect(entity: EntityRef): void }) {
  return (
    <button type="button" className="entity-link" onClick={() => onSelect(entity)}>
      <span className="dot" style={{ background: entityTypeStyle(entity.type).color }} />
      {entity.name}
    </button>
  );
}

function PathSteps({ path, onSelectEntity, onOpenDocument }: { path: Path } & Pick<PathFinderProps, 'onSelectEntity' | 'onOpenDocument'>) {
  return (
    <ol className="path-steps" data-testid="path-steps">
      <li className="path-entity">
        <EntityChip entity={path.start} onSelect={onSelectEntity} />
      </li>
      {path.steps.map((step) => (
        <li key={step.id} className="path-step">
          <div
            className="path-verb"
            title={
              step.direction === 'OUTGOING' ? 'the entity above did this to the one below' : 'the entity below did this to the one above'
            }
          >
            {step.direction === 'OUTGOING' ? '↓' : '↑'} {relationLabel(step.type)}
          </div>
          {step.evidence[0] && <Evidence evidence={step.evidence[0]} onOpenDocument={onOpenDocument} />}
          <div className="path-entity">
            <EntityChip entity={step.other} onSelect={onSelectEntity} />
          </div>
        </li>
      ))}
    </ol>
  );
}

export function PathFinder({ from, query, paths, chosen, onPickTarget, onChoose, onSelectEntity, onOpenDocument }: PathFinderProps) {
  const path = paths.status === 'done' ? paths.value[chosen] : undefined;
  return (
    <section className="path-finder" aria-label="How are these connected">
      <h3>How are these connected?</h3>
      <p className="muted">
        From <strong>{from.name}</strong> to:
      </p>
      <EntityPicker label="Connect to" placeholder="Another entity, e.g. Hiroshima AI Process" onPick={onPickTarget} />
      {query && paths.status === 'loading' && <p className="muted">Looking for paths…</p>}
      {query && paths.status === 'failed' && <p className="error">{paths.error}</p>}
      {query && paths.status === 'done' && paths.value.length === 0 && (
        <p className="muted">
          {query.from.name} and {query.to.name} are not connected within 5 steps.
        </p>
      )}
      {query && paths.status === 'done' && paths.value.length > 0 && (
        <>
          <div className="path-choices" role="tablist" aria-label="Paths found">
            {paths.value.map((candidate, index) => (
              <button key={index} type="button" role="tab" aria-selected={index === chosen} onClick={() => onChoose(index)}>
                Path {index + 1} · {candidate.length} {candidate.length === 1 ? 'step' : 'steps'}
              </button>
            ))}
          </div>
          {path && <PathSteps path={path} onSelectEntity={onSelectEntity} onOpenDocument={onOpenDocument} />}
        </>
      )}
    </section>
  );
}
