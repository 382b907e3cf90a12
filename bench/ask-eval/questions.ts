/**
 * The plain-words question set of issue #15 (eval/questions.yaml, described in eval/questions.md):
 * a loader that parses it into typed questions, and a checker that holds it against the seed
 * bundle. The gold was written by reading the two seed articles; this module only checks that what
 * the readers wrote refers to things the seed holds and is consistent with itself, so a typo in an
 * id or a fact whose evidence is in another article than the one the gold names fails the unit
 * test instead of silently scoring the ask engine wrong. Only files, no database.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { ResolvedBundle, ResolvedFact } from '../../src/domain/bundle/resolvedBundle';
import { entityDateFactId } from '../../src/domain/ids';

export const QUESTIONS_FILE = path.resolve(__dirname, '../../eval/questions.yaml');

export const QUESTION_KINDS = [
  'who_did',
  'what_about',
  'when_where',
  'connection',
  'in_common',
  'period',
  'planned',
  'is_done',
  'which_source',
  'count',
  'one_step',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

const id = z.string().min(1);

const gold = z.strictObject({
  entities: z.array(id),
  facts: z.array(id),
  acceptable: z.array(id).optional(),
  documents: z.array(id),
  answer: z.string().min(1),
  paths: z.array(z.array(id).min(2)).optional(),
  count: z.number().int().nonnegative().optional(),
});

const question = z.strictObject({
  id: z.string().regex(/^q\d{3}$/, 'ids are q followed by three digits'),
  question: z.string().min(1),
  kind: z.enum(QUESTION_KINDS),
  answerable: z.boolean(),
  split: z.enum(['dev', 'heldout']),
  gold,
  notes: z.string().optional(),
});

const questionSet = z.strictObject({
  kinds: z.partialRecord(z.enum(QUESTION_KINDS), z.string()),
  questions: z.array(question),
});

export type Question = z.infer<typeof question>;
export type QuestionSet = z.infer<typeof questionSet>;

export class InvalidQuestionsError extends Error {
  constructor(readonly problems: string[]) {
    super(`eval/questions.yaml is not valid:\n${problems.join('\n')}`);
  }
}

/** Parses the file's shape (fields, kinds, splits); references are checked by checkQuestions. */
export function parseQuestions(text: string): QuestionSet {
  const parsed = questionSet.safeParse(parse(text));
  if (parsed.success) return parsed.data;
  throw new InvalidQuestionsError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
}

export function loadQuestions(file: string = QUESTIONS_FILE): QuestionSet {
  return parseQuestions(fs.readFileSync(file, 'utf8'));
}

/**
 * Every problem of the set against the seed, each naming the question and the field, so the
 * author fixes the file in one pass. An empty list means the set is usable as gold.
 */
export function checkQuestions(set: QuestionSet, bundle: ResolvedBundle): string[] {
  const problems: string[] = [];
  const entities = new Set(bundle.entities.map((entity) => entity.id));
  const documents = new Set(bundle.documents.map((document) => document.id));
  const facts = new Map(bundle.facts.map((fact) => [fact.id, fact]));
  const evidenceDocuments = new Map<string, Set<string>>();
  for (const evidence of bundle.evidence) {
    evidenceDocuments.set(evidence.factId, (evidenceDocuments.get(evidence.factId) ?? new Set()).add(evidence.documentId));
  }
  // An entity's own date is answerable evidence for a when-question (eval/questions.md, "Dates").
  const dateFacts = new Set(bundle.entities.map((entity) => entityDateFactId(entity.id)).filter((factId) => evidenceDocuments.has(factId)));
  const isFact = (factId: string) => facts.has(factId) || dateFacts.has(factId);
  const joined = new Set(bundle.facts.flatMap((fact) => [`${fact.fromId} ${fact.toId}`, `${fact.toId} ${fact.fromId}`]));

  for (const kind of QUESTION_KINDS) if (!(kind in set.kinds)) problems.push(`kinds: "${kind}" is not described`);

  const seen = new Set<string>();
  for (const q of set.questions) {
    const at = (field: string) => `${q.id} gold.${field}`;
    if (seen.has(q.id)) problems.push(`${q.id}: duplicate question id`);
    seen.add(q.id);

    for (const entity of q.gold.entities) if (!entities.has(entity)) problems.push(`${at('entities')}: unknown entity "${entity}"`);
    for (const document of q.gold.documents)
      if (!documents.has(document)) problems.push(`${at('documents')}: unknown document "${document}"`);
    for (const field of ['facts', 'acceptable'] as const) {
      for (const factId of q.gold[field] ?? []) if (!isFact(factId)) problems.push(`${at(field)}: unknown fact "${factId}"`);
    }
    const overlap = (q.gold.acceptable ?? []).filter((factId) => q.gold.facts.includes(factId));
    if (overlap.length > 0) problems.push(`${at('acceptable')}: also in gold.facts: ${overlap.join(', ')}`);

    if (!q.answerable) {
      if (q.gold.facts.length + q.gold.documents.length + (q.gold.acceptable?.length ?? 0) > 0) {
        problems.push(`${q.id}: a question with no answer in the graph has no facts, acceptable facts or documents`);
      }
      continue;
    }
    if (q.gold.facts.length === 0) problems.push(`${at('facts')}: an answerable question needs the facts that answer it`);
    if (q.gold.documents.length === 0) problems.push(`${at('documents')}: an answerable question needs the article that states it`);
    // The evidence must come from the article the gold names, or "right article" means nothing.
    for (const factId of q.gold.facts) {
      const from = evidenceDocuments.get(factId);
      if (from && !q.gold.documents.some((document) => from.has(document))) {
        problems.push(`${at('facts')}: "${factId}" has no evidence in ${q.gold.documents.join(', ')}`);
      }
    }
    if (q.kind === 'count' && q.gold.count === undefined) problems.push(`${at('count')}: a count question needs the number`);
    if (q.kind === 'connection') {
      if (!q.gold.paths?.length) problems.push(`${at('paths')}: a connection question needs at least one path`);
      for (const [index, entityPath] of (q.gold.paths ?? []).entries()) {
        for (const entity of entityPath) if (!entities.has(entity)) problems.push(`${at(`paths[${index}]`)}: unknown entity "${entity}"`);
        for (let step = 1; step < entityPath.length; step++) {
          const pair = `${entityPath[step - 1]} ${entityPath[step]}`;
          if (!joined.has(pair)) problems.push(`${at(`paths[${index}]`)}: no seed fact joins ${pair.replace(' ', ' and ')}`);
        }
      }
    }
  }
  return problems;
}

/** A gold fact as the ask engine must return it: type, both ends, status and where it is said. */
export interface ExpectedFact {
  id: string;
  type: ResolvedFact['type'];
  fromId: string;
  toId: string;
  status: ResolvedFact['status'];
  documents: string[];
}

/** The expected facts of a question, read from the seed (call checkQuestions first). */
export function expectedFactsOf(q: Question, bundle: ResolvedBundle): ExpectedFact[] {
  return q.gold.facts.flatMap((factId) => {
    const fact = bundle.facts.find((candidate) => candidate.id === factId);
    if (!fact) return [];
    const documents = [...new Set(bundle.evidence.filter((evidence) => evidence.factId === factId).map((e) => e.documentId))];
    return [{ id: fact.id, type: fact.type, fromId: fact.fromId, toId: fact.toId, status: fact.status, documents }];
  });
}
