/**
 * Reader and editor tokens over real HTTP: `history` (it names editors) needs a token even where
 * reads are open; reader tokens read everything and write nothing; READS_REQUIRE_TOKEN accepts
 * reader and editor tokens alike. Refusals are 401 without a token and 403 with the wrong one.
 */
import { countGraphElements } from '../../src/store/countGraph';
import { startHttpTestServer, type HttpTestServer } from '../support/httpTestServer';
import { ALICE, CAROL_READER } from '../support/testServer';

const UNKNOWN = 'Bearer not-a-configured-token-0123456789';
const READ = '{ entity(id: "japan") { id } }';
const HISTORY = '{ history(entityId: "japan") { totalCount } }';
// An id that does not exist: an editor gets past authorization to NOT_FOUND, and nothing is written.
const WRITE = 'mutation { addAlias(input: { entityId: "reader-tokens-nobody", alias: "Nobody" }) { changed } }';

interface Answer {
  status: number;
  data: unknown;
  codes: string[];
}

async function post(server: HttpTestServer, query: string, authorization?: string): Promise<Answer> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
  return { status: response.status, data: body.data ?? null, codes: (body.errors ?? []).map((error) => error.extensions?.code ?? 'NONE') };
}

describe('with reads open (the default)', () => {
  let server: HttpTestServer;
  beforeAll(async () => {
    server = await startHttpTestServer({ production: true });
  });
  afterAll(() => server.close());

  it('lets anonymous callers read entities but not the change history (401 UNAUTHENTICATED)', async () => {
    expect(await post(server, READ)).toEqual({ status: 200, data: { entity: { id: 'japan' } }, codes: [] });
    expect(await post(server, HISTORY)).toEqual({ status: 401, data: null, codes: ['UNAUTHENTICATED'] });
  });

  it('shows the change history to reader and editor tokens', async () => {
    for (const authorization of [CAROL_READER, ALICE]) {
      const answer = await post(server, HISTORY, authorization);
      expect(answer).toEqual({ status: 200, data: { history: { totalCount: expect.any(Number) } }, codes: [] });
    }
  });

  it('refuses the change history to an unknown or malformed token (403 FORBIDDEN)', async () => {
    for (const authorization of [UNKNOWN, 'Basic Y2Fyb2w6cHc=']) {
      expect({ authorization, ...(await post(server, HISTORY, authorization)) }).toEqual({
        authorization,
        status: 403,
        data: null,
        codes: ['FORBIDDEN'],
      });
    }
  });

  it('refuses a write with a reader token as 403 FORBIDDEN, writing nothing, while an editor token gets past authorization', async () => {
    const before = await countGraphElements(server.db);
    expect(await post(server, WRITE, CAROL_READER)).toEqual({ status: 403, data: null, codes: ['FORBIDDEN'] });
    expect((await post(server, WRITE, ALICE)).codes).toEqual(['NOT_FOUND']);
    expect(await countGraphElements(server.db)).toEqual(before);
  });
});

describe('with READS_REQUIRE_TOKEN', () => {
  let server: HttpTestServer;
  beforeAll(async () => {
    server = await startHttpTestServer({ production: true, readsRequireToken: true });
  });
  afterAll(() => server.close());

  it('refuses reads without a token (401 UNAUTHENTICATED) and with an unknown one (403 FORBIDDEN)', async () => {
    expect(await post(server, READ)).toMatchObject({ status: 401, codes: ['UNAUTHENTICATED'] });
    expect(await post(server, READ, UNKNOWN)).toMatchObject({ status: 403, codes: ['FORBIDDEN'] });
  });

  it('lets reader and editor tokens read, the change history included', async () => {
    for (const authorization of [CAROL_READER, ALICE]) {
      expect({ authorization, ...(await post(server, READ, authorization)) }).toEqual({
        authorization,
        status: 200,
        data: { entity: { id: 'japan' } },
        codes: [],
      });
      expect((await post(server, HISTORY, authorization)).status).toBe(200);
    }
  });

  it('still refuses writes with a reader token (403 FORBIDDEN)', async () => {
    expect(await post(server, WRITE, CAROL_READER)).toEqual({ status: 403, data: null, codes: ['FORBIDDEN'] });
  });
});
