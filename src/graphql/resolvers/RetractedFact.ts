import type { RetractedFactResolvers } from '../__generated__/resolvers';

export const RetractedFact: RetractedFactResolvers = {
  reason: (fact) => fact.retractReason,
  retractedBy: (fact) => fact.retractedBy,
  retractedAt: (fact) => fact.retractedAt,
};
