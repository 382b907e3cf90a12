/**
 * Who held which post at an event: HOLDS_OFFICE statements with a role, compared between
 * documents that place the person at the same occasion (they co-chaired, attended or signed the
 * same event or agreement in both). Two readings:
 * - another rank: the same person at the same body, with titles whose rank differs ("Deputy
 *   Minister" against "Parliamentary Vice-Minister", "President" against "Executive
 *   Vice-President"). Only the rank is compared (the office word and the words of rank before
 *   it): the portfolio after "of" / "for" is often cut short or reworded by a copy.
 * - another holder: the same post (rank and portfolio word for word) at the same body given to
 *   two different people at the same occasion by two documents, neither naming the other's.
 * The facts with the contested roles are flagged; none is removed.
 */
import { firm, groupBy, sourceLabel } from './statements';
import type { Conflict, ConflictSide, Statement } from './types';

/** Relations that place a person at an occasion (their `to`). */
const TAKES_PART = new Set(['CO_CHAIRED', 'PARTICIPATED_IN', 'SIGNED']);
const OFFICE_WORD = /^(vice-)?(minister|president|commissioner|secretary|chair|chairman|chairwoman|director|ambassador|head)s?$/;
const RANK_WORDS = new Set(['deputy', 'vice', 'state', 'parliamentary', 'executive', 'prime', 'senior', 'junior', 'acting', 'chief']);
const FILLER = new Set(['the', 'of', 'for', 'and', 'on', 'in', '&']);

const wordsOf = (role: string) =>
  role
    .toLowerCase()
    .replace(/[‐‑–—]/g, '-')
    .split(/[^a-z0-9-]+/)
    .filter((word) => word.length > 0);

/** The rank of a title: the office word and the rank words right before it ("parliamentary vice-minister"). */
export function rankOf(role: string): string | null {
  const words = wordsOf(role);
  const at = words.findIndex((word) => OFFICE_WORD.test(word));
  if (at < 0) return null;
  let first = at;
  while (first > 0 && RANK_WORDS.has(words[first - 1]!)) first -= 1;
  return words.slice(first, at + 1).join(' ');
}

/**
 * Two titles fit when one rank ends the other ("Vice-President" fits "Executive Vice-President",
 * a copy may leave the rank word out); "Deputy Minister" and "Parliamentary Vice-Minister" do not.
 */
function ranksFit(a: string, b: string): boolean {
  const [x, y] = [rankOf(a), rankOf(b)];
  if (x === null || y === null) return true;
  const [short, long] = [x.split(' '), y.split(' ')].sort((p, q) => p.length - q.length) as [string[], string[]];
  return short.every((word, index) => long[long.length - short.length + index] === word);
}

/** The whole post: rank and portfolio words, or null when the title names no portfolio. */
function postOf(role: string): string | null {
  const words = wordsOf(role);
  const at = words.findIndex((word) => OFFICE_WORD.test(word));
  const portfolio = at < 0 ? [] : words.slice(at + 1).filter((word) => !FILLER.has(word));
  return portfolio.length === 0 ? null : `${rankOf(role)}: ${portfolio.join(' ')}`;
}

