import { operationToRun } from '../../web/graphiql/operationToRun';

const tabQuery = '# How is she connected?\nquery HowAreTheyConnected { paths(from: "a", to: "b") { length } }\n';
const twoOperations = 'query First { a } query Second { b }';

describe('the operation a GraphiQL request names', () => {
  it("replaces a previous tab's operation name with the only operation the document holds", () => {
    expect(operationToRun(tabQuery, 'WhoCoChairedTheThirdCouncil')).toBe('HowAreTheyConnected');
  });

  it('keeps a name the document defines', () => {
    expect(operationToRun(twoOperations, 'Second')).toBe('Second');
    expect(operationToRun(tabQuery, 'HowAreTheyConnected')).toBe('HowAreTheyConnected');
  });

  it('names the only operation when GraphiQL sent no name', () => {
    expect(operationToRun(tabQuery, undefined)).toBe('HowAreTheyConnected');
    expect(operationToRun('{ a }', 'Stale')).toBeNull();
  });

  it('leaves a document with several operations, or one that does not parse, as GraphiQL sent it', () => {
    expect(operationToRun(twoOperations, 'Stale')).toBe('Stale');
    expect(operationToRun('query Broken {', 'Stale')).toBe('Stale');
  });
});
