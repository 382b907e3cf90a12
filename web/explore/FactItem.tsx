/**
 * One fact of an entity, read as a sentence from that entity ("co-chaired Third EU-Japan
 * Digital Partnership Council"; "Japan participated in it"), with every quote that states it.
 */
import { entityTypeStyle, relationLabel } from './entityTypes';
import { Evidence } from './Evidence';
import type { EntityRef, EvidenceItem, Fact } from './queries';

export interface FactItemProps {
  fact: Fact;
  onSelectEntity(entity: EntityRef): void;
  onOpenDocument(evidence: EvidenceItem): void;
}

export function FactItem({ fact, onSelectEntity, onOpenDocument }: FactItemProps) {
  const other = (
    <button type="button" className="entity-link" onClick={() => onSelectEntity(fact.other)} title={`Show ${fact.other.name}`}>
      <span className="dot" style={{ background: entityTypeStyle(fact.other.type).color }} />
      {fact.other.name}
    </button>
  );
  const verb = (
    <span className="verb">
      {relationLabel(fact.type)}
      {fact.role && <span className="muted"> ({fact.role})</span>}
    </span>
  );
  return (
    <li className="fact">
      <div className="fact-line">
        {fact.direction === 'OUTGOING' ? (
          <>
            {verb} {other}
          </>
        ) : (
          <>
            {other} {verb} <span className="muted">it</span>
          </>
        )}
        {fact.date && <span className="fact-date">{fact.date}</span>}
        {fact.status !== 'REPORTED' && <span className="status">{fact.status.toLowerCase()}</span>}
      </div>
      {fact.evidence.map((evidence) => (
        <Evidence key={`${evidence.document.id}:${evidence.start}`} evidence={evidence} onOpenDocument={onOpenDocument} />
      ))}
    </li>
  );
}
