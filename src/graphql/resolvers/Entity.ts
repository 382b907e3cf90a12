/**
 * Fields shared by every entity type. The concrete object types (Person, Event, ...) all map to
 * EntityRecord, so one set of field resolvers serves them all.
 */
import type { EntityType } from '../../__generated__/graphql';
import type { EntityResolvers, PersonResolvers, Resolvers } from '../__generated__/resolvers';
import type { EntityRecord } from '../../store/records';
import { labelOf } from '../../domain/ontology';
import { prefetchOf } from '../plugins/prefetchPlan';
import { nonEmptyList, optionalDate } from './lib/arguments';
import { pageWindow } from './lib/pagination';

/** EntityType -> GraphQL object type name: POLICY_AREA -> PolicyArea (same as the Neo4j label). */
export const objectTypeOf = (type: EntityType): string => labelOf(type);

export const Entity: EntityResolvers = {
  __resolveType: (entity) => objectTypeOf(entity.type) as ReturnType<NonNullable<EntityResolvers['__resolveType']>>,
};

const entityFields: PersonResolvers = {
  mentions: (entity, _args, { loaders }) => loaders.mentions.load(entity.id),
  relations: async (entity, { types, direction, status, from, to, first, after }, { loaders }, info) => {
    const window = pageWindow(first, after);
    return loaders.relations.load({
      entityId: entity.id,
      filter: {
        types: nonEmptyList(types),
        direction: direction ?? 'BOTH',
        statuses: nonEmptyList(status),
        from: optionalDate(from, 'from'),
        to: optionalDate(to, 'to'),
        ...window,
      },
      prefetch: prefetchOf(info),
    });
  },
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
