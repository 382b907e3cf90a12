import type { QueryResolvers } from '../../__generated__/resolvers';
import { listEntities } from '../../../store/entityList';
import { nameKey } from '../../../domain/nameKey';
import { boundedText, nonEmptyList, optionalDate } from '../lib/arguments';
import { readPage } from '../lib/pagination';
import { relationPagePlansAt } from '../lib/relationsAhead';

/**
 * Query.entities: filtered, sorted, paged lists of entities. When the nodes select one
 * `relations` field, each node's page of it comes in the list's statement and waits in the
 * relation loader for Entity.relations: one round trip for both (lib/relationsAhead.ts).
 */
export const entities: QueryResolvers['entities'] = async (_parent, args, { db, loaders }, info) => {
  const prefix = args.namePrefix == null ? null : nameKey(boundedText(args.namePrefix, 'namePrefix', 300));
  const filter = {
    types: nonEmptyList(args.types),
    prefix: prefix === '' ? null : prefix,
    factsFrom: optionalDate(args.factsFrom, 'factsFrom'),
    factsTo: optionalDate(args.factsTo, 'factsTo'),
    factStatus: nonEmptyList(args.factStatus),
    orderBy: args.orderBy ?? 'NAME_ASC',
  };
  const plans = [...new Map(relationPagePlansAt(info, ['edges', 'node']).map((plan) => [JSON.stringify(plan), plan])).values()];
  // Relations fields of different arguments (aliases) are left to the relation loader.
  const [relations = null] = plans.length === 1 ? plans : [];
  return readPage(args, async (window) => {
    const { page, relationPages } = loaders.primed(await listEntities(db, { ...filter, ...window }, relations));
    if (relations && relationPages)
      for (const [entityId, relationPage] of relationPages) loaders.relations.prime({ entityId, ...relations }, relationPage);
    return page;
  });
};
