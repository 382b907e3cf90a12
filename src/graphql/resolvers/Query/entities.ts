import type { QueryResolvers } from '../../__generated__/resolvers';
import { listEntities } from '../../../store/entityList';
import { nameKey } from '../../../domain/nameKey';
import { boundedText, nonEmptyList, optionalDate } from '../lib/arguments';
import { readPage } from '../lib/pagination';

/** Query.entities: filtered, sorted, paged lists of entities. */
export const entities: QueryResolvers['entities'] = async (_parent, args, { db, loaders }) => {
  const prefix = args.namePrefix == null ? null : nameKey(boundedText(args.namePrefix, 'namePrefix', 300));
  const filter = {
    types: nonEmptyList(args.types),
    prefix: prefix === '' ? null : prefix,
    factsFrom: optionalDate(args.factsFrom, 'factsFrom'),
    factsTo: optionalDate(args.factsTo, 'factsTo'),
    factStatus: nonEmptyList(args.factStatus),
    orderBy: args.orderBy ?? 'NAME_ASC',
  };
  return readPage(args, async (window) => loaders.primed(await listEntities(db, { ...filter, ...window })));
};
