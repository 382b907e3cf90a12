/**
 * Cuts a document's text into plain runs and highlighted names for the review view. Linked
 * mentions, ambiguous mentions and new-name candidates may overlap (a candidate inside a longer
 * linked name); the earlier one wins and the later is left to the side list, so every character
 * is shown once and the offsets stay the schema's JavaScript string offsets.
 */
export type NameKind = 'linked' | 'ambiguous' | 'new';

export interface NameSpan {
  start: number;
  end: number;
  kind: NameKind;
  /** The side list's key for this name (a candidate's id; for a mention, its offsets). */
  key: string;
  /** One line for the tooltip: what it links to, or what it may be. */
  title: string;
}

export type TextPiece = { kind: 'plain'; text: string } | { kind: NameKind; text: string; span: NameSpan };

export function piecesOfText(text: string, spans: readonly NameSpan[]): TextPiece[] {
  const ordered = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const span of ordered) {
    if (span.start < at || span.end > text.length || span.end <= span.start) continue;
    if (span.start > at) pieces.push({ kind: 'plain', text: text.slice(at, span.start) });
    pieces.push({ kind: span.kind, text: text.slice(span.start, span.end), span });
    at = span.end;
  }
  if (at < text.length) pieces.push({ kind: 'plain', text: text.slice(at) });
  return pieces;
}
