/** Runs the name resolver over eval articles and scores each (shared by the CLI and the floor test). */
import { buildNameIndex, resolveMentions } from '../../src/domain/names';
import { loadEvalArticles, loadSeedEntities } from './evalSet';
import { addCounts, emptyCounts, scoreDocument, type Counts, type DocumentScore } from './score';

export interface SplitResult {
  documents: Array<{ id: string; score: DocumentScore }>;
  total: Counts;
}

export function runEval(split: 'dev' | 'heldout'): SplitResult {
  const index = buildNameIndex(loadSeedEntities());
  const documents = loadEvalArticles(split).map((article) => ({
    id: article.id,
    score: scoreDocument(
      article.text,
      article.gold,
      resolveMentions(article.text, index, { publishedAt: article.publishedAt, documentId: article.id }),
    ),
  }));
  return { documents, total: documents.reduce((sum, document) => addCounts(sum, document.score.counts), emptyCounts()) };
}
