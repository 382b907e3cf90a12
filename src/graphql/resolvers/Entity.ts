/**
 * Fields shared by every entity type. The concrete object types (Person, Event, ...) all map to
 * EntityRecord, so one set of field resolvers serves them all.
 */
import type { EntityType } from '../../__generated__/graphql';
import type { EntityResolvers, PersonResolvers, Resolvers } from '../__generated__/resolvers';
import type { EntityRecord } from '../../store/records';
import { labelOf } from '../../domain/ontology';
import { prefetchOf } from '../plugins/prefetchPlan';
import { readPage } from './lib/pagination';
import { relationPageKey } from './lib/relationPageKey';

const objectTypes = new Map<EntityType, string>();

/** EntityType -> GraphQL object type name: POLICY_AREA -> PolicyArea (same as the Neo4j label); once per type, not per entity. */
export const objectTypeOf = (type: EntityType): string => {
  let name = objectTypes.get(type);
  if (name === undefined) objectTypes.set(type, (name = labelOf(type)));
  return name;
};

export const Entity: EntityResolvers = {
  __resolveType: (entity) => objectTypeOf(entity.type) as ReturnType<NonNullable<EntityResolvers['__resolveType']>>,
};

const entityFields: PersonResolvers = {
  mentions: (entity, _args, { loaders }) => loaders.mentions.load(entity.id),
  relations: (entity, args, { loaders }, info) =>
    readPage(args, (window) => loaders.relations.load(relationPageKey(entity.id, args, window, prefetchOf(info)))),
};

const eventFields = {
  ...entityFields,
  date: (entity: EntityRecord) => entity.date,
};

export const entityTypeResolvers: Resolvers = {
  Bloc: entityFields,
  Country: entityFields,
  Organization: entityFields,
  Group: entityFields,
  Person: entityFields,
  Initiative: entityFields,
  Law: entityFields,
  Agreement: entityFields,
  Event: eventFields,
  Technology: entityFields,
  PolicyArea: entityFields,
  Place: entityFields,
} as Resolvers;
