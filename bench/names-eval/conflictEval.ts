/**
 * Conflict figures for `npm run eval`: the seed graph's facts (with their evidence, as the store
 * would gather them) and the proposals of all eval articles at once, compared by
 * domain/conflicts; then which of eval/gold/contradictions.yaml's expected flags are raised. Only
 * files, no database: the same statements `Query.conflicts` reads once every article is ingested
 * and no proposal judged.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import {
  CONFLICT_ANCHORS,
  findConflicts,
  type Conflict,
  type DatedFact,
  type Statement,
  type StatementEnd,
} from '../../src/domain/conflicts';
import { factIdOf } from '../../src/domain/ids';
import type { FactProposal, ProposalEnd } from '../../src/domain/facts';
import { loadEvalArticles, loadSeedEntities, ROOT } from './evalSet';
import { runFactEval } from './runFactEval';

interface SeedFact {
  type: string;
  from: string;
  to: string;
  role?: string;
  status: string;
  date?: string | number;
  dateInferred?: boolean;
  evidence: Array<{ document: string; quote: string; status?: string; date?: string | number }>;
}

interface SeedDocumentMeta {
  id: string;
  title: string;
  publishedAt?: string | number;
  machineTranslated?: boolean;
  textFile: string;
}

export interface ConflictFigures {
  conflicts: Conflict[];
  byKind: Map<string, number>;
  /** contradictions.yaml entries with seed facts: whether each expected fact is flagged. */
  expected: Array<{ id: string; kind: string; factId: string; flagged: boolean }>;
}

function seedStatements(): { statements: Statement[]; facts: Map<string, DatedFact> } {
  const entities = new Map(loadSeedEntities().map((entity) => [entity.id, entity]));
  const documentsDir = path.join(ROOT, 'seed', 'documents');
  const documents = new Map(
    fs
      .readdirSync(documentsDir)
      .filter((file) => file.endsWith('.yaml'))
      .map((file) => parse(fs.readFileSync(path.join(documentsDir, file), 'utf8')) as SeedDocumentMeta)
      .map((meta) => [meta.id, { meta, text: fs.readFileSync(path.join(documentsDir, meta.textFile), 'utf8') }]),
  );
  const end = (id: string): StatementEnd => ({
    id,
    name: entities.get(id)?.name ?? id,
    type: entities.get(id)?.type ?? 'UNKNOWN',
    isName: false,
  });
  const seedFacts = parse(fs.readFileSync(path.join(ROOT, 'seed', 'facts.yaml'), 'utf8')) as SeedFact[];
  const facts = new Map<string, DatedFact>();
  const statements = seedFacts.flatMap((fact) => {
    const factId = factIdOf(fact.type, fact.from, fact.to, fact.role);
    if (fact.date != null) facts.set(factId, { factId, date: String(fact.date), dateInferred: fact.dateInferred ?? false });
    return fact.evidence.map((evidence): Statement => {
      const document = documents.get(evidence.document);
      const start = Math.max(0, document?.text.indexOf(evidence.quote) ?? 0);
      const date = evidence.date ?? fact.date;
      return {
        documentId: evidence.document,
        documentTitle: document?.meta.title ?? evidence.document,
        publishedAt: document?.meta.publishedAt == null ? null : String(document.meta.publishedAt),
        machineTranslated: document?.meta.machineTranslated ?? false,
        type: fact.type,
        from: end(fact.from),
        to: end(fact.to),
        status: (evidence.status ?? fact.status) as Statement['status'],
        date: date == null ? null : String(date),
        dateInferred: fact.dateInferred ?? null,
        role: fact.role ?? null,
        quote: evidence.quote,
        start,
        end: start + evidence.quote.length,
        factId,
        proposalId: null,
      };
    });
  });
  return { statements, facts };
}

function proposalStatements(): Statement[] {
  const articles = new Map(loadEvalArticles().map((article) => [article.id, article]));
  const documents = [...runFactEval('dev').documents, ...runFactEval('heldout').documents];
  return documents.flatMap(({ id, proposals }) => {
    const article = articles.get(id)!;
    // A new name is the document's own candidate: it names someone, but no graph entity.
    const end = (e: ProposalEnd): StatementEnd => ({
      id: e.candidate ? `${id}:${e.id}` : e.id,
      name: e.name,
      type: e.type,
      isName: e.candidate,
    });
    return proposals.map((proposal: FactProposal, index): Statement => ({
      documentId: id,
      documentTitle: article.title,
      publishedAt: article.publishedAt,
      machineTranslated: article.machineTranslated,
      type: proposal.type,
      from: end(proposal.from),
      to: end(proposal.to),
      status: proposal.status,
      date: proposal.date?.value ?? null,
      dateInferred: proposal.date?.inferred ?? null,
      role: proposal.role?.text ?? null,
      quote: proposal.clause.text,
      start: proposal.clause.start,
      end: proposal.clause.end,
      factId: null,
      proposalId: `${id}#${index}`,
    }));
  });
}

/** The relation types Query.conflicts' store gathers. */
const GATHERED = new Set([...CONFLICT_ANCHORS.byTo, ...CONFLICT_ANCHORS.byFrom]);

export function runConflictEval(): ConflictFigures {
  const seed = seedStatements();
  const statements = [...seed.statements, ...proposalStatements()].filter((s) => GATHERED.has(s.type));
  const conflicts = findConflicts(statements, seed.facts);
  const byKind = new Map<string, number>();
  for (const conflict of conflicts) byKind.set(conflict.kind, (byKind.get(conflict.kind) ?? 0) + 1);
  const flagged = new Set(conflicts.flatMap((conflict) => conflict.factIds));
  const gold = parse(fs.readFileSync(path.join(ROOT, 'eval', 'gold', 'contradictions.yaml'), 'utf8')) as {
    contradictions: Array<{ id: string; kind: string; seedFacts?: string[] }>;
  };
  const expected = gold.contradictions.flatMap((entry) =>
    (entry.seedFacts ?? []).map((factId) => ({ id: entry.id, kind: entry.kind, factId, flagged: flagged.has(factId) })),
  );
  return { conflicts, byKind, expected };
}

export function reportConflicts(quiet: boolean): void {
  const { conflicts, byKind, expected } = runConflictEval();
  console.log('\n== conflicts: seed graph + proposals of all eval articles (no proposal judged)');
  console.log(`${conflicts.length} conflicts: ${[...byKind].map(([kind, count]) => `${kind} ${count}`).join(', ') || 'none'}`);
  for (const conflict of conflicts) console.log(`  ${conflict.id}  flags ${conflict.factIds.join(', ')}`);
  console.log('expected by eval/gold/contradictions.yaml:');
  for (const entry of expected)
    console.log(`  ${entry.flagged ? 'flagged    ' : 'NOT flagged'} ${entry.id} (${entry.kind}): ${entry.factId}`);
  if (quiet) return;
  for (const conflict of conflicts) console.log(`\n-- ${conflict.id}\n  ${conflict.reason}`);
}
