import { execFile } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { hubMigrations } from '../../migrations/hub';
import { createLogger } from '../../src/common/logger';
import { departmentUrlVariable } from '../../src/config/config';
import { registeredDepartments } from '../../src/connectors/registered-departments';
import { embeddedUrl } from '../../src/runtime/embedded-postgres';
import { prepareConfiguredDatabases, UnsafeRuntimeRoleError } from '../../src/runtime/environment';
import {
  createDatabaseIfMissing,
  grantHubRuntime,
  quoteIdent,
  runtimeRoleFindings,
} from '../../src/runtime/provisioning';
import { freePort } from '../support/free-port';
import { adminUrl, testCluster } from '../support/test-cluster';
import { createTestDatabases, type TestDatabases } from '../support/test-hub';

const CLI = path.join(__dirname, '..', '..', 'dist', 'src', 'cli', 'main.js');
const run = promisify(execFile);
const HASH = 'a'.repeat(64);

/** Runs one statement as the given login; resolves to the error Postgres raised, if any. */
async function as(
  url: string,
  text: string,
  values: unknown[] = [],
): Promise<{ rows: Array<Record<string, unknown>>; error?: { code?: string; message: string } }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return { rows: (await client.query(text, values)).rows };
  } catch (error) {
    return { rows: [], error: error as { code?: string; message: string } };
  } finally {
    await client.end();
  }
}

