/**
 * Every proposal quotes its text verbatim: on all eval articles and the two seed articles, the
 * sentence, the clause, the cue, the title of an office, the named ends and the date expression are each
 * `text.slice(start, end)`, and the clause lies inside its sentence.
 */
import { runFactEval, runSeedFactEval } from '../../../bench/names-eval/runFactEval';
import { loadEvalArticles } from '../../../bench/names-eval/evalSet';
import { loadSeedDocuments } from '../../../bench/names-eval/factGold';
import type { Span } from '../../../src/domain/facts';

const texts = new Map<string, string>([
  ...loadEvalArticles().map((article) => [article.id, article.text] as const),
  ...loadSeedDocuments().map((document) => [document.id, document.text] as const),
]);

test('every proposal on the eval and seed articles quotes its sentence, clause, cue, role, ends and date verbatim at its offsets', () => {
  const documents = [...runFactEval('dev').documents, ...runFactEval('heldout').documents, ...runSeedFactEval().documents];
  const wrong: string[] = [];
  let checked = 0;
  for (const { id, proposals } of documents) {
    const text = texts.get(id)!;
    const check = (what: string, span: Span) => {
      checked += 1;
      if (text.slice(span.start, span.end) !== span.text) wrong.push(`${id} ${what} ${span.start}-${span.end} "${span.text}"`);
    };
    for (const proposal of proposals) {
      check('sentence', proposal.sentence);
      check('clause', proposal.clause);
      check('cue', proposal.cue.span);
      if (proposal.role) check('role', proposal.role);
      if (proposal.date) check('date', proposal.date.expression);
      for (const end of [proposal.from, proposal.to]) check(`end (${end.source})`, end.span);
      if (proposal.clause.start < proposal.sentence.start || proposal.clause.end > proposal.sentence.end)
        wrong.push(`${id} clause outside sentence`);
      if (proposal.clause.text.length === 0) wrong.push(`${id} empty clause`);
    }
  }
  expect(wrong).toEqual([]);
  expect(checked).toBeGreaterThan(500);
}, 120_000);
