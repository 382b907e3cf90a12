/** One source passage: the quoted sentence, and a link that opens its document at that sentence. */
import type { EvidenceItem } from './queries';

export interface EvidenceProps {
  evidence: EvidenceItem;
  onOpenDocument(evidence: EvidenceItem): void;
}

export function Evidence({ evidence, onOpenDocument }: EvidenceProps) {
  const { document } = evidence;
  return (
    <figure className="evidence">
      <blockquote>“{evidence.quote}”</blockquote>
      <figcaption>
        <a
          href={`#document=${encodeURIComponent(document.id)}`}
          onClick={(event) => {
            event.preventDefault();
            onOpenDocument(evidence);
          }}
        >
          {document.title}
        </a>
        {document.publisher && <span className="muted"> · {document.publisher}</span>}
        {document.publishedAt && <span className="muted"> · {document.publishedAt}</span>}
        {evidence.status !== 'REPORTED' && <span className="status"> {evidence.status.toLowerCase()}</span>}
      </figcaption>
    </figure>
  );
}
