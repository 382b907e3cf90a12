/**
 * Reads a question into what `ask` must look up: its kind, the entities it names (resolved by the
 * name engine before), the relation types its verbs and nouns ask for (lexicon.ts), the entity
 * types it asks for ("who", "which city"), a period, a status filter, and the content words left
 * unexplained, which an answer's evidence must account for. Names are masked before the grammar
 * runs, so a word inside a name ("the AI Act", "Digital Partnership Council") is never a cue.
 */
import type { EntityType, FactStatus, RelationType } from '../../__generated__/graphql';
import { ACTOR_TYPES, KIND_NOUNS, RELATION_WORDS, TYPE_NOUNS } from './lexicon';
import { findPeriod, MONTHS } from './periods';
import type { NamedEntity, Period, QuestionKind } from './types';
import { cueStems, findCue, questionWords, stemOf, type QuestionWord } from './words';

export interface Reading {
  kind: QuestionKind | null;
  named: NamedEntity[];
  relationTypes: RelationType[];
  /** The entity types the question asks for; null when it does not say. */
  answerTypes: EntityType[] | null;
  period: Period | null;
  /** Only facts of these statuses answer (a question about what is planned); null: any. */
  statuses: FactStatus[] | null;
  asksWhen: boolean;
  asksWhere: boolean;
  /** The precision a when-question asks for ("what day": DAY), if it names one. */
  asksPrecision: 'DAY' | 'MONTH' | 'YEAR' | null;
  /** Nouns the question uses that neither a name, a cue nor a type noun explains (their stems). */
  unexplained: string[];
  /** The same for adjectives ("generally applicable"): an entity's own date must account for them too. */
  unexplainedQualifiers: string[];
  /**
   * The types of an entity in between, when the question describes one ("the meeting where the
   * forum was launched", "the agreement Kiuchi signed"): the answer lies one step away through it.
   */
  viaTypes: EntityType[] | null;
  /** The words before "article"/"report" that name a source ("the Tokyo article"). */
  sourceHint: string | null;
  /** Capitalised word runs that no name of the graph resolved ("Taro Kono"): said so in a reply that finds nothing. */
  unknownNames: string[];
  /** "What is/does <name> ...", not passive ("... by"): the name is the subject, so its own facts answer. */
  subjectNamed: boolean;
  /**
   * The stem of the noun a count counts ("how many EU-Japan summits": "summit"): where some of the
   * things counted carry it in their names and others do not, only those that do are counted.
   */
  countedNoun: string | null;
  /**
   * "Besides the core technologies, ...": the stems of what the question sets aside. A fact whose
   * evidence and names carry them all is not the answer (and they are not words it must contain).
   */
  excluded: string[];
  /**
   * The claim asked about is stated as done ("which article reports that the AI Act became law",
   * "did ... launch"): only a fact reported as done states it, never a planned or expected one.
   */
  claimsDone: boolean;
  /**
   * For counts: the stems of the question's own content words, cues included ("strengthen
   * collaboration"). Where some of the things counted are stated in these words and others are
   * not, a count counts those that are (a count must be the one the question's sentence gives).
   */
  wording: string[];
  /**
   * "Who did Kiuchi sign the letter with?", "with whom": the others who did it together with the
   * one named, whose own fact of it is part of the answer (what they share).
   */
  asksCoParties: boolean;
  /**
   * A second question joined to the first ("..., and which of them reports it as held?"): its
   * words as asked. The answer reads the first; it answers the second only where it can (how each
   * source states a claim) and otherwise says it was not answered.
   */
  secondPart: string | null;
}

export const MASK = 'ENTITY';

const SOURCE =
  /\b((which|what) (articles?|sources?|documents?|reports?|publications?|outlets?|texts?|stor(y|ies))\b|where does it say|(who|which outlet) (reported|reports|says|said|writes|wrote|states|stated|mentions|mentioned)\b|sources? (for|of)\b)/;
const COUNT = /\b(how many|number of|how often)\b/;
const CONNECTION =
  /\b(how (is|are|was|were|does|do|did)\b.*\b(connected|linked|related|relate|tied|associated|link|connect)\b|what (links|connects)\b|(relationship|connection|link|links|relation|relations|ties)( is there)? between\b)/;
const IN_COMMON = /\b(in common|share|shared|both|same)\b/;
const WHEN_WHERE =
  /^(when|where)\b|\b(what|which) (day|date|year|month|time|city|place|venue)\b|\b(when and where|where and when)\b|^(in|at|on) (which|what) (city|place|day|date|year|month)\b/;
