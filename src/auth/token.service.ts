import type { CryptoKey, JWTPayload, JWTVerifyOptions } from 'jose';
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTVerifyGetKey, SignJWT } from 'jose';
import { LRUCache } from 'lru-cache';
import { HubError } from '../common/hub-error';
import { type Actor, GOVERNANCE_CENTRE, Role } from './actor';
import { TOKEN_ALGORITHM } from './local-keys';

/**
 * Signature algorithms a hub may accept: public-key ones only. `none` and the HMAC family
 * (HS256…) are never accepted, whatever the configuration says: with an HMAC algorithm the
 * "secret" would be the public verification key, which anyone can fetch (algorithm confusion).
 */
export const ASYMMETRIC_ALGORITHMS: readonly string[] = [
  'EdDSA',
  'Ed25519',
  'ES256',
  'ES384',
  'ES512',
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
];

/** The identity provider's published key set (JWKS), fetched by `kid` and refetched on rotation. */
export interface JwksSettings {
  url: string;
  /** Least time between two fetches forced by an unknown `kid` (default 30 s). */
  cooldownMs?: number;
  /** Longest a fetched set is used before it is fetched again (default 10 min). */
  cacheMaxAgeMs?: number;
  /** Longest a fetch may take (default 5 s). */
  timeoutMs?: number;
}

export interface TokenSettings {
  issuer: string;
  audience: string;
  signingKey?: CryptoKey;
  /** One public key (development, tests); or `jwks`. */
  verificationKey?: CryptoKey;
  /** The identity provider's key set, for production (JWT_JWKS_URL); takes precedence over verificationKey. */
  jwks?: JwksSettings;
  /** Allowed signature algorithms (default EdDSA); a subset of ASYMMETRIC_ALGORITHMS. */
  algorithms?: readonly string[];
  /** Bodies a token may name: the registered ones and the governance centre. */
  knownDepartments: readonly string[];
}

/** Small: the hub's and the identity provider's clocks may differ a little, not by minutes. */
export const CLOCK_TOLERANCE_SECONDS = 30;

const REQUIRED_CLAIMS = ['iss', 'aud', 'sub', 'exp', 'department', 'role'];
const ROLES = new Set<string>(Object.values(Role));

/**
 * How long a verified token is remembered: never past its expiry, nor longer than the identity
 * provider's key set is cached, so a withdrawn key stops working as soon as it would without
 * this. A client sends the same token with every request; checking its signature each time
 * costs more CPU than many reads.
 */
export const VERIFIED_TOKEN_TTL_MS = 60_000;

/** Issues and verifies the bearer tokens that carry user, body and role. */
export class TokenService {
  private readonly verify: (token: string, options: JWTVerifyOptions) => Promise<{ payload: JWTPayload }>;
  private readonly algorithms: string[];
  /** Tokens whose signature and claims were checked, by the token's exact text. Failures are never remembered. */
  private readonly rememberForMs: number;
  private readonly verified = new LRUCache<string, Actor>({
    max: 10_000,
    // Wall-clock time, the clock a token's expiry is judged by.
    perf: { now: () => Date.now() },
  });

  constructor(private readonly settings: TokenSettings) {
    this.algorithms = [...(settings.algorithms ?? [TOKEN_ALGORITHM])];
    const refused = this.algorithms.filter((alg) => !ASYMMETRIC_ALGORITHMS.includes(alg));
    if (this.algorithms.length === 0 || refused.length > 0) {
      throw new Error(
        `Token algorithms must be public-key algorithms (${ASYMMETRIC_ALGORITHMS.join(', ')}); refused: ${refused.join(', ') || '(none given)'}`,
      );
    }
    this.rememberForMs = Math.min(VERIFIED_TOKEN_TTL_MS, settings.jwks?.cacheMaxAgeMs ?? VERIFIED_TOKEN_TTL_MS);
    if (settings.jwks) {
      const keySet: JWTVerifyGetKey = createRemoteJWKSet(new URL(settings.jwks.url), {
        cooldownDuration: settings.jwks.cooldownMs,
        cacheMaxAge: settings.jwks.cacheMaxAgeMs,
        timeoutDuration: settings.jwks.timeoutMs,
      });
      this.verify = (token, options) => jwtVerify(token, keySet, options);
    } else if (settings.verificationKey) {
      const key = settings.verificationKey;
      this.verify = (token, options) => jwtVerify(token, key, options);
    } else {
      throw new Error('Token verification needs a verification key or a JWKS URL');
    }
  }

  async issue(actor: Actor, expiresIn = '12h'): Promise<string> {
    if (!this.settings.signingKey)
      throw new Error('This hub has no signing key; tokens come from the identity provider');
    return new SignJWT({ department: actor.department, role: actor.role })
      .setProtectedHeader({ alg: TOKEN_ALGORITHM, typ: 'JWT' })
      .setSubject(actor.user)
      .setIssuer(this.settings.issuer)
      .setAudience(this.settings.audience)
      .setIssuedAt()
      .setExpirationTime(expiresIn)
      .sign(this.settings.signingKey);
  }

  /**
   * The actor of a verified `Authorization: Bearer …` header, or UNAUTHENTICATED saying why.
   * User, body and role come from the verified payload only; nothing else in a request
   * (headers, arguments, the token's unprotected parts) can change them.
   */
  async verifyAuthorizationHeader(header: string | undefined): Promise<Actor> {
    const token = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (!token) throw HubError.unauthenticated('A bearer token is required (Authorization: Bearer <token>)');
    const known = this.verified.get(token);
    if (known) return known;
    const { actor, expiresAt } = await this.verifyToken(token);
    const ttl = Math.min(this.rememberForMs, expiresAt - Date.now());
    if (ttl > 0) this.verified.set(token, actor, { ttl });
    return actor;
  }

  private async verifyToken(token: string): Promise<{ actor: Actor; expiresAt: number }> {
    let payload: JWTPayload;
    try {
      ({ payload } = await this.verify(token, {
        algorithms: this.algorithms,
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: REQUIRED_CLAIMS,
      }));
    } catch (error) {
      throw HubError.unauthenticated(
        error instanceof joseErrors.JWTExpired
          ? 'The token has expired'
          : error instanceof joseErrors.JWTClaimValidationFailed && error.claim === 'nbf'
            ? 'The token is not valid yet'
            : 'The token is not valid for this hub',
      );
    }
    const { sub, department, role } = payload as { sub: unknown; department: unknown; role: unknown };
    if (typeof sub !== 'string' || sub.trim() === '' || sub.length > 200)
      throw HubError.unauthenticated('The token names no user');
    if (typeof department !== 'string' || !this.settings.knownDepartments.includes(department)) {
      throw HubError.unauthenticated('The token names a body this hub does not serve');
    }
    // Not `role in Role`: that is true for "constructor", "toString" and the like.
    if (typeof role !== 'string' || !ROLES.has(role)) throw HubError.unauthenticated('The token names an unknown role');
    // `exp` is a required claim, checked by jwtVerify; remembered no longer than it is accepted.
    return {
      actor: Object.freeze({ user: sub, department, role: role as Role }),
      expiresAt: (payload.exp! + CLOCK_TOLERANCE_SECONDS) * 1000,
    };
  }
}

export function tokenDepartments(registered: readonly string[]): string[] {
  return [GOVERNANCE_CENTRE, ...registered];
}
