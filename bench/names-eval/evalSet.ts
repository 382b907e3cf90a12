/**
 * Reads what the name evaluation needs: the seed's entities as the name index sees them (aliases
 * with their scope, event dates, related ids from the seed facts) and each eval article with its
 * gold mentions (eval/README.md describes both). Only files, no database.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import type { NameEntity } from '../../src/domain/names';
import { entityInput } from '../../src/domain/bundle/bundleSchema';

export const ROOT = path.resolve(__dirname, '../..');

export interface GoldMention {
  surface: string;
  start: number;
  end: number;
  entity?: string;
  new?: { name: string; type: string };
  ambiguous?: string[];
  definite?: boolean;
  fillsPostHolder?: boolean;
}

export interface EvalArticle {
  id: string;
  split: 'dev' | 'heldout';
  publishedAt: string | null;
  title: string;
  machineTranslated: boolean;
  text: string;
  gold: GoldMention[];
}

export function loadSeedEntities(seedDir = path.join(ROOT, 'seed')): NameEntity[] {
  const raw = parse(fs.readFileSync(path.join(seedDir, 'entities.yaml'), 'utf8')) as unknown[];
  const facts = parse(fs.readFileSync(path.join(seedDir, 'facts.yaml'), 'utf8')) as Array<{ from: string; to: string }>;
  const related = new Map<string, Set<string>>();
  const relate = (a: string, b: string) => related.set(a, (related.get(a) ?? new Set()).add(b));
  for (const fact of facts) {
    relate(fact.from, fact.to);
    relate(fact.to, fact.from);
  }
  return raw.map((value) => {
    const entity = entityInput.parse(value);
    return {
      id: entity.id,
      type: entity.type,
      name: entity.name,
      aliases: entity.aliases.map((alias) => ({ text: alias.text, scope: alias.scope ?? 'general', document: alias.document ?? null })),
      date: entity.date?.value ?? null,
      related: [...(related.get(entity.id) ?? [])],
      unresolved: entity.unresolved,
    };
  });
}

export function loadEvalArticles(split?: 'dev' | 'heldout', evalDir = path.join(ROOT, 'eval')): EvalArticle[] {
  const articlesDir = path.join(evalDir, 'articles');
  return fs
    .readdirSync(articlesDir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map(
      (file) =>
        parse(fs.readFileSync(path.join(articlesDir, file), 'utf8')) as {
          id: string;
          split: 'dev' | 'heldout';
          publishedAt?: string;
          title?: string;
          machineTranslated?: boolean;
          textFile: string;
        },
    )
    .filter((meta) => split === undefined || meta.split === split)
    .map((meta) => {
      const gold = parse(fs.readFileSync(path.join(evalDir, 'gold', `${meta.id}.mentions.yaml`), 'utf8')) as { mentions: GoldMention[] };
      return {
        id: meta.id,
        split: meta.split,
        publishedAt: meta.publishedAt ?? null,
        title: meta.title ?? meta.id,
        machineTranslated: meta.machineTranslated ?? false,
        text: fs.readFileSync(path.join(articlesDir, meta.textFile), 'utf8'),
        gold: gold.mentions,
      };
    });
}
