/** The schema's SDL, read from schema/*.graphql: the contract is those files, nothing else. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SCHEMA_DIR } from '../paths';

export function readTypeDefs(dir: string = SCHEMA_DIR): string {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => fs.readFileSync(path.join(dir, name), 'utf8'))
    .join('\n');
}
