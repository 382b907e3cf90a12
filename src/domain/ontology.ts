/**
 * The ontology as data, read from schema/ontology.graphql (the source of truth): entity types
 * and their Neo4j labels, relation types and the entity types each may connect (@connects).
 * Labels and relationship types used in Cypher come only from here, never from user text.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Kind, parse, type EnumTypeDefinitionNode, type ListValueNode } from 'graphql';
import type { EntityType, RelationType } from '../__generated__/graphql';
import { SCHEMA_DIR } from '../paths';

export interface RelationRule {
  from: ReadonlySet<EntityType>;
  to: ReadonlySet<EntityType>;
}

export interface Ontology {
  entityTypes: readonly EntityType[];
  relationTypes: readonly RelationType[];
  rules: ReadonlyMap<RelationType, RelationRule>;
}

/** BLOC -> Bloc, POLICY_AREA -> PolicyArea: the Neo4j label of an entity type. */
export function labelOf(type: EntityType): string {
  return type
    .toLowerCase()
    .split('_')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

export function isEntityType(value: string): value is EntityType {
  return (ontology().entityTypes as readonly string[]).includes(value);
}

export function isRelationType(value: string): value is RelationType {
  return ontology().rules.has(value as RelationType);
}

/** Whether `type` may connect an entity of type `from` to one of type `to`. */
export function allows(type: RelationType, from: EntityType, to: EntityType): boolean {
  const rule = ontology().rules.get(type);
  return rule !== undefined && rule.from.has(from) && rule.to.has(to);
}

let cached: Ontology | undefined;

export function ontology(): Ontology {
  cached ??= parseOntology(fs.readFileSync(path.join(SCHEMA_DIR, 'ontology.graphql'), 'utf8'));
  return cached;
}

export function parseOntology(sdl: string): Ontology {
  const enums = new Map<string, EnumTypeDefinitionNode>();
  for (const definition of parse(sdl).definitions) {
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION) enums.set(definition.name.value, definition);
  }
  const entityTypes = (enums.get('EntityType')?.values ?? []).map((value) => value.name.value as EntityType);
  const rules = new Map<RelationType, RelationRule>();
  for (const value of enums.get('RelationType')?.values ?? []) {
    const connects = value.directives?.find((directive) => directive.name.value === 'connects');
    const list = (name: string) => {
      const argument = connects?.arguments?.find((arg) => arg.name.value === name)?.value as ListValueNode | undefined;
      return new Set((argument?.values ?? []).map((item) => (item as { value: string }).value as EntityType));
    };
    if (!connects) throw new Error(`RelationType.${value.name.value} has no @connects in the ontology`);
    rules.set(value.name.value as RelationType, { from: list('from'), to: list('to') });
  }
  return { entityTypes, relationTypes: [...rules.keys()], rules };
}
