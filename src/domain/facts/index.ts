/** Fact proposals without a database (issue #14): propose typed facts from a resolved text. */
export { proposeFacts, MIN_CONFIDENCE, type ProposeInput } from './proposeFacts';
export { RELATION_CUES, type RelationCues } from './cues';
export type * from './types';
