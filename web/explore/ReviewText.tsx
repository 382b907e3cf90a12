/** The document's text with its names marked: linked, ambiguous and new names each in their own style. */
import { piecesOfText, type NameSpan } from './textPieces';

export interface ReviewTextProps {
  text: string;
  spans: NameSpan[];
  onPick(key: string): void;
}

export function ReviewText({ text, spans, onPick }: ReviewTextProps) {
  return (
    <div className="document-text review-text" data-testid="review-text">
      {piecesOfText(text, spans).map((piece, index) =>
        piece.kind === 'plain' ? (
          piece.text
        ) : (
          <mark
            key={index}
            className={`name name-${piece.kind}`}
            data-kind={piece.kind}
            title={piece.span.title}
            onClick={() => onPick(piece.span.key)}
          >
            {piece.text}
          </mark>
        ),
      )}
    </div>
  );
}
