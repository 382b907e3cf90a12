/**
 * The cue lexicon: which words make a sentence state which relation type. Rules are data: the
 * reader has no branch per relation type, it only reads these entries (and the ontology's
 * @connects, which says which entity types each type joins).
 *
 * A phrase is a sequence of words as wink-nlp splits them, lower-case; a word ending in `*` matches
 * any word it begins ("sign*": signed, signs, signing, signatories). Phrases are general English
 * for the relation, never one article's wording.
 */
import type { RelationType } from '../../__generated__/graphql';

export interface RelationCues {
  type: RelationType;
  phrases: readonly string[];
  /** The confidence of a proposal whose cue is one of `phrases`. */
  confidence: number;
  /** Proposed without any phrase, at this confidence (the relation is plain from the two types). */
  implicit?: number;
  /**
   * The side that is one per statement: each end of the other side pairs with its nearest end of
   * this side ("co-chaired by A, B and C": three people, one council).
   */
  one?: 'from' | 'to';
  /** Sides that may be the document's frame (its main event or agreement) when the sentence names none. */
  frame?: ReadonlyArray<'from' | 'to'>;
  /** Read both ways: the order of the ends does not matter. */
  symmetric?: boolean;
  /**
   * The phrases count inside an end's name too: an ordinal that places an event in its series
   * ("the next Digital Partnership Council" follows the document's council).
   */
  inName?: boolean;
  /**
   * The `from` end does what the cue says (signs, launches, supports): it stands before a verb cue,
   * right before a noun cue, or after the cue behind "by" (agents.ts).
   */
  agent?: boolean;
  /** A relation that holds outside time (an order, a part): the sentence's date does not date it. */
  undated?: boolean;
  /** The `from` end is the later one: when both ends have dates, one before the other is refused. */
  fromLater?: boolean;
  /** Only these entity types may be the `from` end (narrower than the relation's @connects). */
  fromTypes?: readonly string[];
}

