/** How a synthetic document states a fact: one sentence per fact, in plain words. */
import type { FactStatus, RelationType } from '../../src/__generated__/graphql';

const PHRASES: Record<RelationType, string> = {
  MEMBER_OF: 'is a member of',
  PART_OF: 'is part of',
  HOLDS_OFFICE: 'serves as {role} of',
  PARTNER_OF: 'is a partner of',
  COOPERATES_WITH: 'cooperates with',
  COORDINATES_WITH: 'coordinates its work with',
  CALLS_ON: 'called on',
  CALLS_FOR: 'called for the adoption of',
  ENCOURAGED_TO_JOIN: 'was encouraged to join',
  CONNECTS: 'connects',
  PARTICIPATED_IN: 'took part in',
  CO_CHAIRED: 'co-chaired',
  HELD_IN: 'was held in',
  FOLLOWS: 'followed',
  CONVENED_UNDER: 'was convened under',
  SIGNED: 'signed',
  SIGNED_AT: 'was signed at',
  PARTY_TO: 'is a party to',
  LAUNCHED: 'launched',
  LAUNCHED_AT: 'was launched at',
  OUTCOME_OF: 'was an outcome of',
  SUPPORTS: 'supports',
  ADOPTS: 'adopted',
  IMPLEMENTS: 'implements',
  BUILDS_ON: 'builds on',
  PREPARES_FOR: 'prepares for',
  COVERS: 'covers',
  REGULATES: 'regulates',
  SUPERVISES: 'supervises',
  COORDINATES: 'coordinates',
  HELD_PRESIDENCY_OF: 'held the presidency of',
};

const LEAD: Record<FactStatus, string> = {
  REPORTED: '',
  PLANNED: 'Under current plans, ',
  EXPECTED: 'Observers expect that ',
  POSSIBLE: 'It is possible that ',
};

/** The sentence's parts around the two names: lead, [from], middle, [to], tail. */
export function sentenceParts(type: RelationType, status: FactStatus, role: string | null, spokenDate: string | null) {
  return {
    lead: LEAD[status],
    middle: ` ${PHRASES[type].replace('{role}', role ?? 'an official')} `,
    tail: `${spokenDate ? ` ${spokenDate}` : ''}.`,
  };
}
