/**
 * Synthetic entities of every ontology type, in realistic proportions: few blocs and countries,
 * many organisations, people and events. The first entities are the hubs (the EU, Japan, the
 * European Commission, AI) that the facts generator connects to tens of thousands of others.
 * Names repeat on purpose (two "Kim Lee"s, many "JADI"s) so name lookups meet collisions.
 */
import type { EntityType } from '../../src/__generated__/graphql';
import type { ResolvedEntity } from '../../src/domain/bundle/resolvedBundle';
import { nameKey } from '../../src/domain/nameKey';
import { labelOf } from '../../src/domain/ontology';
import type { Random } from './random';
import * as words from './vocabulary';
import { randomDate } from './dates';

/** Share of each type among the entities (blocs, countries and technologies are capped by their lists). */
const SHARES: Record<EntityType, number> = {
  BLOC: 0.0001,
  COUNTRY: 0.0005,
  ORGANIZATION: 0.27,
  GROUP: 0.05,
  PERSON: 0.3,
  INITIATIVE: 0.08,
  LAW: 0.03,
  AGREEMENT: 0.06,
  EVENT: 0.14,
  TECHNOLOGY: 0.01,
  POLICY_AREA: 0.01,
  PLACE: 0.0394,
};

/** The hubs: well-known entities with tens of thousands of facts at 100k entities. */
export const HUB_IDS = ['european-union', 'japan', 'european-commission', 'artificial-intelligence'] as const;

export interface SyntheticEntities {
  all: ResolvedEntity[];
  byType: Map<EntityType, ResolvedEntity[]>;
}

const acronym = (name: string) =>
  name
    .split(/[\s-]+/)
    .filter((word) => /^[A-Z0-9]/.test(word))
    .map((word) => word.charAt(0))
    .join('');

function slug(name: string): string {
  return nameKey(name).replace(/ /g, '-') || 'entity';
}

interface Draft {
  id?: string;
  name: string;
  aliases: string[];
  description?: string;
}

function draft(type: EntityType, index: number, random: Random): Draft {
  switch (type) {
    case 'BLOC': {
      const bloc = words.BLOCS[index % words.BLOCS.length]!;
      return { id: index === 0 ? 'european-union' : undefined, name: bloc.name, aliases: bloc.aliases };
    }
    case 'COUNTRY':
      return { id: index === 0 ? 'japan' : undefined, name: words.COUNTRIES[index % words.COUNTRIES.length]!, aliases: [] };
    case 'ORGANIZATION': {
      if (index === 0) return { id: 'european-commission', name: 'European Commission', aliases: ['the Commission', 'EC'] };
      const name = `${random.pick(words.ADJECTIVES)} ${random.pick(words.ORGANIZATION_KINDS)} for ${random.pick(words.FIELDS)}`;
      return { name, aliases: [acronym(name)] };
    }
    case 'GROUP':
      return { name: `${random.pick(words.ADJECTIVES)} ${random.pick(words.GROUP_NOUNS)}`, aliases: [] };
    case 'PERSON': {
      const first = random.pick(words.FIRST_NAMES);
      const last = random.pick(words.LAST_NAMES);
      return { name: `${first} ${last}`, aliases: random.chance(0.5) ? [`${first.charAt(0)}. ${last}`] : [] };
    }
    case 'INITIATIVE': {
      const name = `${random.pick(words.CITIES)} ${random.pick(words.FIELDS)} ${random.pick(words.INITIATIVE_NOUNS)}`;
      return { name, aliases: [acronym(name)] };
    }
    case 'LAW': {
      const field = random.pick(words.FIELDS);
      return { name: `${field} Act ${2000 + random.int(27)}`, aliases: [`the ${field} Act`] };
    }
    case 'AGREEMENT':
      return {
        name: `${random.pick(words.COUNTRIES)}-${random.pick(words.COUNTRIES)} ${random.pick(words.AGREEMENT_KINDS)} on ${random.pick(words.FIELDS)}`,
        aliases: [],
      };
    case 'EVENT':
      return { name: `${random.pick(words.CITIES)} ${random.pick(words.FIELDS)} ${random.pick(words.EVENT_KINDS)} ${index}`, aliases: [] };
    case 'TECHNOLOGY': {
      if (index < words.TECHNOLOGIES.length) {
        const technology = words.TECHNOLOGIES[index]!;
        return { id: index === 0 ? 'artificial-intelligence' : undefined, name: technology.name, aliases: technology.aliases };
      }
      return { name: `${random.pick(words.TECHNOLOGY_PREFIXES)} ${random.pick(words.TECHNOLOGIES).name}`, aliases: [] };
    }
    case 'POLICY_AREA':
      return { name: `${random.pick(words.FIELDS)} policy`, aliases: [] };
    case 'PLACE':
      return { name: index < words.CITIES.length ? words.CITIES[index]! : `${random.pick(words.CITIES)} district ${index}`, aliases: [] };
  }
}

/** How many of each type; people take up what the capped lists leave, so the total is exact. */
function countsOf(total: number, types: readonly EntityType[]): Map<EntityType, number> {
  const counts = new Map<EntityType, number>();
  for (const type of types) {
    const cap = type === 'BLOC' ? words.BLOCS.length : type === 'COUNTRY' ? words.COUNTRIES.length : Infinity;
    counts.set(type, Math.max(1, Math.min(cap, Math.round(total * SHARES[type]))));
  }
  const others = [...counts].reduce((sum, [type, count]) => sum + (type === 'PERSON' ? 0 : count), 0);
  counts.set('PERSON', Math.max(1, total - others));
  return counts;
}

export function generateEntities(total: number, types: readonly EntityType[], random: Random): SyntheticEntities {
  const all: ResolvedEntity[] = [];
  const byType = new Map<EntityType, ResolvedEntity[]>();
  const ids = new Set<string>();
  const counts = countsOf(total, types);
  for (const type of types) {
    const list: ResolvedEntity[] = [];
    for (let index = 0; index < (counts.get(type) ?? 0); index += 1) {
      const { id, name, aliases } = draft(type, index, random);
      const kept = [...new Set(aliases.filter((alias) => alias !== '' && alias !== name))];
      const key = nameKey(name);
      const date = type === 'EVENT' ? randomDate(random) : null;
      let entityId = id ?? `${slug(name)}-${index.toString(36)}`;
      if (ids.has(entityId)) entityId = `${entityId}-${type.toLowerCase().replace('_', '-')}`;
      ids.add(entityId);
      list.push({
        id: entityId,
        type,
        label: labelOf(type),
        name,
        description: `Synthetic ${type.toLowerCase().replace('_', ' ')} #${index}: ${name}.`,
        unresolved: false,
        aliases: kept,
        documentAliases: [],
        nameKey: key,
        nameKeys: [...new Set([key, ...kept.map(nameKey)].filter((k) => k !== ''))],
        date: date?.value ?? null,
        dateEnd: null,
        datePrecision: date?.precision ?? null,
        dateInferred: date ? false : null,
        dateStatus: date ? 'REPORTED' : null,
      });
    }
    byType.set(type, list);
    all.push(...list);
  }
  return { all, byType };
}