export const RELATION_CUES: readonly RelationCues[] = [
  { type: 'CO_CHAIRED', phrases: ['co-chair*', 'co chair*', 'chair*', 'presided', 'hosted by'], confidence: 0.9, one: 'to', frame: ['to'] },
  {
    type: 'PARTICIPATED_IN',
    phrases: [
      'held',
      'hold*',
      'attend*',
      'participat*',
      'took part',
      'take part',
      'taking part',
      'met',
      'meet*',
      'gather*',
      'joined',
      'convened',
      'represented',
    ],
    confidence: 0.75,
    one: 'to',
  },
  // Present at a meeting without a verb of attending: "At the Council both sides will say",
  // "Prime Minister Kishida, with President Michel, at the EU-Japan Summit". Only people and
  // parties, as the subject: an organisation named there is what they announce ("a cooperation
  // between the AI Office and the Safety Institute at the Council").
  { type: 'PARTICIPATED_IN', phrases: ['at', 'during'], confidence: 0.6, one: 'to', agent: true, fromTypes: ['PERSON', 'BLOC', 'COUNTRY'] },
  {
    type: 'HELD_IN',
    phrases: ['held', 'hold*', 'took place', 'take place', 'takes place', 'hosted', 'in', 'at'],
    confidence: 0.8,
    one: 'to',
    frame: ['from'],
  },
  // The earlier meeting is named ("since the second Council"): the document's event follows it.
  {
    type: 'FOLLOWS',
    phrases: ['since', 'follow*', 'after', 'previous', 'preceding', 'last', 'succeed*'],
    confidence: 0.75,
    frame: ['from'],
    fromLater: true,
    undated: true,
  },
  // The later meeting is named by its place in the series ("the next Council"): it follows the document's.
  {
    type: 'FOLLOWS',
    phrases: ['next', 'upcoming', 'subsequent', 'forthcoming'],
    confidence: 0.75,
    frame: ['to'],
    inName: true,
    fromLater: true,
    undated: true,
  },
  { type: 'CONVENED_UNDER', phrases: ['under', 'within', 'framework', 'as part of'], confidence: 0.6, one: 'to' },
  { type: 'SIGNED', agent: true, phrases: ['sign*', 'ink*', 'conclud*', 'exchang*'], confidence: 0.85, one: 'to' },
  {
    type: 'PARTY_TO',
    agent: true,
    phrases: ['formali*', 'enter* into', 'party', 'parties to', 'agreed on', 'adopted'],
    confidence: 0.7,
    one: 'to',
  },
  {
    type: 'SIGNED_AT',
    phrases: ['sign*', 'ink*', 'conclud*', 'on the sidelines', 'on the margins'],
    confidence: 0.8,
    one: 'to',
    frame: ['to'],
  },
  {
    type: 'LAUNCHED',
    agent: true,
    phrases: ['launch*', 'set up', 'sets up', 'setting up', 'establish*', 'introduc*', 'unveil*', 'kick* off', 'inaugurat*', 'initiat*'],
    confidence: 0.8,
    one: 'to',
  },
  {
    type: 'LAUNCHED_AT',
    phrases: ['launch*', 'set up', 'establish*', 'unveil*', 'kick* off', 'inaugurat*'],
    confidence: 0.75,
    one: 'to',
    // Not the frame: a launch the sentence does not place is as often earlier or elsewhere (dev:
    // 0 of 7 frame proposals right, "the AI channel, which was established" in 2023).
  },
  {
    type: 'OUTCOME_OF',
    // "agreed to the following": a lead-in whose items are the meeting's outcomes (listItems.ts).
    phrases: [
      'outcome*',
      'result*',
      'deliverable*',
      'concluded with',
      'achievement*',
      'agreed to the following',
      'agreed on the following',
    ],
    confidence: 0.7,
    one: 'to',
    frame: ['to'],
  },
  {
    type: 'SUPPORTS',
    agent: true,
    phrases: [
      'support*',
      'commit*',
      'endors*',
      'welcom*',
      'back*',
      'fund*',
      'promot*',
      'contribut*',
      'reaffirm*',
      'advanc*',
      'uphold*',
      'pledg*',
      'champion*',
      'focusing on',
      'participat*',
      'join*',
      // An actor that carries out or pursues an initiative or law stands behind it.
      'implement*',
      'pursu*',
    ],
    confidence: 0.65,
    one: 'to',
  },
  {
    type: 'COOPERATES_WITH',
    phrases: ['cooperat*', 'co-operat*', 'collaborat*', 'work* together', 'work* with', 'work* closely', 'partner* with', 'team* up'],
    confidence: 0.75,
    symmetric: true,
  },
  { type: 'PARTNER_OF', phrases: ['partnership*', 'partners', 'allies', 'ally', 'alliance'], confidence: 0.7, symmetric: true },
  { type: 'COORDINATES_WITH', agent: true, phrases: ['coordinat*', 'co-ordinat*', 'align*'], confidence: 0.6 },
  { type: 'CALLS_ON', agent: true, phrases: ['call* on', 'call* upon', 'urg*', 'ask*', 'invit*'], confidence: 0.6 },
  { type: 'CALLS_FOR', agent: true, phrases: ['call* for', 'urg*', 'demand*', 'push* for'], confidence: 0.6 },
  { type: 'ENCOURAGED_TO_JOIN', phrases: ['encourag*', 'invit*'], confidence: 0.6 },
  { type: 'CONNECTS', phrases: ['connect*', 'bring* together', 'brought together', 'network*', 'link*'], confidence: 0.6 },
  { type: 'MEMBER_OF', phrases: ['member*', 'belong*'], confidence: 0.7 },
  { type: 'PART_OF', phrases: ['part of', 'within', 'department', 'unit', 'under', 'agency of'], confidence: 0.6 },
  { type: 'ADOPTS', agent: true, phrases: ['adopt*', 'pass*', 'approv*', 'enact*'], confidence: 0.7 },
  {
    type: 'IMPLEMENTS',
    phrases: ['implement*', 'put* into practice', 'operationali*', 'deliver* on', 'in line with'],
    confidence: 0.7,
    one: 'to',
  },
  {
    type: 'BUILDS_ON',
    phrases: ['build* on', 'built on', 'based on', 'strengthen*', 'expand*', 'extend*', 'deepen*', 'framework'],
    confidence: 0.6,
    one: 'to',
  },
  { type: 'PREPARES_FOR', phrases: ['prepar*', 'ahead of', 'comply', 'compliance'], confidence: 0.6 },
  { type: 'REGULATES', phrases: ['regulat*', 'rules on', 'rules for', 'governs', 'govern'], confidence: 0.6 },
  { type: 'SUPERVISES', agent: true, phrases: ['supervis*', 'oversee*', 'oversight', 'enforc*', 'monitor*'], confidence: 0.6 },
  { type: 'COORDINATES', agent: true, phrases: ['coordinat*', 'co-ordinat*', 'centre of', 'center of'], confidence: 0.55 },
  // Read from a title beside a name (officeHolders.ts, officeTitles.ts), not from phrases here.
  { type: 'HOLDS_OFFICE', phrases: [], confidence: 0.8 },
  { type: 'HELD_PRESIDENCY_OF', phrases: ['presidency', 'presides', 'presided'], confidence: 0.8, one: 'to' },
  {
    type: 'COVERS',
    phrases: [
      'cover*',
      'on',
      'focus*',
      'includ*',
      'such as',
      'area*',
      'field*',
      'topic*',
      'discuss*',
      'address*',
      'regarding',
      'related to',
      'concerning',
      'cooperat*',
      'collaborat*',
      'research',
      'exchang*',
      'enhanc*',
      'applications',
    ],
    confidence: 0.7,
    implicit: 0.45,
    one: 'from',
    frame: ['from'],
  },
];

