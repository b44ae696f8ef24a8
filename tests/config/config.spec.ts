import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { exportJWK, exportSPKI, generateKeyPair } from 'jose';
import { ConfigurationError, loadConfig, productionProblems, assertProductionReady } from '../../src/config/config';
import { readDevelopmentKeys, serviceKeys } from '../../src/config/service-keys';
import { DEFAULT_HUB_DATABASE_LIMITS } from '../../src/config/defaults';

const BODIES = ['COURT', 'POLICE'];
const URLS = {
  HUB_DATABASE_URL: 'postgres://hub:pw@db:5432/hub',
  COURT_DATABASE_URL: 'postgres://reader:pw@court:5432/court',
  POLICE_DATABASE_URL: 'postgres://reader:pw@police:5432/police',
};
const HASH_KEY = randomBytes(32).toString('base64');

function problemsOf(work: () => unknown): string[] {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return [...(error as ConfigurationError).problems];
  }
  throw new Error('expected a ConfigurationError');
}

describe('settings are checked at start (zod)', () => {
  it('gives every documented default when nothing is set', () => {
    const config = loadConfig(BODIES, {});
    expect(config.port).toBe(4000);
    expect(config.embeddedPostgresPort).toBe(54329);
    expect(config.databases).toBeUndefined();
    expect(config.departmentStatementTimeoutMs).toBe(5000);
    expect(config.departmentResilience).toEqual({
      deadlineMs: undefined,
      connectTimeoutMs: undefined,
      breakerFailureThreshold: undefined,
      breakerResetTimeoutMs: undefined,
      slowCallMs: undefined,
    });
    expect(config.hubDatabase).toEqual({ ...DEFAULT_HUB_DATABASE_LIMITS });
    expect(config.observability).toEqual({ accessLog: true, tracing: false, logLevel: 'info' });
    expect(config.production).toBe(false);
    expect(config.personHashKey).toBeUndefined();
  });

  it('reads typed values within their ranges', () => {
    const config = loadConfig(BODIES, {
      ...URLS,
      PORT: '8080',
      DEPARTMENT_DEADLINE_MS: '3000',
      DEPARTMENT_SLOW_CALL_MS: '800',
      HUB_LOCK_TIMEOUT_MS: '750',
      JWT_ALGORITHMS: 'EdDSA, ES256',
      TRACING: 'on',
      ACCESS_LOG: 'off',
      LOG_LEVEL: 'warn',
      PERSON_HASH_KEY: HASH_KEY,
      NODE_ENV: 'production',
    });
    expect(config.port).toBe(8080);
    expect(config.departmentResilience.deadlineMs).toBe(3000);
    expect(config.departmentResilience.slowCallMs).toBe(800);
    expect(config.hubDatabase.lockTimeoutMs).toBe(750);
    expect(config.jwt.algorithms).toEqual(['EdDSA', 'ES256']);
    expect(config.observability).toEqual({ accessLog: false, tracing: true, logLevel: 'warn' });
    expect(config.databases?.departmentUrls.POLICE).toBe(URLS.POLICE_DATABASE_URL);
    expect(config.personHashKey?.equals(Buffer.from(HASH_KEY, 'base64'))).toBe(true);
    expect(config.production).toBe(true);
  });

  it('treats an empty value as not set', () => {
    expect(loadConfig(BODIES, { PORT: '', JWT_JWKS_URL: '' }).port).toBe(4000);
  });

  it('lists every bad setting in one message, naming each and what it must be', () => {
    const problems = problemsOf(() =>
      loadConfig(BODIES, {
        PORT: 'eighty',
        DEPARTMENT_DEADLINE_MS: '0',
        HUB_STATEMENT_TIMEOUT_MS: '1.5',
        DEPARTMENT_BREAKER_FAILURES: '-3',
        TRACING: 'maybe',
        JWT_ALGORITHMS: 'HS256',
        JWT_JWKS_URL: 'not a url',
        LOG_LEVEL: 'loud',
        HUB_DATABASE_URL: 'mysql://x',
      }),
    );
    const text = problems.join('\n');
    for (const name of [
      'PORT',
      'DEPARTMENT_DEADLINE_MS',
      'HUB_STATEMENT_TIMEOUT_MS',
      'DEPARTMENT_BREAKER_FAILURES',
      'TRACING',
      'JWT_ALGORITHMS',
      'JWT_JWKS_URL',
      'LOG_LEVEL',
      'HUB_DATABASE_URL',
    ]) {
      expect(text).toContain(name);
    }
    expect(text).toContain('PORT: must be a whole number of port from 0 to 65535 (got "eighty")');
    expect(text).toContain('DEPARTMENT_DEADLINE_MS: must be a whole number of milliseconds from 100 to 600000');
    // The missing bodies' URLs are reported in the same message.
    expect(text).toContain('missing: COURT_DATABASE_URL, POLICE_DATABASE_URL');
  });

  it('refuses a person-hash key that is too short or not base64, and a public key that is not PEM', () => {
    const problems = problemsOf(() => loadConfig(BODIES, { PERSON_HASH_KEY: 'c2hvcnQ=', JWT_PUBLIC_KEY: 'abc' }));
    expect(problems.join('\n')).toMatch(/PERSON_HASH_KEY must be at least 32 random bytes/);
    expect(problems.join('\n')).toMatch(/JWT_PUBLIC_KEY must be a PEM public key/);
  });

  it('reads keys from files (container secrets), and refuses a key given twice or a missing file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-config-'));
    fs.writeFileSync(path.join(dir, 'hash'), `${HASH_KEY}\n`);
    const config = loadConfig(BODIES, { PERSON_HASH_KEY_FILE: path.join(dir, 'hash') });
    expect(config.personHashKey?.equals(Buffer.from(HASH_KEY, 'base64'))).toBe(true);
    expect(
      problemsOf(() =>
        loadConfig(BODIES, { PERSON_HASH_KEY: HASH_KEY, PERSON_HASH_KEY_FILE: path.join(dir, 'hash') }),
      ).join(),
    ).toMatch(/both set/);
    expect(problemsOf(() => loadConfig(BODIES, { JWT_PUBLIC_KEY_FILE: path.join(dir, 'absent.pem') })).join()).toMatch(
      /JWT_PUBLIC_KEY_FILE cannot be read \(ENOENT\)/,
    );
  });
});

