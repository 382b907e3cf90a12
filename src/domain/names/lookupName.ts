/**
 * One name, no document: the unambiguous best match or null, for entity(name:) and search. The
 * name is read as a one-line text by the same resolver, so a variant that links in an article
 * ("Minister Kiuchi", "DFFT", "Republic of Korea") is found here too; only a link covering the
 * whole name counts, and a name with several equally good entities is null, not a guess.
 */
import type { NameIndex } from './nameIndex';
import { resolveMentions } from './resolveMentions';
import type { MentionLink } from './types';

export function lookupName(name: string, index: NameIndex): MentionLink | null {
  const text = name.trim();
  if (text === '') return null;
  const { links } = resolveMentions(text, index);
  const whole = links.find((link) => link.start === 0 && link.end === text.length);
  if (whole) return whole;
  // "the EU", "The AI Office": a leading article is not part of the name.
  const article = /^(the)\s+/i.exec(text);
  if (article) return links.find((link) => link.start === article[0].length && link.end === text.length) ?? null;
  return null;
}
