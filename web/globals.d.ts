// Modules and constants that esbuild provides at build time (see scripts/build-web.ts).

/** A .graphql file imported as its text (esbuild's `text` loader). */
declare module '*.graphql' {
  const source: string;
  export default source;
}

/** URLs of the bundled Monaco editor workers, named with their content hash. */
declare const MONACO_WORKER_URLS: { editor: string; json: string; graphql: string };
