import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, type CryptoKey, type JWK, type JWTPayload, SignJWT } from 'jose';
import { TokenService } from '../../src/auth/token.service';
import { createLogger } from '../../src/common/logger';
import { loadConfig } from '../../src/config/config';
import { registeredDepartments } from '../../src/connectors/registered-departments';
import { type RunningHub, startHub } from '../../src/server/hub';
import { testCluster } from '../support/test-cluster';
import { createTestDatabases, type TestDatabases, TEST_AUDIENCE, TEST_ISSUER } from '../support/test-hub';

const ME = '{ me { user department role } }';
const now = () => Math.floor(Date.now() / 1000);

interface Answer {
  status: number;
  body: {
    data?: { me?: { user: string; department: string; role: string } } & Record<string, any>;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
}

async function ask(
  hub: RunningHub,
  token: string | null,
  query = ME,
  headers: Record<string, string> = {},
  extra: Record<string, unknown> = {},
): Promise<Answer> {
  const response = await fetch(hub.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query, ...extra }),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

async function expectUnauthenticated(hub: RunningHub, token: string): Promise<string> {
  const { status, body } = await ask(hub, token);
  expect(status).toBe(401);
  expect(body.data).toBeUndefined();
  expect(body.errors).toHaveLength(1);
  expect(body.errors![0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
  return body.errors![0].message;
}

/** A token with every claim this hub requires; `claims` overrides or (with undefined) removes them. */
function token(
  key: CryptoKey | Uint8Array,
  claims: JWTPayload = {},
  header: Record<string, unknown> = { alg: 'EdDSA' },
): Promise<string> {
  const payload: JWTPayload = {
    sub: 'someone',
    iss: TEST_ISSUER,
    aud: TEST_AUDIENCE,
    iat: now(),
    exp: now() + 300,
    department: 'COURT',
    role: 'MEDIATOR',
    ...claims,
  };
  for (const [name, value] of Object.entries(payload)) if (value === undefined) delete payload[name];
  return new SignJWT(payload).setProtectedHeader(header as { alg: string }).sign(key);
}

function hubOptions(databases: TestDatabases, jwt: Parameters<typeof startHub>[0]['jwt']) {
  return {
    departments: registeredDepartments,
    databases: databases.targets,
    port: 0,
    host: '127.0.0.1',
    jwt,
    departmentStatementTimeoutMs: 5000,
    production: false,
    log: createLogger('silent'),
    personHashKey: Buffer.from(testCluster().personHashKey, 'base64'),
  };
}

describe('token hardening', () => {
  let databases: TestDatabases;
  let hub: RunningHub;
  let signingKey: CryptoKey;
  let publicJwk: JWK;
  let publicPem: string;

  beforeAll(async () => {
    databases = await createTestDatabases();
    const pair = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    signingKey = pair.privateKey;
    publicJwk = await exportJWK(pair.publicKey);
    publicPem = await exportSPKI(pair.publicKey);
    hub = await startHub(
      hubOptions(databases, { issuer: TEST_ISSUER, audience: TEST_AUDIENCE, verificationKey: pair.publicKey }),
    );
  });
  afterAll(async () => {
    await hub?.close();
    await databases?.drop();
  });

  it('answers a well-formed token, with user, body and role from its payload', async () => {
    const { status, body } = await ask(hub, await token(signingKey, { sub: '陈调解员' }));
    expect(status).toBe(200);
    expect(body.data!.me).toEqual({ user: '陈调解员', department: 'COURT', role: 'MEDIATOR' });
  });

  it('rejects an unsigned token (alg: none)', async () => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const claims = {
      sub: 'x',
      department: 'COURT',
      role: 'CHIEF',
      iss: TEST_ISSUER,
      aud: TEST_AUDIENCE,
      exp: now() + 60,
    };
    await expectUnauthenticated(hub, `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims)}.`);
    await expectUnauthenticated(
      hub,
      `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims)}.${Buffer.from('x').toString('base64url')}`,
    );
  });

  describe('algorithm confusion: HMAC tokens keyed with the public verification key', () => {
    // Every form in which the public key is published or stored, used as the HMAC secret.
    const forms: Array<[string, () => Uint8Array]> = [
      ['the raw 32 key bytes', () => Buffer.from(publicJwk.x!, 'base64url')],
      ['the PEM (SPKI) text', () => Buffer.from(publicPem)],
      ['the DER (SPKI) bytes', () => Buffer.from(publicPem.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64')],
      ['the JWK as JSON', () => Buffer.from(JSON.stringify(publicJwk))],
      ['the JWK "x" text', () => Buffer.from(publicJwk.x!)],
    ];
    it.each(
      forms.flatMap(([label, secret]) => ['HS256', 'HS384', 'HS512'].map((alg) => [alg, label, secret] as const)),
    )('rejects %s signed with %s', async (alg, _label, secret) => {
      await expectUnauthenticated(hub, await token(secret(), { role: 'CHIEF' }, { alg, typ: 'JWT' }));
    });
  });

  it('rejects a token that expired longer ago than the small clock tolerance, and accepts one within it', async () => {
    expect(await expectUnauthenticated(hub, await token(signingKey, { exp: now() - 60 }))).toMatch(/expired/);
    expect(await expectUnauthenticated(hub, await token(signingKey, { iat: now() - 7200, exp: now() - 3600 }))).toMatch(
      /expired/,
    );
    expect((await ask(hub, await token(signingKey, { exp: now() - 5 }))).status).toBe(200);
  });

  it('rejects a token that is not yet valid (nbf beyond the tolerance), and accepts one just inside it', async () => {
    expect(await expectUnauthenticated(hub, await token(signingKey, { nbf: now() + 120 }))).toMatch(/not valid yet/);
    expect(await expectUnauthenticated(hub, await token(signingKey, { nbf: now() + 3600, exp: now() + 7200 }))).toMatch(
      /not valid yet/,
    );
    expect((await ask(hub, await token(signingKey, { nbf: now() + 5 }))).status).toBe(200);
  });

  it.each([
    ['another audience', { aud: 'some-other-system' }],
    ['an audience list without this hub', { aud: ['a', 'b'] }],
    ['no audience', { aud: undefined }],
    ['another issuer', { iss: 'https://evil.example' }],
    ['no issuer', { iss: undefined }],
    ['no expiry', { exp: undefined }],
  ])('rejects a token with %s', async (_label, claims) => {
    await expectUnauthenticated(hub, await token(signingKey, claims));
  });

  it.each([
    ['no body', { department: undefined }],
    ['an empty body', { department: '' }],
    ['a body as a list', { department: ['COURT'] }],
    ['a body the hub does not serve', { department: 'TAX_BUREAU' }],
    ['no role', { role: undefined }],
    ['an unknown role', { role: 'OVERLORD' }],
    ['the role "constructor" (inherited by every object)', { role: 'constructor' }],
    ['the role "toString"', { role: 'toString' }],
    ['the role "__proto__"', { role: '__proto__' }],
    ['no user', { sub: undefined }],
    ['an empty user', { sub: ' ' }],
    ['a user that is not a string', { sub: { user: 'x' } }],
  ])('rejects a token with %s', async (_label, claims) => {
    await expectUnauthenticated(hub, await token(signingKey, claims as JWTPayload));
  });

  it('takes user, body and role only from the verified payload: not from headers, the request body, or the token header', async () => {
    const forged = {
      'x-department': 'GOVERNANCE_CENTRE',
      'x-role': 'CHIEF',
      'x-user': 'admin',
      'x-actor': '{"department":"GOVERNANCE_CENTRE"}',
      department: 'GOVERNANCE_CENTRE',
      role: 'CHIEF',
    };
    const tokenWithHeaderClaims = await token(
      signingKey,
      { department: 'POLICE', role: 'CLERK', sub: 'police-clerk' },
      { alg: 'EdDSA', department: 'GOVERNANCE_CENTRE', role: 'CHIEF', sub: 'admin' },
    );
    const { body } = await ask(hub, tokenWithHeaderClaims, ME, forged, {
      extensions: { department: 'GOVERNANCE_CENTRE', role: 'CHIEF' },
      variables: { department: 'GOVERNANCE_CENTRE' },
    });
    expect(body.data!.me).toEqual({ user: 'police-clerk', department: 'POLICE', role: 'CLERK' });

    // And what the forged headers would allow (intake at the governance centre) stays forbidden.
    const input = {
      title: '楼道堆物引发邻里纠纷',
      category: 'NEIGHBOUR',
      description: '三楼住户长期在楼道堆放杂物。',
      sourceChannel: 'WALK_IN',
      peopleInvolved: 1,
      occurredAt: '2026-01-01T10:00:00Z',
      parties: [{ role: 'APPLICANT', name: '王芳', residentId: '11010519491231002X' }],
    };
    const intake = await ask(
      hub,
      tokenWithHeaderClaims,
      'mutation($input: OpenJointCaseInput!) { openJointCase(input: $input) { id } }',
      forged,
      { variables: { input } },
    );
    expect(intake.body.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('refuses to be configured with a symmetric algorithm or none', () => {
    const base = { issuer: 'i', audience: 'a', verificationKey: signingKey, knownDepartments: ['COURT'] };
    expect(() => new TokenService({ ...base, algorithms: ['HS256'] })).toThrow(/public-key/);
    expect(() => new TokenService({ ...base, algorithms: ['EdDSA', 'none'] })).toThrow(/public-key/);
    expect(() => new TokenService({ ...base, algorithms: [] })).toThrow(/public-key/);
    expect(() => new TokenService({ ...base, verificationKey: undefined })).toThrow(/verification key or a JWKS URL/);
  });

  describe("verification against the identity provider's JWKS (JWT_JWKS_URL), with key rotation", () => {
    let jwksServer: http.Server;
    let jwksUrl: string;
    let published: JWK[] = [];
    let fetches = 0;
    let jwksHub: RunningHub;
    const keys: Record<string, { privateKey: CryptoKey; jwk: JWK }> = {};

    beforeAll(async () => {
      for (const kid of ['key-2025', 'key-2026', 'not-published']) {
        const pair = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
        keys[kid] = {
          privateKey: pair.privateKey,
          jwk: { ...(await exportJWK(pair.publicKey)), kid, alg: 'EdDSA', use: 'sig' },
        };
      }
      published = [keys['key-2025'].jwk];
      jwksServer = http.createServer((req, res) => {
        fetches++;
        res.writeHead(200, { 'content-type': 'application/jwk-set+json' });
        res.end(JSON.stringify({ keys: published }));
      });
      await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
      jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/.well-known/jwks.json`;
      // As `mediation-hub start` configures it from the environment.
      const config = loadConfig(
        registeredDepartments.map((d) => d.code),
        { JWT_ISSUER: TEST_ISSUER, JWT_AUDIENCE: TEST_AUDIENCE, JWT_JWKS_URL: jwksUrl },
      );
      expect(config.jwt).toEqual({ issuer: TEST_ISSUER, audience: TEST_AUDIENCE, jwksUrl, algorithms: undefined });
      jwksHub = await startHub(
        hubOptions(databases, {
          issuer: config.jwt.issuer,
          audience: config.jwt.audience,
          // Short cache and cooldown so the test need not wait the production defaults.
          jwks: { url: config.jwt.jwksUrl!, cooldownMs: 0, cacheMaxAgeMs: 300 },
        }),
      );
    });
    afterAll(async () => {
      await jwksHub?.close();
      await new Promise((resolve) => jwksServer?.close(resolve));
    });

    const signedBy = (kid: string, claims: JWTPayload = {}) =>
      token(keys[kid].privateKey, claims, { alg: 'EdDSA', kid });

    it('reads JWT_JWKS_URL and JWT_ALGORITHMS from the environment', () => {
      const config = loadConfig([], { JWT_JWKS_URL: 'https://idp.example/jwks', JWT_ALGORITHMS: 'EdDSA, ES256' });
      expect(config.jwt).toMatchObject({ jwksUrl: 'https://idp.example/jwks', algorithms: ['EdDSA', 'ES256'] });
      expect(loadConfig([], {}).jwt.jwksUrl).toBeUndefined();
    });

    it('verifies a token signed by a published key, and rejects one whose kid the set does not have', async () => {
      const { status, body } = await ask(
        jwksHub,
        await signedBy('key-2025', { sub: 'idp-user', department: 'POLICE' }),
      );
      expect(status).toBe(200);
      expect(body.data!.me).toEqual({ user: 'idp-user', department: 'POLICE', role: 'MEDIATOR' });
      expect(fetches).toBeGreaterThan(0);
      await expectUnauthenticated(jwksHub, await signedBy('not-published'));
      await expectUnauthenticated(jwksHub, await signedBy('key-2026')); // not published yet
      // A published kid on a token signed by another key is a bad signature, not a key lookup.
      await expectUnauthenticated(
        jwksHub,
        await token(keys['not-published'].privateKey, {}, { alg: 'EdDSA', kid: 'key-2025' }),
      );
    });

    it('verifies tokens of a new key once the identity provider publishes it, and stops accepting a retired one', async () => {
      published = [keys['key-2025'].jwk, keys['key-2026'].jwk];
      expect((await ask(jwksHub, await signedBy('key-2026'))).status).toBe(200);
      expect((await ask(jwksHub, await signedBy('key-2025'))).status).toBe(200);

      published = [keys['key-2026'].jwk];
      await new Promise((resolve) => setTimeout(resolve, 400)); // past the cache age
      expect((await ask(jwksHub, await signedBy('key-2026'))).status).toBe(200);
      await expectUnauthenticated(jwksHub, await signedBy('key-2025'));
    });

    it('rejects HMAC tokens keyed with a published key (algorithm confusion) and alg: none', async () => {
      const jwk = keys['key-2026'].jwk;
      for (const secret of [
        Buffer.from(JSON.stringify({ keys: published })),
        Buffer.from(JSON.stringify(jwk)),
        Buffer.from(jwk.x!, 'base64url'),
        Buffer.from(jwk.x!),
      ]) {
        await expectUnauthenticated(jwksHub, await token(secret, { role: 'CHIEF' }, { alg: 'HS256', kid: 'key-2026' }));
      }
      const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
      await expectUnauthenticated(
        jwksHub,
        `${encode({ alg: 'none', kid: 'key-2026' })}.${encode({ sub: 'x', department: 'COURT', role: 'CHIEF', iss: TEST_ISSUER, aud: TEST_AUDIENCE, exp: now() + 60 })}.`,
      );
    });

    it('checks expiry, audience, issuer and required claims on JWKS tokens too', async () => {
      await expectUnauthenticated(jwksHub, await signedBy('key-2026', { exp: now() - 60 }));
      await expectUnauthenticated(jwksHub, await signedBy('key-2026', { nbf: now() + 120 }));
      await expectUnauthenticated(jwksHub, await signedBy('key-2026', { aud: 'other' }));
      await expectUnauthenticated(jwksHub, await signedBy('key-2026', { iss: 'other' }));
      await expectUnauthenticated(jwksHub, await signedBy('key-2026', { department: undefined }));
    });
  });
});
