import { generateKeyPair, SignJWT } from 'jose';
import { CLOCK_TOLERANCE_SECONDS, TokenService, VERIFIED_TOKEN_TTL_MS } from '../../src/auth/token.service';

const ISSUER = 'mediation-hub';
const AUDIENCE = 'mediation-hub';

describe('TokenService: verified tokens remembered', () => {
  let keys: Awaited<ReturnType<typeof generateKeyPair>>;
  let service: TokenService;
  let verifications: jest.SpyInstance;

  beforeAll(async () => {
    keys = await generateKeyPair('EdDSA', { extractable: true });
  });

  beforeEach(() => {
    jest.useFakeTimers({ now: Date.now(), doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    service = new TokenService({
      issuer: ISSUER,
      audience: AUDIENCE,
      verificationKey: keys.publicKey,
      knownDepartments: ['COURT'],
    });
    verifications = jest.spyOn(
      service as unknown as { verifyToken: (token: string) => Promise<unknown> },
      'verifyToken',
    );
  });

  afterEach(() => jest.useRealTimers());

  function token(expiresAt: number, department = 'COURT') {
    return new SignJWT({ department, role: 'MEDIATOR' })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject('陈调解员')
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt / 1000))
      .sign(keys.privateKey);
  }

  it('checks a token once and answers the same actor for it until the remembered time ends', async () => {
    const bearer = `Bearer ${await token(Date.now() + 3_600_000)}`;
    const first = await service.verifyAuthorizationHeader(bearer);
    expect(await service.verifyAuthorizationHeader(bearer)).toBe(first);
    expect(verifications).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(VERIFIED_TOKEN_TTL_MS + 1);
    expect(await service.verifyAuthorizationHeader(bearer)).toEqual(first);
    expect(verifications).toHaveBeenCalledTimes(2);
  });

  it('never remembers a token past the moment it stops being accepted', async () => {
    // Accepted until exp + the clock tolerance: 10 s from now, well inside the usual minute.
    const bearer = `Bearer ${await token(Date.now() - CLOCK_TOLERANCE_SECONDS * 1000 + 10_000)}`;
    await service.verifyAuthorizationHeader(bearer);
    jest.advanceTimersByTime(11_000);
    await expect(service.verifyAuthorizationHeader(bearer)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'The token has expired',
    });
    expect(verifications).toHaveBeenCalledTimes(2);
  });

  it('does not remember a refusal', async () => {
    const bearer = `Bearer ${await token(Date.now() + 3_600_000, 'NOWHERE')}`;
    await expect(service.verifyAuthorizationHeader(bearer)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(service.verifyAuthorizationHeader(bearer)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(verifications).toHaveBeenCalledTimes(2);
  });
});
