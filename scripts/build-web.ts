/**
 * `npm run build:web`: bundles the browser pages in web/ into dist/web/ with esbuild.
 *
 *   dist/web/graphiql.html   GraphiQL (the server sends it for GET /graphql from a browser)
 *   dist/web/explore.html    the graph explorer (/explore)
 *   dist/web/assets/*        scripts, styles, Monaco workers, named by content hash
 *
 * Everything the pages load is in dist/web, so they work with no internet. Hashed names let
 * the server cache assets for a year; the HTML pages name the current hashes and are never
 * cached. The new build is written beside the old one and swapped in, so a running server
 * never serves a half-written bundle.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import * as esbuild from 'esbuild';
import { PROJECT_ROOT, WEB_DIST_DIR } from '../src/paths';

const began = performance.now();
const staging = `${WEB_DIST_DIR}.building-${process.pid}`;
const relative = (file: string) => path.relative(PROJECT_ROOT, file);

const common: esbuild.BuildOptions = {
  absWorkingDir: PROJECT_ROOT,
  bundle: true,
  minify: true,
  target: 'es2022',
  outdir: staging,
  entryNames: 'assets/[name]-[hash]',
  assetNames: 'assets/[name]-[hash]',
  metafile: true,
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
};

/** Maps each entry point to its output file (and CSS beside it), as URLs under the site root. */
function outputsByEntry(metafile: esbuild.Metafile): Map<string, { js: string; css?: string }> {
  const byEntry = new Map<string, { js: string; css?: string }>();
  for (const [file, output] of Object.entries(metafile.outputs)) {
    if (!output.entryPoint) continue;
    const url = (out: string) => `/${path.relative(staging, path.resolve(PROJECT_ROOT, out)).split(path.sep).join('/')}`;
    byEntry.set(output.entryPoint, { js: url(file), ...(output.cssBundle ? { css: url(output.cssBundle) } : {}) });
  }
  return byEntry;
}

function htmlPage(title: string, assets: { js: string; css?: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
${assets.css ? `<link rel="stylesheet" href="${assets.css}">\n` : ''}<script type="module" src="${assets.js}"></script>
</head>
<body>
<div id="root"></div>
<noscript>This page needs JavaScript. The GraphQL API itself is at /graphql.</noscript>
</body>
</html>
`;
}

async function build(): Promise<void> {
  fs.rmSync(staging, { recursive: true, force: true });

  // Monaco's workers are separate scripts that GraphiQL starts with `new Worker(url)`; classic
  // (IIFE) workers, because module workers are not needed and are less widely supported.
  const workerEntries = {
    'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
    'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
    'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
  };
  const workers = await esbuild.build({ ...common, entryPoints: workerEntries, format: 'iife' });
  const workerUrls = outputsByEntry(workers.metafile!);
  const workerUrl = (entry: string) => {
    const resolved = [...workerUrls.entries()].find(([entryPoint]) => entryPoint.endsWith(entry.replace(/^[^/]+\//, '')));
    if (!resolved) throw new Error(`No bundle for the worker ${entry}`);
    return resolved[1].js;
  };

  const pages = await esbuild.build({
    ...common,
    entryPoints: { graphiql: 'web/graphiql/main.tsx', explore: 'web/explore/main.tsx' },
    // No code splitting: each page is one script and one stylesheet. GraphiQL loads Monaco
    // and its languages with import(); split into chunks, their CSS would never be linked.
    format: 'esm',
    jsx: 'automatic',
    loader: { '.graphql': 'text', '.ttf': 'file', '.woff': 'file', '.woff2': 'file' },
    define: {
      ...common.define,
      MONACO_WORKER_URLS: JSON.stringify({
        editor: workerUrl(workerEntries['editor.worker']),
        json: workerUrl(workerEntries['json.worker']),
        graphql: workerUrl(workerEntries['graphql.worker']),
      }),
    },
  });
  const pageUrls = outputsByEntry(pages.metafile!);
  const page = (entry: string) => {
    const assets = pageUrls.get(entry);
    if (!assets) throw new Error(`No bundle for ${entry}`);
    return assets;
  };
  fs.writeFileSync(path.join(staging, 'graphiql.html'), htmlPage('GraphiQL · partnership-graph', page('web/graphiql/main.tsx')));
  fs.writeFileSync(path.join(staging, 'explore.html'), htmlPage('Explorer · partnership-graph', page('web/explore/main.tsx')));

  gzipAssets(path.join(staging, 'assets'));

  const old = `${WEB_DIST_DIR}.old-${process.pid}`;
  if (fs.existsSync(WEB_DIST_DIR)) fs.renameSync(WEB_DIST_DIR, old);
  fs.renameSync(staging, WEB_DIST_DIR);
  fs.rmSync(old, { recursive: true, force: true });

  report([workers.metafile!, pages.metafile!]);
}

/**
 * Writes `<file>.gz` beside each script, stylesheet and font, once at build time, so the
 * server sends GraphiQL's 5 MB of editor code as about 1.3 MB without compressing per request.
 */
function gzipAssets(assetsDir: string): void {
  for (const name of fs.readdirSync(assetsDir)) {
    if (!/\.(js|css|ttf|json)$/.test(name)) continue;
    const file = path.join(assetsDir, name);
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(fs.readFileSync(file), { level: 9 }));
  }
}

/** One line per output, so a size regression shows up in the build log. */
function report(metafiles: esbuild.Metafile[]): void {
  const outputs = metafiles.flatMap((metafile) => Object.entries(metafile.outputs));
  const total = outputs.reduce((sum, [, output]) => sum + output.bytes, 0);
  for (const [file, output] of outputs.sort((a, b) => b[1].bytes - a[1].bytes)) {
    process.stdout.write(`  ${(output.bytes / 1024).toFixed(0).padStart(6)} KiB  ${path.basename(file)}\n`);
  }
  const ms = Math.round(performance.now() - began);
  process.stdout.write(
    `web bundle: ${(total / 1024 / 1024).toFixed(2)} MiB in ${outputs.length} files, ${ms} ms -> ${relative(WEB_DIST_DIR)}/\n`,
  );
}

build().catch((error: unknown) => {
  fs.rmSync(staging, { recursive: true, force: true });
  // esbuild has already printed the located errors; say what failed in one line.
  process.stderr.write(`build:web failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
  process.exit(1);
});
