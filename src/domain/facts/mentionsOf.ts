/**
 * The name engine's resolution as typed mentions in text order: links (graph entities, typed by
 * the caller's lookup) and new-name candidates (`candidate:<start>`; an abbreviation or definite
 * description that stands for an earlier candidate takes that candidate's id, and so does a later
 * mention of a new person by surname: personCandidates.ts). Ambiguous mentions
 * are left out: a fact between unresolved ends is not proposed.
 */
import type { Resolution } from '../names';
import { PersonCandidates } from './personCandidates';
import type { EndSource, EntityFacts, Span } from './types';

export interface TypedMention {
  id: string;
  name: string;
  type: string;
  candidate: boolean;
  span: Span;
  date?: string | null;
  /** `named` unless set: a pair phrase (pairPhrases.ts) or the document's frame (documentFrame.ts). */
  source?: EndSource;
}

export function candidateId(start: number): string {
  return `candidate:${start}`;
}

export function mentionsOf(resolution: Resolution, entityOf: (id: string) => EntityFacts | undefined): TypedMention[] {
  const mentions: TypedMention[] = [];
  for (const link of resolution.links) {
    const entity = entityOf(link.entityId);
    if (!entity) continue;
    mentions.push({
      id: link.entityId,
      name: entity.name,
      type: entity.type,
      candidate: false,
      span: { start: link.start, end: link.end, text: link.text },
      date: entity.date ?? null,
    });
  }
  const byStart = new Map(resolution.candidates.map((candidate) => [candidate.start, candidate]));
  const samePerson = new PersonCandidates();
  for (const candidate of [...resolution.candidates].sort((a, b) => a.start - b.start)) {
    let head = candidate;
    for (let hops = 0; head.sameAs !== undefined && byStart.has(head.sameAs) && hops < 8; hops += 1) head = byStart.get(head.sameAs)!;
    if (head.type === 'PERSON') head = samePerson.first(head);
    mentions.push({
      id: candidateId(head.start),
      name: head.name,
      type: head.type,
      candidate: true,
      span: { start: candidate.start, end: candidate.end, text: candidate.surface },
    });
  }
  return mentions.sort((a, b) => a.span.start - b.span.start);
}
