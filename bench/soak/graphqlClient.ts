/**
 * One GraphQL POST on loopback, timed and classified. Contract: never throws and never hangs
 * (each request has a deadline); anything but HTTP 200 with `data` and no `errors` is a failure
 * whose one-line reason the report can print.
 */
export interface Outcome<T = unknown> {
  ok: boolean;
  millis: number;
  data?: T;
  /** Why it failed: status, first error code and message, or the network error. */
  failure?: string;
}

const REQUEST_DEADLINE_MS = 30_000;

export async function postGraphQL<T = unknown>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  authorization?: string,
  extraHeaders: Record<string, string> = {},
): Promise<Outcome<T>> {
  const began = performance.now();
  const headers: Record<string, string> = { 'content-type': 'application/json', ...extraHeaders };
  if (authorization) headers.authorization = authorization;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(REQUEST_DEADLINE_MS),
    });
    const text = await response.text();
    const millis = performance.now() - began;
    let body: { data?: T; errors?: Array<{ message?: string; extensions?: { code?: string } }> } | undefined;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    if (response.status !== 200 || !body) return { ok: false, millis, failure: `HTTP ${response.status}: ${text.slice(0, 160)}` };
    if (body.errors?.length) {
      const [first] = body.errors;
      return { ok: false, millis, failure: `${first?.extensions?.code ?? 'NO_CODE'}: ${first?.message ?? ''}`.slice(0, 200) };
    }
    if (body.data === undefined || body.data === null) return { ok: false, millis, failure: 'HTTP 200 without data' };
    return { ok: true, millis, data: body.data };
  } catch (error) {
    return { ok: false, millis: performance.now() - began, failure: `network: ${(error as Error).message}` };
  }
}
