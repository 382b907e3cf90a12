/**
 * Which facts of the working graph answer a reading (readQuestion.ts). Every kind ends in facts
 * the graph holds, or in none: nothing here invents an answer. The guards that keep a reply from
 * being confidently wrong:
 * - several actors named together ("the EU and Japan") must share the answer (each has a fact
 *   to it), so one party's fact is never offered as both parties';
 * - every entity the question names must be an end of an answer fact or next to one;
 * - nouns the question uses that no name or cue explains must appear in the answer's evidence
 *   or names ("a data adequacy agreement" is not the Digital Partnership);
 * - one step away (through an event, agreement or initiative) is tried only when no fact of the
 *   named entity itself answers, and only for the answer types the question asks for.
 */
import type { EntityType, RelationType } from '../../__generated__/graphql';
import { allows } from '../ontology';
import { countedMembers, nameCarries } from './countedNoun';
import { ACTOR_TYPES, RELATION_WORDS } from './lexicon';
import { dateFallsIn } from './periods';
import type { Reading } from './readQuestion';
import type { AskFact } from './types';
import { cueStems, stemOf } from './words';
import { otherEnd, type WorkingGraph } from './workingGraph';

export interface Selection {
  facts: AskFact[];
  /** Entities whose own date answers (when-questions). */
  dateEntityIds: string[];
  /** The entities the answer is about (the other ends): what a count counts. */
  answerIds: string[];
  /** Set when an answer was found one step away: the entity in between. */
  viaIds: string[];
  /** Facts of the claim left out because they are only planned or expected while it is asked as done. */
  notDone?: AskFact[];
}

const EMPTY: Selection = { facts: [], dateEntityIds: [], answerIds: [], viaIds: [] };
const STEP_TYPES: ReadonlySet<EntityType> = new Set(['EVENT', 'AGREEMENT', 'INITIATIVE', 'LAW']);
const TOPIC_TYPES: ReadonlySet<EntityType> = new Set(['TECHNOLOGY', 'POLICY_AREA']);
/** What shows that an event took place, an agreement was signed, a law adopted, a body set up. */
const DONE_TYPES: Partial<Record<EntityType, RelationType[]>> = {
  EVENT: ['HELD_IN', 'PARTICIPATED_IN', 'FOLLOWS'],
  AGREEMENT: ['SIGNED', 'PARTY_TO', 'LAUNCHED'],
  LAW: ['ADOPTS'],
  INITIATIVE: ['LAUNCHED', 'LAUNCHED_AT'],
};

interface Query {
  types: readonly RelationType[];
  answerTypes: readonly EntityType[] | null;
  exclude: ReadonlySet<string>;
}

/** The facts at `anchor` of the wanted types whose other end is of a wanted type. */
function factsFrom(graph: WorkingGraph, anchor: string, query: Query): AskFact[] {
  return graph.factsAt(anchor).filter((fact) => {
    if (query.types.length > 0 && !query.types.includes(fact.type)) return false;
    const other = otherEnd(fact, anchor);
    if (query.exclude.has(other)) return false;
    const type = graph.typeOf(other);
    return !query.answerTypes || (type !== undefined && query.answerTypes.includes(type));
  });
}

const isActor = (graph: WorkingGraph, id: string) => ACTOR_TYPES.has(graph.typeOf(id) ?? 'PLACE');

/**
 * Facts answering for several named entities: actors must share each answer; other named
 * entities each contribute their own facts.
 */
function sharedFacts(graph: WorkingGraph, anchors: readonly string[], query: Query): AskFact[] {
  const actors = anchors.filter((id) => isActor(graph, id));
  const others = anchors.filter((id) => !isActor(graph, id));
  const found: AskFact[] = [];
  if (actors.length > 0) {
    const perActor = actors.map((actor) => factsFrom(graph, actor, query));
    const reached = perActor.map((facts, i) => new Set(facts.map((fact) => otherEnd(fact, actors[i]!))));
    const shared = [...reached[0]!].filter((id) => reached.every((set) => set.has(id)));
    perActor.forEach((facts, i) => found.push(...facts.filter((fact) => shared.includes(otherEnd(fact, actors[i]!)))));
  }
  for (const anchor of others) found.push(...factsFrom(graph, anchor, query));
  return unique(found);
}

function unique(facts: readonly AskFact[]): AskFact[] {
  return [...new Map(facts.map((fact) => [fact.id, fact])).values()];
}

/** Relation types among `types` that may join an entity of type `a` and one of a type in `bs`. */
function typesJoining(types: readonly RelationType[], a: EntityType, bs: readonly EntityType[] | null): RelationType[] {
  const targets = bs ?? [];
  return types.filter((type) => (bs === null ? true : targets.some((b) => allows(type, a, b) || allows(type, b, a))));
}

