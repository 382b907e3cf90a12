/**
 * Runs an async load when its inputs change and keeps only the latest answer: a slow earlier
 * answer never overwrites a newer one (typing fast in the search box, clicking node after node).
 */
import { useEffect, useState } from 'react';

export type AsyncState<T> = { status: 'idle' } | { status: 'loading' } | { status: 'done'; value: T } | { status: 'failed'; error: string };

export function useAsync<T>(load: (() => Promise<T>) | undefined, inputs: readonly unknown[]): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>({ status: 'idle' });
  useEffect(() => {
    if (!load) {
      setState({ status: 'idle' });
      return;
    }
    let current = true;
    setState({ status: 'loading' });
    load().then(
      (value) => current && setState({ status: 'done', value }),
      (error: unknown) => current && setState({ status: 'failed', error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
    // The caller names the inputs, as with useEffect; `load` is a new closure on every render.
  }, inputs);
  return state;
}
