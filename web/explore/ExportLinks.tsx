/**
 * "Take it away": the dossier and the exports (docs/exports.md) of what the explorer shows, the
 * selected entity with what lies within one or two facts of it, or the whole graph when nothing
 * is selected. Plain same-origin links, so the browser streams a large export to disk and a link
 * can be copied into curl; the server names the saved file (Content-Disposition). Like the explorer's reads they carry no token: with
 * READS_REQUIRE_TOKEN the server refuses them as it refuses the explorer's queries.
 */
import { useState } from 'react';
import type { EntityRef } from './queries';

const FORMATS = [
  { file: 'facts.csv', label: 'Facts', hint: 'CSV: one row per quote, with its document' },
  { file: 'graph.gexf', label: 'GEXF', hint: 'for Gephi' },
  { file: 'graph.graphml', label: 'GraphML', hint: 'for yEd, Cytoscape, NetworkX' },
  { file: 'ftm.jsonl', label: 'FtM', hint: 'FollowTheMoney JSON lines, for Aleph' },
  { file: 'graph.jsonld', label: 'JSON-LD', hint: 'with PROV-O provenance' },
] as const;

const DEPTHS = [
  { depth: 1, label: 'and its neighbours' },
  { depth: 2, label: 'and two steps out' },
] as const;

/** Where one export of the entity's surroundings (or of everything) is served. */
export function exportUrl(file: string, scope?: { entityId: string; depth: number }): string {
  if (!scope) return `/export/${file}`;
  const query = new URLSearchParams({ entity: scope.entityId, depth: String(scope.depth) });
  return `/export/${file}?${query}`;
}

export function dossierUrl(entityId: string, depth: number): string {
  return `/export/dossier/${encodeURIComponent(entityId)}.md?depth=${depth}`;
}

export function ExportLinks({ entity }: { entity: EntityRef | undefined }) {
  const [depth, setDepth] = useState<number>(1);
  return (
    <section className="exports card" aria-label="Take it away">
      <h3>Take it away</h3>
      {entity && (
        <>
          <p>
            <a className="export-dossier" href={dossierUrl(entity.id, depth)} download>
              Dossier of {entity.name}
            </a>{' '}
            <span className="muted">(Markdown, a footnote per quote)</span>
          </p>
          <label className="export-depth">
            {entity.name}{' '}
            <select value={depth} onChange={(event) => setDepth(Number(event.target.value))} aria-label="How far out">
              {DEPTHS.map((option) => (
                <option key={option.depth} value={option.depth}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
          <ul className="export-formats" aria-label={`Exports of ${entity.name}`}>
            {FORMATS.map((format) => (
              <li key={format.file}>
                <a href={exportUrl(format.file, { entityId: entity.id, depth })} download title={format.hint}>
                  {format.label}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <ul className="export-formats" aria-label="Exports of the whole graph">
        <li className="muted">Whole graph:</li>
        {FORMATS.map((format) => (
          <li key={format.file}>
            <a href={exportUrl(format.file)} download title={format.hint}>
              {format.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
