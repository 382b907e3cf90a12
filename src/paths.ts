/**
 * Where the project's data folders are (schema/, seed/), whether the code runs from src/ (tsx)
 * or from dist/src/ (compiled, Docker): the nearest folder above this file with a package.json.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No package.json above ${start}`);
  }
}

export const PROJECT_ROOT = findProjectRoot(__dirname);
export const SCHEMA_DIR = path.join(PROJECT_ROOT, 'schema');
export const SEED_DIR = path.join(PROJECT_ROOT, 'seed');
/** The browser pages bundled by `npm run build:web` (scripts/build-web.ts); git-ignored. */
export const WEB_DIST_DIR = path.join(PROJECT_ROOT, 'dist', 'web');
