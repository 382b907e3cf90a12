import type { AnswerDateResolvers, AnswerResolvers, FootnoteResolvers } from '../__generated__/resolvers';
import { requireEntity } from './lib/entities';
import { notFound } from '../../errors';

export const Answer: AnswerResolvers = {
  entities: (answer, _args, { loaders }) => Promise.all(answer.entityIds.map((id) => requireEntity(loaders, id, 'entity'))),
  documents: async (answer, _args, { loaders }) =>
    Promise.all(
      answer.documentIds.map(async (id) => {
        const document = await loaders.document.load(id);
        if (!document) throw notFound(`Document ${id} no longer exists.`);
        return document;
      }),
    ),
};

export const AnswerDate: AnswerDateResolvers = {
  entity: (item, _args, { loaders }) => requireEntity(loaders, item.entityId, 'entity'),
};

export const Footnote: FootnoteResolvers = {};
