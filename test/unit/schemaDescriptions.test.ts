/**
 * Lint (graphql-eslint's require-description, eslint.config.mjs) makes every type, field,
 * argument, input field, enum value and directive of schema/*.graphql carry a description. No
 * rule covers the schema itself, and a `schema { }` definition has a trap: a root type it does
 * not list is not served at all. Both are checked here, on the schema as the server builds it.
 */
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, parse, Kind } from 'graphql';
import { readTypeDefs } from '../../src/graphql/typeDefs';

const typeDefs = readTypeDefs();
const schema = buildSchema(typeDefs);

/** Every element of our own SDL that has no description, as `Type.field(arg)` paths. */
function undescribed(): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (!field.description) missing.push(`${type.name}.${field.name}`);
    }
    if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
  }
  return missing;
}

describe('the schema as a described contract', () => {
  it('describes the schema itself', () => {
    expect(schema.description?.length ?? 0).toBeGreaterThan(50);
  });

  it('leaves no type, field, argument, input field or enum value undescribed', () => {
    expect(undescribed()).toEqual([]);
  });

  it('lists every root type the SDL defines in its schema definition, so none goes unserved', () => {
    const defined = parse(typeDefs)
      .definitions.filter((definition) => definition.kind === Kind.OBJECT_TYPE_DEFINITION)
      .map((definition) => definition.name.value)
      .filter((name) => ['Query', 'Mutation', 'Subscription'].includes(name));
    const served = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
      type ? [type.name] : [],
    );
    expect(served.sort()).toEqual(defined.sort());
  });
});
