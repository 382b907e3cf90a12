/**
 * The Neo4j Browser guide (`:play <url>`, docs/neo4j-browser.md) written from the saved analyst
 * queries, so the guide and neo4j/browser/analyst-queries.cypher cannot drift apart. The file is
 * a header comment, then blocks separated by blank lines: a title line ("// Title: why"), more
 * `//` notes, optional `:param` lines, one query. Browser shows each <slide> as a page of the
 * guide and puts a `pre.runnable` into its editor when clicked.
 */

export interface SavedQuery {
  title: string;
  /** The rest of the title line: what the query answers. */
  summary: string;
  notes: string[];
  /** `:param name => value;` lines, run before the query. */
  params: string[];
  cypher: string;
}

const comment = (line: string) => line.startsWith('//');

/** The blocks of the saved-queries file; the header (the first block, comments only) is skipped. */
export function parseSavedQueries(text: string): SavedQuery[] {
  return text
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.split('\n').filter((line) => line.trim() !== ''))
    .filter((lines) => lines.some((line) => !comment(line)))
    .map((lines) => {
      const remarks = lines.filter(comment).map((line) => line.replace(/^\/\/\s?/, ''));
      const [first = '', ...notes] = remarks;
      const colon = first.indexOf(':');
      return {
        title: colon > 0 ? first.slice(0, colon).trim() : first.trim(),
        summary: colon > 0 ? first.slice(colon + 1).trim() : '',
        notes,
        params: lines.filter((line) => line.startsWith(':param')),
        cypher: lines.filter((line) => !comment(line) && !line.startsWith(':param')).join('\n'),
      };
    });
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

const runnable = (code: string) => `<pre class="code runnable">${escapeHtml(code)}</pre>`;

function querySlide(query: SavedQuery, index: number, total: number): string {
  const params = query.params.length
    ? `<p>First set its parameters (edit the values; they stay set for the session, <code>:params</code> lists them):</p>${runnable(query.params.join('\n'))}<p>Then run the query:</p>`
    : '';
  return `<slide>
<h3>${index + 1} of ${total}. ${escapeHtml(query.title)}</h3>
<p>${escapeHtml(query.summary.charAt(0).toUpperCase() + query.summary.slice(1))}</p>
${query.notes.map((note) => `<p class="muted">${escapeHtml(note)}</p>`).join('\n')}
${params}${runnable(query.cypher)}
</slide>`;
}

/** The guide's HTML; `origin` is where this server was reached, so the style line points back at it. */
export function renderBrowserGuide(queries: readonly SavedQuery[], origin: string): string {
  const styleUrl = `${origin}/neo4j-browser/style.grass`;
  const contents = queries.map((query, index) => `<li>${index + 1}. ${escapeHtml(query.title)}</li>`).join('\n');
  return `<!doctype html>
<html>
<head><meta charset="utf-8"><title>Partnership graph: saved analyst queries</title></head>
<body>
<article class="guide">
<slide>
<h3>The EU–Japan partnership graph</h3>
<p>Entities (people, institutions, agreements, events…) are nodes with the label <code>Entity</code> and
their type; a fact is a relationship between two of them (<code>CO_CHAIRED</code>, <code>SIGNED</code>…).
Each fact is backed by <code>Evidence</code> nodes, the quoted sentences, each <code>QUOTED_FROM</code>
a <code>Document</code>.</p>
<p>Click a grey block to put it in the editor, then run it (Ctrl/Cmd+Enter). Every query here only
reads. First load the graph's style (colours per type, names as captions):</p>
${runnable(`:style ${styleUrl}`)}
<p>The queries, one per page:</p>
<ul>
${contents}
</ul>
</slide>
${queries.map((query, index) => querySlide(query, index, queries.length)).join('\n')}
</article>
</body>
</html>
`;
}