const PLANNED =
  /\b(planned|scheduled|expected|upcoming|intends?|intended|plans? to|still (to|has to|have to|only)|yet to|not yet|to come|going to be (announced|signed|held|launched)|in the pipeline|forthcoming|foreseen)\b/;
const HAPPENED = /\b(happen|happened|happens|take place|took place|takes place|going on|on the agenda|agenda|events?|scheduled)\b/;
/** "held or scheduled", "planned or done": both statuses asked for, so no status filter. */
const DONE_OR_PLANNED =
  /\b(held|happened|took place|done|reported|signed|launched|adopted)\s+or\s+(planned|scheduled|expected|upcoming)\b|\b(planned|scheduled|expected|upcoming)\s+or\s+(held|happened|took place|done|reported|signed|launched|adopted)\b/;
/** "besides X," / "apart from X" / "other than X": what is set aside, up to a comma or the end. */
const SET_ASIDE = /\b(?:besides|apart from|aside from|other than|except for|except|excluding)\s+([^,;?]+)/i;
/** A claim stated as done: a past tense of being or doing, not a plan or forecast of it. */
const DONE_CLAIM =
  /\b(became|become law|has become|have become|was|were|did|has been|have been|had been|took place|happened|reports? (it|them|that) as (held|done|signed|adopted|law))\b/;
const NOT_YET_CLAIM = /\b(will|would|is to|are to|to be|planned|expected|scheduled|set to|going to|plans?|intends?|supposed)\b/;
const AUX_START = /^(is|was|were|are|did|does|do|has|have|had|will|can|could)\b/;

/** Words that carry no content of their own in a question. */
const FILLER = new Set(
  [
    'please',
    'tell',
    'me',
    'you',
    'can',
    'could',
    'would',
    'know',
    'thing',
    'things',
    'something',
    'anything',
    'kind',
    'sort',
    'graph',
    'yet',
    'actually',
    'really',
    'still',
    'only',
    'also',
    'one',
    'ones',
    'way',
    'ways',
    'matter',
    'mean',
    'meant',
    'suppose',
    'supposed',
    'happen',
    'happened',
    'article',
    'articles',
    'source',
    'sources',
    'report',
    'document',
    'story',
    'relationship',
    'connection',
    'link',
    'links',
    'relation',
    'common',
    'today',
    'time',
    'day',
    'date',
    'year',
    'month',
    'early',
    'late',
    'mid',
    'beginning',
    'end',
    'which',
    'what',
    'who',
    'whom',
    'when',
    'where',
    'how',
    'many',
    'number',
    'task',
    'tasks',
    'work',
    'plan',
    'plans',
    'deal',
    'list',
    'lists',
    'agenda',
    'say',
    'says',
    'state',
    'states',
    'mention',
    'mentions',
    'key',
    'main',
    'joint',
    'possible',
    'the',
    'their',
    'its',
    'do',
    'did',
    'does',
    'done',
    'place',
    'take',
    'took',
    'set',
    'yes',
    'no',
    'between',
    ...MONTHS,
    MASK.toLowerCase(),
  ].map(stemOf),
);

function cueStemSet(): Set<string> {
  const stems = new Set<string>();
  for (const words of Object.values(RELATION_WORDS)) for (const cue of words.cues) for (const stem of cueStems(cue)) stems.add(stem);
  for (const noun of TYPE_NOUNS) for (const cue of noun.cues) for (const stem of cueStems(cue)) stems.add(stem);
  return stems;
}

let cueStemsCache: Set<string> | undefined;

/** The question text with each named span replaced by MASK. */
export function maskNames(question: string, named: readonly NamedEntity[]): string {
  let masked = '';
  let at = 0;
  for (const name of [...named].sort((a, b) => a.start - b.start)) {
    if (name.start < at) continue;
    masked += `${question.slice(at, name.start)}${MASK}`;
    at = name.end;
  }
  return masked + question.slice(at);
}

