/** One fact proposal: what it says, the clause it read, and accept / reject (with a reason) while OPEN. */
import { useState } from 'react';
import { relationLabel } from './entityTypes';
import { ACCEPT_PROPOSAL, REJECT_PROPOSAL, type Judge, type ProposalItem } from './reviewQueries';

export interface ProposalReviewProps {
  proposal: ProposalItem;
  judge: Judge;
}

export function ProposalReview({ proposal, judge }: ProposalReviewProps) {
  const [reason, setReason] = useState('');
  const open = proposal.state === 'OPEN';
  return (
    <li className="proposal" data-testid="proposal" data-state={proposal.state}>
      <div className="fact-line">
        <span className={proposal.from.entity ? '' : 'name-new'}>{proposal.from.name}</span>{' '}
        <span className="verb">{relationLabel(proposal.type)}</span>{' '}
        <span className={proposal.to.entity ? '' : 'name-new'}>{proposal.to.name}</span>
        {proposal.date && <span className="fact-date">{proposal.date}</span>}
        {proposal.status !== 'REPORTED' && <span className="status">{proposal.status.toLowerCase()}</span>}
        <span className="status">{proposal.state.toLowerCase()}</span>
      </div>
      <p className="muted">
        “{proposal.evidence.quote}” · cue “{proposal.cueText}” · confidence {proposal.confidence.toFixed(2)}
        {proposal.corroborates && ' · already in the graph'}
      </p>
      {open && (
        <div className="judge-buttons">
          <button type="button" onClick={() => judge(ACCEPT_PROPOSAL, { id: proposal.id })}>
            Accept
          </button>
          <input
            aria-label="Reason to reject"
            placeholder="reason to reject"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <button
            type="button"
            disabled={!reason.trim()}
            onClick={() => judge(REJECT_PROPOSAL, { id: proposal.id, reason: reason.trim() })}
          >
            Reject
          </button>
        </div>
      )}
      {proposal.judgement && (
        <p className="muted">
          by {proposal.judgement.editor}
          {proposal.judgement.reason && `: ${proposal.judgement.reason}`}
        </p>
      )}
    </li>
  );
}
