/**
 * One name the reader left for an editor: an ambiguous mention (link it to one of its candidates)
 * or a new name (accept it as a new entity, link it to a close match, or reject it).
 */
import { ACCEPT_CANDIDATE, LINK_CANDIDATE, REJECT_CANDIDATE, type CandidateItem, type Judge } from './reviewQueries';

export interface NameReviewProps {
  candidate: CandidateItem;
  picked: boolean;
  judge: Judge;
}

export function NameReview({ candidate, picked, judge }: NameReviewProps) {
  const open = candidate.state === 'OPEN';
  return (
    <li
      className={`name-review name-${candidate.kind === 'AMBIGUOUS' ? 'ambiguous' : 'new'}${picked ? ' picked' : ''}`}
      id={`name-${candidate.id}`}
    >
      <div className="fact-line">
        <strong>{candidate.surface}</strong>{' '}
        <span className="muted">
          {candidate.kind === 'AMBIGUOUS' ? 'ambiguous' : `new ${candidate.type.toLowerCase()}`}
          {candidate.name !== candidate.surface && ` · “${candidate.name}”`}
        </span>
        {!open && <span className="status">{candidate.state.toLowerCase()}</span>}
      </div>
      {candidate.matches.length > 0 && (
        <ul className="matches">
          {candidate.matches.map((match) => (
            <li key={match.entity.id} title={match.explanation}>
              {match.entity.name} <span className="muted">{match.score.toFixed(2)}</span>{' '}
              {open && (
                <button type="button" onClick={() => judge(LINK_CANDIDATE, { id: candidate.id, entityId: match.entity.id })}>
                  Link
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {open && (
        <div className="judge-buttons">
          {candidate.kind === 'NEW_NAME' && (
            <button type="button" onClick={() => judge(ACCEPT_CANDIDATE, { id: candidate.id })}>
              Accept as new entity
            </button>
          )}
          <button type="button" onClick={() => judge(REJECT_CANDIDATE, { id: candidate.id })}>
            Reject
          </button>
        </div>
      )}
      {candidate.judgement && (
        <p className="muted">
          by {candidate.judgement.editor}
          {candidate.judgement.entity && ` · ${candidate.judgement.entity.name}`}
        </p>
      )}
    </li>
  );
}