describe('production refuses unsafe configuration', () => {
  it('lists everything missing in one message', () => {
    const config = loadConfig(BODIES, { NODE_ENV: 'production' });
    const problems = problemsOf(() => assertProductionReady(config));
    expect(problems).toHaveLength(3);
    const text = problems.join('\n');
    expect(text).toContain('HUB_DATABASE_URL');
    expect(text).toContain('PERSON_HASH_KEY or PERSON_HASH_KEY_FILE');
    expect(text).toContain('JWT_JWKS_URL, or JWT_PUBLIC_KEY / JWT_PUBLIC_KEY_FILE');
  });

  it('accepts configured databases, a person-hash key and a key set', () => {
    const config = loadConfig(BODIES, {
      NODE_ENV: 'production',
      ...URLS,
      PERSON_HASH_KEY: HASH_KEY,
      JWT_JWKS_URL: 'https://idp.example/jwks.json',
    });
    expect(productionProblems(config)).toEqual([]);
    expect(() => assertProductionReady(config)).not.toThrow();
  });

  it('does not check development starts', () => {
    expect(() => assertProductionReady(loadConfig(BODIES, {}))).not.toThrow();
  });

  it('refuses the development keys a development start left in the data directory', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-devkeys-'));
    // A development start creates the local keys ...
    const development = await serviceKeys(loadConfig(BODIES, { HUB_DATA_DIR: dataDir }));
    expect(development.jwt.signingKey).toBeDefined();
    const stored = JSON.parse(fs.readFileSync(path.join(dataDir, 'keys', 'local-keys.json'), 'utf8'));
    const devPem = await exportSPKI(development.jwt.verificationKey!);
    // ... which production may not be configured with.
    const config = loadConfig(BODIES, {
      NODE_ENV: 'production',
      HUB_DATA_DIR: dataDir,
      ...URLS,
      PERSON_HASH_KEY: stored.personHashKey,
      JWT_PUBLIC_KEY: devPem,
    });
    // Complete on its face: only the comparison with the data directory's keys refuses it.
    expect(productionProblems(config)).toEqual([]);
    await expect(serviceKeys(config)).rejects.toThrow(
      /PERSON_HASH_KEY is the development key[\s\S]*JWT_PUBLIC_KEY is the development token key/,
    );
    expect(await readDevelopmentKeys(dataDir)).toEqual({
      personHashKey: Buffer.from(stored.personHashKey, 'base64'),
      verificationKeyPem: devPem,
    });
  });

  it('serves in production with configured keys only: no signing key, none created', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-prodkeys-'));
    const { publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    const config = loadConfig(BODIES, {
      NODE_ENV: 'production',
      HUB_DATA_DIR: dataDir,
      ...URLS,
      PERSON_HASH_KEY: HASH_KEY,
      JWT_PUBLIC_KEY: await exportSPKI(publicKey),
    });
    const keys = await serviceKeys(config);
    expect(keys.jwt.signingKey).toBeUndefined();
    expect(keys.jwt.verificationKey).toBeDefined();
    expect(await exportJWK(keys.jwt.verificationKey!)).toEqual(await exportJWK(publicKey));
    expect(keys.personHashKey.equals(Buffer.from(HASH_KEY, 'base64'))).toBe(true);
    expect(fs.existsSync(path.join(dataDir, 'keys'))).toBe(false);
  });
});
