/**
 * One name, no document: what entity(name:), search and ask look names up with. The name is read
 * as a one-line text by the same resolver as an article, so a variant that links in an article
 * ("Minister Kiuchi", "DFFT", "Republic of Korea", "von der Leyen") is found here too; read as one
 * name asked for, a surname alone may also be a typo ("Virkunen"). Only what covers the whole name
 * (or all but a leading "the") counts. A name typed all in lower case ("hena wilkunen") is read
 * again in title case when it finds nothing as typed, as people and proper names are written so,
 * and one short word in capitals (an acronym: "dfft").
 */
import type { NameIndex } from './nameIndex';
import { resolveMentions } from './resolveMentions';
import type { MentionLink, ScoredMatch } from './types';

interface WholeNameReading {
  link: MentionLink | null;
  /**
   * Entities the whole name's words name but that nothing decides between, best first: the
   * candidates of an ambiguous reading ("Kim"), or those of a series named without its member
   * ("Digital Partnership Council", which four councils are). Not the suggestions for a new name
   * that only shares some words with them.
   */
  candidates: ScoredMatch[];
}

const namedBy = (match: ScoredMatch) => match.explanation.some((item) => item.feature === 'name');

const LEADING_ARTICLE = /^(the)\s+/i;

function readWholeName(text: string, index: NameIndex): WholeNameReading {
  const { links, ambiguous, candidates } = resolveMentions(text, index, { oneName: true });
  const article = LEADING_ARTICLE.exec(text);
  // "the EU", "The AI Office": a leading article is not part of the name.
  const starts = article ? [0, article[0].length] : [0];
  const covers = (span: { start: number; end: number }) => starts.includes(span.start) && span.end === text.length;
  return {
    link: links.find((link) => link.start === 0 && link.end === text.length) ?? links.find(covers) ?? null,
    candidates: ambiguous.find(covers)?.candidates ?? candidates.find(covers)?.matches.filter(namedBy) ?? [],
  };
}

const titleCase = (text: string) =>
  text.replace(/(^|[\s-])(\p{Ll})/gu, (_m, before: string, first: string) => before + first.toUpperCase());

function readName(name: string, index: NameIndex): WholeNameReading {
  const text = name.trim();
  if (text === '') return { link: null, candidates: [] };
  const asTyped = readWholeName(text, index);
  if (asTyped.link || asTyped.candidates.length > 0 || /\p{Lu}/u.test(text)) return asTyped;
  const titled = readWholeName(titleCase(text), index);
  // "dfft": one short word may be an acronym typed in lower case.
  if (titled.link || titled.candidates.length > 0 || !/^\p{L}{2,6}$/u.test(text)) return titled;
  return readWholeName(text.toUpperCase(), index);
}

/** The unambiguous best match for the whole name, or null (nothing fits, or several fit alike). */
export function lookupName(name: string, index: NameIndex): MentionLink | null {
  return readName(name, index).link;
}

/**
 * Every entity the whole name may mean, best first: the one it links to, or those it names
 * without deciding (see WholeNameReading). For ranked lists such as search.
 */
export function lookupNameMatches(name: string, index: NameIndex): ScoredMatch[] {
  const { link, candidates } = readName(name, index);
  if (link)
    return [
      {
        entityId: link.entityId,
        name: index.entities.get(link.entityId)?.name ?? link.text,
        score: link.score,
        explanation: link.explanation,
      },
    ];
  return candidates;
}
