/**
 * The shapes the name engine reads and returns. The engine needs no database: the store builds a
 * NameEntity per graph entity from its name and alias rows, and callers get plain records back.
 * Offsets are UTF-16 code units into the text passed in (`text.slice(start, end) === text`).
 */

/** `general`: a variant usable in any text. `document`: meaningful only in its own article. */
export type AliasScope = 'general' | 'document';

export interface NameAlias {
  text: string;
  scope: AliasScope;
  /** The article a document-bound alias belongs to; the alias links only there. */
  document?: string | null;
}

export interface NameEntity {
  id: string;
  /** An ontology entity type: PERSON, EVENT, COUNTRY, ... */
  type: string;
  name: string;
  aliases: NameAlias[];
  /** ISO date at its precision ("2024", "2024-04", "2024-04-30"): when an event took place. */
  date?: string | null;
  /** Ids of entities the graph relates to this one (any relation): context for disambiguation. */
  related?: string[];
  /** True for a post-holder stored by title only ("Japan's Minister for Digital Transformation"). */
  unresolved?: boolean;
}

/** One reason for or against a match, yente-style: a feature, its weight in the score, a note. */
export interface Explanation {
  feature: string;
  score: number;
  detail: string;
}

export interface ScoredMatch {
  entityId: string;
  name: string;
  score: number;
  explanation: Explanation[];
}

export interface MentionLink {
  start: number;
  end: number;
  text: string;
  entityId: string;
  score: number;
  explanation: Explanation[];
}

export interface AmbiguousMention {
  start: number;
  end: number;
  text: string;
  candidates: ScoredMatch[];
}

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/** A name the graph lacks, proposed for review, with the entities it might still be. */
export interface NameCandidate {
  /** A proposed canonical name: the surface without titles and leading articles. */
  name: string;
  type: string;
  surface: string;
  start: number;
  end: number;
  sentence: SentenceSpan;
  matches: ScoredMatch[];
  /** For an abbreviation or definite description: the start of the candidate it stands for. */
  sameAs?: number;
}

export interface Resolution {
  links: MentionLink[];
  ambiguous: AmbiguousMention[];
  candidates: NameCandidate[];
}

export interface ResolveOptions {
  /** The document's publication date (ISO at its precision); events are dated against it. */
  publishedAt?: string | null;
  /** The document's id: its own document-bound aliases apply in it. */
  documentId?: string | null;
  /** The text is one name asked for (lookupName), not running text: looser surname matching. */
  oneName?: boolean;
}
