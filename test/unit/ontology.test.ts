import { allows, labelOf, ontology, parseOntology } from '../../src/domain/ontology';

describe('the ontology read from schema/ontology.graphql', () => {
  it('lists every entity type with a PascalCase label', () => {
    expect(ontology().entityTypes).toContain('POLICY_AREA');
    expect(labelOf('POLICY_AREA')).toBe('PolicyArea');
  });

  it('allows a relation only between the entity types its @connects names', () => {
    expect(allows('CO_CHAIRED', 'PERSON', 'EVENT')).toBe(true);
    expect(allows('CO_CHAIRED', 'EVENT', 'PERSON')).toBe(false);
    expect(allows('HELD_IN', 'EVENT', 'COUNTRY')).toBe(false);
  });

  it('refuses a relation type declared without @connects', () => {
    expect(() => parseOntology('enum EntityType { PERSON } enum RelationType { KNOWS }')).toThrow(/no @connects/);
  });
});
