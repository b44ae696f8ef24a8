import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { hubMigrations } from '../../migrations/hub';
import { DepartmentDatabase } from '../../src/connectors/department-database';
import { registeredDepartments } from '../../src/connectors/registered-departments';
import { findRecordsOfPersons, readRecords } from '../../src/connectors/record-query';
import { createHubDataSource } from '../../src/runtime/hub-data-source';
import { demoBodies } from '../../src/demo/bodies';
import type { DemoBody } from '../../src/demo/demo-body';
import { migrateDemoBody } from '../../src/demo/embedded-installation';
import { createDatabaseIfMissing, migrateHub, quoteIdent } from '../../src/runtime/provisioning';
import { adminUrl, testCluster } from '../support/test-cluster';

const HUB_TABLES = ['joint_case', 'joint_case_party', 'joint_case_record_link'];
const HUB_MIGRATIONS_TABLE = 'hub_migrations';
const DEMO_MIGRATIONS_TABLE = 'demo_schema_migrations';

async function query<Row extends Record<string, unknown>>(
  url: string,
  text: string,
  values: unknown[] = [],
): Promise<Row[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(text, values)).rows;
  } finally {
    await client.end();
  }
}

async function publicTables(url: string): Promise<string[]> {
  const rows = await query<{ table_name: string }>(
    url,
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  return rows.map((r) => r.table_name);
}

async function appliedMigrations(url: string, table: string): Promise<string[]> {
  const rows = await query<{ name: string }>(url, `SELECT name FROM ${quoteIdent(table)} ORDER BY id`);
  return rows.map((r) => r.name);
}

/** The same data source migrateDemoBody builds, for reverting. */
function departmentDataSource(body: DemoBody, url: string): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    migrations: body.migrations,
    migrationsTableName: DEMO_MIGRATIONS_TABLE,
    synchronize: false,
    logging: false,
    poolSize: 1,
  });
}

