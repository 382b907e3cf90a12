/**
 * What the name index costs in memory, built the way the server builds it (nameResolverOf: the
 * entities read from Neo4j, the verdicts, the index), in a process that does nothing else:
 *
 *   NEO4J_URI=bolt://localhost:7905 NEO4J_USER=neo4j NEO4J_PASSWORD=... \
 *     node --expose-gc --import tsx bench/nameIndexMemory.ts [--lookups]
 *
 * Prints heap used and RSS before, after the build (forced GC), the process's peak RSS over the
 * build (getrusage's maxrss), and what the index retains (heap after GC with it minus without).
 * `--lookups` also runs a few lookups first, so caches made on first use are counted.
 * `--serve S` then looks names up for S seconds (entity names, lower-cased, misspelt) and prints
 * the RSS peak meanwhile, sampled every 100 ms: what a serving process holds with the index.
 * `--synthetic N` builds the index in memory from the synthetic generator's N entities (related
 * ids from its facts, every fact taken as live) instead of reading Neo4j: no database needed.
 */
import { buildNameIndex, lookupName, lookupNameMatches, type NameEntity, type NameIndex } from '../src/domain/names';
import { generateSyntheticBundle } from './synthetic/generate';
import { connectCliDatabase } from '../src/cli/connectCliDatabase';
import { invalidateNameIndex, nameResolverOf } from '../src/services/lib/nameIndexCache';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

function settle(): NodeJS.MemoryUsage {
  for (let k = 0; k < 4; k += 1) gc!();
  return process.memoryUsage();
}

function line(label: string, usage: NodeJS.MemoryUsage): void {
  console.log(
    `${label.padEnd(28)} heapUsed ${mb(usage.heapUsed).padStart(7)} MB  rss ${mb(usage.rss).padStart(7)} MB  external ${mb(usage.external + usage.arrayBuffers).padStart(6)} MB`,
  );
}

function syntheticEntities(total: number): NameEntity[] {
  const bundle = generateSyntheticBundle({ entities: total, seed: 1 });
  const related = new Map<string, Set<string>>(bundle.entities.map((entity) => [entity.id, new Set<string>()]));
  for (const fact of bundle.facts) {
    if (fact.fromId === fact.toId) continue;
    related.get(fact.fromId)?.add(fact.toId);
    related.get(fact.toId)?.add(fact.fromId);
  }
  const ids = new Map(bundle.entities.map((entity) => [entity.id, entity.id]));
  return bundle.entities.map((entity) => ({
    id: entity.id,
    type: entity.type,
    name: entity.name,
    aliases: entity.aliases.map((text) => ({ text, scope: 'general' as const })),
    date: entity.date,
    related: [...related.get(entity.id)!].map((id) => ids.get(id)!),
    unresolved: entity.unresolved,
  }));
}

function lookups(index: NameIndex): void {
  for (const name of ['Hena Wilkunen', 'Minister Kiuchi', 'European Union', 'EU', 'Zzyzx Qwerty Foundation', 'Japan'])
    lookupNameMatches(name, index);
  lookupName('Digital Partnership Council', index);
}

async function inMemory(total: number): Promise<void> {
  let entities: NameEntity[] | undefined = syntheticEntities(total);
  const before = settle();
  line(`before (${entities.length} entities)`, before);
  const started = Date.now();
  let index: NameIndex | undefined = buildNameIndex(entities);
  const ms = Date.now() - started;
  entities = undefined;
  if (process.argv.includes('--lookups')) lookups(index);
  const built = settle();
  line('built (after GC)', built);
  console.log(`build ${(ms / 1000).toFixed(1)} s wall, entities ${index.entities.size}`);
  index = undefined;
  const dropped = settle();
  line('index dropped (after GC)', dropped);
  console.log(`index retains ${mb(built.heapUsed - dropped.heapUsed)} MB of heap`);
}

/** The build in a frame of its own: nothing of the index stays reachable from the caller's. */
async function buildOnce(db: Parameters<typeof nameResolverOf>[0]) {
  const started = Date.now();
  const resolver = await nameResolverOf(db);
  const ms = Date.now() - started;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  if (process.argv.includes('--lookups')) lookups(resolver.index);
  const serve = process.argv.indexOf('--serve');
  if (serve >= 0) await serveFor(resolver.index, Number(process.argv[serve + 1]) * 1000);
  return { built: settle(), ms, peakRss, entities: resolver.index.entities.size };
}

async function serveFor(index: NameIndex, ms: number): Promise<void> {
  const names: string[] = [];
  let k = 0;
  for (const entity of index.entities.values())
    if (k++ % 97 === 0) names.push(entity.name, entity.name.toLowerCase(), entity.name.replace(/e/, 'a'));
  let peak = 0;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
  const timer = setInterval(sample, 100);
  const until = Date.now() + ms;
  let lookupsDone = 0;
  while (Date.now() < until) {
    for (let n = 0; n < 20; n += 1) lookupNameMatches(names[lookupsDone++ % names.length]!, index);
    await new Promise((resolve) => setImmediate(resolve));
  }
  clearInterval(timer);
  sample();
  console.log(`served ${lookupsDone} lookups in ${ms / 1000} s: RSS peak ${mb(peak)} MB`);
}

async function main(): Promise<void> {
  const synthetic = process.argv.indexOf('--synthetic');
  if (synthetic >= 0) return inMemory(Number(process.argv[synthetic + 1]));
  const { db, target } = connectCliDatabase({ txTimeoutMs: 600_000 });
  console.log(`graph: ${target}`);
  try {
    await db.verifyConnectivity();
    const before = settle();
    line('before', before);
    const { built, ms, peakRss, entities } = await buildOnce(db);
    line('built (after GC)', built);
    console.log(`build ${(ms / 1000).toFixed(1)} s wall, peak RSS during build ${mb(peakRss)} MB, entities ${entities}`);
    invalidateNameIndex();
    const dropped = settle();
    line('index dropped (after GC)', dropped);
    console.log(
      `index retains ${mb(built.heapUsed - dropped.heapUsed)} MB of heap (+${mb(built.external - dropped.external + built.arrayBuffers - dropped.arrayBuffers)} MB outside it)`,
    );
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