function relationTypesOf(words: readonly QuestionWord[]): RelationType[] {
  const matches: Array<{ type: RelationType; at: number; end: number }> = [];
  for (const [type, entry] of Object.entries(RELATION_WORDS) as Array<[RelationType, (typeof RELATION_WORDS)[RelationType]]>) {
    for (const cue of entry.cues) {
      const at = findCue(words, cue);
      if (at >= 0) matches.push({ type, at, end: at + cue.split(/\s+/).length });
    }
  }
  // A cue inside a longer cue of another type is part of it ("coordinate" in "coordinate with").
  const kept = matches.filter(
    (m) => !matches.some((o) => o.type !== m.type && o.at <= m.at && o.end >= m.end && o.end - o.at > m.end - m.at),
  );
  const first = new Map<RelationType, number>();
  for (const m of kept) first.set(m.type, Math.min(first.get(m.type) ?? Infinity, m.at));
  return [...first.entries()].sort((a, b) => a[1] - b[1]).map(([type]) => type);
}

/**
 * "Who signed the memorandum for the Digital Agency": someone acting for the body named, so a
 * person, never the body itself (only after the verbs of acting for someone: "rules for" is not this "for").
 */
const ON_BEHALF_OF =
  /^(who|whom)\b.*\b(sign|signs|signed|co-?chair|co-?chairs|co-?chaired|chaired|attend|attends|attended|negotiated|represented)\b.*\s(for|on behalf of) (the )?entity\b/;

/** What the question asks for: "who" asks for an actor, "which city" for a place, ... */
function answerTypesOf(words: readonly QuestionWord[], lower: string): EntityType[] | null {
  if (ON_BEHALF_OF.test(lower)) return ['PERSON'];
  if (/^(who|whom)\b/.test(lower) || /\b(who|whom)\b/.test(lower.replace(/^.*\b(what|which|where|when)\b.*$/, ''))) {
    const byNoun = nounTypesAfter(words, 0);
    return byNoun ?? [...ACTOR_TYPES];
  }
  const wh = words.findIndex((word) => word.lower === 'which' || word.lower === 'what' || word.lower === 'many');
  if (wh >= 0) {
    const byNoun = nounTypesAfter(words, wh + 1);
    if (byNoun) return byNoun;
  }
  if (/^where\b|\bin which (city|place|country)\b/.test(lower)) return ['PLACE'];
  if (/^(who|whom)\b/.test(lower)) return [...ACTOR_TYPES];
  return null;
}

/** A word made of masked names only ("ENTITY", "ENTITY-ENTITY" from "EU-Japan"). */
const isMasked = (word: QuestionWord) => word.text.split('-').every((part) => part === MASK);

/** The type noun after "how many", past a name that qualifies it ("how many ENTITY councils"). */
function countedNounAt(words: readonly QuestionWord[]): number {
  const many = words.findIndex((word, i) => word.lower === 'many' && words[i - 1]?.lower === 'how');
  if (many < 0) return -1;
  for (let i = many + 1; i < Math.min(words.length, many + 4); i += 1) {
    const word = words[i]!;
    if (isMasked(word)) continue;
    if (TYPE_NOUNS.some((entry) => entry.cues.some((cue) => stemOf(cue) === word.stem))) return i;
    if (!['PROPN', 'ADJ', 'NOUN'].includes(word.pos)) return -1;
  }
  return -1;
}

/** The stem of the noun counted, when it names a kind within a type (lexicon KIND_NOUNS). */
function countedKindNoun(words: readonly QuestionWord[]): string | null {
  const at = countedNounAt(words);
  return at >= 0 && KIND_NOUNS.includes(words[at]!.lower) ? words[at]!.stem : null;
}

function nounTypesAfter(words: readonly QuestionWord[], from: number): EntityType[] | null {
  const counted = countedNounAt(words);
  for (let i = from; i < Math.min(words.length, from + 3); i += 1) {
    const word = words[i]!;
    if (isMasked(word) && counted > i) continue;
    if (word.text === MASK) return null;
    if (['AUX', 'DET', 'ADP', 'VERB', 'PRON', 'PART'].includes(word.pos) && !TYPE_NOUNS.some((e) => e.cues.includes(word.lower)))
      return null;
    const noun = TYPE_NOUNS.find((entry) => entry.cues.some((cue) => stemOf(cue) === word.stem));
    if (noun && word.lower !== 'who' && word.lower !== 'whom') return [...noun.types];
  }
  return null;
}

