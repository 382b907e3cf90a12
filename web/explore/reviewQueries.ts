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
  judgement: { editor: string; entity: EntityRef | null } | null;
}

export interface MentionItem {
  text: string;
  start: number;
  end: number;
  entity: EntityRef;
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
          editor
          entity {
            id
            name
            type
          }
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

/** Runs one judgement mutation with the editor's token, then reloads the review; throws the server's message. */
export type Judge = (mutation: string, input: Record<string, unknown>) => Promise<void>;

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
  ACCEPT_PROPOSAL,
  REJECT_PROPOSAL,
};