/** A login role of the test's own (roles are cluster-wide: each test names and drops its own). */
async function createLogin(
  prefix: string,
): Promise<{ role: string; url: (database: string) => string; drop: () => Promise<void> }> {
  const cluster = testCluster();
  const role = `${prefix}_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(12).toString('hex');
  await as(adminUrl(cluster, 'postgres'), `CREATE ROLE ${quoteIdent(role)} LOGIN PASSWORD '${password}'`);
  return {
    role,
    url: (database) => embeddedUrl(cluster.port, role, password, database),
    async drop() {
      // Whatever the role was given or owns in the test's databases goes with them; what is left here is its membership.
      await as(adminUrl(cluster, 'postgres'), `DROP ROLE IF EXISTS ${quoteIdent(role)}`);
    },
  };
}

function databaseOf(url: string): string {
  return new URL(url).pathname.slice(1);
}

const log = createLogger('silent');

describe('the runtime role on the audit log', () => {
  let dbs: TestDatabases;
  let runtimeUrl: string;
  const chainId = randomUUID();

  beforeAll(async () => {
    dbs = await createTestDatabases();
    runtimeUrl = dbs.targets.hubUrl;
    // The hub's writer appends a chain anchor and a row; the runtime role may do exactly that.
    const anchor = await as(runtimeUrl, `INSERT INTO audit_chain (chain_id, head_seq, head_hash) VALUES ($1, 1, $2)`, [
      chainId,
      HASH,
    ]);
    expect(anchor.error).toBeUndefined();
    const row = await as(
      runtimeUrl,
      `INSERT INTO audit_event (chain_id, seq, occurred_at, request_id, kind, actor_user, actor_department, actor_role, prev_hash, hash)
       VALUES ($1, 1, now(), 'r1', 'READ', 'u', 'COURT', 'MEDIATOR', $2, $2)`,
      [chainId, HASH],
    );
    expect(row.error).toBeUndefined();
  });
  afterAll(() => dbs.drop());

  it('reads the audit log and moves its own chain anchor forward', async () => {
    expect(
      (await as(runtimeUrl, 'SELECT count(*)::int AS n FROM audit_event WHERE chain_id = $1', [chainId])).rows,
    ).toEqual([{ n: 1 }]);
    expect(
      (await as(runtimeUrl, 'UPDATE audit_chain SET head_seq = 2, head_hash = $2 WHERE chain_id = $1', [chainId, HASH]))
        .error,
    ).toBeUndefined();
  });

  it.each([
    ['delete an audit row', 'DELETE FROM audit_event'],
    ['update an audit row', "UPDATE audit_event SET actor_user = 'someone else'"],
    ['truncate the audit log', 'TRUNCATE audit_event'],
    ['delete a chain anchor', 'DELETE FROM audit_chain'],
    ['move an anchor to another chain', `UPDATE audit_chain SET chain_id = '${randomUUID()}'`],
    ['change the migrations record', 'DELETE FROM hub_migrations'],
  ])('cannot %s: permission denied', async (_what, statement) => {
    const { error } = await as(runtimeUrl, statement);
    expect(error).toMatchObject({
      code: '42501',
      message: expect.stringMatching(/^permission denied for table (audit_event|audit_chain|hub_migrations)$/),
    });
  });

  it.each([
    [
      'disable the append-only trigger',
      'ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only',
      /^must be owner of table audit_event$/,
    ],
    [
      'disable every trigger of the anchors',
      'ALTER TABLE audit_chain DISABLE TRIGGER ALL',
      /^must be owner of table audit_chain$/,
    ],
    [
      'drop the truncate guard',
      'DROP TRIGGER audit_event_no_truncate ON audit_event',
      /^must be owner of (table|relation) audit_event$/,
    ],
    [
      'replace the function behind the trigger',
      'CREATE OR REPLACE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END $$',
      // Postgres names whichever check fails first: no CREATE on the schema, or not the function's owner.
      /^(must be owner of function audit_event_refuse_change|permission denied for schema public)$/,
    ],
  ])('cannot %s: it owns nothing', async (_what, statement, message) => {
    const { error } = await as(runtimeUrl, statement);
    expect(error).toMatchObject({ code: '42501', message: expect.stringMatching(message) });
  });

  it('leaves the audit row as it was', async () => {
    expect(await dbs.sql('hub', 'SELECT actor_user FROM audit_event WHERE chain_id = $1', [chainId])).toEqual([
      { actor_user: 'u' },
    ]);
  });

  it('is found safe by the start check, on the hub database and on every body', async () => {
    await expect(runtimeRoleFindings(dbs.targets)).resolves.toEqual({ findings: [], unchecked: [] });
    await expect(prepareConfiguredDatabases(dbs.targets, { production: true, log })).resolves.toBeUndefined();
  });
});

describe('a production start with unsafe logins', () => {
  let dbs: TestDatabases;
  beforeAll(async () => {
    dbs = await createTestDatabases();
  });
  afterAll(() => dbs.drop());

  async function refusal(targets: TestDatabases['targets'], migrationUrl?: string): Promise<UnsafeRuntimeRoleError> {
    const error = await prepareConfiguredDatabases(targets, { production: true, log, migrationUrl }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UnsafeRuntimeRoleError);
    return error as UnsafeRuntimeRoleError;
  }

  it('is refused when the runtime role owns the audit table, and the message says why and what to do', async () => {
    const owner = await createLogin('t_owner');
    const hubDatabase = databaseOf(dbs.targets.hubUrl);
    try {
      // A runtime role granted as usual, that also owns the audit table (as one that migrated would).
      await grantHubRuntime(dbs.adminUrls.hub, owner.role);
      await dbs.sql('hub', `ALTER TABLE audit_event OWNER TO ${quoteIdent(owner.role)}`);
      const error = await refusal({ ...dbs.targets, hubUrl: owner.url(hubDatabase) });
      expect(error.findings).toEqual([
        `the hub database role "${owner.role}" owns audit_event, so it could disable the audit log's append-only triggers`,
        `the hub database role "${owner.role}" may UPDATE, DELETE, TRUNCATE, TRIGGER audit_event`,
      ]);
      expect(error.message).toContain('mediation-hub will not serve:\n  - the hub database role');
      expect(error.message).toContain('HUB_MIGRATION_DATABASE_URL');
      // In development the same start goes on, with a warning.
      await expect(
        prepareConfiguredDatabases({ ...dbs.targets, hubUrl: owner.url(hubDatabase) }, { production: false, log }),
      ).resolves.toBeUndefined();

      // The command line, as an operator starts it in production: refused before it serves.
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mediation-hub-refused-'));
      try {
        const env = {
          ...process.env,
          ...Object.fromEntries(
            registeredDepartments.map((d) => [departmentUrlVariable(d.code), dbs.targets.departmentUrls[d.code]]),
          ),
          NODE_ENV: 'production',
          HUB_DATABASE_URL: owner.url(hubDatabase),
          HUB_DATA_DIR: dataDir,
          PORT: String(await freePort()),
          PERSON_HASH_KEY: testCluster().personHashKey,
          JWT_JWKS_URL: 'https://idp.example.invalid/.well-known/jwks.json',
          LOG_LEVEL: 'warn',
        };
        delete (env as Record<string, string | undefined>).HUB_MIGRATION_DATABASE_URL;
        const started = await run(process.execPath, [CLI, 'start'], { env, timeout: 60_000 }).then(
          () => ({ code: 0, stdout: '', stderr: '' }),
          (e: { code: number; stdout: string; stderr: string }) => e,
        );
        expect(started.code).toBe(1);
        expect(started.stdout).not.toContain('serving GraphQL');
        expect(started.stderr).toContain('mediation-hub will not serve:');
        expect(started.stderr).toContain(
          `the hub database role "${owner.role}" owns audit_event, so it could disable the audit log's append-only triggers`,
        );
      } finally {
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    } finally {
      await dbs.sql('hub', `ALTER TABLE audit_event OWNER TO CURRENT_USER`);
      await dbs.sql('hub', `DROP OWNED BY ${quoteIdent(owner.role)}`);
      await dbs.sql('hub', `REVOKE ALL ON DATABASE ${quoteIdent(hubDatabase)} FROM ${quoteIdent(owner.role)}`);
      await owner.drop();
    }
  });

  it('is refused with a superuser login, and with a body login that could write', async () => {
    const cluster = testCluster();
    const error = await refusal({
      hubUrl: adminUrl(cluster, databaseOf(dbs.targets.hubUrl)),
      departmentUrls: { ...dbs.targets.departmentUrls, COURT: dbs.adminUrls.departments.COURT },
    });
    expect(error.findings).toEqual(
      expect.arrayContaining([
        'the hub database role "postgres" is a superuser',
        expect.stringMatching(/^the hub database role "postgres" owns audit_event/),
        expect.stringMatching(
          /^the hub database role "postgres" owns the audit trigger function audit_event_refuse_change\(\)/,
        ),
        'the COURT database role "postgres" is a superuser',
        expect.stringMatching(/^the COURT database role "postgres" could write to COURT's tables \(public\./),
      ]),
    );
    expect(error.findings.some((f) => /POLICE/.test(f))).toBe(false);
  });

  it('is refused when a body granted the reader INSERT on one table', async () => {
    const table = (
      await dbs.sql<{ t: string }>(
        'POLICE',
        `SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1 LIMIT 1`,
      )
    )[0].t;
    const reader = new URL(dbs.targets.departmentUrls.POLICE).username;
    await dbs.sql('POLICE', `GRANT INSERT ON ${quoteIdent(table)} TO ${quoteIdent(reader)}`);
    try {
      const error = await refusal(dbs.targets);
      expect(error.findings).toEqual([
        `the POLICE database role "${reader}" could write to POLICE's tables (public.${table})`,
      ]);
    } finally {
      await dbs.sql('POLICE', `REVOKE INSERT ON ${quoteIdent(table)} FROM ${quoteIdent(reader)}`);
    }
    await expect(runtimeRoleFindings(dbs.targets)).resolves.toEqual({ findings: [], unchecked: [] });
  });

  it('is not refused for a body that cannot be reached: that body is checked at the next start', async () => {
    const down = new URL(dbs.targets.departmentUrls.COURT);
    down.port = String(await freePort());
    const targets = { ...dbs.targets, departmentUrls: { ...dbs.targets.departmentUrls, COURT: down.toString() } };
    await expect(runtimeRoleFindings(targets)).resolves.toEqual({ findings: [], unchecked: ['COURT'] });
    await expect(prepareConfiguredDatabases(targets, { production: true, log })).resolves.toBeUndefined();
  });

  it("is refused while the owner's login is in the serving process's environment", async () => {
    const error = await refusal(dbs.targets, dbs.adminUrls.hub);
    expect(error.findings).toEqual([
      expect.stringMatching(/^HUB_MIGRATION_DATABASE_URL is set: the serving process must not hold the owner's login/),
    ]);
  });

  it('never migrates, and is refused while a migration is pending', async () => {
    const newest = hubMigrations[hubMigrations.length - 1].name;
    await dbs.sql('hub', 'DELETE FROM hub_migrations WHERE name = $1', [newest]);
    try {
      const error = await refusal(dbs.targets);
      expect(error.pending).toEqual([newest]);
      expect(error.message).toContain(`the hub database lacks 1 migration(s) (${newest})`);
      // The start did not apply it either.
      expect(await dbs.sql('hub', 'SELECT 1 FROM hub_migrations WHERE name = $1', [newest])).toEqual([]);
    } finally {
      await dbs.sql('hub', `INSERT INTO hub_migrations (timestamp, name) VALUES ($1, $2)`, [
        Number(/\d+$/.exec(newest)![0]),
        newest,
      ]);
    }
  });
});

