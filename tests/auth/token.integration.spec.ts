import { generateKeyPair, SignJWT } from 'jose';
import { TokenService } from '../../src/auth/token.service';
import { startTestHub, TEST_AUDIENCE, TEST_ISSUER, type TestHub } from '../support/test-hub';

const ME = '{ me { user department role } }';

describe(TokenService.name, () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub();
  });
  afterAll(() => t.close());

  function signed(claims: Record<string, unknown>, key = t.signingKey) {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject('someone')
      .setIssuer(TEST_ISSUER)
      .setAudience(TEST_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(key);
  }

  async function expectUnauthenticated(token: string | null) {
    const { status, body } = await t.graphql('{ __typename }', { token });
    expect(status).toBe(401);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
    return body.errors![0].message;
  }

  it('answers a request with a valid token, naming the user, body and role from the token', async () => {
    const { status, body } = await t.graphql(ME, { token: await t.token('COURT', undefined, '陈调解员') });
    expect(status).toBe(200);
    expect(body.data).toEqual({ me: { user: '陈调解员', department: 'COURT', role: 'MEDIATOR' } });
  });

  it('rejects a request without a token', async () => {
    expect(await expectUnauthenticated(null)).toMatch(/bearer token is required/);
  });

  it('rejects a token signed with another key', async () => {
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    await expectUnauthenticated(await signed({ department: 'COURT', role: 'MEDIATOR' }, privateKey));
  });

  it('rejects a token whose signature was tampered with', async () => {
    const token = await t.token('COURT');
    const [header, payload, signature] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), department: 'POLICE' }),
    ).toString('base64url');
    await expectUnauthenticated([header, forged, signature].join('.'));
  });

  it('rejects an unsigned token (alg: none)', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(
      JSON.stringify({
        sub: 'x',
        department: 'COURT',
        role: 'CHIEF',
        iss: TEST_ISSUER,
        aud: TEST_AUDIENCE,
        exp: Math.floor(Date.now() / 1000) + 60,
      }),
    ).toString('base64url');
    await expectUnauthenticated(`${header}.${payload}.`);
  });

  it('rejects an expired token', async () => {
    const token = await new SignJWT({ department: 'COURT', role: 'MEDIATOR' })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject('someone')
      .setIssuer(TEST_ISSUER)
      .setAudience(TEST_AUDIENCE)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(t.signingKey);
    expect(await expectUnauthenticated(token)).toMatch(/expired/);
  });

  it('rejects a token for another audience', async () => {
    const token = await new SignJWT({ department: 'COURT', role: 'MEDIATOR' })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject('someone')
      .setIssuer(TEST_ISSUER)
      .setAudience('some-other-system')
      .setExpirationTime('5m')
      .sign(t.signingKey);
    await expectUnauthenticated(token);
  });

  it('rejects a token without a body, or naming a body or role the hub does not know', async () => {
    await expectUnauthenticated(await signed({ role: 'MEDIATOR' }));
    await expectUnauthenticated(await signed({ department: 'TAX_BUREAU', role: 'MEDIATOR' }));
    await expectUnauthenticated(await signed({ department: 'COURT', role: 'OVERLORD' }));
  });

  it('takes the body only from the token, never from a header', async () => {
    const response = await fetch(t.hub.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await t.token('COURT')}`,
        'x-department': 'POLICE',
      },
      body: JSON.stringify({ query: ME }),
    });
    expect(((await response.json()) as { data: { me: { department: string } } }).data.me.department).toBe('COURT');
  });
});
