/**
 * The words of the ontology: for each relation type, the verbs and nouns by which a question
 * asks for it, and the phrase an answer states it with; for entity types, the nouns by which a
 * question asks for one ("which city", "which technologies"). Data, not code: a new relation
 * type gets its words here (test/unit/ask/lexicon.test.ts checks every type has some).
 * Cues are compared as Porter stems, word by word ("co-chairing" matches "co-chair").
 */
import type { EntityType, RelationType } from '../../__generated__/graphql';

export interface RelationWords {
  /** Word sequences that ask for this relation. */
  cues: string[];
  /** How an answer states `(from) -> (to)`: "signed", "took part in". */
  phrase: string;
  /** The same, for a planned or expected fact: "is to sign", "is to take part in". */
  future: string;
}

export const RELATION_WORDS: Record<RelationType, RelationWords> = {
  MEMBER_OF: { cues: ['member', 'members', 'belong', 'membership'], phrase: 'is a member of', future: 'is to become a member of' },
  PART_OF: {
    cues: ['part of', 'department', 'unit of', 'belong to', 'within', 'under which'],
    phrase: 'is part of',
    future: 'is to be part of',
  },
  HOLDS_OFFICE: {
    cues: [
      'office',
      'position',
      'post',
      'title',
      'role',
      'job',
      'serve as',
      'minister of',
      'president of',
      'head',
      'heads',
      'lead',
      'leads',
      'chief',
    ],
    phrase: 'holds office in',
    future: 'is to hold office in',
  },
  PARTNER_OF: { cues: ['partner', 'partners', 'partnership'], phrase: 'is a partner of', future: 'is to become a partner of' },
  COOPERATES_WITH: {
    cues: ['cooperate', 'co-operate', 'cooperation', 'collaborate', 'collaboration', 'work with', 'work together', 'working with'],
    phrase: 'cooperates with',
    future: 'is to cooperate with',
  },
  COORDINATES_WITH: {
    cues: ['coordinate with', 'coordinating with', 'coordination with'],
    phrase: 'coordinates with',
    future: 'is to coordinate with',
  },
  CALLS_ON: { cues: ['call on', 'call upon', 'urge', 'ask'], phrase: 'calls on', future: 'is to call on' },
  CALLS_FOR: { cues: ['call for', 'push for', 'demand', 'joint call'], phrase: 'calls for', future: 'is to call for' },
  ENCOURAGED_TO_JOIN: {
    // "Encouraged to take part in" asks for this; a bare "take part in" asks who took part (PARTICIPATED_IN).
    cues: ['encourage', 'invite', 'join', 'encourage to take part', 'invite to take part', 'sign up'],
    phrase: 'is encouraged to join',
    future: 'is to be encouraged to join',
  },
  CONNECTS: { cues: ['connect', 'bring together', 'link up'], phrase: 'connects', future: 'is to connect' },
  PARTICIPATED_IN: {
    cues: ['attend', 'participate', 'participant', 'take part', 'took part', 'hold', 'held', 'meet', 'there', 'present at'],
    phrase: 'took part in',
    future: 'is to take part in',
  },
  CO_CHAIRED: { cues: ['co-chair', 'cochair', 'chair', 'preside over'], phrase: 'co-chaired', future: 'is to co-chair' },
  HELD_IN: {
    cues: ['where', 'held in', 'take place', 'city', 'venue', 'host', 'location', 'place'],
    phrase: 'is held in',
    future: 'is to be held in',
  },
  FOLLOWS: { cues: ['follow', 'next', 'previous', 'after', 'before', 'succeed', 'precede'], phrase: 'follows', future: 'is to follow' },
  CONVENED_UNDER: {
    cues: ['under', 'convene', 'meeting of', 'council of', 'framework of'],
    phrase: 'is convened under',
    future: 'is to be convened under',
  },
  SIGNED: { cues: ['sign', 'signatory', 'signatories', 'signing', 'conclude', 'parties'], phrase: 'signed', future: 'is to sign' },
  SIGNED_AT: {
    cues: ['signed at', 'signed during', 'at which summit', 'at which event', 'which summit'],
    phrase: 'was signed at',
    future: 'is to be signed at',
  },
  PARTY_TO: { cues: ['party to', 'parties to', 'parties'], phrase: 'is a party to', future: 'is to become a party to' },
  LAUNCHED: {
    cues: ['launch', 'set up', 'initiate', 'start', 'create', 'establish', 'found', 'introduce', 'announce', 'behind'],
    phrase: 'launched',
    future: 'is to launch',
  },
  LAUNCHED_AT: {
    cues: ['launched at', 'launched during', 'announced at', 'where was launched'],
    phrase: 'was launched at',
    future: 'is to be launched at',
  },
  OUTCOME_OF: {
    cues: ['outcome', 'outcomes', 'result', 'results', 'agree', 'agreed', 'deliverable', 'achieve', 'come out of', 'listed among'],
    phrase: 'is an outcome of',
    future: 'is to be an outcome of',
  },
  SUPPORTS: { cues: ['support', 'back', 'commit', 'endorse', 'champion', 'promote'], phrase: 'supports', future: 'is to support' },
  ADOPTS: { cues: ['adopt', 'law', 'sign off', 'pass', 'approve', 'enact', 'in force'], phrase: 'adopts', future: 'is to adopt' },
  IMPLEMENTS: {
    cues: ['implement', 'put into practice', 'carry out', 'realise', 'realize'],
    phrase: 'implements',
    future: 'is to implement',
  },
  BUILDS_ON: { cues: ['build on', 'builds on', 'based on', 'extend'], phrase: 'builds on', future: 'is to build on' },
  PREPARES_FOR: { cues: ['prepare', 'get ready', 'ahead of', 'compliance', 'comply'], phrase: 'prepares for', future: 'is to prepare for' },
  COVERS: {
    cues: [
      'about',
      'cover',
      'topic',
      'topics',
      'discuss',
      'focus',
      'concern',
      'agenda',
      'talk about',
      'deal with',
      'area',
      'areas',
      'field',
      'fields',
      'on which',
      'example of',
      'promote',
      'address',
      'include',
    ],
    phrase: 'covers',
    future: 'is to cover',
  },
  REGULATES: { cues: ['regulate', 'rule', 'rules', 'govern', 'regulation of', 'apply to'], phrase: 'regulates', future: 'is to regulate' },
  SUPERVISES: {
    cues: ['supervise', 'oversee', 'supervisor', 'supervision', 'enforce', 'monitor', 'police'],
    phrase: 'supervises',
    future: 'is to supervise',
  },
  COORDINATES: { cues: ['coordination body', 'coordinate', 'coordinating'], phrase: 'coordinates', future: 'is to coordinate' },
  HELD_PRESIDENCY_OF: {
    cues: ['presidency', 'preside', 'president of'],
    phrase: 'held the presidency of',
    future: 'is to hold the presidency of',
  },
};

