/**
 * The explorer's Ask box operation (Query.ask, issue #15) and the shape of its answer, plus the
 * answer's facts as picture elements. Only the public API: test/unit/explorerQueries.test.ts
 * validates ASK against schema/*.graphql.
 */
import { EVIDENCE_FIELDS, type EntityRef, type EvidenceItem, type GraphEdge } from './queries';

export const ASK = /* GraphQL */ `
  query ExplorerAsk($question: String!) {
    ask(question: $question) {
      understood
      interpretation
      text
      suggestion
      graphql
      facts {
        ...AskFact
        status
      }
      paths {
        steps {
          ...AskFact
        }
      }
      dates {
        entity {
          ...AskEntity
        }
      }
      footnotes {
        mark
        evidence {
          ...ExplorerEvidence
        }
      }
    }
  }
  fragment AskEntity on Entity {
    id
    name
    type
  }
  fragment AskFact on Relation {
    id
    type
    from {
      ...AskEntity
    }
    to {
      ...AskEntity
    }
  }
  ${EVIDENCE_FIELDS}
`;

interface AnswerFact {
  id: string;
  type: string;
  status: string;
  from: EntityRef;
  to: EntityRef;
}

export interface Answer {
  understood: boolean;
  interpretation: string;
  text: string | null;
  suggestion: string | null;
  graphql: string | null;
  facts: AnswerFact[];
  paths: Array<{ steps: Array<Omit<AnswerFact, 'status'>> }>;
  dates: Array<{ entity: EntityRef }>;
  footnotes: Array<{ mark: number; evidence: EvidenceItem }>;
}

export interface AskResult {
  ask: Answer;
}

export const ASK_OPERATIONS = { ASK };

/** What the picture draws for an answer: its facts (those of its paths too) and the entities dated. */
export function answerElements(answer: Answer): { nodes: EntityRef[]; edges: GraphEdge[] } {
  const facts = [...answer.facts, ...answer.paths.flatMap((path) => path.steps)];
  return {
    nodes: [...facts.flatMap((fact) => [fact.from, fact.to]), ...answer.dates.map((date) => date.entity)],
    edges: facts.map((fact) => ({ id: fact.id, type: fact.type, source: fact.from.id, target: fact.to.id })),
  };
}

/** The answer's text cut at its footnote marks: strings and mark numbers, in order. */
export function textWithMarks(text: string): Array<string | number> {
  return text
    .split(/(\[\d+\])/)
    .filter((piece) => piece !== '')
    .map((piece) => (/^\[\d+\]$/.test(piece) ? Number(piece.slice(1, -1)) : piece));
}
