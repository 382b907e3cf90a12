/** Acronyms a text defines ("Long Form (LF)") stand for what their long form resolved to. */
import { abbreviates, looksLikeAcronym } from './acronyms';
import { coverage, type Mention } from './mention';
import type { TextReading } from './readText';

export function applyAcronymDefinitions(mentions: Mention[], reading: TextReading): Mention[] {
  const words = reading.words;
  const defined = new Map<string, Mention>();
  for (let k = 1; k + 2 < words.length; k += 1) {
    if (words[k]!.text !== '(' || words[k + 2]!.text !== ')' || !looksLikeAcronym(words[k + 1]!.text)) continue;
    const long = mentions.find((mention) => mention.last === k - 1);
    if (!long) continue;
    const longText = reading.text.slice(long.start, long.end);
    if (abbreviates(words[k + 1]!.text, longText) || suffixAbbreviates(words[k + 1]!.text, longText)) defined.set(words[k + 1]!.text, long);
  }
  if (defined.size === 0) return mentions;
  const result = mentions.filter(
    (mention) =>
      mention.silent || !(mention.first === mention.last && defined.has(words[mention.first]!.text) && mention.decision.kind === 'none'),
  );
  const covered = coverage(words.length, result);
  words.forEach((word, at) => {
    const long = defined.get(word.text);
    if (!long || covered[at]) return;
    const base = { first: at, last: at, start: word.start, end: word.end };
    if (long.decision.kind === 'link') {
      const match = long.decision.match;
      result.push({
        ...base,
        decision: {
          kind: 'link',
          match: {
            ...match,
            explanation: [
              ...match.explanation,
              { feature: 'acronym', score: 0, detail: `defined in the text as "${reading.text.slice(long.start, long.end)}"` },
            ],
          },
        },
      });
    } else if (long.decision.kind === 'none')
      result.push({
        ...base,
        decision: long.decision,
        type: long.type ?? 'ORGANIZATION',
        name: long.name ?? word.text,
        sameAs: long.start,
      });
  });
  return result.sort((a, b) => a.start - b.start);
}

function suffixAbbreviates(acronym: string, longForm: string): boolean {
  const parts = longForm.split(/\s+/);
  for (let cut = 1; cut < parts.length; cut += 1) if (abbreviates(acronym, parts.slice(cut).join(' '))) return true;
  const hyphenated = longForm.split(/[-–]/);
  return (
    hyphenated.length > 1 &&
    abbreviates(
      acronym,
      hyphenated
        .slice(1)
        .join('-')
        .replace(/^\S+\s/, ''),
    )
  );
}
