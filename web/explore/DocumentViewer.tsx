/** A source document's full text over the page, the quoted passage marked and scrolled into view; links to its review. */
import { useEffect, useRef } from 'react';
import { runQuery } from '../shared/graphqlFetch';
import { DOCUMENT, type DocumentResult, type EvidenceItem } from './queries';
import { useAsync } from './useAsync';

export interface DocumentViewerProps {
  evidence: EvidenceItem;
  onClose(): void;
}

export function DocumentViewer({ evidence, onClose }: DocumentViewerProps) {
  const state = useAsync(() => runQuery<DocumentResult>(DOCUMENT, { id: evidence.document.id }), [evidence.document.id]);
  const markRef = useRef<HTMLElement>(null);

  useEffect(() => {
    markRef.current?.scrollIntoView({ block: 'center' });
  }, [state]);
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const document = state.status === 'done' ? state.value.document : undefined;
  return (
    <div className="overlay" onClick={onClose}>
      <article
        className="document"
        role="dialog"
        aria-modal="true"
        aria-label="Source document"
        onClick={(event) => event.stopPropagation()}
      >
        <header>
          <h2>{evidence.document.title}</h2>
          <a
            className="review-link"
            href={`/explore?review=${encodeURIComponent(evidence.document.id)}`}
            title="Its names and fact proposals, for editors"
          >
            Review
          </a>
          <button type="button" className="close" onClick={onClose} aria-label="Close">
            ×
          </button>
        </header>
        {state.status === 'failed' && <p className="error">Could not load the document: {state.error}</p>}
        {state.status === 'loading' && <p className="muted">Loading…</p>}
        {document && (
          <>
            <p className="muted">{[document.publisher, document.author, document.publishedAt].filter(Boolean).join(' · ')}</p>
            {/* Offsets are JavaScript string offsets into `text`, as the schema promises. */}
            <div className="document-text">
              {document.text.slice(0, evidence.start)}
              <mark ref={markRef}>{document.text.slice(evidence.start, evidence.end)}</mark>
              {document.text.slice(evidence.end)}
            </div>
          </>
        )}
        {state.status === 'done' && !document && <p className="error">The document is gone.</p>}
      </article>
    </div>
  );
}
