import type { CryptoKey } from 'jose';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';

/**
 * Development keys, created on first start under the data directory (git-ignored):
 * the token signing key pair and the key of the person hash. Production supplies its
 * own through the environment (see README, "Configuration").
 */
export interface LocalKeys {
  signingKey: CryptoKey;
  verificationKey: CryptoKey;
  personHashKey: Buffer;
}

export const TOKEN_ALGORITHM = 'EdDSA';

interface StoredKeys {
  signingJwk: JWK;
  verificationJwk: JWK;
  personHashKey: string;
}

export async function loadOrCreateLocalKeys(dataDir: string): Promise<LocalKeys> {
  const file = path.join(dataDir, 'keys', 'local-keys.json');
  let stored: StoredKeys;
  if (fs.existsSync(file)) {
    stored = JSON.parse(fs.readFileSync(file, 'utf8')) as StoredKeys;
  } else {
    const { privateKey, publicKey } = await generateKeyPair(TOKEN_ALGORITHM, { crv: 'Ed25519', extractable: true });
    stored = {
      signingJwk: await exportJWK(privateKey),
      verificationJwk: await exportJWK(publicKey),
      personHashKey: randomBytes(32).toString('base64'),
    };
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    fs.writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
  return {
    signingKey: (await importJWK(stored.signingJwk, TOKEN_ALGORITHM)) as CryptoKey,
    verificationKey: (await importJWK(stored.verificationJwk, TOKEN_ALGORITHM)) as CryptoKey,
    personHashKey: Buffer.from(process.env.PERSON_HASH_KEY ?? stored.personHashKey, 'base64'),
  };
}
