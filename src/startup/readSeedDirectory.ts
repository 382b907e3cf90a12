/**
 * Reads the seed directory into a raw bundle: seed/documents/*.yaml (metadata, text in the file
 * named by `textFile`), seed/entities.yaml and seed/facts.yaml. Parsing errors become bundle
 * problems with the file name, so a broken seed fails with the same report as an invalid one.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { InvalidBundleError, type BundleProblem } from '../domain/bundle/resolvedBundle';
import type { RawBundle } from '../domain/bundle/rawBundle';
import { SEED_DIR } from '../paths';

export function readSeedDirectory(dir: string = SEED_DIR): RawBundle {
  const problems: BundleProblem[] = [];
  const bundle: RawBundle = { documents: [], entities: [], facts: [] };
  const relative = (file: string) => path.relative(process.cwd(), file);

  const readYaml = (file: string): unknown => {
    try {
      return parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push({ file: relative(file), path: '', message: `cannot read YAML: ${(error as Error).message.split('\n')[0]}` });
      return undefined;
    }
  };

  const documentsDir = path.join(dir, 'documents');
  const metadataFiles = fs.existsSync(documentsDir)
    ? fs
        .readdirSync(documentsDir)
        .filter((name) => name.endsWith('.yaml'))
        .sort()
    : [];
  for (const name of metadataFiles) {
    const file = path.join(documentsDir, name);
    const value = readYaml(file);
    if (value && typeof value === 'object' && typeof (value as { textFile?: unknown }).textFile === 'string') {
      const textFile = path.join(documentsDir, (value as { textFile: string }).textFile);
      if (fs.existsSync(textFile)) (value as { text?: string }).text = fs.readFileSync(textFile, 'utf8');
      else problems.push({ file: relative(file), path: 'textFile', message: `no such file ${relative(textFile)}` });
    }
    if (value !== undefined) bundle.documents.push({ file: relative(file), value });
  }

  for (const [key, name] of [
    ['entities', 'entities.yaml'],
    ['facts', 'facts.yaml'],
  ] as const) {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) continue;
    const value = readYaml(file);
    if (value === undefined || value === null) continue;
    if (!Array.isArray(value)) {
      problems.push({ file: relative(file), path: '', message: 'must be a YAML list' });
      continue;
    }
    for (const item of value) bundle[key].push({ file: relative(file), value: item });
  }

  if (problems.length > 0) throw new InvalidBundleError(problems);
  return bundle;
}