function kindOf(lower: string, named: number, period: Period | null, types: RelationType[]): QuestionKind | null {
  if (COUNT.test(lower)) return 'COUNT';
  if (SOURCE.test(lower)) return 'WHICH_SOURCE';
  if (named >= 2 && CONNECTION.test(lower)) return 'CONNECTION';
  if (named >= 2 && IN_COMMON.test(lower)) return 'IN_COMMON';
  if (WHEN_WHERE.test(lower)) return 'WHEN_WHERE';
  if (PLANNED.test(lower)) return 'PLANNED';
  if (named === 0 && period) return 'PERIOD';
  if (AUX_START.test(lower) && named >= 1) return 'IS_DONE';
  if (named >= 1 && (/\b(who|whom)\b/.test(lower) || (types.length > 0 && /\b(which|what)\b/.test(lower))))
    return types.length > 0 ? 'WHO_DID' : 'WHAT_ABOUT';
  if (named >= 1) return 'WHAT_ABOUT';
  if (period && HAPPENED.test(lower)) return 'PERIOD';
  return null;
}

/** Runs of capitalised words after the first word, none of them a name found (masked) or a month. */
function unknownNamesIn(masked: string): string[] {
  const runs = masked.slice(masked.search(/\s/) + 1).match(/\b\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)*/gu) ?? [];
  return runs.filter((run) => !run.split(/\s+/).some((word) => word === MASK || MONTHS.includes(word.toLowerCase())));
}

/** A question of a supported form whose only name the graph does not know ("Which council did Taro Kono co-chair?"). */
const ASKS_OF_SOMEONE = /^(who|whom|which|what|when|where|did|does|do|has|have|is|was|were|will)\b/;

function precisionAsked(lower: string): Reading['asksPrecision'] {
  if (/\b(what|which) (day|date)\b|\bon which day\b|\bexact date\b/.test(lower)) return 'DAY';
  if (/\b(what|which) month\b/.test(lower)) return 'MONTH';
  if (/\b(what|which) year\b/.test(lower)) return 'YEAR';
  return null;
}

function unexplainedNouns(words: readonly QuestionWord[], period: Period | null, pos: readonly string[] = ['NOUN', 'PROPN']): string[] {
  cueStemsCache ??= cueStemSet();
  const cues = cueStemsCache;
  const periodWords = new Set((period?.text ?? '').toLowerCase().split(/\s+/).map(stemOf));
  return words
    .filter((word) => pos.includes(word.pos) && !isMasked(word) && !/^\d/.test(word.text))
    .map((word) => word.stem)
    .filter((stem) => stem.length > 2 && !FILLER.has(stem) && !cues.has(stem) && !periodWords.has(stem));
}

const DETERMINERS = new Set(['the', 'a', 'an', 'their', 'its']);
const RELATIVE = new Set(['where', 'that', 'which', 'who', 'whom', 'at', 'in', 'listed', MASK.toLowerCase()]);

/** "the <type noun> <relative clause or name>", not straight after the question word. */
function viaTypesOf(words: readonly QuestionWord[]): EntityType[] | null {
  for (let i = 2; i + 1 < words.length; i += 1) {
    if (!DETERMINERS.has(words[i - 1]!.lower)) continue;
    // "the agreement the agency is to sign": a relative clause without its "that".
    const next = words[i + 1]!;
    if (!RELATIVE.has(next.lower) && next.text !== MASK && !(DETERMINERS.has(next.lower) && words[i + 2]?.text === MASK)) continue;
    const noun = TYPE_NOUNS.find((entry) => entry.cues.some((cue) => stemOf(cue) === words[i]!.stem));
    // A broad noun ("the body", "the organisation") describes one only with its relative clause made explicit
    // ("the body that will supervise ..."); a narrow one ("the agreement the agency is to sign") needs none.
    const explicit = ['that', 'which', 'where'].includes(next.lower);
    if (noun && !noun.types.includes('PERSON') && (noun.types.length <= 2 || explicit)) return [...noun.types];
  }
  return null;
}

/** The content words of what is set aside ("the core technologies": core, technolog), as stems. */
/** Words of a count that say nothing about what is counted. */
const COUNT_FILLER = new Set(['other', 'else', 'more', 'different', 'separate', 'total', 'altogether'].map(stemOf));

function countWording(words: readonly QuestionWord[], excluded: readonly string[]): string[] {
  const typeNouns = new Set(TYPE_NOUNS.flatMap((entry) => entry.cues.map(stemOf)));
  return [
    ...new Set(
      words
        .filter((word) => ['NOUN', 'VERB', 'ADJ'].includes(word.pos) && !isMasked(word) && !/^\d/.test(word.text))
        .map((word) => word.stem)
        .filter(
          (stem) => stem.length > 2 && !FILLER.has(stem) && !COUNT_FILLER.has(stem) && !typeNouns.has(stem) && !excluded.includes(stem),
        ),
    ),
  ];
}

