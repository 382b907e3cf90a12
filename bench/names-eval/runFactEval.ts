/**
 * Runs the fact reader over eval articles (dev, heldout) and over the two seed articles loaded with
 * the seed's entities but none of its facts, and scores each (shared by the CLI and the floor
 * test). Articles without gold facts are skipped.
 */
import { proposeFacts, type FactProposal } from '../../src/domain/facts';
import { buildNameIndex, lookupName, resolveMentions, type NameEntity, type Resolution } from '../../src/domain/names';
import { loadEvalArticles, loadSeedEntities } from './evalSet';
import { loadGoldFacts, loadSeedDocuments, type GoldFact } from './factGold';
import { addFactCounts, emptyFactCounts, scoreFacts, type FactCounts, type FactScore } from './factScore';
import type { GoldMention } from './evalSet';

export interface FactSplitResult {
  documents: Array<{ id: string; score: FactScore; proposals: FactProposal[] }>;
  total: FactCounts;
  byType: Map<string, FactCounts>;
}

function proposalsFor(text: string, publishedAt: string | null, documentId: string, entities: NameEntity[]) {
  const index = buildNameIndex(entities);
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const resolution = resolveMentions(text, index, { publishedAt, documentId });
  return {
    resolution,
    proposals: proposeFacts({
      text,
      publishedAt,
      resolution,
      entityOf: (id) => byId.get(id),
      entityNamed: (name) => lookupName(name, index)?.entityId,
    }),
  };
}

/** Gold new names whose mentions overlap a mention of the candidate. */
function newNamesLookup(resolution: Resolution, mentions: readonly GoldMention[]) {
  const byStart = new Map(resolution.candidates.map((candidate) => [candidate.start, candidate]));
  const names = new Map<string, Set<string>>();
  for (const candidate of resolution.candidates) {
    let head = candidate;
    for (let hops = 0; head.sameAs !== undefined && byStart.has(head.sameAs) && hops < 8; hops += 1) head = byStart.get(head.sameAs)!;
    const id = `candidate:${head.start}`;
    const set = names.get(id) ?? new Set<string>();
    for (const gold of mentions) if (gold.new && gold.start < candidate.end && candidate.start < gold.end) set.add(gold.new.name);
    names.set(id, set);
  }
  return (id: string): ReadonlySet<string> => names.get(id) ?? new Set();
}

function collect(scored: Array<{ id: string; score: FactScore; proposals: FactProposal[] }>): FactSplitResult {
  const byType = new Map<string, FactCounts>();
  for (const { score } of scored) {
    for (const [type, counts] of score.byType) byType.set(type, addFactCounts(byType.get(type) ?? emptyFactCounts(), counts));
  }
  return {
    documents: scored,
    total: scored.reduce((sum, document) => addFactCounts(sum, document.score.counts), emptyFactCounts()),
    byType,
  };
}

export function runFactEval(split: 'dev' | 'heldout'): FactSplitResult {
  const entities = loadSeedEntities();
  const scored = loadEvalArticles(split).flatMap((article) => {
    const gold: GoldFact[] | null = loadGoldFacts(article.id);
    if (gold === null) return [];
    const { resolution, proposals } = proposalsFor(article.text, article.publishedAt, article.id, entities);
    return [{ id: article.id, proposals, score: scoreFacts(proposals, gold, newNamesLookup(resolution, article.gold)) }];
  });
  return collect(scored);
}

/** The seed articles' raw text with the seed's entities and none of its facts (no related ids either). */
export function runSeedFactEval(): FactSplitResult {
  const entities = loadSeedEntities().map((entity) => ({ ...entity, related: [] }));
  const scored = loadSeedDocuments().map((document) => {
    const { proposals } = proposalsFor(document.text, document.publishedAt, document.id, entities);
    return { id: document.id, proposals, score: scoreFacts(proposals, document.gold, () => new Set()) };
  });
  return collect(scored);
}
