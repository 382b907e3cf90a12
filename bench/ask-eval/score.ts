/**
 * Scores Query.ask answers against eval/questions.yaml as eval/questions.md defines it: an
 * answerable question is right when understood, every gold fact is returned, nothing outside the
 * gold and its acceptable facts is, the evidence quotes a gold document, the documents named are
 * the gold's (source questions), a path is one of the gold's (connections) and the count equals
 * the gold's (counts); a when-question may be answered by the asked entity's own date with
 * evidence from a gold document in place of its gold facts. An unanswerable question is right
 * when understood with no facts and no dates. A confident wrong answer offers a fact the gold
 * does not allow (any fact, for an unanswerable one) or a wrong count.
 */
import type { Question } from './questions';

export interface AskReply {
  understood: boolean;
  text: string | null;
  count: number | null;
  facts: Array<{ id: string; status: string; evidence: Array<{ document: { id: string } }> }>;
  dates: Array<{ entity: { id: string }; date: { evidence: Array<{ document: { id: string } }> } }>;
  paths: Array<{ start: { id: string }; steps: Array<{ from: { id: string }; to: { id: string } }> }>;
  documents: Array<{ id: string }>;
}

export const ASK_EVAL_QUERY = `query Ask($q: String!) { ask(question: $q) {
  understood text count
  facts { id status evidence { document { id } } }
  dates { entity { id } date { evidence { document { id } } } }
  paths { start { id } steps { from { id } to { id } } }
  documents { id }
} }`;

export type Verdict = 'right' | 'wrong' | 'incomplete' | 'not understood';

function pathIds(reply: AskReply['paths'][number]): string[] {
  const ids = [reply.start.id];
  for (const step of reply.steps) ids.push(step.from.id === ids[ids.length - 1] ? step.to.id : step.from.id);
  return ids;
}

const samePath = (a: string[], b: string[]) => a.join('|') === b.join('|') || a.join('|') === [...b].reverse().join('|');

export function judge(question: Question, reply: AskReply): { verdict: Verdict; why: string } {
  const gold = new Set(question.gold.facts ?? []);
  const allowed = new Set([...gold, ...(question.gold.acceptable ?? [])]);
  const returned = reply.facts.map((fact) => fact.id);
  const outside = returned.filter((id) => !allowed.has(id));
  if (!question.answerable) {
    if (!reply.understood) return { verdict: 'not understood', why: '' };
    if (returned.length > 0 || reply.dates.length > 0)
      return { verdict: 'wrong', why: `offered ${[...returned, ...reply.dates.map((d) => `${d.entity.id}.DATE`)].join(', ')}` };
    return { verdict: 'right', why: '' };
  }
  if (!reply.understood) return { verdict: 'not understood', why: '' };
  if (outside.length > 0) return { verdict: 'wrong', why: `not in gold: ${outside.join(', ')}` };
  if (question.gold.count !== undefined && reply.count !== null && reply.count !== question.gold.count)
    return { verdict: 'wrong', why: `count ${reply.count}, gold ${question.gold.count}` };
  const documents = new Set(question.gold.documents ?? []);
  const dateAnswers =
    question.kind === 'when_where' &&
    reply.dates.some(
      (d) => (question.gold.entities ?? []).includes(d.entity.id) && d.date.evidence.some((ev) => documents.has(ev.document.id)),
    );
  const missing = [...gold].filter((id) => !returned.includes(id));
  if (missing.length > 0 && !dateAnswers) return { verdict: 'incomplete', why: `missing ${missing.join(', ')}` };
  const quoted = [...reply.facts.flatMap((fact) => fact.evidence), ...reply.dates.flatMap((d) => d.date.evidence)].some((ev) =>
    documents.has(ev.document.id),
  );
  if (!quoted) return { verdict: 'incomplete', why: 'no evidence from a gold document' };
  if (question.kind === 'which_source') {
    const named = reply.documents.map((doc) => doc.id).sort();
    if (named.join('|') !== [...documents].sort().join('|')) return { verdict: 'incomplete', why: `documents ${named.join(', ')}` };
  }
  if (question.kind === 'connection' && question.gold.paths) {
    const offered = reply.paths.map(pathIds);
    if (!offered.some((p) => question.gold.paths!.some((g) => samePath(p, g))))
      return { verdict: 'incomplete', why: `paths ${offered.map((p) => p.join('>')).join(' ; ')}` };
  }
  if (question.gold.count !== undefined && reply.count !== question.gold.count) return { verdict: 'incomplete', why: `no count` };
  const weak = reply.facts.filter((fact) => fact.status !== 'REPORTED');
  if (weak.length > 0 && !/\b(planned|expected|will|to be)\b/i.test(reply.text ?? ''))
    return { verdict: 'wrong', why: 'planned fact stated as done' };
  return { verdict: 'right', why: '' };
}

export interface Tally {
  asked: number;
  right: number;
  wrong: number;
}

export function tally(
  results: ReadonlyArray<{ question: Question; verdict: Verdict }>,
  keep: (q: Question) => boolean = () => true,
): Tally {
  const chosen = results.filter((result) => keep(result.question));
  return {
    asked: chosen.length,
    right: chosen.filter((r) => r.verdict === 'right').length,
    wrong: chosen.filter((r) => r.verdict === 'wrong').length,
  };
}

export interface AskResult {
  question: Question;
  verdict: Verdict;
  why: string;
  text: string | null;
}

const percent = (n: number, of: number) => (of === 0 ? 0 : Math.round((1000 * n) / of) / 10);

/** The shares the floors hold: right over all and over heldout (per cent), confident wrong answers. */
export function summaryOf(results: readonly AskResult[]): { allRight: number; heldoutRight: number; confidentWrong: number } {
  const all = tally(results);
  const heldout = tally(results, (q) => q.split === 'heldout');
  return { allRight: percent(all.right, all.asked), heldoutRight: percent(heldout.right, heldout.asked), confidentWrong: all.wrong };
}

/**
 * The score table (all, dev and heldout, per kind), then each question not answered right of the
 * splits listed (tune on dev, look at heldout only after).
 */
export function reportLines(results: readonly AskResult[], listSplits: ReadonlyArray<Question['split']> = ['dev']): string[] {
  const all = tally(results);
  const heldout = tally(results, (q) => q.split === 'heldout');
  const dev = tally(results, (q) => q.split === 'dev');
  const kinds = [...new Set(results.map((r) => r.question.kind))];
  return [
    `ask eval: right ${all.right}/${all.asked} (${percent(all.right, all.asked)} %), confident wrong ${all.wrong}`,
    `  dev ${dev.right}/${dev.asked} (${percent(dev.right, dev.asked)} %), wrong ${dev.wrong}; heldout ${heldout.right}/${heldout.asked} (${percent(heldout.right, heldout.asked)} %), wrong ${heldout.wrong}`,
    ...kinds.map((kind) => {
      const t = tally(results, (q) => q.kind === kind);
      return `  ${kind.padEnd(13)} ${t.right}/${t.asked} right, ${t.wrong} wrong`;
    }),
    ...results
      .filter((r) => r.verdict !== 'right' && listSplits.includes(r.question.split))
      .map((r) => `  ${r.verdict.toUpperCase()} ${r.question.id} ${r.question.kind}: ${r.question.question} -- ${r.why} || ${r.text}`),
  ];
}