/**
 * Words a stem seems to match that are other words ("sign*" is not "significant", "join*" not
 * "joint"): never a relation's cue.
 */
export const NOT_CUES: ReadonlySet<string> = new Set([
  'significant',
  'significantly',
  'significance',
  'signal',
  'signals',
  'joint',
  'jointly',
  'fundamental',
  'fundamentally',
  'background',
  'committee',
  'committees',
  'inclusive',
  'focal',
  'partly',
]);

export const RELATION_CUES_BY_TYPE: ReadonlyMap<string, RelationCues> = new Map(RELATION_CUES.map((entry) => [entry.type, entry]));

/**
 * Phrases that stand for the pair of parties named last ("They", "both sides", "the two allies"):
 * a fact stated of them is proposed once for each party.
 */
export const PAIR_PHRASES: readonly string[] = [
  'they',
  'both sides',
  'both partners',
  'both parties',
  'both countries',
  'the two sides',
  'the two partners',
  'the two parties',
  'the two countries',
  'the two allies',
  'the two regions',
  'the two',
  'the partners',
  'the parties',
  'the sides',
  'the allies',
  'the regions',
];

/**
 * Pronouns that open a sentence as its subject ("This will strengthen cooperation in ... such as
 * climate change"): they stand for the last thing of ANAPHOR_TYPES the previous sentence named
 * ("signed a letter of intent on quantum technology"). Events are left to the frame.
 */
export const ANAPHORS: ReadonlySet<string> = new Set(['this', 'it']);
export const ANAPHOR_TYPES: ReadonlySet<string> = new Set(['AGREEMENT', 'INITIATIVE', 'LAW']);

/** Entity types that count as parties for PAIR_PHRASES. */
export const PARTY_TYPES: ReadonlySet<string> = new Set(['BLOC', 'COUNTRY']);

/**
 * Entity types that can be a document's frame: what its facts are about when a sentence names
 * nothing. Only events: an article about a council states the council's topics without naming it
 * again; agreements and initiatives as frames made more wrong COVERS than right ones (dev).
 */
export const FRAME_TYPES: ReadonlySet<string> = new Set(['EVENT']);
