/**
 * Tells Monaco (GraphiQL's editor) where its web workers are: our own bundles in /assets, never
 * a CDN, so the editor works offline. Must run before GraphiQL creates an editor.
 */
interface MonacoEnvironment {
  getWorker(workerId: string, label: string): Worker;
}

(globalThis as { MonacoEnvironment?: MonacoEnvironment }).MonacoEnvironment = {
  getWorker(_workerId, label) {
    if (label === 'json') return new Worker(MONACO_WORKER_URLS.json);
    if (label === 'graphql') return new Worker(MONACO_WORKER_URLS.graphql);
    return new Worker(MONACO_WORKER_URLS.editor);
  },
};
