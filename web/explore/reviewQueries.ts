/**
 * The review view's operations: a document with its names (linked, ambiguous, new), its fact
 * proposals, and the editors' judgements on both. Only the public API, validated against
 * schema/*.graphql by test/unit/explorerQueries.test.ts like the rest of the explorer's.
 */
import type { EntityRef } from './queries';

export interface EntityMatchItem {
  entity: EntityRef;
  score: number;
  explanation: string;
}

export interface CandidateItem {
  id: string;
  kind: 'NEW_NAME' | 'AMBIGUOUS';
  state: string;
  name: string;
  type: string;
  surface: string;
  start: number;
  end: number;
  matches: EntityMatchItem[];
  judgement: { state: string; editor: string; at: string; entity: EntityRef | null } | null;
  unsure: UnsureItem | null;
}

/** An editor's UNSURE mark: who, when, why. */
export interface UnsureItem {
  editor: string;
  at: string;
  note: string | null;
}

export interface MentionItem {
  text: string;
  start: number;
  end: number;
  entity: EntityRef;
  confirmedBy: string | null;
  confirmedAt: string | null;
  unsure: UnsureItem | null;
}

export const REVIEW_DOCUMENT = /* GraphQL */ `
  query ExplorerReviewDocument($id: ID!) {
    document(id: $id) {
      id
      title
      publisher
      publishedAt
      text
      mentions {
        text
        start
        end
        entity {
          id
          name
          type
        }
        confirmedBy
        confirmedAt
        unsure {
          editor
          at
          note
        }
      }
      candidates {
        id
        kind
        state
        name
        type
        surface
        start
        end
        matches {
          score
          explanation
          entity {
            id
            name
            type
          }
        }
        judgement {
          state
          editor
          at
          entity {
            id
            name
            type
          }
        }
        unsure {
          editor
          at
          note
        }
      }
    }
  }
`;
export interface ReviewDocumentResult {
  document: {
    id: string;
    title: string;
    publisher: string | null;
    publishedAt: string | null;
    text: string;
    mentions: MentionItem[];
    candidates: CandidateItem[];
  } | null;
}

export interface ProposalEndItem {
  id: string;
  name: string;
  text: string;
  entity: { id: string } | null;
}

export interface ProposalItem {
  id: string;
  type: string;
  status: string;
  date: string | null;
  confidence: number;
  cueText: string;
  state: string;
  from: ProposalEndItem;
  to: ProposalEndItem;
  evidence: { quote: string; sentence: string; sentenceStart: number };
  corroborates: { id: string } | null;
  judgement: { editor: string; reason: string | null } | null;
}

/** Every state, so what was decided stays on the page; a page of 100 is the server's cap. */
export const REVIEW_PROPOSALS = /* GraphQL */ `
  query ExplorerReviewProposals($documentId: ID!) {
    proposals(documentId: $documentId, state: null, first: 100) {
      totalCount
      edges {
        node {
          id
          type
          status
          date
          confidence
          cueText
          state
          from {
            id
            name
            text
            entity {
              id
            }
          }
          to {
            id
            name
            text
            entity {
              id
            }
          }
          evidence {
            quote
            sentence
            sentenceStart
          }
          corroborates {
            id
          }
          judgement {
            editor
            reason
          }
        }
      }
    }
  }
`;
export interface ReviewProposalsResult {
  proposals: { totalCount: number; edges: Array<{ node: ProposalItem }> };
}

/**
 * Runs one judgement mutation with the editor's token, then reloads the review; resolves true
 * when it was saved (the page shows the server's message otherwise).
 */
export type Judge = (mutation: string, input: Record<string, unknown>) => Promise<boolean>;

/** "2026-12-04T01:02:03.456Z" -> "2026-12-04 01:02 UTC", for who-and-when lines. */
export const whenOf = (at: string) => (/^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(at) ? `${at.slice(0, 10)} ${at.slice(11, 16)} UTC` : at);

export const ACCEPT_CANDIDATE = /* GraphQL */ `
  mutation ExplorerAcceptCandidate($input: AcceptCandidateInput!) {
    acceptCandidate(input: $input) {
      candidate {
        id
        state
      }
    }
  }
`;
export const LINK_CANDIDATE = /* GraphQL */ `
  mutation ExplorerLinkCandidate($input: LinkCandidateInput!) {
    linkCandidate(input: $input) {
      candidate {
        id
        state
      }
    }
  }
`;
export const REJECT_CANDIDATE = /* GraphQL */ `
  mutation ExplorerRejectCandidate($input: RejectCandidateInput!) {
    rejectCandidate(input: $input) {
      candidate {
        id
        state
      }
    }
  }
`;
export const REOPEN_CANDIDATE = /* GraphQL */ `
  mutation ExplorerReopenCandidate($input: ReopenCandidateInput!) {
    reopenCandidate(input: $input) {
      candidate {
        id
        state
      }
    }
  }
`;
export const MARK_CANDIDATE_UNSURE = /* GraphQL */ `
  mutation ExplorerMarkCandidateUnsure($input: MarkCandidateUnsureInput!) {
    markCandidateUnsure(input: $input) {
      candidate {
        id
        state
      }
    }
  }
`;
export const CONFIRM_MENTION = /* GraphQL */ `
  mutation ExplorerConfirmMention($input: ConfirmMentionInput!) {
    confirmMention(input: $input) {
      confirmed {
        id
      }
    }
  }
`;
export const REJECT_MENTION = /* GraphQL */ `
  mutation ExplorerRejectMention($input: RejectMentionInput!) {
    rejectMention(input: $input) {
      unlinked {
        id
      }
    }
  }
`;
export const MARK_MENTION_UNSURE = /* GraphQL */ `
  mutation ExplorerMarkMentionUnsure($input: MarkMentionUnsureInput!) {
    markMentionUnsure(input: $input) {
      flagged {
        id
      }
    }
  }
`;
export const UNDO_MENTION_JUDGEMENT = /* GraphQL */ `
  mutation ExplorerUndoMentionJudgement($input: UndoMentionJudgementInput!) {
    undoMentionJudgement(input: $input) {
      relinked {
        id
      }
    }
  }
`;
export const ACCEPT_PROPOSAL = /* GraphQL */ `
  mutation ExplorerAcceptProposal($input: AcceptProposalInput!) {
    acceptProposal(input: $input) {
      proposal {
        id
        state
      }
    }
  }
`;
export const REJECT_PROPOSAL = /* GraphQL */ `
  mutation ExplorerRejectProposal($input: RejectProposalInput!) {
    rejectProposal(input: $input) {
      proposal {
        id
        state
      }
    }
  }
`;

/** Every review operation, for the test that validates them against the schema. */
export const REVIEW_OPERATIONS = {
  REVIEW_DOCUMENT,
  REVIEW_PROPOSALS,
  ACCEPT_CANDIDATE,
  LINK_CANDIDATE,
  REJECT_CANDIDATE,
  REOPEN_CANDIDATE,
  MARK_CANDIDATE_UNSURE,
  CONFIRM_MENTION,
  REJECT_MENTION,
  MARK_MENTION_UNSURE,
  UNDO_MENTION_JUDGEMENT,
  ACCEPT_PROPOSAL,
  REJECT_PROPOSAL,
};
