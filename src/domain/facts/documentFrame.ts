/**
 * A document's frame: the event it is about (cues.ts FRAME_TYPES), read as the one of the
 * allowed types mentioned most often (the earliest on a tie). Articles state many facts of their
 * subject without naming it again ("They will also enhance collaboration on data governance": the
 * council covers data governance), so a lexicon entry may let one side come from the frame when
 * the sentence names nothing of that side's types.
 */
import { FRAME_TYPES } from './cues';
import type { TypedMention } from './mentionsOf';

/** An event named once is something the document mentions, not what it is about. */
const MIN_MENTIONS = 2;

export type FrameOf = (types: ReadonlySet<string>) => TypedMention | undefined;

/**
 * `repeated` says whether a mention lies in a sentence the document said before word for word (a
 * photo caption printed twice): such mentions do not count again.
 */
export function documentFrame(mentions: readonly TypedMention[], repeated: (offset: number) => boolean = () => false): FrameOf {
  const counts = new Map<string, { mention: TypedMention; count: number }>();
  for (const mention of mentions) {
    if (!FRAME_TYPES.has(mention.type) || repeated(mention.span.start)) continue;
    const seen = counts.get(mention.id);
    if (seen) seen.count += 1;
    else counts.set(mention.id, { mention, count: 1 });
  }
  const ranked = [...counts.values()]
    .filter((entry) => entry.count >= MIN_MENTIONS)
    .sort((a, b) => b.count - a.count || a.mention.span.start - b.mention.span.start);
  return (types) => ranked.find((entry) => types.has(entry.mention.type))?.mention;
}
