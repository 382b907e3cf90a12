/**
 * The server's routes in the order they are tried. GraphiQL comes first: it takes only a
 * browser's GET /graphql, and everything else on /graphql must reach Apollo.
 */
import { graphqlRoute, type GraphQLRouteOptions } from './routes/graphql';
import type { Route } from './server';
import { webAssetsRoute } from './routes/assets';
import { explorerPageRoute, graphiqlPageRoute } from './routes/pages';

export interface AppRoutesOptions {
  graphql: GraphQLRouteOptions;
  /** The built browser pages (WEB_DIST_DIR; tests pass their own). */
  webDir: string;
}

export function appRoutes({ graphql, webDir }: AppRoutesOptions): Route[] {
  return [graphiqlPageRoute(webDir), graphqlRoute(graphql), explorerPageRoute(webDir), webAssetsRoute(webDir)];
}
