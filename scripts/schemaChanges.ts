/**
 * The breaking-change check: the schema (schema/*.graphql) against the last released one
 * (schema/released/schema.graphql), compared by @graphql-inspector/core. A breaking change passes
 * only when the Unreleased section of CHANGELOG.md names it: in backticks, the coordinate
 * (`Entity.name`), the type (`CommonConnection`), or for a root field its name (`addAlias(...)`).
 * test/unit/schemaChanges.test.ts runs it on every `npm test`; `npm run schema:changes` lists all.
 * On a release, copy the schema into schema/released/ and give Unreleased its version number.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildSchema } from 'graphql';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { readTypeDefs } from '../src/graphql/typeDefs';

const ROOT = path.resolve(__dirname, '..');
export const RELEASED_SCHEMA = path.join(ROOT, 'schema/released/schema.graphql');
export const CHANGELOG = path.join(ROOT, 'CHANGELOG.md');
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/** The text of the changelog's `## [Unreleased]` section (empty when there is none). */
export function unreleasedSection(changelog: string): string {
  const start = changelog.search(/^## \[Unreleased\]/m);
  if (start < 0) return '';
  const rest = changelog.slice(start + 1);
  const end = rest.search(/^## /m);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Whether the section's backticked names cover a change at `changePath` ("Type.field.argument"). */
export function isNamed(changePath: string, section: string): boolean {
  const spans = [...section.matchAll(/`([^`]+)`/g)].map((match) => match[1]!.trim());
  const [type, field] = changePath.split('.');
  /** `span` is `name`, or starts with it and then something other than a name character. */
  const names = (span: string, name: string) => span === name || (span.startsWith(name) && !/^\w/.test(span.slice(name.length)));
  return spans.some(
    (span) => span === type || (field !== undefined && (names(span, `${type}.${field}`) || (ROOT_TYPES.has(type!) && names(span, field)))),
  );
}

/** The breaking changes from `released` to `current` that the changelog does not name. */
export async function unnamedBreakingChanges(released: string, current: string, changelog: string): Promise<Change[]> {
  const section = unreleasedSection(changelog);
  const changes = await diff(buildSchema(released), buildSchema(current));
  return changes.filter((change) => change.criticality.level === CriticalityLevel.Breaking && !isNamed(change.path ?? '', section));
}

/** The check on this repository's files. */
export function checkRepository(): Promise<Change[]> {
  return unnamedBreakingChanges(readFileSync(RELEASED_SCHEMA, 'utf8'), readTypeDefs(), readFileSync(CHANGELOG, 'utf8'));
}

if (require.main === module) {
  void (async () => {
    const all = await diff(buildSchema(readFileSync(RELEASED_SCHEMA, 'utf8')), buildSchema(readTypeDefs()));
    for (const change of all) console.log(`${change.criticality.level.padEnd(13)} ${change.message}`);
    const unnamed = await checkRepository();
    for (const change of unnamed) console.error(`not in CHANGELOG.md (Unreleased): ${change.message}`);
    process.exitCode = unnamed.length > 0 ? 1 : 0;
  })();
}
