/**
 * One name the reader left for an editor: an ambiguous mention (link it to one of its candidates
 * or to any entity) or a new name (accept it as a new entity, link it to a close match or to any
 * entity, or reject it); either may be marked unsure (it stays open, flagged). Reopen undoes the
 * latest judgement. Who judged and when is shown.
 */
import { useState } from 'react';
import { EntityPicker } from './EntityPicker';
import {
  ACCEPT_CANDIDATE,
  LINK_CANDIDATE,
  MARK_CANDIDATE_UNSURE,
  REJECT_CANDIDATE,
  REOPEN_CANDIDATE,
  whenOf,
  type CandidateItem,
  type Judge,
} from './reviewQueries';

export interface NameReviewProps {
  candidate: CandidateItem;
  picked: boolean;
  judge: Judge;
}

export function NameReview({ candidate, picked, judge }: NameReviewProps) {
  const open = candidate.state === 'OPEN';
  const [linking, setLinking] = useState(false);
  const [note, setNote] = useState('');
  return (
    <li
      className={`name-review name-${candidate.kind === 'AMBIGUOUS' ? 'ambiguous' : 'new'}${picked ? ' picked' : ''}`}
      id={`name-${candidate.id}`}
      data-testid="name-review"
      data-state={candidate.state}
      data-unsure={candidate.unsure ? 'true' : 'false'}
    >
      <div className="fact-line">
        <strong>{candidate.surface}</strong>{' '}
        <span className="muted">
          {candidate.kind === 'AMBIGUOUS' ? 'ambiguous' : `new ${candidate.type.toLowerCase()}`}
          {candidate.name !== candidate.surface && ` · “${candidate.name}”`}
        </span>
        {!open && <span className="status">{candidate.state.toLowerCase()}</span>}
        {candidate.unsure && <span className="status status-unsure">unsure</span>}
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
          <button type="button" onClick={() => setLinking((now) => !now)}>
            Link to…
          </button>
          <button type="button" onClick={() => judge(REJECT_CANDIDATE, { id: candidate.id })}>
            Reject
          </button>
          {!candidate.unsure && (
            <>
              <input
                aria-label="Why unsure"
                placeholder="why unsure (optional)"
                value={note}
                onChange={(event) => setNote(event.target.value)}
              />
              <button type="button" onClick={() => judge(MARK_CANDIDATE_UNSURE, { id: candidate.id, note: note.trim() || null })}>
                Unsure
              </button>
            </>
          )}
        </div>
      )}
      {open && linking && (
        <EntityPicker
          label={`Link “${candidate.surface}” to an existing entity`}
          placeholder="The entity it names"
          onPick={(entity) => void judge(LINK_CANDIDATE, { id: candidate.id, entityId: entity.id }).then(() => setLinking(false))}
        />
      )}
      {candidate.judgement && (
        <p className="muted" data-testid="judged-by">
          {candidate.judgement.state.toLowerCase()} by {candidate.judgement.editor} · {whenOf(candidate.judgement.at)}
          {candidate.judgement.entity && ` · ${candidate.judgement.entity.name}`}
        </p>
      )}
      {candidate.unsure && (
        <p className="muted" data-testid="unsure-by">
          unsure: {candidate.unsure.editor} · {whenOf(candidate.unsure.at)}
          {candidate.unsure.note && ` · “${candidate.unsure.note}”`}
        </p>
      )}
      {(!open || candidate.unsure) && (
        <div className="judge-buttons">
          <button type="button" onClick={() => judge(REOPEN_CANDIDATE, { id: candidate.id })}>
            {open ? 'Undo unsure' : 'Reopen (undo)'}
          </button>
        </div>
      )}
    </li>
  );
}
