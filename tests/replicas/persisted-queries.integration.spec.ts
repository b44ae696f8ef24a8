import { createHash } from 'node:crypto';
import { ErrorCode } from '../../src/common/error-code';
import { type OptionsHub, startHubWith } from '../security/hub-with-options';
import { createTestDatabases, type TestDatabases } from '../support/test-hub';

const QUERY = '{ me { user } }';
const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(QUERY).digest('hex') };

/**
 * Automatic persisted queries (APQ) register a query's text under its hash in the answering
 * process's memory. Replicas do not share that memory, so in production the hub does not
 * offer them: clients send the query text (Apollo's link then stops sending hashes alone).
 */
describe('automatic persisted queries', () => {
  let dbs: TestDatabases;
  let production: OptionsHub;
  let development: OptionsHub;

  beforeAll(async () => {
    dbs = await createTestDatabases();
    [production, development] = await Promise.all([
      startHubWith({ production: true }, dbs),
      startHubWith({ production: false }, dbs),
    ]);
  });
  afterAll(async () => {
    await Promise.all([production?.close(), development?.close()]);
    await dbs.drop();
  });

  async function post(hub: OptionsHub, body: Record<string, unknown>) {
    const response = await fetch(hub.hub.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await hub.token('COURT', undefined, 'apq-user')}`,
      },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      body: (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> },
    };
  }

  it('are not offered in production: a hash alone, or a hash with its text, is refused and nothing is kept', async () => {
    for (const body of [{ extensions: { persistedQuery } }, { query: QUERY, extensions: { persistedQuery } }]) {
      const answer = await post(production, body);
      // HTTP 200 as the APQ protocol has it: Apollo's clients read the code and resend the text.
      expect(answer.status).toBe(200);
      expect(answer.body.data).toBeUndefined();
      expect(answer.body.errors!.map((e) => e.extensions?.code)).toEqual([ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED]);
    }
    // The query text alone is served as always.
    expect((await post(production, { query: QUERY })).body).toEqual({ data: { me: { user: 'apq-user' } } });
  });

  it('work in development, within the one process', async () => {
    expect(
      (await post(development, { extensions: { persistedQuery } })).body.errors!.map((e) => e.extensions?.code),
    ).toEqual([ErrorCode.PERSISTED_QUERY_NOT_FOUND]);
    expect((await post(development, { query: QUERY, extensions: { persistedQuery } })).body).toEqual({
      data: { me: { user: 'apq-user' } },
    });
    expect((await post(development, { extensions: { persistedQuery } })).body).toEqual({
      data: { me: { user: 'apq-user' } },
    });
  });
});
