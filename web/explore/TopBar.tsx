/** The bar over every explorer view: the brand (back to /explore), the view's own middle part, GraphiQL. */
import type { ReactNode } from 'react';

export function TopBar({ children }: { children: ReactNode }) {
  return (
    <header className="topbar">
      <a className="brand" href="/explore">
        partnership-graph <span>explorer</span>
      </a>
      {children}
      <nav>
        <a href="/graphql" title="GraphiQL, with the example analyst queries">
          GraphiQL
        </a>
      </nav>
    </header>
  );
}
