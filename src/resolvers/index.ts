/** All resolvers, assembled. Each root field and type lives in its own module. */
import type { Resolvers } from '../__generated__/graphql';
import { Entity, entityTypeResolvers } from './Entity';
import { Document, EntityDate, Evidence, Mention } from './Evidence';
import { analysisResolvers } from './Analysis';
import { Mutation } from './Mutation';
import { history } from './Query/history';
import { writeResolvers } from './Writes';
import { commonConnections } from './Query/commonConnections';
import { document } from './Query/document';
import { documents } from './Query/documents';
import { entities } from './Query/entities';
import { entity } from './Query/entity';
import { neighborhood } from './Query/neighborhood';
import { paths } from './Query/paths';
import { search } from './Query/search';
import { timeline } from './Query/timeline';
import { Relation } from './Relation';
import { RelationConnection } from './RelationConnection';

export const resolvers: Resolvers = {
  Query: { entity, search, entities, paths, neighborhood, timeline, commonConnections, document, documents, history },
  Mutation,
  Entity,
  ...entityTypeResolvers,
  Relation,
  RelationConnection,
  Evidence,
  Mention,
  EntityDate,
  Document,
  ...analysisResolvers,
  ...writeResolvers,
};
