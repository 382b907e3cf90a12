/**
 * Synthetic facts: about `perEntity` relations per entity, every one allowed by the ontology
 * (`allows`), with long-tailed degrees (a skewed choice within each type) and a few hubs that
 * take part in a fixed share of all facts, so they end with tens of thousands of relations.
 */
import type { EntityType, FactStatus, RelationType } from '../../src/__generated__/graphql';
import { factIdOf } from '../../src/domain/ids';
import type { ResolvedEntity, ResolvedFact } from '../../src/domain/bundle/resolvedBundle';
import { allows, ontology } from '../../src/domain/ontology';
import { randomDate } from './dates';
import type { SyntheticEntities } from './entities';
import { HUB_IDS } from './entities';
import type { Random } from './random';
import { OFFICES } from './vocabulary';

/** How often each relation type is drawn (others get 1): participation and support dominate real corpora. */
const WEIGHTS: Partial<Record<RelationType, number>> = {
  PARTICIPATED_IN: 14,
  HOLDS_OFFICE: 6,
  SUPPORTS: 6,
  COOPERATES_WITH: 5,
  COVERS: 5,
  MEMBER_OF: 4,
  PART_OF: 3,
  PARTNER_OF: 2,
  CALLS_ON: 2,
  SIGNED: 2,
  PARTY_TO: 2,
  LAUNCHED: 2,
  HELD_IN: 2,
  SUPERVISES: 2,
};

/** Share of facts that have a hub at one end (when the relation type allows the hub's type). */
const HUB_SHARE = 0.1;
const SKEW = 2;

function status(random: Random): FactStatus {
  const roll = random.next();
  return roll < 0.84 ? 'REPORTED' : roll < 0.94 ? 'PLANNED' : 'EXPECTED';
}

export function generateFacts(entities: SyntheticEntities, target: number, random: Random): ResolvedFact[] {
  const { relationTypes, rules } = ontology();
  const present = (types: ReadonlySet<EntityType>) => [...types].filter((type) => (entities.byType.get(type)?.length ?? 0) > 0);
  const weights = relationTypes.map((type) => WEIGHTS[type] ?? 1);
  const hubs = entities.all.filter((entity) => (HUB_IDS as readonly string[]).includes(entity.id));
  const seen = new Set<string>();
  const facts: ResolvedFact[] = [];

  const endpoint = (types: EntityType[]): ResolvedEntity => {
    const hubsHere = hubs.filter((hub) => types.includes(hub.type));
    if (hubsHere.length > 0 && random.chance(HUB_SHARE)) return random.pick(hubsHere);
    const list = entities.byType.get(random.pick(types))!;
    return list[random.skewed(list.length, SKEW)]!;
  };

  for (let attempts = 0; facts.length < target && attempts < target * 4; attempts += 1) {
    const type = relationTypes[random.weighted(weights)]!;
    const rule = rules.get(type)!;
    const fromTypes = present(rule.from);
    const toTypes = present(rule.to);
    if (fromTypes.length === 0 || toTypes.length === 0) continue;
    const from = endpoint(fromTypes);
    const to = endpoint(toTypes);
    if (from.id === to.id || !allows(type, from.type, to.type)) continue;
    const role = type === 'HOLDS_OFFICE' ? random.pick(OFFICES) : null;
    const id = factIdOf(type, from.id, to.id, role);
    if (seen.has(id)) continue;
    seen.add(id);
    // A fact about an event carries the event's date; some others have a date of their own.
    const date = to.date !== null ? { value: to.date, precision: to.datePrecision! } : random.chance(0.3) ? randomDate(random) : null;
    facts.push({
      id,
      type,
      fromId: from.id,
      toId: to.id,
      status: status(random),
      date: date?.value ?? null,
      datePrecision: date?.precision ?? null,
      dateInferred: date ? false : null,
      role,
      note: null,
    });
  }
  return facts;
}