describe('mediation-hub migrate (the owner migrates, the runtime role is granted)', () => {
  const cluster = testCluster();
  const database = `t${randomBytes(5).toString('hex')}_owned_hub`;
  let owner: Awaited<ReturnType<typeof createLogin>>;
  let runtime: Awaited<ReturnType<typeof createLogin>>;
  let dbs: TestDatabases;

  beforeAll(async () => {
    if (!fs.existsSync(CLI)) throw new Error('Build first (npm test runs `npm run build` before jest)');
    dbs = await createTestDatabases();
    owner = await createLogin('t_migrator');
    runtime = await createLogin('t_runtime');
    // What the README asks of an operator: an empty database owned by the migrating role.
    await createDatabaseIfMissing(adminUrl(cluster, 'postgres'), database);
    await as(
      adminUrl(cluster, 'postgres'),
      `ALTER DATABASE ${quoteIdent(database)} OWNER TO ${quoteIdent(owner.role)}`,
    );
    await as(adminUrl(cluster, database), `ALTER SCHEMA public OWNER TO ${quoteIdent(owner.role)}`);
  });

  afterAll(async () => {
    await as(adminUrl(cluster, 'postgres'), `DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
    await dbs.drop();
    await owner.drop();
    await runtime.drop();
  });

  function env(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
    const departmentUrls = Object.fromEntries(
      registeredDepartments.map((d) => [departmentUrlVariable(d.code), dbs.targets.departmentUrls[d.code]]),
    );
    return { ...process.env, ...departmentUrls, ...extra, LOG_LEVEL: 'warn' };
  }

  it('refuses to run without the owner login, saying which setting', async () => {
    await expect(
      run(process.execPath, [CLI, 'migrate'], {
        env: env({ HUB_DATABASE_URL: runtime.url(database), HUB_MIGRATION_DATABASE_URL: undefined }),
      }),
    ).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Set HUB_MIGRATION_DATABASE_URL'),
    });
  });

  it('builds the schema as the owner and leaves the runtime role a safe login', async () => {
    const { stdout } = await run(process.execPath, [CLI, 'migrate'], {
      env: env({ HUB_DATABASE_URL: runtime.url(database), HUB_MIGRATION_DATABASE_URL: owner.url(database) }),
    });
    expect(stdout).toBe(`hub database is up to date; runtime role "${runtime.role}" granted its privileges\n`);
    const owners = await as(
      adminUrl(cluster, database),
      `SELECT DISTINCT tableowner AS owner FROM pg_tables WHERE schemaname = 'public'`,
    );
    expect(owners.rows).toEqual([{ owner: owner.role }]);
    const targets = { hubUrl: runtime.url(database), departmentUrls: dbs.targets.departmentUrls };
    await expect(runtimeRoleFindings(targets)).resolves.toEqual({ findings: [], unchecked: [] });
    await expect(prepareConfiguredDatabases(targets, { production: true, log })).resolves.toBeUndefined();
    expect((await as(runtime.url(database), 'DELETE FROM audit_event')).error).toMatchObject({ code: '42501' });
    expect((await as(runtime.url(database), 'SELECT count(*)::int AS n FROM joint_case')).rows).toEqual([{ n: 0 }]);
  });

  it('is what a development start does when given the owner login: the same owner, the same safe runtime role', async () => {
    const second = `${database}_dev`;
    await createDatabaseIfMissing(adminUrl(cluster, 'postgres'), second);
    try {
      await as(
        adminUrl(cluster, 'postgres'),
        `ALTER DATABASE ${quoteIdent(second)} OWNER TO ${quoteIdent(owner.role)}`,
      );
      await as(adminUrl(cluster, second), `ALTER SCHEMA public OWNER TO ${quoteIdent(owner.role)}`);
      const targets = { hubUrl: runtime.url(second), departmentUrls: dbs.targets.departmentUrls };
      await prepareConfiguredDatabases(targets, { production: false, log, migrationUrl: owner.url(second) });
      const owners = await as(
        adminUrl(cluster, second),
        `SELECT DISTINCT tableowner AS owner FROM pg_tables WHERE schemaname = 'public'`,
      );
      expect(owners.rows).toEqual([{ owner: owner.role }]);
      await expect(runtimeRoleFindings(targets)).resolves.toEqual({ findings: [], unchecked: [] });
    } finally {
      await as(adminUrl(cluster, 'postgres'), `DROP DATABASE IF EXISTS ${quoteIdent(second)} WITH (FORCE)`);
    }
  });

  it('refuses to grant the runtime privileges to the owner itself', async () => {
    await expect(
      run(process.execPath, [CLI, 'migrate'], {
        env: env({ HUB_DATABASE_URL: owner.url(database), HUB_MIGRATION_DATABASE_URL: owner.url(database) }),
      }),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining(`The runtime login (${owner.role}) is the owner's`),
    });
  });
});
