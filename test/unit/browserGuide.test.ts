import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseSavedQueries, renderBrowserGuide } from '../../src/http/browserGuide';
import { NEO4J_BROWSER_DIR } from '../../src/http/routes/neo4jBrowser';

const saved = fs.readFileSync(path.join(NEO4J_BROWSER_DIR, 'analyst-queries.cypher'), 'utf8');

describe('the Neo4j Browser guide of saved queries', () => {
  it('reads every saved query with its title, parameters and Cypher, and skips the file header', () => {
    const queries = parseSavedQueries(saved);
    expect(queries).toHaveLength(18);
    expect(queries[0]).toMatchObject({ title: 'Who co-chaired which council', params: [] });
    expect(queries[0]!.cypher).toMatch(/^MATCH \(p:Person\)-\[c:CO_CHAIRED\]->\(council:Event\)/);
    expect(queries[2]).toMatchObject({
      title: 'Which article says so',
      params: [":param from => 'European Union';", ":param to => 'Hiroshima AI Process';"],
    });
    for (const query of queries) {
      expect(query.cypher).not.toMatch(/^\/\/|^:param/m);
      expect(query.cypher.trim().endsWith(';')).toBe(true);
    }
  });

  it('writes a slide per query after an opening one that loads the style from this server, escaping what it quotes', () => {
    const html = renderBrowserGuide(parseSavedQueries(saved), 'http://127.0.0.1:4000');
    expect(html.match(/<slide>/g)).toHaveLength(19);
    expect(html).toContain('<pre class="code runnable">:style http://127.0.0.1:4000/neo4j-browser/style.grass</pre>');
    expect(html).toContain('<pre class="code runnable">:param from =&gt; &#39;European Union&#39;;');
    const tricky = renderBrowserGuide(
      [{ title: '<b>x</b>', summary: 'a & b', notes: [], params: [], cypher: "RETURN '<script>' AS s;" }],
      'http://h',
    );
    expect(tricky).not.toContain('<script>');
    expect(tricky).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(tricky).toContain('RETURN &#39;&lt;script&gt;&#39; AS s;');
  });
});