/** Reverts every applied migration, newest first, through TypeORM as an operator would. */
async function revertAll(dataSource: DataSource, migrationCount: number): Promise<void> {
  await dataSource.initialize();
  try {
    for (let i = 0; i < migrationCount; i++) await dataSource.undoLastMigration({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

describe(migrateHub.name, () => {
  const cluster = testCluster();
  const maintenanceUrl = adminUrl(cluster, 'postgres');
  const hubDatabase = `m${randomBytes(5).toString('hex')}_hub`;
  const hubUrl = adminUrl(cluster, hubDatabase);

  beforeAll(async () => {
    await expect(createDatabaseIfMissing(maintenanceUrl, hubDatabase)).resolves.toBe(true);
  });

  afterAll(async () => {
    await query(maintenanceUrl, `DROP DATABASE IF EXISTS ${quoteIdent(hubDatabase)} WITH (FORCE)`);
  });

  describe('createDatabaseIfMissing', () => {
    it('creates an empty database once and leaves it alone afterwards', async () => {
      await expect(publicTables(hubUrl)).resolves.toEqual([]);
      await expect(createDatabaseIfMissing(maintenanceUrl, hubDatabase)).resolves.toBe(false);
    });
  });

  describe('up', () => {
    it("creates the hub's tables and records every migration as applied", async () => {
      await migrateHub(hubUrl);
      const tables = await publicTables(hubUrl);
      expect(tables).toEqual(expect.arrayContaining([...HUB_TABLES, HUB_MIGRATIONS_TABLE]));
      await expect(appliedMigrations(hubUrl, HUB_MIGRATIONS_TABLE)).resolves.toEqual(hubMigrations.map((m) => m.name));
    });

    it('gives case numbers a sequence and ids a default', async () => {
      const [{ seq }] = await query<{ seq: string | null }>(
        hubUrl,
        "SELECT to_regclass('joint_case_number_seq')::text AS seq",
      );
      expect(seq).toBe('joint_case_number_seq');
      const [row] = await query<{ id: string; status: string }>(
        hubUrl,
        `INSERT INTO joint_case (case_number, title, category) VALUES ('probe', 'probe', 'OTHER') RETURNING id, status`,
      );
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.status).toBe('INTAKE');
      await query(hubUrl, 'DELETE FROM joint_case WHERE id = $1', [row.id]);
    });

    it('is a no-op when run again', async () => {
      const before = await publicTables(hubUrl);
      await expect(migrateHub(hubUrl)).resolves.toBeUndefined();
      await expect(publicTables(hubUrl)).resolves.toEqual(before);
      await expect(appliedMigrations(hubUrl, HUB_MIGRATIONS_TABLE)).resolves.toEqual(hubMigrations.map((m) => m.name));
    });
  });

  describe('down', () => {
    it("reverts every migration, newest first, and leaves none of the hub's tables or sequences", async () => {
      await revertAll(createHubDataSource(hubUrl, { poolSize: 1 }), hubMigrations.length);
      await expect(appliedMigrations(hubUrl, HUB_MIGRATIONS_TABLE)).resolves.toEqual([]);
      await expect(publicTables(hubUrl)).resolves.toEqual([HUB_MIGRATIONS_TABLE]);
      const sequences = await query<{ sequence_name: string }>(
        hubUrl,
        "SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = 'public'",
      );
      // Only the migrations table's own id sequence may remain.
      expect(
        sequences.map((s) => s.sequence_name).filter((name) => !name.startsWith(`${HUB_MIGRATIONS_TABLE}_`)),
      ).toEqual([]);
    });

    it('can be applied again after being reverted', async () => {
      await migrateHub(hubUrl);
      await expect(publicTables(hubUrl)).resolves.toEqual(expect.arrayContaining(HUB_TABLES));
    });
  });
});

describe(migrateDemoBody.name, () => {
  const cluster = testCluster();
  const maintenanceUrl = adminUrl(cluster, 'postgres');
  const prefix = `m${randomBytes(5).toString('hex')}`;
  const databaseOf = (body: DemoBody) => `${prefix}_${body.code.toLowerCase()}`;

  afterAll(async () => {
    for (const body of demoBodies) {
      await query(maintenanceUrl, `DROP DATABASE IF EXISTS ${quoteIdent(databaseOf(body))} WITH (FORCE)`);
    }
  });

  it('has a demo body to migrate', () => {
    expect(demoBodies.length).toBeGreaterThan(0);
  });

  describe.each(demoBodies.map((b) => [b.code, b] as const))('%s', (code, body) => {
    const definition = registeredDepartments.find((d) => d.code === code)!;
    const url = adminUrl(cluster, databaseOf(body));
    const migrationNames = body.migrations.map((m) => m.name);
    let ownTables: string[];

    beforeAll(async () => {
      await expect(createDatabaseIfMissing(maintenanceUrl, databaseOf(body))).resolves.toBe(true);
    });

    describe('up', () => {
      it("creates the body's own tables on an empty database and records every migration as applied", async () => {
        await expect(publicTables(url)).resolves.toEqual([]);
        await migrateDemoBody(body, url);
        ownTables = (await publicTables(url)).filter((t) => t !== DEMO_MIGRATIONS_TABLE);
        expect(ownTables.length).toBeGreaterThan(0);
        await expect(appliedMigrations(url, DEMO_MIGRATIONS_TABLE)).resolves.toEqual(migrationNames);
      });

      it('builds every table the connector reads: each record type and the person search answer [] on the empty schema', async () => {
        const db = new DepartmentDatabase({ department: code, url, statementTimeoutMs: 5000 });
        try {
          for (const recordType of definition.recordTypes) {
            await expect(readRecords(db, code, recordType, ['1', '2'])).resolves.toEqual([]);
          }
          await expect(findRecordsOfPersons(db, definition, ['11010519491231002X'])).resolves.toEqual([]);
        } finally {
          await db.close();
        }
      });

      it('is a no-op when run again', async () => {
        await expect(migrateDemoBody(body, url)).resolves.toBeUndefined();
        await expect(publicTables(url)).resolves.toEqual([...ownTables, DEMO_MIGRATIONS_TABLE].sort());
        await expect(appliedMigrations(url, DEMO_MIGRATIONS_TABLE)).resolves.toEqual(migrationNames);
      });
    });

    describe('down', () => {
      it("reverts every migration, newest first, and leaves none of the body's own tables", async () => {
        await revertAll(departmentDataSource(body, url), migrationNames.length);
        await expect(appliedMigrations(url, DEMO_MIGRATIONS_TABLE)).resolves.toEqual([]);
        const left = await publicTables(url);
        for (const table of ownTables) expect(left).not.toContain(table);
        expect(left).toEqual([DEMO_MIGRATIONS_TABLE]);
      });

      it('can be applied again after being reverted', async () => {
        await migrateDemoBody(body, url);
        await expect(publicTables(url)).resolves.toEqual([...ownTables, DEMO_MIGRATIONS_TABLE].sort());
      });
    });
  });
});