const ACTORS: EntityType[] = ['BLOC', 'COUNTRY', 'ORGANIZATION', 'GROUP', 'PERSON'];
const TOPICS: EntityType[] = ['TECHNOLOGY', 'POLICY_AREA'];

/** Nouns that ask for an entity of some types ("which city", "which ministers", "whom"). */
export const TYPE_NOUNS: Array<{ cues: string[]; types: EntityType[] }> = [
  { cues: ['who', 'whom', 'whose', 'party', 'parties', 'signatory', 'signatories', 'actor', 'participant'], types: ACTORS },
  {
    cues: ['person', 'people', 'minister', 'ministers', 'official', 'officials', 'leader', 'leaders', 'commissioner', 'president'],
    types: ['PERSON'],
  },
  { cues: ['country', 'countries', 'state', 'nation'], types: ['COUNTRY', 'BLOC'] },
  {
    cues: ['body', 'bodies', 'organisation', 'organization', 'institution', 'agency', 'group', 'groups', 'company', 'companies'],
    types: ['ORGANIZATION', 'GROUP', 'BLOC', 'COUNTRY'],
  },
  { cues: ['city', 'cities', 'town', 'place', 'where'], types: ['PLACE'] },
  {
    cues: ['council', 'councils', 'meeting', 'meetings', 'event', 'events', 'summit', 'summits', 'dialogue', 'conference', 'gathering'],
    types: ['EVENT'],
  },
  { cues: ['agreement', 'agreements', 'memorandum', 'letter', 'deal', 'treaty', 'partnership'], types: ['AGREEMENT'] },
  { cues: ['law', 'laws', 'regulation', 'act', 'legislation'], types: ['LAW'] },
  { cues: ['initiative', 'initiatives', 'programme', 'program', 'process', 'project', 'framework', 'forum'], types: ['INITIATIVE'] },
  { cues: ['technology', 'technologies', 'tech'], types: ['TECHNOLOGY'] },
  {
    cues: ['topic', 'topics', 'area', 'areas', 'field', 'fields', 'issue', 'issues', 'subject', 'subjects', 'theme', 'themes'],
    types: TOPICS,
  },
];

export const ACTOR_TYPES: ReadonlySet<EntityType> = new Set(ACTORS);

/**
 * Type nouns that name a kind of thing within its type, and are written into the names of that kind
 * ("Third ... Council", "28th EU-Japan Summit"): a count of councils is not a count of summits. Generic
 * nouns ("meeting", "event", "agreement") are not here: any event is a meeting, whatever its name says.
 */
export const KIND_NOUNS = [
  'council',
  'councils',
  'summit',
  'summits',
  'dialogue',
  'dialogues',
  'forum',
  'memorandum',
  'letter',
  'treaty',
  'act',
];
