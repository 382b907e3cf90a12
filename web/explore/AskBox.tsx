/**
 * "Ask": a question in plain words (Query.ask). The answer sentence with its footnote marks, each
 * opening the quote behind it and, from there, its document; how the question was read; the
 * equivalent GraphQL one click away. The answer's facts are handed up to be drawn as the picture.
 */
import './ask.css';
import { useState, type FormEvent } from 'react';
import { runQuery } from '../shared/graphqlFetch';
import { graphiqlHref } from '../shared/graphiqlLink';
import { ASK, textWithMarks, type Answer, type AskResult } from './askQuery';
import { Evidence } from './Evidence';
import type { EvidenceItem } from './queries';

export interface AskBoxProps {
  onAnswer(answer: Answer): void;
  onOpenDocument(evidence: EvidenceItem): void;
}

type AskState = { status: 'idle' } | { status: 'loading' } | { status: 'failed'; error: string } | { status: 'done'; answer: Answer };

export function AskBox({ onAnswer, onOpenDocument }: AskBoxProps) {
  const [question, setQuestion] = useState('');
  const [state, setState] = useState<AskState>({ status: 'idle' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (question.trim() === '') return;
    setState({ status: 'loading' });
    try {
      const { ask } = await runQuery<AskResult>(ASK, { question });
      setState({ status: 'done', answer: ask });
      onAnswer(ask);
    } catch (error) {
      setState({ status: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section className="card ask-box" aria-label="Ask">
      <form onSubmit={(event) => void submit(event)}>
        <label htmlFor="ask-question">Ask in plain words</label>
        <div className="ask-row">
          <input
            id="ask-question"
            type="search"
            value={question}
            placeholder="e.g. Who co-chaired the third EU-Japan Digital Partnership Council?"
            onChange={(event) => setQuestion(event.target.value)}
          />
          <button type="submit" disabled={state.status === 'loading'}>
            Ask
          </button>
        </div>
      </form>
      {state.status === 'loading' && <p className="muted">Looking in the graph…</p>}
      {state.status === 'failed' && <p className="error">{state.error}</p>}
      {state.status === 'done' && <AnswerView key={state.answer.text} answer={state.answer} onOpenDocument={onOpenDocument} />}
    </section>
  );
}

function AnswerView({ answer, onOpenDocument }: { answer: Answer; onOpenDocument(evidence: EvidenceItem): void }) {
  const [openMark, setOpenMark] = useState<number | undefined>();
  const [showGraphql, setShowGraphql] = useState(false);
  const note = openMark === undefined ? undefined : answer.footnotes.find((footnote) => footnote.mark === openMark);
  return (
    <div className="answer">
      <p className={answer.understood ? 'answer-text' : 'answer-text not-understood'} data-testid="answer-text">
        {textWithMarks(answer.text ?? '').map((piece, index) =>
          typeof piece === 'string' ? (
            piece
          ) : (
            <sup key={index}>
              <button
                type="button"
                className={piece === openMark ? 'footnote-mark open' : 'footnote-mark'}
                aria-label={`Footnote ${piece}`}
                aria-expanded={piece === openMark}
                onClick={() => setOpenMark(piece === openMark ? undefined : piece)}
              >
                {piece}
              </button>
            </sup>
          ),
        )}
      </p>
      {note && (
        <div className="footnote" role="note" aria-label={`Footnote ${note.mark}`}>
          <span className="footnote-number">[{note.mark}]</span>
          <Evidence evidence={note.evidence} onOpenDocument={onOpenDocument} />
        </div>
      )}
      <details className="interpretation">
        <summary>How the question was read</summary>
        <p>{answer.interpretation}</p>
      </details>
      {answer.graphql && (
        <div className="answer-graphql">
          <button type="button" aria-expanded={showGraphql} onClick={() => setShowGraphql(!showGraphql)}>
            {showGraphql ? 'Hide GraphQL' : 'GraphQL'}
          </button>
          {showGraphql && (
            <>
              <pre data-testid="answer-graphql">{answer.graphql}</pre>
              <p className="muted">
                The same facts from the API:{' '}
                <a href={graphiqlHref(answer.graphql)} target="_blank" rel="noreferrer">
                  open it in GraphiQL
                </a>
                .
              </p>
            </>
          )}
        </div>
      )}
    </div>
  );
}