function setAsideStems(phrase: string): string[] {
  return questionWords(phrase)
    .filter((word) => !isMasked(word) && ['NOUN', 'PROPN', 'ADJ'].includes(word.pos))
    .map((word) => word.stem)
    .filter((stem) => stem.length > 2 && !FILLER.has(stem));
}

function sourceHintOf(question: string, named: readonly NamedEntity[]): string | null {
  const match = /\b(?:the\s+)?((?:[A-Z][\w-]*\s+){1,3})(article|report|story|piece)\b/.exec(question);
  if (!match) return null;
  const hint = match[1]!.trim();
  if (/^(Which|What|The|This|That)$/i.test(hint)) return null;
  void named;
  return hint;
}

/** "..., and which of them ...": a second question joined to the first. */
const SECOND_PART = /,\s*and\s+((?:which|what|who|whom|when|where|how|is|are|was|were|did|does|do|has|have)\b[^?]*)/i;

/**
 * A question of two parts is read by its first part (the second's words and names would change
 * what the first asks: "held" in "which of them reports it as held" is no cue of the first); the
 * second is kept, for the answer to say whether it answered it.
 */
export function readQuestion(question: string, found: readonly NamedEntity[]): Reading {
  const second = SECOND_PART.exec(question);
  if (!second) return readOnePart(question, found, null);
  return readOnePart(
    `${question.slice(0, second.index)}?`,
    found.filter((name) => name.end <= second.index),
    second[1]!.trim(),
  );
}

function readOnePart(question: string, found: readonly NamedEntity[], secondPart: string | null): Reading {
  // "the Tokyo article" names a source, not Tokyo.
  const named = found.filter((name) => !/^\s*(article|report|story|piece)\b/i.test(question.slice(name.end)));
  const masked = maskNames(question, named);
  const lower = masked.trim().toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ');
  const words = questionWords(masked);
  const period = findPeriod(question);
  const relationTypes = relationTypesOf(words);
  const unknownNames = named.length === 0 ? unknownNamesIn(masked.trim()) : [];
  const kind =
    kindOf(lower, named.length, period, relationTypes) ??
    (unknownNames.length > 0 && ASKS_OF_SOMEONE.test(lower) ? (relationTypes.length > 0 ? 'WHO_DID' : 'WHAT_ABOUT') : null);
  const sourceHint = sourceHintOf(question, named);
  const hintStems = new Set((sourceHint ?? '').split(/\s+/).filter(Boolean).map(stemOf));
  const setAside = SET_ASIDE.exec(masked);
  const excluded = setAside ? setAsideStems(setAside[1]!) : [];
  const planned =
    !DONE_OR_PLANNED.test(lower) && (PLANNED.test(lower) || (kind === 'PERIOD' && /\bscheduled|planned|expected\b/.test(lower)));
  return {
    kind,
    named: [...named],
    relationTypes,
    answerTypes: answerTypesOf(words, lower),
    period,
    statuses: planned ? ['PLANNED', 'EXPECTED'] : null,
    asksWhen: /\bwhen\b|\b(what|which) (day|date|year|month|time)\b/.test(lower),
    asksWhere: /\bwhere\b|\b(what|which) (city|place|venue)\b/.test(lower) && !/where does it say/.test(lower),
    asksPrecision: precisionAsked(lower),
    // The words naming a source ("the Tokyo article") choose the evidence; its facts need not say them.
    unexplained: unexplainedNouns(words, period).filter((stem) => !hintStems.has(stem) && !excluded.includes(stem)),
    unexplainedQualifiers: unexplainedNouns(words, period, ['ADJ', 'ADV', 'VERB']).filter((stem) => !hintStems.has(stem)),
    viaTypes: viaTypesOf(words),
    sourceHint,
    unknownNames,
    subjectNamed: /^what (is|are|was|were|does|do|did|will|has|have) (the )?entity\b/.test(lower) && !/\bby\b/.test(lower),
    countedNoun: kind === 'COUNT' ? countedKindNoun(words) : null,
    excluded,
    wording: kind === 'COUNT' ? countWording(words, excluded) : [],
    secondPart,
    asksCoParties: /\bwith( whom)?\s*\??$|\bwith whom\b/.test(lower),
    claimsDone: kind === 'WHICH_SOURCE' && DONE_CLAIM.test(lower) && !NOT_YET_CLAIM.test(lower),
  };
}