const ACRONYM_LINKS = new Set(['of', 'and', 'for', 'the', 'on']);

/**
 * The acronyms a name could be written as: the initials of each run of its capitalised words
 * ("Deputy Minister of Economy, Trade and Industry": "meti", "dmeti", ...), three letters or more.
 * Names and roles only, never quotes: a quote listing several post-holders would explain them all.
 */
function acronymsOf(name: string): string[] {
  const acronyms: string[] = [];
  const runs: string[] = [''];
  for (const word of name.split(/[^\p{L}\p{N}']+/u).filter(Boolean)) {
    if (/^\p{Lu}/u.test(word)) runs[runs.length - 1] += word[0]!.toLowerCase();
    else if (!ACRONYM_LINKS.has(word)) runs.push('');
  }
  for (const run of runs)
    for (let from = 0; from < run.length; from += 1) for (let to = from + 3; to <= run.length; to += 1) acronyms.push(run.slice(from, to));
  return acronyms;
}

/** The words of a fact's evidence and of its ends' names, as stems, and the acronyms of the names. */
function factStems(graph: WorkingGraph, fact: AskFact): Set<string> {
  const names = [graph.nameOf(fact.fromId), graph.nameOf(fact.toId), fact.role ?? ''];
  const text = [...fact.evidence.map((ev) => ev.quote), ...names].join(' ');
  return new Set([
    ...text
      .toLowerCase()
      .split(/[^\p{L}\p{N}-]+/u)
      .flatMap((word) => [word, ...word.split('-')])
      .filter(Boolean)
      .map(stemOf),
    ...names.flatMap(acronymsOf).map(stemOf),
  ]);
}

/** Drops facts whose evidence does not account for the question's unexplained nouns. */
function explained(graph: WorkingGraph, reading: Reading, facts: AskFact[]): AskFact[] {
  if (reading.unexplained.length === 0 && reading.excluded.length === 0) return facts;
  return facts.filter((fact) => {
    const stems = factStems(graph, fact);
    // "Besides the core technologies": what the evidence says is the thing set aside is not the answer.
    if (reading.excluded.length > 0 && reading.excluded.every((stem) => stems.has(stem))) return false;
    return reading.unexplained.every((stem) => stems.has(stem));
  });
}

/**
 * Every named entity is an end of a fact of the answer, or next to one, or written in the quote
 * of one as the question writes the name ("call upon the OECD countries to support safe, secure AI").
 */
function accountsForNames(graph: WorkingGraph, reading: Reading, facts: readonly AskFact[], dated: readonly string[]): boolean {
  const ends = new Set([...facts.flatMap((fact) => [fact.fromId, fact.toId]), ...dated]);
  const quoted = (id: string) =>
    reading.named
      // Only a name written as one (capitalised, "AI"): a common noun ("companies") in a quote says nothing.
      .filter((name) => name.entityId === id && /\p{Lu}/u.test(name.text))
      .some((name) => {
        const written = new RegExp(`(^|[^\\p{L}\\p{N}])${name.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'iu');
        return facts.some((fact) => fact.evidence.some((ev) => written.test(ev.quote)));
      });
  const named = [...new Set(reading.named.map((name) => name.entityId))];
  return named.every((id) => ends.has(id) || [...ends].some((end) => graph.adjacent(end, id)) || quoted(id));
}

function inPeriod(reading: Reading, fact: AskFact): boolean {
  return !reading.period || (fact.date !== null && dateFallsIn(reading.period, fact.date));
}

function statusOk(reading: Reading, fact: AskFact): boolean {
  return !reading.statuses || reading.statuses.includes(fact.status);
}

/** One step away: through the events, agreements and initiatives every named actor is linked to. */
function oneStep(graph: WorkingGraph, reading: Reading, anchors: readonly string[]): Selection {
  const named = new Set(anchors);
  const viaTypes = reading.viaTypes ?? [...STEP_TYPES];
  const candidates = new Map<string, AskFact[]>();
  for (const anchor of anchors) {
    const links = graph.factsAt(anchor).filter((fact) => {
      const other = otherEnd(fact, anchor);
      const type = graph.typeOf(other);
      return !named.has(other) && type !== undefined && viaTypes.includes(type);
    });
    for (const link of links) {
      const via = otherEnd(link, anchor);
      candidates.set(via, [...(candidates.get(via) ?? []), link]);
    }
  }
  const answers: AskFact[] = [];
  const viaIds: string[] = [];
  for (const [via, links] of candidates) {
    const linked = new Set(links.flatMap((fact) => [fact.fromId, fact.toId]));
    if (!anchors.every((anchor) => linked.has(anchor))) continue;
    const viaType = graph.typeOf(via)!;
    const anchorTypes = anchors.map((anchor) => graph.typeOf(anchor)!);
    // Cues that can join an anchor and the entity in between choose the links; the others what is asked of it.
    const inner = reading.relationTypes.filter((type) => anchorTypes.some((a) => allows(type, a, viaType) || allows(type, viaType, a)));
    // What the links already say ("the agreement the agency is to sign") is not what is asked of it ("... implement").
    const joining = typesJoining(reading.relationTypes, viaType, reading.answerTypes);
    const asked = joining.filter((type) => !links.some((link) => link.type === type));
    const outer = asked.length > 0 ? asked : joining;
    if (inner.length > 0 && !links.some((link) => inner.includes(link.type))) continue;
    // Who did what the question asks, when that cannot be done to the entity in between: nobody there
    // answers it ("who co-chaired the council": not who launched the forum launched at it). Topics and
    // places may still be asked of it in any relation ("which technologies do they cooperate on").
    const asksActors = !reading.answerTypes || reading.answerTypes.some((type) => ACTOR_TYPES.has(type));
    if (reading.relationTypes.length > 0 && inner.length === 0 && outer.length === 0 && asksActors) continue;
    const found = explained(
      graph,
      reading,
      factsFrom(graph, via, { types: outer, answerTypes: reading.answerTypes, exclude: named }).filter((fact) => statusOk(reading, fact)),
    );
    // A topic named with it ("agree on semiconductors in Tokyo") must be what the answer is about,
    // not only what the meeting in between covered.
    // (Named alone, the topic is what the entity in between was found by: "the body that will supervise general-purpose AI".)
    const topicsNamed = anchors.filter((anchor) => TOPIC_TYPES.has(graph.typeOf(anchor)!));
    const topics = topicsNamed.length < anchors.length ? topicsNamed : [];
    const about = found.filter((fact) => {
      const end = otherEnd(fact, via);
      return topics.every((topic) => end === topic || graph.adjacent(end, topic) || saidWith(graph, fact, topic));
    });
    if (about.length === 0) continue;
    // With a topic named, what each answer covers says how it is about the topic ("agree on semiconductors":
    // the early-warning mechanisms, on semiconductor supply-chain resilience).
    const covers =
      topics.length === 0
        ? []
        : about.flatMap((fact) =>
            graph.factsAt(otherEnd(fact, via)).filter((f) => f.type === 'COVERS' && f.fromId === otherEnd(fact, via)),
          );
    found.splice(0, found.length, ...about, ...covers);
    viaIds.push(via);
    answers.push(...(inner.length > 0 ? links.filter((link) => inner.includes(link.type)) : reading.viaTypes ? links : []), ...found);
  }
  const facts = unique(answers);
  return { facts, dateEntityIds: [], answerIds: endsBeyond(facts, new Set([...anchors, ...viaIds])), viaIds };
}

function endsBeyond(facts: readonly AskFact[], inner: ReadonlySet<string>): string[] {
  return [...new Set(facts.flatMap((fact) => [fact.fromId, fact.toId]).filter((id) => !inner.has(id)))];
}

/** Who did what, what X is about, counts: the facts of the named entities, else one step away. */
function direct(graph: WorkingGraph, reading: Reading, anchors: readonly string[]): Selection {
  const named = new Set(anchors);
  if (reading.viaTypes) return oneStep(graph, reading, anchors);
  let types = reading.relationTypes;
  if (types.length === 0 && reading.kind === 'WHAT_ABOUT') types = [];
  const query: Query = { types, answerTypes: reading.answerTypes, exclude: named };
  let facts = sharedFacts(graph, anchors, query).filter((fact) => inPeriod(reading, fact) && statusOk(reading, fact));
  if (anchors.length === 1 && ((types.length === 0 && reading.kind === 'WHAT_ABOUT') || reading.subjectNamed)) {
    // "What is X about / what does X do / what is X meant to promote": what X does, not what is done to it.
    const outgoing = facts.filter((fact) => fact.fromId === anchors[0]);
    if (outgoing.length > 0) facts = outgoing;
  }
  facts = explained(graph, reading, facts);
  if (anchors.length >= 2) facts = meetingEveryName(graph, anchors, facts);
  if (anchors.length >= 2 && types.length === 0 && reading.kind === 'WHAT_ABOUT')
    facts = unique([...facts, ...explained(graph, reading, takenUpAt(graph, anchors))]);
  if (facts.length === 0 && types.length > 0) {
    const step = oneStep(graph, { ...reading, relationTypes: types }, anchors);
    if (step.facts.length > 0) return step;
  }
  if (!accountsForNames(graph, reading, facts, [])) return EMPTY;
  // "Who did Kiuchi sign the letter with": Kiuchi's own signing is what the others share with him.
  if (reading.asksCoParties && anchors.length >= 2 && facts.length > 0 && types.length > 0)
    facts = unique([...between(graph, reading, anchors), ...facts]);
  const listed = anchors.length === 1 && types.includes('OUTCOME_OF') ? listedAmongOutcomes(graph, anchors[0]!, facts) : [];
  if (listed.length > 0)
    return {
      facts: [...facts, ...listed],
      dateEntityIds: [],
      answerIds: [...new Set([...endsBeyond(facts, named), ...listed.map((fact) => fact.toId)])],
      viaIds: [],
    };
  return { facts, dateEntityIds: [], answerIds: endsBeyond(facts, named), viaIds: [] };
}

/**
 * An outcome a source lists among a meeting's outcomes but the graph stores as what its
 * participants did ("Quantum Computing and AI: They reiterated their commitment to ... the
 * Hiroshima AI process", between two outcomes of the Tokyo council): the participants' facts
 * stated inside the passage that runs from the first to the last quote of the meeting's outcomes
 * in one document, about something that is not itself one of its outcomes.
 */
function listedAmongOutcomes(graph: WorkingGraph, event: string, found: readonly AskFact[]): AskFact[] {
  if (graph.typeOf(event) !== 'EVENT') return [];
  const outcomes = found.filter((fact) => fact.type === 'OUTCOME_OF' && fact.toId === event);
  if (outcomes.length < 2) return [];
  const outcomeIds = new Set(outcomes.map((fact) => fact.fromId));
  const participants = new Set(
    graph
      .factsAt(event)
      .filter((fact) => fact.type === 'PARTICIPATED_IN' && fact.toId === event)
      .map((fact) => fact.fromId),
  );
  const spans = new Map<string, { start: number; end: number }>();
  for (const ev of outcomes.flatMap((fact) => fact.evidence)) {
    const span = spans.get(ev.documentId);
    spans.set(
      ev.documentId,
      span ? { start: Math.min(span.start, ev.start), end: Math.max(span.end, ev.end) } : { start: ev.start, end: ev.end },
    );
  }
  const inside = (fact: AskFact) =>
    fact.evidence.some((ev) => {
      const span = spans.get(ev.documentId);
      return span !== undefined && ev.start >= span.start && ev.end <= span.end;
    });
  return unique(
    [...participants].flatMap((actor) =>
      graph
        .factsAt(actor)
        .filter(
          (fact) =>
            fact.fromId === actor &&
            fact.type !== 'PARTICIPATED_IN' &&
            fact.toId !== event &&
            !outcomeIds.has(fact.toId) &&
            !participants.has(fact.toId) &&
            inside(fact),
        ),
    ),
  );
}

/**
 * "What did the EU and South Korea do at their council": besides what they did there, what the
 * meeting took up (its own COVERS facts: "will explore ways to improve chips supply chains").
 */
function takenUpAt(graph: WorkingGraph, anchors: readonly string[]): AskFact[] {
  if (!anchors.some((id) => isActor(graph, id))) return [];
  return anchors
    .filter((id) => graph.typeOf(id) === 'EVENT')
    .flatMap((event) => graph.factsAt(event).filter((fact) => fact.type === 'COVERS' && fact.fromId === event));
}

/**
 * With several names, the answers that touch every one of them ("what was agreed on digital
 * identity at the third council": the outcome that covers digital identity), with the facts that
 * join them; all answers when none does.
 */
function meetingEveryName(graph: WorkingGraph, anchors: readonly string[], facts: AskFact[]): AskFact[] {
  const named = new Set(anchors);
  const ends = [...new Set(facts.flatMap((fact) => [fact.fromId, fact.toId]).filter((id) => !named.has(id)))];
  const touching = ends.filter((end) =>
    anchors.every(
      (anchor) =>
        facts.some((fact) => (fact.fromId === end && fact.toId === anchor) || (fact.toId === end && fact.fromId === anchor)) ||
        graph.adjacent(end, anchor),
    ),
  );
  if (touching.length === 0 || touching.length === ends.length) return facts;
  const joining = touching.flatMap((end) => graph.factsAt(end).filter((fact) => named.has(otherEnd(fact, end))));
  return unique(joining);
}

/** Facts between the named entities themselves (is it done, which source says that X ... Y). */
function between(graph: WorkingGraph, reading: Reading, anchors: readonly string[]): AskFact[] {
  const named = new Set(anchors);
  const facts = unique(
    anchors.flatMap((anchor) =>
      graph.factsAt(anchor).filter((fact) => {
        const other = otherEnd(fact, anchor);
        return named.has(other) && (reading.relationTypes.length === 0 || reading.relationTypes.includes(fact.type));
      }),
    ),
  );
  return facts;
}

function isDone(graph: WorkingGraph, reading: Reading, anchors: readonly string[]): Selection {
  if (anchors.length >= 2) {
    const facts = between(graph, reading, anchors);
    if (facts.length > 0) return { ...EMPTY, facts: explained(graph, reading, preferReported(facts)) };
  }
  if (anchors.length >= 2) return EMPTY;
  const anchor = anchors[0]!;
  const types = DONE_TYPES[graph.typeOf(anchor)!] ?? reading.relationTypes;
  const facts = graph.factsAt(anchor).filter((fact) => {
    if (!types.includes(fact.type)) return false;
    // An event is shown held by the one after it (FOLLOWS into it), not by the one it follows.
    return fact.type !== 'FOLLOWS' || fact.toId === anchor;
  });
  return { ...EMPTY, facts: explained(graph, reading, preferReported(facts)) };
}

/** Reported facts prove a thing done; without them, the planned and expected ones say how far it is. */
function preferReported(facts: readonly AskFact[]): AskFact[] {
  const reported = facts.filter((fact) => fact.status === 'REPORTED');
  return reported.length > 0 ? reported : [...facts];
}

function whenWhere(graph: WorkingGraph, reading: Reading, anchors: readonly string[]): Selection {
  const named = new Set(anchors);
  const facts: AskFact[] = [];
  const dated: string[] = [];
  const types = reading.relationTypes.filter((type) => (type !== 'HELD_IN' && type !== 'PARTICIPATED_IN') || !reading.asksWhere);
  const answerTypes = reading.answerTypes && !reading.answerTypes.includes('PLACE') ? reading.answerTypes : null;
  if (reading.asksWhere) {
    for (const anchor of anchors) facts.push(...graph.factsAt(anchor).filter((fact) => fact.type === 'HELD_IN' && fact.fromId === anchor));
  }
  if (reading.asksWhere && facts.length === 0 && types.length > 0) {
    const placed = placesSaidWith(
      graph,
      explained(
        graph,
        reading,
        sharedFacts(graph, anchors, { types: types.filter((t) => t !== 'HELD_IN'), answerTypes: null, exclude: new Set() }),
      ),
    );
    if (placed.length > 0 && accountsForNames(graph, reading, placed, []))
      return { facts: placed, dateEntityIds: [], answerIds: endsBeyond(placed, named), viaIds: [] };
  }
  if (reading.asksWhen || answerTypes) {
    const shared = sharedFacts(graph, anchors, { types: types.filter((t) => t !== 'HELD_IN'), answerTypes, exclude: named });
    const relevant = types.length > 0 || answerTypes ? shared : [];
    facts.push(...relevant.filter((fact) => answerTypes !== null || fact.date !== null));
    if (reading.asksWhen && anchors.length >= 2) facts.push(...datedBetween(graph, { ...reading, relationTypes: types }, anchors));
    if (reading.asksWhen) {
      for (const anchor of anchors) {
        const date = graph.graph.entities.get(anchor)?.date;
        if (
          date &&
          precisionEnough(reading, date.value) &&
          dateExplained(
            reading,
            date.evidence.map((ev) => ev.quote),
          )
        )
          dated.push(anchor);
      }
      if (reading.asksPrecision) {
        const precise = facts.filter((fact) => fact.type === 'HELD_IN' || (fact.date !== null && precisionEnough(reading, fact.date)));
        facts.length = 0;
        facts.push(...precise);
      }
    }
  }
  const answer = explained(graph, reading, unique(facts));
  if (!accountsForNames(graph, reading, answer, dated)) return EMPTY;
  return { facts: answer, dateEntityIds: dated, answerIds: endsBeyond(answer, named), viaIds: [] };
}

/**
 * "When did the EU and Korea hold their council": the dated facts joining the named actors to
 * another name, precise enough, and only where every named actor has one (shared, as elsewhere).
 */
function datedBetween(graph: WorkingGraph, reading: Reading, anchors: readonly string[]): AskFact[] {
  const actors = anchors.filter((id) => isActor(graph, id));
  const dated = between(graph, reading, anchors).filter(
    (fact) => fact.type !== 'HELD_IN' && fact.date !== null && precisionEnough(reading, fact.date),
  );
  const endOf = (fact: AskFact, actor: string) => (fact.fromId === actor ? fact.toId : fact.toId === actor ? fact.fromId : null);
  return dated.filter((fact) => {
    const actor = actors.find((id) => endOf(fact, id) !== null);
    const target = actor === undefined ? null : endOf(fact, actor);
    return target !== null && !isActor(graph, target) && actors.every((other) => dated.some((f) => endOf(f, other) === target));
  });
}

/** An entity's own date answers only if its evidence accounts for the question's qualifiers ("generally applicable"). */
function dateExplained(reading: Reading, quotes: readonly string[]): boolean {
  const stems = new Set(
    quotes
      .join(' ')
      .toLowerCase()
      .split(/[^\p{L}\p{N}-]+/u)
      .filter(Boolean)
      .map(stemOf),
  );
  return [...reading.unexplained, ...reading.unexplainedQualifiers.filter((stem) => !QUALIFIER_FILLER.has(stem))].every((stem) =>
    stems.has(stem),
  );
}

/** Verbs and adverbs of when-questions that any date answers. */
const QUALIFIER_FILLER = new Set(
  [
    'held',
    'hold',
    'take',
    'took',
    'taken',
    'happen',
    'happened',
    'sign',
    'signed',
    'set',
    'launch',
    'launched',
    'plan',
    'planned',
    'schedul',
    'scheduled',
    'meet',
    'met',
    'start',
    'started',
    'place',
    'go',
    'going',
    'actual',
    'actually',
    'exact',
    'exactly',
    'first',
    'last',
    'next',
    'be',
    'been',
    'do',
    'did',
    'tell',
    'know',
    'let',
  ].map(stemOf),
);

function precisionEnough(reading: Reading, date: string): boolean {
  const wanted = { DAY: 10, MONTH: 7, YEAR: 4 }[reading.asksPrecision ?? 'YEAR'];
  return date.length >= wanted;
}

function inCommon(graph: WorkingGraph, reading: Reading, anchors: readonly string[]): Selection {
  const [a, b] = anchors as [string, string];
  const types = reading.relationTypes;
  const links = (self: string) =>
    graph.factsAt(self).filter((fact) => {
      const other = otherEnd(fact, self);
      if (other === a || other === b) return false;
      if (types.length > 0 && !types.includes(fact.type)) return false;
      const type = graph.typeOf(other);
      return !reading.answerTypes || (type !== undefined && reading.answerTypes.includes(type));
    });
  const fromA = links(a);
  const fromB = links(b);
  const shared = [...new Set(fromA.map((fact) => otherEnd(fact, a)))].filter((c) => fromB.some((fact) => otherEnd(fact, b) === c));
  const pairs = shared.map((c) => ({
    c,
    viaA: fromA.filter((f) => otherEnd(f, a) === c),
    viaB: fromB.filter((f) => otherEnd(f, b) === c),
  }));
  // Linked the same way ("both signed") beats linked any way ("one is part of what the other launched").
  const sameWay = pairs
    .map(({ c, viaA, viaB }) => {
      const common = viaA.filter((fa) => viaB.some((fb) => fb.type === fa.type && (fb.fromId === b) === (fa.fromId === a)));
      return {
        c,
        viaA: common,
        viaB: viaB.filter((fb) => common.some((fa) => fa.type === fb.type)),
      };
    })
    .filter((pair) => pair.viaA.length > 0);
  const chosen = sameWay.length > 0 ? sameWay : pairs;
  const facts = unique(chosen.flatMap((pair) => [...pair.viaA, ...pair.viaB]));
  return { facts, dateEntityIds: [], answerIds: chosen.map((pair) => pair.c), viaIds: [] };
}

/** Facts of a period or a status, with no entity named: everything the graph dates in it. */
function everywhere(graph: WorkingGraph, reading: Reading): Selection {
  const facts = [...graph.graph.facts.values()].filter((fact) => {
    if (reading.period && !inPeriod(reading, fact)) return false;
    if (!statusOk(reading, fact)) return false;
    if (reading.relationTypes.length > 0 && reading.kind === 'COUNT' && !reading.relationTypes.includes(fact.type)) return false;
    if (reading.answerTypes && reading.kind === 'COUNT') {
      const types = [graph.typeOf(fact.fromId), graph.typeOf(fact.toId)];
      if (!types.some((type) => type !== undefined && reading.answerTypes!.includes(type))) return false;
    }
    return true;
  });
  const answerIds =
    reading.kind === 'COUNT' && reading.answerTypes
      ? [...new Set(facts.flatMap((fact) => [fact.fromId, fact.toId]).filter((id) => reading.answerTypes!.includes(graph.typeOf(id)!)))]
      : [];
  return { facts: explained(graph, reading, facts), dateEntityIds: [], answerIds, viaIds: [] };
}

/** Whether two facts are stated in the same words (overlapping quotes of one document). */
function sameWords(a: AskFact, b: AskFact): boolean {
  return a.evidence.some((x) => b.evidence.some((y) => x.documentId === y.documentId && x.start < y.end && y.start < x.end));
}

/** Whether a fact is stated in the same words as a fact of `entityId`. */
function saidWith(graph: WorkingGraph, fact: AskFact, entityId: string): boolean {
  return graph.factsAt(entityId).some((other) => sameWords(other, fact));
}

/**
 * "In which city will the EU and Japan make their joint call": the facts asked about, each with
 * the place of a meeting stated in the same words ("a joint call at the OECD Ministerial meeting
 * taking place in Paris"); facts with no such place are left out.
 */
function placesSaidWith(graph: WorkingGraph, facts: readonly AskFact[]): AskFact[] {
  const heldIn = [...graph.graph.facts.values()].filter((fact) => fact.type === 'HELD_IN');
  return unique(
    facts.flatMap((fact) => {
      const places = heldIn.filter((held) => sameWords(held, fact));
      return places.length > 0 ? [fact, ...places] : [];
    }),
  );
}

/**
 * What actors plan at or about something named ("what do the EU and Japan intend to do at the
 * OECD ministerial"): the actors' own plans that reach it, sit next to it or are said in the
 * same sentence as one of its facts; its own facts (what it is convened under) are not their plans.
 */
function actorsPlansAt(graph: WorkingGraph, reading: Reading, actors: readonly string[], others: readonly string[]): AskFact[] {
  const query: Query = { types: reading.relationTypes, answerTypes: reading.answerTypes, exclude: new Set(actors) };
  const own = sharedFacts(graph, actors, query).filter((fact) => statusOk(reading, fact) && inPeriod(reading, fact));
  const touches = (fact: AskFact, other: string) => {
    const end = actors.includes(fact.fromId) ? fact.toId : fact.fromId;
    return end === other || graph.adjacent(end, other) || saidWith(graph, fact, other);
  };
  return own.filter((fact) => others.every((other) => touches(fact, other)));
}

function planned(graph: WorkingGraph, reading: Reading, anchors: readonly string[]): Selection {
  if (anchors.length === 0) return everywhere(graph, reading);
  const named = new Set(anchors);
  const actors = anchors.filter((id) => isActor(graph, id));
  const others = anchors.filter((id) => !isActor(graph, id));
  const facts =
    actors.length > 0 && others.length > 0
      ? actorsPlansAt(graph, reading, actors, others)
      : sharedFacts(graph, anchors, { types: reading.relationTypes, answerTypes: reading.answerTypes, exclude: named }).filter(
          (fact) => statusOk(reading, fact) && inPeriod(reading, fact),
        );
  const anchored = anchors.length === 1 ? facts.filter((fact) => fact.fromId === anchors[0] || fact.status !== 'REPORTED') : facts;
  let answer = explained(graph, reading, anchored);
  if (answer.length === 0 && anchors.length === 1 && graph.typeOf(anchors[0]!) === 'EVENT')
    answer = explained(graph, reading, plannedAtMeeting(graph, reading, anchors[0]!));
  return { facts: answer, dateEntityIds: [], answerIds: endsBeyond(answer, named), viaIds: [] };
}

/**
 * "What was going to be announced at the 30 April Council": what a source says is to be said or
 * done at the meeting, stated in the same words as one of the meeting's own facts ("will announce
 * a cooperation between the AI office and the Safety Institute at the Council on 30 April",
 * "At the Council both sides will say they will support the Hiroshima AI Process"), planned or
 * expected in that source (a fact reported later by another source still was a plan here).
 */
function plannedAtMeeting(graph: WorkingGraph, reading: Reading, event: string): AskFact[] {
  const own = graph.factsAt(event);
  const statuses = reading.statuses ?? ['PLANNED', 'EXPECTED'];
  const others = [...graph.graph.facts.values()].filter((fact) => fact.fromId !== event && fact.toId !== event);
  return others.filter((fact) =>
    fact.evidence.some(
      (ev) =>
        statuses.includes(ev.status) &&
        own.some((mine) => mine.evidence.some((x) => x.documentId === ev.documentId && x.start < ev.end && ev.start < x.end)),
    ),
  );
}

function source(graph: WorkingGraph, reading: Reading, anchors: readonly string[]): Selection {
  const found = claimedSources(graph, reading, anchors);
  if (!reading.claimsDone) return found;
  // "Which article reports that the AI Act became law": a forecast of it is not that claim.
  const reported = found.facts.filter((fact) => fact.status === 'REPORTED');
  if (reported.length === found.facts.length) return found;
  return {
    ...found,
    facts: reported,
    answerIds: reported.length > 0 ? found.answerIds : [],
    notDone: found.facts.filter((f) => f.status !== 'REPORTED'),
  };
}

function claimedSources(graph: WorkingGraph, reading: Reading, anchors: readonly string[]): Selection {
  if (anchors.length >= 2) {
    const facts = between(graph, reading, anchors);
    if (facts.length > 0) return { ...EMPTY, facts };
    // "Which sources say the third council was in Tokyo": a cue that cannot join the entities named
    // ("held" as taking part: an actor and an event) does not choose among the facts joining them.
    const types = anchors.map((id) => graph.typeOf(id)!);
    const joinable = reading.relationTypes.filter((type) => types.some((a, i) => types.some((b, j) => i !== j && allows(type, a, b))));
    // Only with no actor named: an actor named with a verb is its subject ("did the EU and Korea launch").
    if (joinable.length === 0 && reading.relationTypes.length > 0 && !anchors.some((id) => isActor(graph, id))) {
      const any = between(graph, { ...reading, relationTypes: [] }, anchors);
      if (any.length > 0) return { ...EMPTY, facts: explained(graph, reading, any) };
    }
  }
  return direct(graph, { ...reading, kind: 'WHO_DID' }, anchors);
}

/** Of the things counted, those whose names carry the kind noun counted ("councils", "summits"). */
function countedByName(graph: WorkingGraph, reading: Reading, selection: Selection): Selection {
  const noun = reading.countedNoun;
  if (!noun) return selection;
  const carrying = selection.answerIds.filter((id) => nameCarries(graph.nameOf(id), noun));
  // Councils are not counted as summits: with none called so, nothing is counted.
  if (carrying.length === 0) return EMPTY;
  if (carrying.length === selection.answerIds.length) return selection;
  const facts = selection.facts.filter((fact) => carrying.includes(fact.fromId) || carrying.includes(fact.toId));
  return { ...selection, facts, answerIds: carrying };
}

/**
 * Of the things counted, those stated in the question's own words, when some are and some are not
 * ("on how many fields does the council strengthen collaboration": the seven of "It also
 * strengthens collaborations on ...", not the topics of its other sentences).
 */
function countedInWords(graph: WorkingGraph, reading: Reading, selection: Selection, anchors: readonly string[]): Selection {
  // A cue of a relation the facts are of chose them, and tells none apart ("outcomes": OUTCOME_OF).
  const chosenBy = new Set(
    [...new Set(selection.facts.map((fact) => fact.type))].flatMap((type) => RELATION_WORDS[type].cues.flatMap(cueStems)),
  );
  const wording = reading.wording.filter((stem) => !chosenBy.has(stem));
  if (wording.length === 0 || selection.facts.length === 0) return selection;
  const worded = selection.facts.filter((fact) => {
    const stems = factStems(graph, fact);
    return wording.every((stem) => stems.has(stem));
  });
  if (worded.length === 0 || worded.length === selection.facts.length) return selection;
  const inner = new Set([...anchors, ...selection.viaIds]);
  const answerIds = endsBeyond(worded, inner).filter((id) => selection.answerIds.includes(id));
  return { ...selection, facts: worded, answerIds };
}

/** A count with nothing named: the entities called by the noun counted, each with the facts that mention it. */
function membersCounted(graph: WorkingGraph, reading: Reading): Selection {
  const members = countedMembers(reading, graph.graph.entities.values()).filter((id) => graph.factsAt(id).length > 0);
  if (members.length === 0) return EMPTY;
  const facts = unique(members.flatMap((id) => graph.factsAt(id)));
  return { facts, dateEntityIds: [], answerIds: members, viaIds: [] };
}

export function selectFacts(graph: WorkingGraph, reading: Reading): Selection {
  const anchors = [...new Set(reading.named.map((name) => name.entityId))];
  switch (reading.kind) {
    case 'PERIOD':
      return everywhere(graph, reading);
    case 'PLANNED':
      return planned(graph, reading, anchors);
    case 'IN_COMMON':
      return anchors.length >= 2 ? inCommon(graph, reading, anchors) : EMPTY;
    case 'IS_DONE':
      return anchors.length > 0 ? isDone(graph, reading, anchors) : EMPTY;
    case 'WHEN_WHERE':
      return anchors.length > 0 ? whenWhere(graph, reading, anchors) : EMPTY;
    case 'WHICH_SOURCE':
      return anchors.length > 0 ? source(graph, reading, anchors) : EMPTY;
    case 'COUNT':
      if (anchors.length > 0)
        return countedInWords(graph, reading, countedByName(graph, reading, direct(graph, reading, anchors)), anchors);
      return reading.period ? everywhere(graph, reading) : membersCounted(graph, reading);
    case 'WHO_DID':
    case 'WHAT_ABOUT':
      return anchors.length > 0 ? direct(graph, reading, anchors) : EMPTY;
    default:
      return EMPTY;
  }
}
