/**
 * CONVENED_UNDER read from names: an event whose name contains the name of an agreement or
 * organisation the document mentions is a meeting of it ("Third EU-Japan Digital Partnership
 * Council" under "EU-Japan Digital Partnership"). Proposed once per event, at its first mention,
 * with the other end's first mention as a frame end (it is named elsewhere in the document).
 */
import { allows } from '../ontology';
import type { RelationCues } from './cues';
import { RELATION_CUES_BY_TYPE } from './cues';
import type { TypedMention } from './mentionsOf';

export interface NamedSeriesProposal {
  entry: RelationCues;
  from: TypedMention;
  to: TypedMention;
  confidence: number;
}

/** Confidence of a meeting read from its name. */
const NAMED_CONFIDENCE = 0.6;

const normal = (name: string) =>
  name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[‐‑–—]/g, '-')
    .trim();

export function namedSeries(mentions: readonly TypedMention[]): NamedSeriesProposal[] {
  const entry = RELATION_CUES_BY_TYPE.get('CONVENED_UNDER');
  if (!entry) return [];
  const first = new Map<string, TypedMention>();
  for (const mention of mentions) if (!first.has(mention.id)) first.set(mention.id, mention);
  const proposals: NamedSeriesProposal[] = [];
  for (const event of first.values()) {
    if (event.type !== 'EVENT') continue;
    const eventName = normal(event.name);
    for (const body of first.values()) {
      if (body.id === event.id || !allows('CONVENED_UNDER', 'EVENT', body.type as never)) continue;
      const bodyName = normal(body.name);
      if (bodyName.length < 8 || !eventName.includes(bodyName) || eventName === bodyName) continue;
      proposals.push({ entry, from: event, to: { ...body, source: 'frame' }, confidence: NAMED_CONFIDENCE });
    }
  }
  return proposals;
}