export function roleConflicts(statements: readonly Statement[]): Conflict[] {
  const offices = statements.filter((s) => s.type === 'HOLDS_OFFICE' && s.role && !s.from.isName && !s.to.isName && firm(s));
  const occasions = new Map<string, Set<string>>();
  const occasionNames = new Map<string, string>();
  for (const s of statements) {
    if (!TAKES_PART.has(s.type) || !firm(s) || s.to.isName) continue;
    const key = `${s.documentId}|${s.from.id}`;
    occasions.set(key, (occasions.get(key) ?? new Set()).add(s.to.id));
    occasionNames.set(s.to.id, s.to.name);
  }
  const nameOf = (id: string) => occasionNames.get(id) ?? id;
  const sharedOccasion = (a: Statement, b: Statement) =>
    [...(occasions.get(`${a.documentId}|${a.from.id}`) ?? [])].find((id) => occasions.get(`${b.documentId}|${b.from.id}`)?.has(id));
  const conflicts: Conflict[] = [];
  for (const [group, items] of groupBy(offices, (s) => `${s.from.id}|${s.to.id}`)) {
    // A fact's rank is contested when more documents at an occasion it shares give a rank it does
    // not fit than give one it fits (an official text agreeing with it outweighs a spun copy).
    const contested = items.flatMap((fact) => {
      if (fact.factId === null) return [];
      const others = items.filter((s) => s.documentId !== fact.documentId && sharedOccasion(fact, s) !== undefined);
      const against = others.filter((s) => !ranksFit(fact.role!, s.role!));
      const documents = (list: Statement[]) => new Set(list.map((s) => s.documentId)).size;
      if (documents(against) <= documents(others) - documents(against)) return [];
      return against.map((s): [Statement, Statement, string] => [fact, s, sharedOccasion(fact, s)!]);
    });
    if (contested.length === 0) continue;
    const [personId] = group.split('|') as [string];
    conflicts.push(describe(`ROLE:rank:${group}`, personId, contested, nameOf, (s) => `${s.from.name}: ${s.role}`));
  }
  for (const [group, items] of groupBy(
    offices.filter((s) => postOf(s.role!) !== null),
    (s) => `${s.to.id}|${postOf(s.role!)}`,
  )) {
    const contested = pairsWhere(
      items,
      (a, b) =>
        a.from.id !== b.from.id &&
        !items.some(
          (s) => (s.documentId === b.documentId && s.from.id === a.from.id) || (s.documentId === a.documentId && s.from.id === b.from.id),
        ),
    );
    if (contested.length === 0) continue;
    conflicts.push(describe(`ROLE:holder:${group}`, items[0]!.to.id, contested, nameOf, (s) => `${s.role}: ${s.from.name}`));
  }
  return conflicts.filter((conflict) => conflict.factIds.length > 0 && conflict.sides.length > 1);

  /** Pairs of statements from two documents that disagree and place their people at one occasion. */
  function pairsWhere(items: readonly Statement[], disagree: (a: Statement, b: Statement) => boolean) {
    const pairs: Array<[Statement, Statement, string]> = [];
    for (const a of items)
      for (const b of items) {
        if (a.documentId === b.documentId || !disagree(a, b)) continue;
        const occasion = sharedOccasion(a, b);
        if (occasion !== undefined) pairs.push([a, b, occasion]);
      }
    return pairs;
  }
}

function describe(
  id: string,
  aboutId: string,
  pairs: ReadonlyArray<[Statement, Statement, string]>,
  nameOf: (id: string) => string,
  says: (s: Statement) => string,
): Conflict {
  const involved = [...new Set(pairs.flatMap(([a, b]) => [a, b]))];
  const factIds = [...new Set(involved.flatMap((s) => (s.factId ? [s.factId] : [])))].sort();
  const flaggedDocuments = new Set(involved.filter((s) => s.factId !== null).map((s) => s.documentId));
  const sides: ConflictSide[] = [...groupBy(involved, (s) => s.documentId).entries()].map(([documentId, evidence]) => ({
    documentId,
    machineTranslated: evidence[0]!.machineTranslated,
    role: flaggedDocuments.has(documentId) ? 'FLAGGED' : 'CONTRADICTING',
    says: [...new Set(evidence.map(says))].join('; '),
    evidence,
  }));
  const occasion = pairs[0]![2];
  const claims = sides.map((side) => `${sourceLabel(side.evidence[0]!)} says ${side.says}`);
  return {
    id,
    kind: 'ROLE',
    aboutId,
    relationType: 'HOLDS_OFFICE',
    reason: `Sources disagree on who held which post at ${nameOf(occasion)}: ${claims.join('; ')}.`,
    factIds,
    sides,
  };
}
