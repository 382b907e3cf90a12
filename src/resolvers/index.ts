/** All resolvers, assembled. Each root field and type lives in its own module. */
import type { Resolvers } from '../__generated__/graphql';
import { Entity, entityTypeResolvers } from './Entity';
import { EntityDate, Evidence, Mention } from './Evidence';
import { document } from './Query/document';
import { entity } from './Query/entity';
import { Relation } from './Relation';
import { RelationConnection } from './RelationConnection';

export const resolvers: Resolvers = {
  Query: { entity, document },
  Entity,
  ...entityTypeResolvers,
  Relation,
  RelationConnection,
  Evidence,
  Mention,
  EntityDate,
};
