/**
 * The entities a span's words could name, before context is read: forms of the same base (exact
 * tier) or, failing that, of the same stems (stem tier: "Arctic connectivity" / "Arctic
 * connections"), that the span does not contradict. A span contradicts a form when both carry an
 * ordinal or a year and they differ, when each names a party the other lacks ("EU-Korea" is not
 * "EU-Japan"), when it writes an acronym in lower case, or when a proper name (a person, an
 * organisation, a country) is written all in lower case, as common nouns are.
 */
import { looksLikeAcronym } from './acronyms';
import { stemSetOf, stemsOf, type IndexedForm, type NameIndex } from './nameIndex';
import type { NameShape } from './nameShape';
import { typeOfHead } from './titles';

export interface FormMatch {
  form: IndexedForm;
  tier: 'exact' | 'stems' | 'words';
}

// Fields and technologies are common nouns: "semiconductors" names Semiconductors.
const COMMON_NOUN_TYPES = new Set(['TECHNOLOGY', 'POLICY_AREA']);
const SINGLE_PARTY_TYPES = new Set(['ORGANIZATION', 'PERSON', 'PLACE', 'COUNTRY', 'BLOC']);

function partiesContradict(surface: string[], form: string[]): boolean {
  const surfaceOnly = surface.some((party) => !form.includes(party));
  const formOnly = form.some((party) => !surface.includes(party));
  return surfaceOnly && formOnly && form.length > 0;
}

export function contradicts(shape: NameShape, surface: string, form: IndexedForm, index: NameIndex): boolean {
  const other = form.shape;
  if (shape.ordinal !== undefined && other.ordinal !== undefined && shape.ordinal !== other.ordinal) return true;
  // Only events come in numbered editions: "first Digital Partnership" is not the Partnership.
  if (shape.ordinal !== undefined && other.ordinal === undefined && index.entities.get(form.entityId)?.type !== 'EVENT') return true;
  if (shape.year !== undefined && other.year !== undefined && shape.year !== other.year) return true;
  if (partiesContradict(shape.parties, other.parties)) return true;
  // An organisation or a person is one party's: a span that names another party too ("EU AI
  // Office and Japan") is not its name.
  const single = index.entities.get(form.entityId)?.type;
  const own = index.partiesOf.get(form.entityId) ?? other.parties;
  if (
    SINGLE_PARTY_TYPES.has(single ?? '') &&
    shape.parties.some((party) => !own.includes(party)) &&
    (own.length > 0 || shape.parties.length >= 2 || /\s(and|or|with)\s[^\s]+$/iu.test(surface.trim()))
  )
    return true;
  if (form.source === 'acronym' && !looksLikeAcronym(surface.replace(/[^\p{L}\p{N}]/gu, ''))) return true;
  const entity = index.entities.get(form.entityId);
  if (entity && !COMMON_NOUN_TYPES.has(entity.type) && /\p{Lu}/u.test(form.form) && !/\p{Lu}/u.test(surface) && !/\s/u.test(surface.trim()))
    return true;
  // A year inside the span must be part of the name ("Summit 2023"); a year after a name ("the
  // second Council in 2024") is context, read as `yearAfter`, and must be the entity's own year.
  if (shape.year !== undefined && other.year === undefined) return true;
  if (shape.yearAfter !== undefined && entity?.date && !entity.date.startsWith(String(shape.yearAfter))) return true;
  // A base of one head noun ("summit", "council") names a series: only its parties, written out, make it a name.
  if (other.baseWords.length === 1 && typeOfHead(other.baseWords[0]!) && other.parties.some((party) => !shape.parties.includes(party)))
    return true;
  // An event named by its year or ordinal only where the form has neither: another edition.
  return false;
}

export function formMatches(shape: NameShape, surface: string, index: NameIndex, documentId?: string | null): FormMatch[] {
  if (shape.base === '') return [];
  const local = documentId ? (index.documentForms.get(documentId) ?? []) : [];
  const exact = [...(index.byBase.get(shape.base) ?? []), ...local.filter((form) => form.shape.base === shape.base)]
    .filter((form) => !contradicts(shape, surface, form, index))
    .map((form): FormMatch => ({ form, tier: 'exact' }));
  if (exact.length > 0) return exact;
  // Stems only for names of some length: short words stem to too much ("security", "secure").
  if (shape.base.length < 8) return [];
  const stems = stemsOf(shape);
  const stemMatches = [...(index.byStems.get(stems) ?? []), ...local.filter((form) => form.stems === stems)]
    .filter((form) => !contradicts(shape, surface, form, index))
    .map((form): FormMatch => ({ form, tier: 'stems' }));
  if (stemMatches.length > 0) return stemMatches;
  return wordSetMatches(shape, surface, index);
}

/**
 * A longer name written with its parties and its content words in another order or with one
 * modifier left out: "ROK-EU Forum for Semiconductor Researchers" is the "EU-South Korea joint
 * semiconductor research forum". The span's parties must be the form's, its three or more content
 * stems all the form's, and the form may have one more (a modifier such as "joint").
 */
function wordSetMatches(shape: NameShape, surface: string, index: NameIndex): FormMatch[] {
  if (shape.parties.length === 0) return [];
  const mine = stemSetOf(shape);
  // A word said twice ("Researchers Forum for researchers") is the name and a phrase after it.
  if (mine.size < 3 || mine.size !== shape.baseWords.filter((word) => !['of', 'for', 'the', 'and', 'on', 'in'].includes(word)).length)
    return [];
  const matches: FormMatch[] = [];
  // Every stem of the span must be the form's: the shortest list of forms with one of them holds them all.
  let block: number[] | undefined;
  for (const stem of mine) {
    const list = index.wordSetsByStem.get(stem) ?? [];
    if (!block || list.length < block.length) block = list;
  }
  for (const position of block ?? []) {
    const { form, stems } = index.wordSets[position]!;
    if (stems.size - mine.size > 1 || stems.size < mine.size) continue;
    if (form.shape.parties.join(',') !== shape.parties.join(',')) continue;
    if (![...mine].every((stem) => stems.has(stem))) continue;
    if (contradicts(shape, surface, form, index)) continue;
    matches.push({ form, tier: 'words' });
  }
  return matches;
}
