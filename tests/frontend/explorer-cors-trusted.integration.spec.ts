import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CORS_MAX_AGE_SECONDS } from '../../src/server/cors';
import { sha256Hex, TrustedDocuments } from '../../src/server/trusted-documents';
import { startHubWith, type OptionsHub, Role } from '../security/hub-with-options';
import type { TestDatabases } from '../support/test-hub';

const CONSOLE_ORIGIN = 'http://console.example.test:5173';
const ME = 'query Me { me { user department role } }';

describe('for frontend teams', () => {
  let t: OptionsHub & { databases: TestDatabases };
  let base: string;
  beforeAll(async () => {
    t = await startHubWith({ frontend: { corsOrigins: [CONSOLE_ORIGIN] } });
    base = t.hub.url.replace(/\/graphql$/, '');
  });
  afterAll(() => t.close());

  describe('the explorer at GET /graphql', () => {
    it('serves the explorer page to a browser, with the example operations and the header names preloaded', async () => {
      const response = await fetch(t.hub.url, { headers: { accept: 'text/html,application/xhtml+xml' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await response.text();
      expect(html).toContain('query SharedCaseContext');
      expect(html).toContain('x-joint-case-id');
      expect(html).toContain('hub-token-picker');
    });

    it('loads every asset the page references from the hub itself, none from another origin', async () => {
      const html = await (await fetch(t.hub.url, { headers: { accept: 'text/html' } })).text();
      const references = [
        ...html.matchAll(/(?:src|href)="([^"]+)"/g),
        ...html.matchAll(/(?:import[^"]*|from )"([^"]+\.(?:js|css))"/g),
      ].map((m) => m[1]);
      const staticPath = /"staticPath":\s*"([^"]+)"/.exec(html)?.[1];
      expect(staticPath).toBe('/graphql-explorer/');
      // The workers the page starts (Monaco's editor, GraphQL and JSON workers).
      references.push(
        ...['editorWorker.js', 'graphqlWorker.js', 'jsonWorker.js'].map((file) => `${staticPath}${file}`),
      );
      expect(references.length).toBeGreaterThanOrEqual(5);
      expect(html).not.toMatch(/https?:\/\/(?!localhost|127\.0\.0\.1)[a-z0-9.-]+\.[a-z]{2,}\/[^"'\s]*\.(js|css)/i);
      for (const reference of new Set(references)) {
        const url = new URL(reference, t.hub.url);
        expect(url.origin).toBe(new URL(t.hub.url).origin);
        const asset = await fetch(url);
        expect({ reference, status: asset.status }).toEqual({ reference, status: 200 });
        const text = await asset.text();
        // The main bundle loads its chunks relative to itself: no CDN address in it either.
        if (reference.endsWith('ruru.js')) expect(text).not.toMatch(/unpkg\.com|jsdelivr|cdnjs|esm\.sh/);
      }
    });

    it('still answers a GraphQL GET (not a page) when the request asks for JSON', async () => {
      const token = await t.token('COURT');
      const response = await fetch(`${t.hub.url}?query=${encodeURIComponent('{ __typename }')}`, {
        headers: { accept: 'application/json', authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    });

    it('issues a working development token for the picker (POST /dev/token)', async () => {
      const response = await fetch(`${base}/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ department: 'COURT', role: 'MEDIATOR', user: '陈调解员' }),
      });
      expect(response.status).toBe(200);
      const { token } = (await response.json()) as { token: string };
      const me = await t.graphql<{ me: unknown }>(ME, { token });
      expect(me.body.data).toEqual({ me: { user: '陈调解员', department: 'COURT', role: 'MEDIATOR' } });
      const refused = await fetch(`${base}/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ department: 'NOWHERE', role: 'MEDIATOR' }),
      });
      expect(refused.status).toBe(400);
    });
  });

  describe('CORS', () => {
    it("answers an allowed origin's preflight with the methods, the hub's headers and a max-age, credentials off", async () => {
      const response = await fetch(t.hub.url, {
        method: 'OPTIONS',
        headers: {
          origin: CONSOLE_ORIGIN,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type, x-purpose, x-joint-case-id, idempotency-key',
        },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(CONSOLE_ORIGIN);
      expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
      const allowed = response.headers.get('access-control-allow-headers')!.split(', ');
      expect(allowed).toEqual(
        expect.arrayContaining(['authorization', 'content-type', 'x-purpose', 'x-joint-case-id', 'idempotency-key']),
      );
      expect(response.headers.get('access-control-max-age')).toBe(String(CORS_MAX_AGE_SECONDS));
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      expect(response.headers.get('vary')).toMatch(/Origin/);
    });

    it('refuses a preflight from an origin not on the list, with no CORS headers', async () => {
      const response = await fetch(t.hub.url, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://evil.example.test',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      });
      expect(response.status).toBe(403);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('refuses a preflight asking for a header the hub does not use', async () => {
      const response = await fetch(t.hub.url, {
        method: 'OPTIONS',
        headers: {
          origin: CONSOLE_ORIGIN,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'x-something-else',
        },
      });
      expect(response.status).toBe(403);
    });

    it('lets the allowed origin read the answer, and not another origin', async () => {
      const token = await t.token('COURT', Role.MEDIATOR);
      const ask = (origin: string) =>
        fetch(t.hub.url, {
          method: 'POST',
          headers: { origin, authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ query: ME }),
        });
      const allowed = await ask(CONSOLE_ORIGIN);
      expect(allowed.headers.get('access-control-allow-origin')).toBe(CONSOLE_ORIGIN);
      expect(allowed.headers.get('access-control-expose-headers')).toMatch(/x-request-id/);
      const other = await ask('https://evil.example.test');
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('keeps refusing a simple (non-preflighted) request as possible CSRF', async () => {
      const response = await fetch(t.hub.url, {
        method: 'POST',
        headers: { origin: CONSOLE_ORIGIN, 'content-type': 'text/plain' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/Cross-Site Request Forgery/);
    });
  });

  describe('GET queries', () => {
    const get = (query: string, headers: Record<string, string>) =>
      fetch(`${t.hub.url}?query=${encodeURIComponent(query)}`, { headers });

    it('runs a query sent as GET with the bearer token (a header no page can send without a preflight)', async () => {
      const response = await get(ME, { authorization: `Bearer ${await t.token('POLICE', Role.CLERK, 'get-user')}` });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        data: { me: { user: 'get-user', department: 'POLICE', role: 'CLERK' } },
      });
    });

    it('refuses a GET with only simple headers as possible CSRF', async () => {
      const response = await get('{ __typename }', { accept: 'application/json' });
      expect(response.status).toBe(400);
    });

    it('refuses a mutation sent as GET', async () => {
      const response = await get('mutation { __typename }', {
        authorization: `Bearer ${await t.token('GOVERNANCE_CENTRE', Role.CLERK)}`,
      });
      expect(response.status).toBe(405);
      expect(JSON.stringify(await response.json())).toMatch(/only support query operations/);
    });
  });

  describe('the explorer in production', () => {
    it('is off unless EXPLORER=on, and then served without the development token picker', async () => {
      const off = await startHubWith({ production: true }, t.databases);
      const on = await startHubWith({ production: true, frontend: { explorer: true } }, t.databases);
      try {
        const page = (hub: OptionsHub) => fetch(hub.hub.url, { headers: { accept: 'text/html' } });
        expect((await page(off)).status).toBe(400);
        const served = await page(on);
        expect(served.status).toBe(200);
        const html = await served.text();
        expect(html).toContain('query SharedCaseContext');
        expect(html).not.toContain('hub-token-picker');
        const token = await fetch(on.hub.url.replace(/\/graphql$/, '/dev/token'), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        });
        expect(token.status).toBe(404);
      } finally {
        await off.close();
        await on.close();
      }
    });
  });
});

describe('trusted documents (TRUSTED_DOCUMENTS=only)', () => {
  const listed = 'query Me { me { user department role } }';
  let t: OptionsHub & { databases: TestDatabases };
  let token: string;
  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trusted-'));
    const file = path.join(dir, 'persisted-documents.json');
    fs.writeFileSync(file, JSON.stringify({ [sha256Hex(listed)]: listed }));
    t = await startHubWith({ production: true, frontend: { trustedDocuments: TrustedDocuments.load('only', file) } });
    token = await t.token('COURT', Role.MEDIATOR, 'trusted-user');
  });
  afterAll(() => t.close());

  const post = (body: unknown) =>
    fetch(t.hub.url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('runs a listed document sent by its id (documentId), without its text', async () => {
    const response = await post({ documentId: `sha256:${sha256Hex(listed)}` });
    expect(await response.json()).toEqual({
      data: { me: { user: 'trusted-user', department: 'COURT', role: 'MEDIATOR' } },
    });
  });

  it("runs a listed document sent by Apollo's persisted-query hash, also as GET", async () => {
    const byHash = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex(listed) } } });
    expect(((await byHash.json()) as { data: unknown }).data).toEqual({
      me: { user: 'trusted-user', department: 'COURT', role: 'MEDIATOR' },
    });
    const extensions = encodeURIComponent(
      JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256Hex(listed) } }),
    );
    const get = await fetch(`${t.hub.url}?extensions=${extensions}`, { headers: { authorization: `Bearer ${token}` } });
    expect(((await get.json()) as { data: unknown }).data).toEqual({
      me: { user: 'trusted-user', department: 'COURT', role: 'MEDIATOR' },
    });
  });

  it('runs the text of a listed document', async () => {
    const response = await post({ query: listed });
    expect(((await response.json()) as { data: unknown }).data).toEqual({
      me: { user: 'trusted-user', department: 'COURT', role: 'MEDIATOR' },
    });
  });

  it('refuses any other document, and an unknown id, with TRUSTED_DOCUMENT_REQUIRED', async () => {
    for (const body of [{ query: '{ me { user } }' }, { documentId: `sha256:${'0'.repeat(64)}` }]) {
      const response = await post(body);
      expect(response.status).toBe(400);
      const answer = (await response.json()) as { errors: Array<{ extensions: { code: string } }>; data?: unknown };
      expect(answer.errors[0].extensions.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
      expect(answer.data).toBeUndefined();
    }
  });

  it('refuses a manifest whose key is not the hash of its document at start', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trusted-'));
    const file = path.join(dir, 'bad.json');
    fs.writeFileSync(file, JSON.stringify({ ['f'.repeat(64)]: listed }));
    expect(() => TrustedDocuments.load('only', file)).toThrow(/not the SHA-256/);
  });
});
