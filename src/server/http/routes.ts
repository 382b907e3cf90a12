/**
 * The server's routes in the order they are tried. GraphiQL comes first: it takes only a
 * browser's GET /graphql, and everything else on /graphql must reach Apollo.
 */
import { graphqlRoute, type GraphQLRouteOptions } from './graphqlRoute';
import type { Route } from './router';
import { explorerPageRoute, graphiqlPageRoute, webAssetsRoute } from './webPages';

export interface AppRoutesOptions {
  graphql: GraphQLRouteOptions;
  /** The built browser pages (WEB_DIST_DIR; tests pass their own). */
  webDir: string;
}

export function appRoutes({ graphql, webDir }: AppRoutesOptions): Route[] {
  return [graphiqlPageRoute(webDir), graphqlRoute(graphql), explorerPageRoute(webDir), webAssetsRoute(webDir)];
}
