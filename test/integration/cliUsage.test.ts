/**
 * Every command-line tool refuses an unknown option, command or bad value with its usage and
 * exit 2, before it starts, connects to or changes anything (seed and ingest: see
 * seedGraph.test.ts and ingestBundle.test.ts).
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

function run(script: string, args: string[]) {
  // NEO4J_URI points nowhere reachable: a tool that got past its arguments would fail differently (exit 1).
  const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [script, ...args], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:9', SOAK_URL: 'http://127.0.0.1:9/graphql' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr.trim(), stdout: result.stdout.trim() };
}

const cases: Array<[string, string, string[], RegExp]> = [
  [
    'neo4j/cli.ts, an unknown option',
    'neo4j/cli.ts',
    ['status', '--instanse', 'test'],
    /Unknown option --instanse\.\n.*Usage: neo4j\/cli\.ts/,
  ],
  ['neo4j/cli.ts, an unknown command', 'neo4j/cli.ts', ['restart'], /Usage: neo4j\/cli\.ts/],
  ['neo4j/cli.ts, an unknown instance', 'neo4j/cli.ts', ['stop', '--instance', 'prod'], /Unknown instance "prod"/],
  ['neo4j/cli.ts, no command', 'neo4j/cli.ts', [], /Usage: neo4j\/cli\.ts/],
  ['withLocalNeo4j.ts, no tool', 'neo4j/withLocalNeo4j.ts', [], /Usage: neo4j\/withLocalNeo4j\.ts/],
  ['bench, an unknown option', 'bench/cli.ts', ['--quik'], /Unknown option --quik\.\nUsage: npm run bench/],
  ['bench, a duration that is not a number', 'bench/cli.ts', ['--duration', 'long'], /--duration does not take "long"/],
  ['soak, an unknown option', 'bench/soak/cli.ts', ['--second', '5'], /Unknown option --second\.\nUsage: npm run soak/],
  ['soak, a write share above 1', 'bench/soak/cli.ts', ['--write-share', '2'], /--write-share does not take "2"/],
  ['eval, an unknown option', 'bench/names-eval/cli.ts', ['--spilt', 'dev'], /Unknown option --spilt\.\nUsage: npm run eval/],
  ['eval, an unknown split', 'bench/names-eval/cli.ts', ['--split', 'test'], /--split is dev or heldout, not "test"/],
  ['seed:synthetic, an unknown option', 'bench/synthetic/seedSynthetic.ts', ['--entities', '10', '--rest'], /Unknown option --rest\./],
  ['seed:synthetic, no --entities', 'bench/synthetic/seedSynthetic.ts', [], /Usage: npm run seed:synthetic/],
  ['export, an unknown format', 'src/cli/export.ts', ['graph.xlsx'], /Usage: npm run export/],
  ['export, a dossier without --entity', 'src/cli/export.ts', ['dossier'], /A dossier needs --entity\./],
  ['profileSummary, an option', 'bench/profileSummary.ts', ['--top', '5'], /Unknown option --top\./],
];

describe('command-line usage errors', () => {
  it.each(cases)('%s: usage and exit 2', (_name, script, args, message) => {
    const result = run(script, args);
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 2, stderr: expect.stringMatching(message) });
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
