import { MAX_BODY_BYTES } from '../../src/server/http-server';
import { createTestDatabases, startTestHub, type TestDatabases, type TestHub } from '../support/test-hub';
import { type OptionsHub, startHubWith } from './hub-with-options';

type Body = { data?: unknown; errors?: Array<{ message: string; extensions: { code: string } }> };

describe('HTTP hardening', () => {
  let databases: TestDatabases;
  let dev: TestHub;
  let production: OptionsHub;
  let token: string;
  let productionToken: string;
  beforeAll(async () => {
    databases = await createTestDatabases();
    dev = await startTestHub({ databases });
    production = await startHubWith({ production: true }, databases);
    token = await dev.token('COURT');
    productionToken = await production.token('COURT');
  });
  afterAll(async () => {
    await production?.close();
    await dev?.close();
    await databases?.drop();
  });

  const json = async (response: Response) => ({
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Body,
  });

  describe('batching', () => {
    it('refuses a JSON array of operations with a clear error, running nothing', async () => {
      dev.hub.sources.statements.reset();
      const { status, body } = await json(
        await fetch(dev.hub.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify([{ query: '{ jointCases(first: 1) { totalCount } }' }, { query: '{ me { user } }' }]),
        }),
      );
      expect(status).toBe(400);
      expect(body.errors).toEqual([
        {
          message: 'Batched requests are not supported: send one operation per request (a JSON object, not an array)',
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ]);
      expect(dev.hub.sources.statements.count()).toBe(0);
    });
  });

  describe('body size', () => {
    const oversized = () => JSON.stringify({ query: `{ me { user } }${' '.repeat(MAX_BODY_BYTES)}` });

    it('answers a body declared larger than the limit with 413 PAYLOAD_TOO_LARGE', async () => {
      const { status, body } = await json(
        await fetch(dev.hub.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: oversized(),
        }),
      );
      expect(status).toBe(413);
      expect(body.errors).toEqual([
        { message: 'The request body is too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } },
      ]);
    });

    it('answers a streamed (chunked) body that grows past the limit with 413 PAYLOAD_TOO_LARGE', async () => {
      const chunk = new TextEncoder().encode(' '.repeat(64 * 1024));
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent > 4 * MAX_BODY_BYTES) return controller.close();
          sent += chunk.length;
          controller.enqueue(chunk);
        },
      });
      const response = await fetch(dev.hub.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: stream,
        duplex: 'half',
      });
      const { status, body } = await json(response);
      expect(status).toBe(413);
      expect(body.errors![0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('still serves requests after refusing one', async () => {
      const { body } = await dev.graphql('{ me { user } }', { token });
      expect(body.data).toEqual({ me: { user: 'court-user' } });
    });
  });

  describe('CSRF prevention', () => {
    const csrfMessage = /blocked as a potential Cross-Site Request Forgery/;

    it('refuses a POST with content-type text/plain and no apollo-require-preflight header', async () => {
      dev.hub.sources.statements.reset();
      const { status, body } = await json(
        await fetch(dev.hub.url, {
          method: 'POST',
          headers: { 'content-type': 'text/plain', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: '{ jointCases(first: 1) { totalCount } }' }),
        }),
      );
      expect(status).toBe(400);
      expect(body.errors![0].message).toMatch(csrfMessage);
      expect(dev.hub.sources.statements.count()).toBe(0);
    });

    it('refuses a GET with only simple headers (no content-type, no token, no apollo-require-preflight)', async () => {
      dev.hub.sources.statements.reset();
      const url = `${dev.hub.url}?query=${encodeURIComponent('{ jointCases(first: 1) { totalCount } }')}`;
      const { status, body } = await json(await fetch(url, { headers: { accept: 'application/json' } }));
      expect(status).toBe(400);
      expect(body.errors![0].message).toMatch(csrfMessage);
      expect(dev.hub.sources.statements.count()).toBe(0);
    });

    it('serves a GET query carrying the bearer token: a header no page can send cross-origin without a preflight', async () => {
      const url = `${dev.hub.url}?query=${encodeURIComponent('{ jointCases(first: 1) { totalCount } }')}`;
      const { status, body } = await json(await fetch(url, { headers: { authorization: `Bearer ${token}` } }));
      expect(status).toBe(200);
      expect(body.data).toEqual({ jointCases: { totalCount: expect.any(Number) } });
    });

    it('serves the same GET with apollo-require-preflight (which a browser must preflight)', async () => {
      const url = `${dev.hub.url}?query=${encodeURIComponent('{ jointCases(first: 1) { totalCount } }')}`;
      const { status, body } = await json(
        await fetch(url, { headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' } }),
      );
      expect(status).toBe(200);
      expect(body.data).toEqual({ jointCases: { totalCount: expect.any(Number) } });
    });
  });

  describe('schema details: shown in development, hidden with production', () => {
    const INTROSPECTION = '{ __schema { queryType { name } } }';
    const TYPE = '{ __type(name: "JointCase") { fields { name } } }';
    const MISSPELT_FIELD = '{ jointCases(first: 1) { totalCont } }';
    const MISSPELT_ENUM = 'query($status: AgreementStatus) { agreements(status: $status) { totalCount } }';

    it('answers introspection in development', async () => {
      expect((await dev.graphql(INTROSPECTION, { token })).body.data).toEqual({
        __schema: { queryType: { name: 'Query' } },
      });
      expect(
        (await dev.graphql<{ __type: { fields: unknown[] } }>(TYPE, { token })).body.data!.__type.fields.length,
      ).toBeGreaterThan(5);
    });

    it('refuses introspection with production', async () => {
      for (const query of [INTROSPECTION, TYPE]) {
        const { body } = await production.graphql(query, { token: productionToken });
        expect(body.data).toBeUndefined();
        expect(body.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(body.errors![0].message).toMatch(/introspection is not allowed/);
      }
    });

    it('suggests field names in development and not with production', async () => {
      const devError = (await dev.graphql(MISSPELT_FIELD, { token })).body.errors![0];
      expect(devError.message).toBe(
        'Cannot query field "totalCont" on type "JointCaseConnection". Did you mean "totalCount"?',
      );
      const prodError = (await production.graphql(MISSPELT_FIELD, { token: productionToken })).body.errors![0];
      expect(prodError.message).toBe('Cannot query field "totalCont" on type "JointCaseConnection".');
      expect(prodError.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('suggests enum values for a bad variable in development and not with production', async () => {
      const variables = { status: 'ACTIV' };
      const devError = (await dev.graphql(MISSPELT_ENUM, { token, variables })).body.errors![0];
      expect(devError.message).toMatch(/Did you mean the enum value "ACTIVE"\?/);
      const prodError = (await production.graphql(MISSPELT_ENUM, { token: productionToken, variables })).body
        .errors![0];
      expect(prodError.message).toMatch(/^Variable "\$status" got invalid value "ACTIV"/);
      expect(prodError.message).not.toMatch(/Did you mean|ACTIVE/);
    });
  });
});
