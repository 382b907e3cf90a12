/**
 * The synthetic graph for benchmarks (`npm run seed:synthetic`): a deterministic function of
 * (entities, seed). About 10 facts per entity, 1 document per 10 entities (100k entities:
 * ~1M facts, 10k documents), evidence on every fact. The result is checked like a validated
 * seed bundle (checkSyntheticBundle) before anything is written.
 */
import type { ResolvedBundle } from '../../src/domain/bundle/resolvedBundle';
import { ontology } from '../../src/domain/ontology';
import { generateDocuments } from './documents';
import { generateEntities } from './entities';
import { generateFacts } from './facts';
import { Random } from './random';

export const FACTS_PER_ENTITY = 10;
export const ENTITIES_PER_DOCUMENT = 10;

export function generateSyntheticBundle(options: { entities: number; seed: number }): ResolvedBundle {
  const random = new Random(options.seed);
  const entities = generateEntities(options.entities, ontology().entityTypes, random);
  const facts = generateFacts(entities, options.entities * FACTS_PER_ENTITY, random);
  const documentCount = Math.max(1, Math.round(options.entities / ENTITIES_PER_DOCUMENT));
  const { documents, evidence, mentions } = generateDocuments(documentCount, entities.all, facts, random);
  return { documents, entities: entities.all, mentions, facts, evidence };
}
