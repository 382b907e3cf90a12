/**
 * The explorer: search, the selected entity's card, the picture of what has been explored, and
 * the path finder, and the Ask box (whose answer's facts become the picture). Owns what the picture shows; the selected entity is kept in the URL
 * (#entity=<id>) so a view can be shared. `?review=<documentId>` opens a document's review instead.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { runQuery } from '../shared/graphqlFetch';
import { AskBox } from './AskBox';
import { answerElements, type Answer } from './askQuery';
import { DocumentViewer } from './DocumentViewer';
import { EntityCard } from './EntityCard';
import { EntityPicker } from './EntityPicker';
import { ExportLinks } from './ExportLinks';
import { EMPTY_GRAPH, pathHighlight, withElements, withNeighborhood, withPaths, type GraphModel, type Path } from './graphModel';
import { GraphView } from './GraphView';
import { Legend } from './Legend';
import { ReviewView } from './ReviewView';
import { PathFinder, type PathQuery } from './PathFinder';
import { NEIGHBORHOOD, PATHS, type EntityRef, type EvidenceItem, type NeighborhoodResult, type PathsResult } from './queries';
import { TopBar } from './TopBar';
import { useAsync } from './useAsync';
import { Welcome } from './Welcome';

function entityIdInUrl(): string | undefined {
  return new URLSearchParams(window.location.hash.slice(1)).get('entity') ?? undefined;
}

function reviewedDocumentInUrl(): string | undefined {
  return new URLSearchParams(window.location.search).get('review') ?? undefined;
}

export function App() {
  const reviewed = reviewedDocumentInUrl();
  return reviewed ? <ReviewView documentId={reviewed} /> : <Explorer />;
}

function Explorer() {
  const [graph, setGraph] = useState<GraphModel>(EMPTY_GRAPH);
  const [selected, setSelected] = useState<EntityRef | undefined>();
  const [truncated, setTruncated] = useState(false);
  const [notice, setNotice] = useState<string | undefined>();
  const [pathQuery, setPathQuery] = useState<PathQuery | undefined>();
  const [chosenPath, setChosenPath] = useState(0);
  const [openEvidence, setOpenEvidence] = useState<EvidenceItem | undefined>();
  // Bumped when the picture starts afresh, so a neighbourhood still loading for the old picture is dropped.
  const generation = useRef(0);

  const expand = useCallback(async (id: string) => {
    const started = generation.current;
    try {
      const { neighborhood } = await runQuery<NeighborhoodResult>(NEIGHBORHOOD, { id });
      if (generation.current !== started) return;
      setGraph((current) => withNeighborhood(current, id, neighborhood));
      if (neighborhood.truncated) setTruncated(true);
      setNotice(undefined);
    } catch (error) {
      setNotice(`Could not expand: ${error instanceof Error ? error.message : String(error)}`);
    }
  }, []);

  /** From the search box: a fresh picture around the entity. From the picture or a card: add to it. */
  const select = useCallback(
    (entity: EntityRef, { fresh }: { fresh: boolean }) => {
      setSelected(entity);
      window.history.replaceState(null, '', `#entity=${encodeURIComponent(entity.id)}`);
      if (fresh) {
        generation.current += 1;
        setGraph(EMPTY_GRAPH);
        setTruncated(false);
        setPathQuery(undefined);
      }
      void expand(entity.id);
    },
    [expand],
  );
  const addToPicture = useCallback((entity: EntityRef) => select(entity, { fresh: false }), [select]);
  const startFrom = useCallback((entity: EntityRef) => select(entity, { fresh: true }), [select]);

  /** An answer starts a fresh picture of its facts; clicking one of them expands it as usual. */
  const showAnswer = useCallback((answer: Answer) => {
    const elements = answerElements(answer);
    if (elements.nodes.length === 0) return;
    generation.current += 1;
    setGraph(withElements(EMPTY_GRAPH, elements));
    setTruncated(false);
    setPathQuery(undefined);
  }, []);

  useEffect(() => {
    const id = entityIdInUrl();
    // The name is not known yet; the card and the picture fill it in.
    if (id) startFrom({ id, name: id, type: 'UNKNOWN' });
  }, [startFrom]);

  // Names and types come with the neighbourhood; an entity opened from the URL learns its own there.
  const selectedEntity = selected && (graph.nodes.get(selected.id) ?? selected);

  const paths = useAsync(
    pathQuery
      ? () => runQuery<PathsResult>(PATHS, { from: pathQuery.from.id, to: pathQuery.to.id }).then((result) => result.paths)
      : undefined,
    [pathQuery],
  );
  useEffect(() => {
    if (paths.status !== 'done') return;
    setGraph((current) => withPaths(current, paths.value));
    setChosenPath(0);
  }, [paths]);
  const highlight = useMemo(
    () => pathHighlight(paths.status === 'done' ? (paths.value[chosenPath] as Path | undefined) : undefined),
    [paths, chosenPath],
  );

  const onNodeClick = (id: string) => {
    const entity = graph.nodes.get(id);
    if (entity) addToPicture(entity);
  };

  return (
    <div className="app">
      <TopBar>
        <EntityPicker label="Search entities" placeholder="Search: a person, institution, agreement, event…" onPick={startFrom} autoFocus />
      </TopBar>
      <main className="layout">
        <aside className="sidebar">
          <AskBox onAnswer={showAnswer} onOpenDocument={setOpenEvidence} />
          {selectedEntity ? (
            <>
              <EntityCard
                key={selectedEntity.id}
                entityId={selectedEntity.id}
                onSelectEntity={addToPicture}
                onOpenDocument={setOpenEvidence}
              />
              <PathFinder
                from={selectedEntity}
                query={pathQuery}
                paths={paths}
                chosen={chosenPath}
                onPickTarget={(to) => setPathQuery({ from: selectedEntity, to })}
                onChoose={setChosenPath}
                onSelectEntity={addToPicture}
                onOpenDocument={setOpenEvidence}
              />
            </>
          ) : (
            <Welcome onSelectEntity={startFrom} />
          )}
          <ExportLinks entity={selectedEntity} />
        </aside>
        <section className="canvas" aria-label="Neighbourhood picture">
          <GraphView graph={graph} selectedId={selected?.id} highlight={highlight} onNodeClick={onNodeClick} />
          <Legend graph={graph} truncated={truncated} />
          {notice && <div className="notice error">{notice}</div>}
        </section>
      </main>
      {openEvidence && <DocumentViewer evidence={openEvidence} onClose={() => setOpenEvidence(undefined)} />}
    </div>
  );
}
