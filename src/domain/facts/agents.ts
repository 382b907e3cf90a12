/**
 * Where the doer of an action stands (the `from` of entries with `agent`: who signs, launches,
 * supports): before a verb cue as its subject ("Japan and the EU launched X"), right before a noun
 * cue as its modifier ("EU support", "Japan's launch of"), or after the cue behind "by" ("signed by
 * Henna Virkkunen ... and Minoru Kiuchi"). A name after the cue without "by" is its object or a
 * circumstance ("launched at last year's summit in Japan"), and a sentence's subject does not do
 * what a noun names ("Japan and the EU welcome the launch of X": they welcome it, someone launched it).
 */
import type { Word } from '../names/readText';
import type { PhraseMatch } from './matchPhrases';
import { siblings } from './coordination';
import type { TypedMention } from './mentionsOf';

/** Words that may stand between a modifier and the noun cue it does ("the EU's financial support"). */
const MODIFIER_POS: ReadonlySet<string> = new Set(['PART', 'ADJ', 'NOUN', 'PROPN']);
/** How many words may stand between the cue and "by", and between a noun cue and its modifier. */
const REACH = 6;
const MODIFIER_REACH = 3;

/**
 * "The AI office, an internal department within the Commission, will supervise": a name inside
 * the commas after another name describes that one; it is not the subject.
 */
function inApposition(words: readonly Word[], ends: readonly TypedMention[], agent: TypedMention, cueStart: number): boolean {
  const at = words.findIndex((word) => word.start >= agent.span.start);
  let open = at - 1;
  while (open >= 0 && words[open]!.text !== ',') open -= 1;
  // The apposition is a description ("an internal department within"), not the agent's own name.
  const opener = words[open + 1];
  if (open < 1 || !opener || opener.pos !== 'DET' || opener.start >= agent.span.start) return false;
  const head = words[open - 1]!;
  if (!ends.some((end) => end !== agent && end.source !== 'frame' && end.span.end === head.end)) return false;
  return words.some((word) => word.text === ',' && word.start >= agent.span.end && word.end <= cueStart);
}

/** "set up by the G7": a verb cue whose doer is named after "by" has none before it. */
function passiveDoer(words: readonly Word[], ends: readonly TypedMention[], cue: PhraseMatch): boolean {
  const by = words.findIndex((word, at) => at >= cue.last && at <= cue.last + 1 && word.text.toLowerCase() === 'by');
  if (by < 0) return false;
  const next = words[by + 1];
  return (
    next !== undefined &&
    ends.some((end) => end.source !== 'frame' && end.span.start >= next.start && end.span.start <= (words[by + 2]?.start ?? next.start))
  );
}

export function agentStands(
  words: readonly Word[],
  ends: readonly TypedMention[],
  cue: PhraseMatch,
  agent: TypedMention,
  groups?: ReadonlyMap<TypedMention, number>,
): boolean {
  if (agent.source === 'frame') return true;
  const cueStart = words[cue.first]!.start;
  const cueEnd = words[cue.last - 1]!.end;
  // A sentence that opens with its circumstance ("At the Council, both sides will say"): the doer follows.
  if (cue.first === 0 && words[0]!.pos === 'ADP') {
    // ... its subject: the first list of names after the circumstance's own (not "set up by the G7" later on).
    const after = ends.filter(
      (end) => (end.span.start >= cueEnd && end.type === agent.type) || (end.span.start >= cueEnd && end.source === 'pair'),
    );
    const first = after.sort((a, b) => a.span.start - b.span.start)[0];
    return first !== undefined && (first.span.start === agent.span.start || (groups !== undefined && siblings(groups, first, agent)));
  }
  const between = (start: number, end: number) => words.filter((word) => word.start >= start && word.end <= end);
  if (agent.span.end <= cueStart) {
    if (inApposition(words, ends, agent, cueStart)) return false;
    if (words[cue.first]!.pos !== 'NOUN') return !passiveDoer(words, ends, cue);
    const gap = between(agent.span.end, cueStart);
    return gap.length <= MODIFIER_REACH && gap.every((word) => MODIFIER_POS.has(word.pos) || /^['’]s?$/.test(word.text));
  }
  if (agent.span.start < cueEnd) return false;
  const after = between(cueEnd, agent.span.start);
  const by = after.findIndex((word) => word.text.toLowerCase() === 'by');
  if (by < 0) return false;
  // "by A, <title of B>, and C": the doers are the first name after "by" and those of its type.
  const byEnd = after[by]!.end;
  const first = ends.filter((end) => end.span.start >= byEnd && end.source !== 'frame').sort((a, b) => a.span.start - b.span.start)[0];
  if (!first) return false;
  if (first === agent || (first.span.start === agent.span.start && first.id === agent.id)) return by <= REACH;
  return by <= REACH && first.type === agent.type;
}
