/**
 * Titles that make a named person an office-holder (HOLDS_OFFICE), as data. `body` says where the
 * office is held when the title names no body the sentence links: a body by its name (looked up in
 * the graph), or the country the document is about (offices in a government go to the country).
 */
export interface OfficeTitle {
  phrase: string;
  /** null: only a body the title itself names ("European Council President"). */
  body: { name: string } | { type: 'COUNTRY' } | null;
}

export const OFFICE_TITLES: readonly OfficeTitle[] = [
  { phrase: 'commissioner*', body: { name: 'European Commission' } },
  { phrase: 'executive vice-president*', body: { name: 'European Commission' } },
  { phrase: 'vice-president*', body: { name: 'European Commission' } },
  { phrase: 'minister*', body: { type: 'COUNTRY' } },
  { phrase: 'vice-minister*', body: { type: 'COUNTRY' } },
  { phrase: 'secretary*', body: { type: 'COUNTRY' } },
  { phrase: 'ambassador*', body: { type: 'COUNTRY' } },
  { phrase: 'prime minister', body: { type: 'COUNTRY' } },
  { phrase: 'president*', body: null },
  { phrase: 'chair*', body: null },
  { phrase: 'director*', body: null },
  { phrase: 'head', body: null },
];

/** Words that end a title: what follows names the next person or another clause. */
export const TITLE_BREAKS: ReadonlySet<string> = new Set([
  'and',
  'by',
  'alongside',
  'with',
  ';',
  '(',
  ')',
  'as',
  'who',
  'signed',
  'was',
  'were',
  'said',
]);

/** Confidence of an office read from a title next to a name. */
export const OFFICE_CONFIDENCE = 0.8;
