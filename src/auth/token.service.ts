import type { CryptoKey } from 'jose';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { HubError } from '../common/hub-error';
import { type Actor, GOVERNANCE_CENTRE, Role } from './actor';
import { TOKEN_ALGORITHM } from './local-keys';

export interface TokenSettings {
  issuer: string;
  audience: string;
  signingKey?: CryptoKey;
  verificationKey: CryptoKey;
  /** Bodies a token may name: the registered ones and the governance centre. */
  knownDepartments: readonly string[];
}

const CLOCK_TOLERANCE_SECONDS = 30;

/** Issues and verifies the bearer tokens that carry user, body and role. */
export class TokenService {
  constructor(private readonly settings: TokenSettings) {}

  async issue(actor: Actor, expiresIn = '12h'): Promise<string> {
    if (!this.settings.signingKey) throw new Error('This hub has no signing key; tokens come from the identity provider');
    return new SignJWT({ department: actor.department, role: actor.role })
      .setProtectedHeader({ alg: TOKEN_ALGORITHM, typ: 'JWT' })
      .setSubject(actor.user)
      .setIssuer(this.settings.issuer)
      .setAudience(this.settings.audience)
      .setIssuedAt()
      .setExpirationTime(expiresIn)
      .sign(this.settings.signingKey);
  }

  /** The actor of a verified `Authorization: Bearer …` header, or UNAUTHENTICATED saying why. */
  async verifyAuthorizationHeader(header: string | undefined): Promise<Actor> {
    const token = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (!token) throw HubError.unauthenticated('A bearer token is required (Authorization: Bearer <token>)');
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.settings.verificationKey, {
        algorithms: [TOKEN_ALGORITHM],
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['sub', 'exp', 'department', 'role'],
      }));
    } catch (error) {
      throw HubError.unauthenticated(
        error instanceof joseErrors.JWTExpired ? 'The token has expired' : 'The token is not valid for this hub',
      );
    }
    const { sub, department, role } = payload as { sub: string; department: unknown; role: unknown };
    if (typeof department !== 'string' || !this.settings.knownDepartments.includes(department)) {
      throw HubError.unauthenticated('The token names a body this hub does not serve');
    }
    if (typeof role !== 'string' || !(role in Role)) throw HubError.unauthenticated('The token names an unknown role');
    return { user: sub, department, role: role as Role };
  }
}

export function tokenDepartments(registered: readonly string[]): string[] {
  return [GOVERNANCE_CENTRE, ...registered];
}
