/**
 * npm run bench:ingest [-- --articles N] [-- --graphs seed,bench]
 * What ingesting an article costs as the graph grows (issue #16: "a 5,000-character article with
 * linking on the 100k-entity graph vs the seed graph: <= 1.5x"). For each graph it builds the
 * name index once (timed apart: a process does that once, not per article), then ingests N new
 * 5,000-character articles one after another through the ingestDocument service (name linking,
 * new-name candidates, ambiguous mentions, the audited write) and prints articles/s, the median
 * article and this process's CPU per article, then the ratio of the two graphs.
 * - seed: a throwaway Neo4j loaded with seed/ (the quick bench's instance, bench/neo4j.ts);
 * - bench: the bench Neo4j as it is (load it with `npm run seed:synthetic -- --entities 100000`).
 * The articles are windows of the eval articles' texts (eval/articles), each with a line that
 * makes it new; they stay in the bench graph (its documents are scratch data).
 */
import { randomUUID } from 'node:crypto';
import { loadEvalArticles } from './names-eval/evalSet';
import { openBenchNeo4j } from './neo4j';
import { Database } from '../src/db/database';
import { ingestDocument } from '../src/services/ingestDocument';
import { invalidateNameIndex, nameIndexOf } from '../src/services/lib/nameIndexCache';
import { writerNamed } from '../src/services/lib/writer';
import { numberFlag, parseFlags, UsageError } from '../src/cli/parseFlags';
import { countGraphElements } from '../src/store/countGraph';

const USAGE = 'Usage: npm run bench:ingest [-- --articles N] [--graphs seed,bench]';
const ARTICLE_CHARS = 5_000;
const WARM_UP = 2;

interface GraphResult {
  graph: string;
  entities: number;
  indexSeconds: number;
  articlesPerSecond: number;
  medianMs: number;
  cpuMsPerArticle: number;
  mentionsPerArticle: number;
}

/** 5,000-character windows of the eval texts, cut at a space, each made new by a first line. */
function articles(count: number, run: string): string[] {
  const corpus = loadEvalArticles()
    .map((article) => article.text)
    .join('\n\n');
  const texts: string[] = [];
  for (let k = 0; k < count; k += 1) {
    let start = (k * 3_917) % Math.max(1, corpus.length - ARTICLE_CHARS);
    start = corpus.indexOf(' ', start) + 1;
    const header = `Bench article ${run}-${k}.\n`;
    const body = corpus.slice(start, start + ARTICLE_CHARS - header.length);
    texts.push(header + body.slice(0, body.lastIndexOf(' ')));
  }
  return texts;
}

async function measureGraph(graph: 'seed' | 'bench', count: number): Promise<GraphResult> {
  const neo4j = await openBenchNeo4j(graph === 'seed');
  const db = Database.connect({
    uri: neo4j.uri,
    user: neo4j.user,
    password: neo4j.password,
    database: neo4j.database,
    // Loading 100,000 entities with their related ids for the index takes longer than a request may.
    txTimeoutMs: 600_000,
    maxPoolSize: 5,
    acquireTimeoutMs: 10_000,
  });
  try {
    const { entities } = await countGraphElements(db);
    invalidateNameIndex();
    let began = performance.now();
    await nameIndexOf(db);
    const indexSeconds = (performance.now() - began) / 1000;
    const run = randomUUID().slice(0, 8);
    const texts = articles(count + WARM_UP, run);
    const writer = writerNamed('bench-ingest');
    const times: number[] = [];
    let mentions = 0;
    const ingest = (text: string, k: number) =>
      ingestDocument(db, writer, { id: `bench-ingest-${run}-${k}`, title: `Bench article ${k}`, publishedAt: '2025-05-12', text });
    for (let k = 0; k < WARM_UP; k += 1) await ingest(texts[k]!, k);
    const cpu = process.cpuUsage();
    began = performance.now();
    for (let k = WARM_UP; k < texts.length; k += 1) {
      const start = performance.now();
      const result = await ingest(texts[k]!, k);
      times.push(performance.now() - start);
      mentions += result.mentions.length;
    }
    const seconds = (performance.now() - began) / 1000;
    const used = process.cpuUsage(cpu);
    times.sort((a, b) => a - b);
    return {
      graph,
      entities,
      indexSeconds,
      articlesPerSecond: count / seconds,
      medianMs: times[Math.floor(times.length / 2)]!,
      cpuMsPerArticle: (used.user + used.system) / 1000 / count,
      mentionsPerArticle: mentions / count,
    };
  } finally {
    await db.close();
    await neo4j.stop();
  }
}

async function main(): Promise<void> {
  const { flags, positional } = parseFlags(process.argv.slice(2), { '--articles': true, '--graphs': true }, USAGE);
  if (positional.length > 0) throw new UsageError(USAGE);
  const count = numberFlag(flags, '--articles', 20, USAGE, (n) => Number.isSafeInteger(n) && n > 0);
  const graphs = String(flags.get('--graphs') ?? 'seed,bench').split(',');
  if (!graphs.every((graph) => graph === 'seed' || graph === 'bench')) throw new UsageError(USAGE);
  const results: GraphResult[] = [];
  for (const graph of graphs as Array<'seed' | 'bench'>) results.push(await measureGraph(graph, count));
  console.log(`\n${count} articles of ${ARTICLE_CHARS} characters each, one after another (after ${WARM_UP} not counted):`);
  console.log('graph  entities  index build s  articles/s  median ms  CPU ms/article (this process)  mentions/article');
  for (const r of results)
    console.log(
      `${r.graph.padEnd(6)} ${String(r.entities).padStart(8)}  ${r.indexSeconds.toFixed(1).padStart(13)}  ${r.articlesPerSecond.toFixed(2).padStart(10)}  ${r.medianMs.toFixed(0).padStart(9)}  ${r.cpuMsPerArticle.toFixed(0).padStart(29)}  ${r.mentionsPerArticle.toFixed(1).padStart(16)}`,
    );
  const [small, large] = results;
  if (small && large)
    console.log(
      `cost ratio ${large.graph}/${small.graph}: ${(small.articlesPerSecond / large.articlesPerSecond).toFixed(2)}x per article (target <= 1.5x), ` +
        `${(large.cpuMsPerArticle / small.cpuMsPerArticle).toFixed(2)}x CPU`,
    );
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? error.message : error);
  process.exit(error instanceof UsageError ? 2 : 1);
});
