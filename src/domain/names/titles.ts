/**
 * Words of English titles and honorifics, and the heads that tell a name's kind. Language rules,
 * not names: what a person is called before their surname ("Minister Kiuchi", "EVP Virkkunen",
 * "Dr Lee"), and what head noun makes "X Ministry" an organisation or "X Summit" an event.
 */
import pluralize from 'pluralize';
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'madam', 'h e', 'he']);

/** Heads of titles: the word a title ends in before the name ("Executive Vice-President"). */
export const TITLE_HEADS = new Set([
  'minister',
  'vice-minister',
  'commissioner',
  'president',
  'vice-president',
  'evp',
  'vp',
  'chair',
  'chairman',
  'chairwoman',
  'chairperson',
  'secretary',
  'director',
  'director-general',
  'ambassador',
  'governor',
  'mayor',
  'premier',
  'chancellor',
  'senator',
  'representative',
  'spokesperson',
  'spokesman',
  'ceo',
  'head',
  'deputy',
  'undersecretary',
  'king',
  'queen',
  'prince',
  'princess',
  'emperor',
  'envoy',
  'commissioner-designate',
  'vice-chair',
  'vice-chairman',
]);

/** Words that may stand before a title head inside a title ("State", "Parliamentary", "Digital"). */
export function isTitleHead(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/, '');
  return TITLE_HEADS.has(lower) || HONORIFICS.has(lower) || /-(minister|president|secretary|chair)$/.test(lower);
}

export function isHonorific(word: string): boolean {
  return HONORIFICS.has(word.toLowerCase().replace(/\.$/, ''));
}

/** The entity type a name's head word implies, for names the graph lacks. */
const HEAD_TYPES: Array<[RegExp, string]> = [
  [
    /^(ministry|agency|office|institute|institution|centre|center|commission|organi[sz]ation|undertaking|press|community|authority|bank|university|association|council of|board|parliament|government|secretariat|directorate|foundation|corporation|company|table|committee|alliance|union|court|service|services|department|consortium|group|bureau|unit|panel|observatory|laboratory|lab|academy|federation|league|chamber|registry|inspectorate)$/i,
    'ORGANIZATION',
  ],
  [
    /^(summit|meeting|council|conference|dialogue|dialog|forum|session|ministerial|talks|roundtable|symposium|workshop|congress|expo|festival|igf)$/i,
    'EVENT',
  ],
  [/^(agreement|memorandum|arrangement|treaty|accord|partnership|letter|convention|pact|deal|charter|protocol)$/i, 'AGREEMENT'],
  [
    /^(programme|program|project|process|framework|initiative|declaration|strategy|plan|mechanism|call|scheme|mission|principles|code|channel|platform|wallet|roadmap|fund)$/i,
    'INITIATIVE',
  ],
  [/^(act|regulation|directive|law|bill|ordinance)$/i, 'LAW'],
  [/^(network|networks|system|systems|technology|technologies|computing|cable|cables)$/i, 'TECHNOLOGY'],
  [/^(leaders|ministers|members|researchers|stakeholders|experts)$/i, 'GROUP'],
  [/^(ocean|sea|island|islands|region|city|prefecture|province|mountains|river|continent)$/i, 'PLACE'],
];

export function typeOfHead(word: string): string | undefined {
  const singular = pluralize.singular(word);
  for (const [pattern, type] of HEAD_TYPES) if (pattern.test(word) || pattern.test(singular)) return type;
  return undefined;
}
