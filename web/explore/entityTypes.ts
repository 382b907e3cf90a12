/**
 * How each entity type looks: the same colours as Neo4j Browser's style (neo4j/browser/style.grass),
 * so a picture here and a picture there read alike.
 */
export const ENTITY_TYPES = {
  BLOC: { label: 'Bloc', color: '#1F3A93', border: '#142766' },
  COUNTRY: { label: 'Country', color: '#2E6FC0', border: '#1F5597' },
  ORGANIZATION: { label: 'Organisation', color: '#00796B', border: '#004D40' },
  GROUP: { label: 'Group', color: '#80CBC4', border: '#4DB6AC' },
  PERSON: { label: 'Person', color: '#F79767', border: '#F36924' },
  INITIATIVE: { label: 'Initiative', color: '#8E44AD', border: '#6C3483' },
  LAW: { label: 'Law', color: '#C0392B', border: '#922B21' },
  AGREEMENT: { label: 'Agreement', color: '#FFC454', border: '#D7A013' },
  EVENT: { label: 'Event', color: '#A62D7E', border: '#7A1F5C' },
  TECHNOLOGY: { label: 'Technology', color: '#2E7D32', border: '#1B5E20' },
  POLICY_AREA: { label: 'Policy area', color: '#C5E1A5', border: '#9CCC65' },
  PLACE: { label: 'Place', color: '#8D6E63', border: '#6D4C41' },
} as const;

export type EntityType = keyof typeof ENTITY_TYPES;

const UNKNOWN = { label: 'Entity', color: '#A5ABB6', border: '#7D8590' };

/** A type the server added after this page was built still gets drawn, in grey. */
export function entityTypeStyle(type: string): { label: string; color: string; border: string } {
  return (ENTITY_TYPES as Record<string, typeof UNKNOWN>)[type] ?? UNKNOWN;
}

/** "CO_CHAIRED" -> "co-chaired": relation types read as verbs in the picture and the lists. */
export function relationLabel(type: string): string {
  return type.toLowerCase().replace(/_/g, ' ').replace(/^co /, 'co-');
}
