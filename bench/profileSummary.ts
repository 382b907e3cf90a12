/**
 * npx tsx bench/profileSummary.ts FILE.cpuprofile [N]: where a V8 CPU profile spent its time,
 * by package (node_modules/<name>, our src/, node internals) and the top N functions by self time.
 */
import * as fs from 'node:fs';
import { parseFlags } from '../src/cli/parseFlags';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function packageOf(url: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1]!;
  if (url.includes('/src/')) return 'partnership-graph src/';
  return url === '' ? '(native, GC, idle)' : url.startsWith('node:') ? 'node internals' : 'other';
}

const USAGE = 'Usage: tsx bench/profileSummary.ts FILE.cpuprofile [N]';
function refuse(message: string): never {
  console.error(message);
  process.exit(2);
}
function positionalArguments(argv: string[]): string[] {
  try {
    return parseFlags(argv, {}, USAGE).positional;
  } catch (error) {
    return refuse((error as Error).message);
  }
}
const [file, count = '20', ...extra] = positionalArguments(process.argv.slice(2));
if (!file || extra.length > 0 || !/^[1-9]\d*$/.test(count)) refuse(USAGE);
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfTime = new Map<number, number>();
profile.samples.forEach((id, index) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
const total = [...selfTime.values()].reduce((sum, value) => sum + value, 0);
const share = (micros: number) => `${((100 * micros) / total).toFixed(1).padStart(5)}%`;

const packages = new Map<string, number>();
const functions = new Map<string, number>();
for (const [id, micros] of selfTime) {
  const frame = byId.get(id)!.callFrame;
  packages.set(packageOf(frame.url), (packages.get(packageOf(frame.url)) ?? 0) + micros);
  const name = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*node_modules\//, '')}:${frame.lineNumber + 1}`;
  functions.set(name, (functions.get(name) ?? 0) + micros);
}
console.log(`${(total / 1e6).toFixed(1)} s sampled\n\nby package:`);
for (const [name, micros] of [...packages].sort((a, b) => b[1] - a[1])) console.log(`  ${share(micros)}  ${name}`);
console.log(`\ntop ${count} functions by self time:`);
for (const [name, micros] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, Number(count))) console.log(`  ${share(micros)}  ${name}`);
