import fs from 'node:fs';
import path from 'node:path';
import { exportSPKI, importJWK, importSPKI, type CryptoKey, type JWK } from 'jose';
import { loadOrCreateLocalKeys, TOKEN_ALGORITHM } from '../auth/local-keys';
import type { TokenSettings } from '../auth/token.service';
import { assertProductionReady, type HubConfig } from './config';

export interface ServiceKeys {
  personHashKey: Buffer;
  /** How tokens are verified; a signing key only in development, where the hub issues its own tokens. */
  jwt: Omit<TokenSettings, 'knownDepartments'>;
}

/**
 * The keys a starting hub serves with. In production they come from configuration only —
 * PERSON_HASH_KEY(_FILE) and JWT_JWKS_URL or JWT_PUBLIC_KEY(_FILE), the same on every replica —
 * and the start is refused, listing everything missing, otherwise; no development key is ever
 * created, read for use or accepted. In development the keys under the data directory are
 * created on first start, and configured keys take precedence.
 */
export async function serviceKeys(config: HubConfig): Promise<ServiceKeys> {
  const { issuer, audience, algorithms, jwksUrl, publicKeyPem } = config.jwt;
  const configured = async (): Promise<Omit<TokenSettings, 'knownDepartments'> | undefined> => {
    if (jwksUrl) return { issuer, audience, algorithms, jwks: { url: jwksUrl } };
    if (publicKeyPem)
      return {
        issuer,
        audience,
        algorithms,
        verificationKey: await importPublicKey(publicKeyPem, algorithms?.[0] ?? TOKEN_ALGORITHM),
      };
    return undefined;
  };
  if (config.production) {
    assertProductionReady(config, await readDevelopmentKeys(config.dataDir));
    return { personHashKey: config.personHashKey!, jwt: (await configured())! };
  }
  const local = await loadOrCreateLocalKeys(config.dataDir);
  return {
    personHashKey: config.personHashKey ?? local.personHashKey,
    jwt: (await configured()) ?? {
      issuer,
      audience,
      algorithms,
      verificationKey: local.verificationKey,
      signingKey: local.signingKey,
    },
  };
}

async function importPublicKey(pem: string, algorithm: string): Promise<CryptoKey> {
  try {
    return await importSPKI(pem.trim(), algorithm);
  } catch {
    throw new Error(`JWT_PUBLIC_KEY is not a ${algorithm} public key (set JWT_ALGORITHMS to the key's algorithm)`);
  }
}

/**
 * The development keys a development start left in the data directory, if any (never created
 * here): a production hub refuses to serve with either of them.
 */
export async function readDevelopmentKeys(
  dataDir: string,
): Promise<{ personHashKey?: Buffer; verificationKeyPem?: string } | undefined> {
  const file = path.join(dataDir, 'keys', 'local-keys.json');
  if (!fs.existsSync(file)) return undefined;
  try {
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as { verificationJwk?: JWK; personHashKey?: string };
    const verificationKeyPem = stored.verificationJwk
      ? await exportSPKI((await importJWK(stored.verificationJwk, TOKEN_ALGORITHM)) as CryptoKey)
      : undefined;
    return {
      personHashKey: stored.personHashKey ? Buffer.from(stored.personHashKey, 'base64') : undefined,
      verificationKeyPem,
    };
  } catch {
    return undefined;
  }
}
