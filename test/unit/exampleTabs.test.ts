import * as fs from 'node:fs';
import * as path from 'node:path';
import { Kind, parse } from 'graphql';
import { exampleTabs } from '../../web/graphiql/exampleTabs';

const source = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'queries.graphql'), 'utf8');
const operations = parse(source).definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);

describe("GraphiQL's example tabs", () => {
  const tabs = exampleTabs(source);

  it('hold one tab per operation of docs/queries.graphql, in order', () => {
    expect(tabs).toHaveLength(operations.length);
    tabs.forEach((tab, index) => {
      const name = (operations[index] as { name?: { value: string } }).name?.value;
      expect(tab.query).toContain(`query ${name}`);
    });
  });

  it('each parse on their own, as one operation, led by the comment that asks its question', () => {
    for (const tab of tabs) {
      expect(parse(tab.query).definitions).toHaveLength(1);
      expect(tab.query.startsWith('# ')).toBe(true);
      expect(tab.query).not.toContain('Example analyst queries');
    }
    expect(tabs.find((tab) => tab.query.includes('query HowAreTheyConnected'))!.query).toMatch(/^# How is Henna Virkkunen connected/);
  });

  it('work without comments too', () => {
    expect(exampleTabs('{ a }\nquery B { b }')).toEqual([{ query: '{ a }\n' }, { query: 'query B { b }\n' }]);
  });
});
