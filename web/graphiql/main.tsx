/** GraphiQL, served at GET /graphql to browsers, with the example analyst queries as tabs. */
import './monacoWorkers';
import 'graphiql/style.css';
import './graphiql.css';
import { GraphiQL } from 'graphiql';
import type { ExecutionResult } from 'graphql';
import { createRoot } from 'react-dom/client';
import exampleQueries from '../../docs/queries.graphql';
import { postGraphQL } from '../shared/graphqlFetch';
import { linkedOperation } from '../shared/graphiqlLink';
import { exampleTabs } from './exampleTabs';
import { operationToRun } from './operationToRun';

type FetcherParams = { query: string; variables?: Record<string, unknown> | null; operationName?: string | null };

/** GraphiQL's requests, with the headers typed into its headers editor. */
const fetcher = async (params: FetcherParams, options?: { headers?: Record<string, string> }): Promise<ExecutionResult> =>
  // The server's JSON is an execution result; GraphiQL only displays it.
  (await postGraphQL(
    { query: params.query, variables: params.variables ?? undefined, operationName: operationToRun(params.query, params.operationName) },
    options?.headers,
  )) as ExecutionResult;

// A link from the explorer (web/shared/graphiqlLink.ts) opens its operation in a tab of its own.
const linked = linkedOperation(window.location.search);

createRoot(document.getElementById('root')!).render(
  <GraphiQL
    fetcher={fetcher}
    defaultTabs={exampleTabs(exampleQueries)}
    initialQuery={linked.query}
    initialVariables={linked.variables}
    defaultEditorToolsVisibility={linked.variables !== undefined}
  >
    <GraphiQL.Logo>
      <a className="pg-logo" href="/explore" title="partnership-graph: open the graph explorer">
        Explorer →
      </a>
    </GraphiQL.Logo>
  </GraphiQL>,
);
