# partnership-graph: the GraphQL server, built in stages on node:20-slim (Debian, glibc).
#
#   docker build -t partnership-graph .
#   docker run --rm -p 4000:4000 -e NEO4J_URI=bolt://host:7687 -e NEO4J_PASSWORD=... partnership-graph
#
# The image holds no Neo4j and no Java: NEO4J_URI must point at a running Neo4j 5.26+ (the
# docker-compose.yml next to this file starts one). Without NEO4J_URI the server stops at once
# with a one-line configuration error (the repo's local Neo4j, neo4j/, is for development only).
# See docs/docker.md.

ARG NODE_IMAGE=node:20-slim

# ---------------------------------------------------------------- build: compile TypeScript
FROM ${NODE_IMAGE} AS build
WORKDIR /app
# Dependencies first, so editing the source does not invalidate the `npm ci` layer.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
# tsc -p tsconfig.build.json compiles src/ alone (it imports nothing of neo4j/, bench/ or test/;
# lint enforces that) with rootDir "." and outDir "dist": dist/src/index.js.
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
# npm run build also bundles the browser pages (GraphiQL, the explorer) into dist/web with
# esbuild: their sources, the build script, and the example queries GraphiQL opens with.
COPY scripts ./scripts
COPY web ./web
COPY docs/queries.graphql ./docs/queries.graphql
RUN npm run build

# ---------------------------------------------------------------- deps: production node_modules only
# A separate `npm ci --omit=dev` (rather than `npm prune` after the build) keeps this layer cached
# until package-lock.json changes, and never carries build leftovers into the runtime image.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# ---------------------------------------------------------------- runtime
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    LOG_LEVEL=info \
    SEED_ON_EMPTY=true
WORKDIR /app
# Owned by root and only readable by the `node` user (uid 1000, shipped with the node image):
# the server never writes to its own files.
# package.json is needed at run time: src/paths.ts takes the nearest folder above the compiled
# dist/src/paths.js that holds a package.json (here /app) as the project root, and reads
# schema/*.graphql from /app/schema and the seed graph from /app/seed.
COPY package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY schema ./schema
COPY seed ./seed
# Served to Neo4j Browser: /neo4j-browser/style.grass and the guide made from the saved queries.
COPY neo4j/browser ./neo4j/browser

USER node
EXPOSE 4000

# No /health route yet: ask GraphQL itself for {__typename} (node:http, since slim has no curl).
# The server listens only after migrations and the first-start seed, so start-period covers those.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "const req = require('node:http').request({ host: '127.0.0.1', port: process.env.PORT || 4000, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json' }, timeout: 4000 }, (res) => { let body = ''; res.setEncoding('utf8'); res.on('data', (chunk) => { body += chunk; }); res.on('end', () => { let ok = false; try { ok = res.statusCode === 200 && JSON.parse(body).data.__typename === 'Query'; } catch {} process.exit(ok ? 0 : 1); }); }); req.on('timeout', () => req.destroy(new Error('timeout'))); req.on('error', () => process.exit(1)); req.end(JSON.stringify({ query: '{__typename}' }));"]

# node is PID 1: src/index.ts handles SIGTERM itself (closes HTTP, Apollo and the driver).
CMD ["node", "dist/src/index.js"]
