/** Name resolution without a database (issue #13): build an index, resolve a text, look up a name. */
export { buildNameIndex, type NameIndex } from './nameIndex';
export { resolveMentions } from './resolveMentions';
export { lookupName, lookupNameMatches } from './lookupName';
export type * from './types';
