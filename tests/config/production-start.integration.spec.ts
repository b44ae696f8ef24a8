import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { exportSPKI, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { departmentUrlVariable } from '../../src/config/config';
import { registeredDepartments } from '../../src/connectors/registered-departments';
import { freePort } from '../support/free-port';
import { testCluster } from '../support/test-cluster';
import { createTestDatabases, type TestDatabases } from '../support/test-hub';

const CLI = path.join(__dirname, '..', '..', 'dist', 'src', 'cli', 'main.js');
const run = promisify(execFile);

function baseEnv(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, HUB_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  for (const name of [
    'HUB_DATABASE_URL',
    'JWT_JWKS_URL',
    'JWT_PUBLIC_KEY',
    'JWT_PUBLIC_KEY_FILE',
    'PERSON_HASH_KEY',
    'PERSON_HASH_KEY_FILE',
    'NODE_ENV',
  ])
    delete env[name];
  return env;
}

async function cli(
  env: NodeJS.ProcessEnv,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { env, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The built command line in production mode (NODE_ENV=production), as an operator starts it. */
describe('production start (command line)', () => {
  let dataDir: string;

  beforeAll(() => {
    if (!fs.existsSync(CLI)) throw new Error('Build first (npm test runs `npm run build` before jest)');
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mediation-hub-prod-'));
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('refuses to start without its keys and databases, listing all of them in one message', async () => {
    const { code, stdout, stderr } = await cli(
      { ...baseEnv(dataDir), NODE_ENV: 'production', PORT: String(await freePort()) },
      'start',
    );
    expect(code).not.toBe(0);
    expect(stdout).not.toMatch(/serving GraphQL/);
    expect(stderr).toContain('Refusing to start in production');
    expect(stderr).toContain('HUB_DATABASE_URL');
    expect(stderr).toContain('PERSON_HASH_KEY or PERSON_HASH_KEY_FILE');
    expect(stderr).toContain('JWT_JWKS_URL, or JWT_PUBLIC_KEY / JWT_PUBLIC_KEY_FILE');
    // Nothing was created for it: no development keys, no embedded Postgres.
    expect(fs.existsSync(path.join(dataDir, 'keys'))).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'postgres'))).toBe(false);
  });

  it('refuses bad settings, every one named, before doing anything', async () => {
    const { code, stderr } = await cli({ ...baseEnv(dataDir), PORT: 'http', HUB_LOCK_TIMEOUT_MS: '5s' }, 'start');
    expect(code).not.toBe(0);
    expect(stderr).toContain('PORT: must be a whole number');
    expect(stderr).toContain('HUB_LOCK_TIMEOUT_MS: must be a whole number of milliseconds');
  });

  it('refuses the token command in production', async () => {
    const { code, stdout, stderr } = await cli(
      { ...baseEnv(dataDir), NODE_ENV: 'production' },
      'token',
      '--department',
      'COURT',
      '--role',
      'MEDIATOR',
      '--user',
      'x',
    );
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/production hub never accepts/);
  });

  describe('with its keys and databases configured', () => {
    let databases: TestDatabases;
    let hub: ChildProcess;
    let url: string;
    let idpKey: CryptoKey;
    let developmentToken: string;

    beforeAll(async () => {
      databases = await createTestDatabases();
      // A development start on the same data folder left development keys and a token signed with them.
      const devEnv = { ...baseEnv(dataDir), JWT_ISSUER: 'idp', JWT_AUDIENCE: 'hub' };
      const issued = await cli(devEnv, 'token', '--department', 'COURT', '--role', 'MEDIATOR', '--user', 'dev-user');
      expect(issued.code).toBe(0);
      developmentToken = issued.stdout.trim();
      const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
      idpKey = privateKey;
      const env: NodeJS.ProcessEnv = {
        ...baseEnv(dataDir),
        NODE_ENV: 'production',
        PORT: String(await freePort()),
        HUB_DATABASE_URL: databases.targets.hubUrl,
        PERSON_HASH_KEY: testCluster().personHashKey,
        JWT_PUBLIC_KEY: await exportSPKI(publicKey),
        JWT_ISSUER: 'idp',
        JWT_AUDIENCE: 'hub',
      };
      for (const d of registeredDepartments)
        env[departmentUrlVariable(d.code)] = databases.targets.departmentUrls[d.code];
      hub = spawn(process.execPath, [CLI, 'start'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      url = await new Promise<string>((resolve, reject) => {
        let output = '';
        hub.stdout!.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /serving GraphQL at (\S+)/.exec(output);
          if (match) resolve(match[1]);
        });
        hub.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
        hub.once('exit', () => reject(new Error(`mediation-hub start exited early:\n${output}`)));
      });
    }, 120_000);

    afterAll(async () => {
      if (hub && hub.exitCode === null) {
        const exited = new Promise((resolve) => hub.once('exit', resolve));
        hub.kill('SIGTERM');
        await exited;
      }
      await databases?.drop();
    });

    async function me(bearer: string) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
        body: JSON.stringify({ query: '{ me { user department role } }' }),
      });
      return {
        status: response.status,
        body: (await response.json()) as { data?: any; errors?: Array<{ extensions: { code: string } }> },
      };
    }

    it("answers a token from the identity provider's key", async () => {
      const token = await new SignJWT({ department: 'COURT', role: 'MEDIATOR' })
        .setProtectedHeader({ alg: 'EdDSA' })
        .setSubject('陈调解员')
        .setIssuer('idp')
        .setAudience('hub')
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(idpKey);
      const { status, body } = await me(token);
      expect(status).toBe(200);
      expect(body.data.me).toEqual({ user: '陈调解员', department: 'COURT', role: 'MEDIATOR' });
    });

    it('refuses a development token, though the development keys are in its data folder', async () => {
      const { status, body } = await me(developmentToken);
      expect(status).toBe(401);
      expect(body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    });
  });
});
