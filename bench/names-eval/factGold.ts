/**
 * Gold facts for the fact-proposal evaluation: eval/gold/<slug>.facts.yaml (format in their
 * headers, eval/README.md) and, for the seed check, seed/facts.yaml read per seed document (a fact
 * is gold for a document when one of its evidence items quotes it). Only files, no database.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './evalSet';

export interface GoldEnd {
  entity?: string;
  new?: string;
  ambiguous?: string[];
}

export interface GoldFact {
  type: string;
  typeAlternatives?: string[];
  from: GoldEnd;
  to: GoldEnd;
  status?: string;
  statusAlternatives?: string[];
  date?: string | null;
  datePrecision?: string | null;
  sentence?: string;
}

/** The gold facts of an eval article, or null when it has none (three heldout articles). */
export function loadGoldFacts(slug: string, evalDir = path.join(ROOT, 'eval')): GoldFact[] | null {
  const file = path.join(evalDir, 'gold', `${slug}.facts.yaml`);
  if (!fs.existsSync(file)) return null;
  const facts = (parse(fs.readFileSync(file, 'utf8')) as { facts: GoldFact[] }).facts;
  return facts.map((fact) => ({ ...fact, date: fact.date == null ? null : String(fact.date) }));
}

export interface SeedDocument {
  id: string;
  publishedAt: string | null;
  text: string;
  gold: GoldFact[];
}

interface SeedFact {
  type: string;
  from: string;
  to: string;
  status?: string;
  date?: string | number;
  evidence: Array<{ document: string; quote?: string; status?: string; date?: string | number }>;
}

export function loadSeedDocuments(seedDir = path.join(ROOT, 'seed')): SeedDocument[] {
  const facts = parse(fs.readFileSync(path.join(seedDir, 'facts.yaml'), 'utf8')) as SeedFact[];
  const documentsDir = path.join(seedDir, 'documents');
  return fs
    .readdirSync(documentsDir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const meta = parse(fs.readFileSync(path.join(documentsDir, file), 'utf8')) as {
        id: string;
        publishedAt?: string | number;
        textFile: string;
      };
      const gold = facts.flatMap((fact) =>
        fact.evidence
          .filter((evidence) => evidence.document === meta.id)
          .map((evidence) => {
            const date = evidence.date ?? fact.date;
            return {
              type: fact.type,
              from: { entity: fact.from },
              to: { entity: fact.to },
              status: evidence.status ?? fact.status,
              date: date == null ? null : String(date),
              // The curated quote, shown with a miss (the scorer matches on type and ends only).
              sentence: evidence.quote,
            };
          }),
      );
      return {
        id: meta.id,
        publishedAt: meta.publishedAt == null ? null : String(meta.publishedAt),
        text: fs.readFileSync(path.join(documentsDir, meta.textFile), 'utf8'),
        gold,
      };
    });
}
