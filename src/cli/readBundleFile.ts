/**
 * Reads a bundle file (YAML or JSON): `{ documents: [...], entities: [...], facts: [...] }` in the
 * seed's formats; a document's text is inline (`text`) or in a file beside it (`textFile`).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { InvalidBundleError } from '../domain/bundle/resolvedBundle';
import type { RawBundle } from '../domain/bundle/rawBundle';

export function readBundleFile(file: string): RawBundle {
  const label = path.basename(file);
  let parsed: unknown;
  try {
    parsed = parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InvalidBundleError([{ file: label, path: '', message: `cannot read: ${(error as Error).message.split('\n')[0]}` }]);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new InvalidBundleError([{ file: label, path: '', message: 'must be a mapping with documents, entities and facts lists' }]);
  }
  const bundle: RawBundle = { documents: [], entities: [], facts: [] };
  for (const key of ['documents', 'entities', 'facts'] as const) {
    const list = (parsed as Record<string, unknown>)[key] ?? [];
    if (!Array.isArray(list)) throw new InvalidBundleError([{ file: label, path: key, message: 'must be a list' }]);
    for (const value of list) {
      if (key === 'documents' && value && typeof value === 'object' && typeof (value as { textFile?: unknown }).textFile === 'string') {
        const textFile = path.resolve(path.dirname(file), (value as { textFile: string }).textFile);
        if (fs.existsSync(textFile)) (value as { text?: string }).text = fs.readFileSync(textFile, 'utf8');
      }
      bundle[key].push({ file: label, value });
    }
  }
  return bundle;
}
