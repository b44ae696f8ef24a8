import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { DepartmentDefinition } from '../connectors/department-definition';
import { createHubDataSource } from './hub-data-source';

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export async function createDatabaseIfMissing(adminUrlOfPostgresDb: string, database: string, template?: string): Promise<boolean> {
  return withClient(adminUrlOfPostgresDb, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount) return false;
    await client.query(`CREATE DATABASE ${quoteIdent(database)}${template ? ` TEMPLATE ${quoteIdent(template)}` : ''}`);
    return true;
  });
}

/** A login role of the hub (department reader, hub application); created once per cluster. */
export async function ensureLoginRole(adminUrl: string, role: string, password: string): Promise<void> {
  const options = `LOGIN PASSWORD '${password.replace(/'/g, "''")}'`;
  await withClient(adminUrl, async (client) => {
    // Processes provisioning the same cluster at once (test workers, replicas starting) take
    // turns: two concurrent ALTER ROLE of one role fail with "tuple concurrently updated".
    // The lock is the session's, released when the connection closes.
    await client.query(`SELECT pg_advisory_lock(hashtext($1))`, [`mediation-hub:role:${role}`]);
    try {
      await client.query(`CREATE ROLE ${quoteIdent(role)} ${options}`);
    } catch (error) {
      // Already there (perhaps created a moment ago by another process provisioning the same cluster).
      if (!['42710', '23505'].includes((error as { code?: string }).code ?? '')) throw error;
      await client.query(`ALTER ROLE ${quoteIdent(role)} ${options}`);
    }
  });
}

/** Lets the reader role SELECT every table of a department database, and nothing else. */
export async function grantReadOnly(adminUrlOfDepartmentDb: string, database: string, role: string): Promise<void> {
  await withClient(adminUrlOfDepartmentDb, async (client) => {
    await client.query(`REVOKE ALL ON DATABASE ${quoteIdent(database)} FROM PUBLIC`);
    await client.query(`GRANT CONNECT ON DATABASE ${quoteIdent(database)} TO ${quoteIdent(role)}`);
    await client.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${quoteIdent(role)}`);
    await client.query(`GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${quoteIdent(role)}`);
    await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO ${quoteIdent(role)}`);
  });
}

/**
 * Lets the hub application role use its own database, but never change or remove an audit
 * record: together with the append-only trigger, the audit log can only grow.
 */
export async function grantHubApplication(adminUrlOfHubDb: string, database: string, role: string): Promise<void> {
  await withClient(adminUrlOfHubDb, async (client) => {
    await client.query(`GRANT CONNECT ON DATABASE ${quoteIdent(database)} TO ${quoteIdent(role)}`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${quoteIdent(role)}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${quoteIdent(role)}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${quoteIdent(role)}`);
    await client.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM ${quoteIdent(role)}`);
  });
}

export async function migrateHub(hubUrl: string): Promise<void> {
  const dataSource = createHubDataSource(hubUrl, { poolSize: 1 });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

/** Builds a demo body's own schema. Only for the embedded demo: real bodies own their schemas. */
export async function migrateDepartmentDemo(definition: DepartmentDefinition, adminUrl: string): Promise<void> {
  if (!definition.demo) return;
  const dataSource = new DataSource({
    type: 'postgres',
    url: adminUrl,
    migrations: definition.demo.migrations,
    migrationsTableName: 'demo_schema_migrations',
    synchronize: false,
    logging: false,
    poolSize: 1,
  });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

export { withClient, quoteIdent };
