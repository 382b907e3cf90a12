/**
 * The review of one ingested document (/explore?review=<documentId>): its text with linked,
 * ambiguous and new names marked, the names to decide beside it, and its fact proposals sentence
 * by sentence. Judgements go through the ordinary mutations with the editor token pasted here;
 * after each the page reloads both lists, so what it shows is what the server holds.
 */
import { useCallback, useMemo, useState } from 'react';
import { runQuery } from '../shared/graphqlFetch';
import { editorHeaders, readEditorToken, saveEditorToken } from './editorToken';
import { MentionReview } from './MentionReview';
import { NameReview } from './NameReview';
import { ProposalReview } from './ProposalReview';
import {
  REVIEW_DOCUMENT,
  REVIEW_PROPOSALS,
  type Judge,
  type MentionItem,
  type ProposalItem,
  type ReviewDocumentResult,
  type ReviewProposalsResult,
} from './reviewQueries';
import { ReviewText } from './ReviewText';
import type { NameSpan } from './textPieces';
import { TokenField } from './TokenField';
import { TopBar } from './TopBar';
import { useAsync } from './useAsync';

export interface ReviewViewProps {
  documentId: string;
}

/** Proposals in text order, one group per sentence. */
function bySentence(proposals: ProposalItem[]): Array<{ sentence: string; proposals: ProposalItem[] }> {
  const groups = new Map<number, { sentence: string; proposals: ProposalItem[] }>();
  for (const proposal of proposals) {
    const group = groups.get(proposal.evidence.sentenceStart) ?? { sentence: proposal.evidence.sentence, proposals: [] };
    group.proposals.push(proposal);
    groups.set(proposal.evidence.sentenceStart, group);
  }
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([, group]) => group);
}

export function ReviewView({ documentId }: ReviewViewProps) {
  const [token, setToken] = useState(readEditorToken);
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<string | undefined>();
  const [picked, setPicked] = useState<string | undefined>();
  // Links rejected in this visit: gone from the document's mentions, kept here so they can be undone.
  const [rejected, setRejected] = useState<MentionItem[]>([]);
  const sameMention = (a: MentionItem) => (b: MentionItem) => a.start === b.start && a.end === b.end && a.entity.id === b.entity.id;
  const document = useAsync(() => runQuery<ReviewDocumentResult>(REVIEW_DOCUMENT, { id: documentId }), [documentId, version]);
  const proposals = useAsync(() => runQuery<ReviewProposalsResult>(REVIEW_PROPOSALS, { documentId }), [documentId, version]);

  const judge: Judge = useCallback(
    async (mutation, input) => {
      try {
        await runQuery(mutation, { input }, editorHeaders(token));
        setNotice(undefined);
        setVersion((current) => current + 1);
        return true;
      } catch (error) {
        setNotice(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
        return false;
      }
    },
    [token],
  );

  const doc = document.status === 'done' ? document.value.document : undefined;
  const spans = useMemo<NameSpan[]>(
    () =>
      doc
        ? [
            ...doc.mentions.map((mention) => ({
              start: mention.start,
              end: mention.end,
              kind: 'linked' as const,
              key: `mention-${mention.start}`,
              title: `linked: ${mention.entity.name}`,
            })),
            ...doc.candidates.map((candidate) => ({
              start: candidate.start,
              end: candidate.end,
              kind: candidate.kind === 'AMBIGUOUS' ? ('ambiguous' as const) : ('new' as const),
              key: candidate.id,
              title: `${candidate.kind === 'AMBIGUOUS' ? 'ambiguous' : 'new name'}: ${candidate.matches.map((match) => match.entity.name).join(', ') || 'no close match'}`,
            })),
          ]
        : [],
    [doc],
  );
  const pick = (key: string) => {
    setPicked(key);
    window.document.getElementById(`name-${key}`)?.scrollIntoView({ block: 'nearest' });
  };

  return (
    <div className="app">
      <TopBar>
        <span className="topbar-title">Review of a document</span>
      </TopBar>
      <main className="review" aria-label="Document review">
        <section className="review-document">
          {document.status === 'failed' && <p className="error">Could not load the document: {document.error}</p>}
          {document.status === 'loading' && !doc && <p className="muted">Loading…</p>}
          {document.status === 'done' && !doc && <p className="error">No document {documentId}.</p>}
          {doc && (
            <>
              <h2>{doc.title}</h2>
              <p className="muted">{[doc.publisher, doc.publishedAt].filter(Boolean).join(' · ')}</p>
              <p className="review-key">
                <mark className="name name-linked">linked</mark> <mark className="name name-ambiguous">ambiguous</mark>{' '}
                <mark className="name name-new">new name</mark>
              </p>
              <ReviewText text={doc.text} spans={spans} onPick={pick} />
            </>
          )}
        </section>
        <aside className="review-side">
          <TokenField
            token={token}
            onChange={(next) => {
              saveEditorToken(next);
              setToken(next);
            }}
          />
          {notice && <p className="error">{notice}</p>}
          {doc && (
            <>
              <h3>Linked names ({doc.mentions.length})</h3>
              <ul className="facts" data-testid="review-links">
                {[...doc.mentions, ...rejected.filter((gone) => !doc.mentions.some(sameMention(gone)))]
                  .sort((a, b) => a.start - b.start)
                  .map((mention) => (
                    <MentionReview
                      key={`${mention.start}-${mention.end}-${mention.entity.id}`}
                      documentId={documentId}
                      mention={mention}
                      rejected={!doc.mentions.some(sameMention(mention))}
                      picked={picked === `mention-${mention.start}`}
                      judge={judge}
                      onRejected={(gone) => setRejected((now) => [...now, { ...gone, confirmedBy: null, confirmedAt: null, unsure: null }])}
                      onUndone={(back) => setRejected((now) => now.filter((one) => !sameMention(back)(one)))}
                    />
                  ))}
              </ul>
              <h3>Names to decide ({doc.candidates.length})</h3>
              <ul className="facts" data-testid="review-names">
                {doc.candidates.map((candidate) => (
                  <NameReview key={candidate.id} candidate={candidate} picked={picked === candidate.id} judge={judge} />
                ))}
              </ul>
            </>
          )}
          <h3>Fact proposals{proposals.status === 'done' && ` (${proposals.value.proposals.totalCount})`}</h3>
          {proposals.status === 'failed' && <p className="error">Could not load the proposals: {proposals.error}</p>}
          {proposals.status === 'done' &&
            bySentence(proposals.value.proposals.edges.map((edge) => edge.node)).map((group) => (
              <section className="review-sentence" key={group.sentence}>
                <blockquote>{group.sentence}</blockquote>
                <ul className="facts">
                  {group.proposals.map((proposal) => (
                    <ProposalReview key={proposal.id} proposal={proposal} judge={judge} />
                  ))}
                </ul>
              </section>
            ))}
        </aside>
      </main>
    </div>
  );
}
