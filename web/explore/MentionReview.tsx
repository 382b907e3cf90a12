/**
 * One link the name engine made (a mention): confirm it (same), reject it (not same: the link is
 * removed and never made again), or mark it unsure (it stays linked, flagged); Undo takes back
 * the latest judgement (a rejected link is linked again). Who judged and when is shown.
 */
import { useState } from 'react';
import {
  CONFIRM_MENTION,
  MARK_MENTION_UNSURE,
  REJECT_MENTION,
  UNDO_MENTION_JUDGEMENT,
  whenOf,
  type Judge,
  type MentionItem,
} from './reviewQueries';

export interface MentionReviewProps {
  documentId: string;
  mention: MentionItem;
  /** Rejected in this visit: no longer a mention on the server, shown so it can be undone. */
  rejected?: boolean;
  picked: boolean;
  judge: Judge;
  onRejected(mention: MentionItem): void;
  onUndone(mention: MentionItem): void;
}

export function MentionReview({ documentId, mention, rejected = false, picked, judge, onRejected, onUndone }: MentionReviewProps) {
  const [note, setNote] = useState('');
  const at = { documentId, start: mention.start, end: mention.end };
  const judged = rejected || mention.confirmedBy !== null || mention.unsure !== null;
  const state = rejected ? 'REJECTED' : mention.confirmedBy ? 'CONFIRMED' : mention.unsure ? 'UNSURE' : 'LINKED';
  return (
    <li
      className={`name-review name-linked${picked ? ' picked' : ''}`}
      id={`name-mention-${mention.start}`}
      data-testid="mention-review"
      data-state={state}
    >
      <div className="fact-line">
        <strong>{mention.text}</strong> <span className="muted">→ {mention.entity.name}</span>
        {state !== 'LINKED' && <span className="status">{state.toLowerCase()}</span>}
      </div>
      {mention.confirmedBy && (
        <p className="muted" data-testid="judged-by">
          confirmed by {mention.confirmedBy}
          {mention.confirmedAt && ` · ${whenOf(mention.confirmedAt)}`}
        </p>
      )}
      {mention.unsure && (
        <p className="muted" data-testid="unsure-by">
          unsure: {mention.unsure.editor} · {whenOf(mention.unsure.at)}
          {mention.unsure.note && ` · “${mention.unsure.note}”`}
        </p>
      )}
      <div className="judge-buttons">
        {!rejected && !mention.confirmedBy && (
          <button type="button" onClick={() => judge(CONFIRM_MENTION, at)}>
            Confirm
          </button>
        )}
        {!rejected && (
          <button type="button" onClick={() => void judge(REJECT_MENTION, at).then((saved) => saved && onRejected(mention))}>
            Reject link
          </button>
        )}
        {!rejected && !mention.unsure && (
          <>
            <input
              aria-label="Why unsure"
              placeholder="why unsure (optional)"
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
            <button type="button" onClick={() => judge(MARK_MENTION_UNSURE, { ...at, note: note.trim() || null })}>
              Unsure
            </button>
          </>
        )}
        {judged && (
          <button type="button" onClick={() => void judge(UNDO_MENTION_JUDGEMENT, at).then((saved) => saved && onUndone(mention))}>
            Undo
          </button>
        )}
      </div>
    </li>
  );
}
