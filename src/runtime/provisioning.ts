import { Client } from 'pg';
import { hubMigrations } from '../../migrations/hub';
import { createHubDataSource } from './hub-data-source';

async function withClient<T>(url: string, work: (client: Client) => Promise<T>, timeoutMs?: number): Promise<T> {
  const client = new Client({
    connectionString: url,
    connectionTimeoutMillis: timeoutMs,
    statement_timeout: timeoutMs,
  });
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

export async function createDatabaseIfMissing(
  adminUrlOfPostgresDb: string,
  database: string,
  template?: string,
): Promise<boolean> {
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

/** The audit log's tables: the runtime role adds to them and reads them, and nothing else. */
export const AUDIT_TABLES = ['audit_event', 'audit_chain'] as const;
/** The functions behind the audit log's append-only triggers: whoever owns them could empty them. */
export const AUDIT_TRIGGER_FUNCTIONS = ['audit_event_refuse_change', 'audit_chain_forward_only'] as const;
const MIGRATIONS_TABLE = 'hub_migrations';

/**
 * What the hub's runtime role may do in its own database, granted by the owner after every
 * migration (so new tables are covered): read and write the working tables (cases,
 * agreements, fair-use budgets...), but on the audit log only INSERT and SELECT, plus moving a
 * chain's anchor forward (UPDATE of audit_chain's head columns, which its trigger allows only
 * forward). It never owns a table, so it can neither disable the append-only triggers nor
 * replace their functions; together with the hash chain the audit log can only grow.
 */
export async function grantHubRuntime(ownerUrlOfHubDb: string, role: string): Promise<void> {
  const grantee = quoteIdent(role);
  await withClient(ownerUrlOfHubDb, async (client) => {
    const { rows } = await client.query<{ db: string }>('SELECT current_database() AS db');
    await client.query(`GRANT CONNECT ON DATABASE ${quoteIdent(rows[0].db)} TO ${grantee}`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${grantee}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${grantee}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${grantee}`);
    // REVOKE ALL also takes back column privileges and anything granted by hand earlier.
    await client.query(`REVOKE ALL ON ${[...AUDIT_TABLES, MIGRATIONS_TABLE].join(', ')} FROM ${grantee}`);
    await client.query(`GRANT SELECT, INSERT ON ${AUDIT_TABLES.join(', ')} TO ${grantee}`);
    await client.query(`GRANT UPDATE (head_seq, head_hash) ON audit_chain TO ${grantee}`);
    // To tell at start whether the schema is up to date; only the owner migrates.
    await client.query(`GRANT SELECT ON ${MIGRATIONS_TABLE} TO ${grantee}`);
  });
}

/** The login name in a connection URL (whose privileges the hub will run with). */
export function roleOfUrl(url: string): string {
  const username = decodeURIComponent(new URL(url).username);
  if (!username) throw new Error('The database URL names no user; the hub needs to know its runtime role');
  return username;
}

/** The hub's migrations not yet applied to the hub database (readable by the runtime role). */
export async function pendingHubMigrations(hubUrl: string): Promise<string[]> {
  return withClient(hubUrl, async (client) => {
    const exists = await client.query<{ ok: boolean }>(
      `SELECT to_regclass('public.${MIGRATIONS_TABLE}') IS NOT NULL AS ok`,
    );
    const applied = exists.rows[0].ok
      ? (await client.query<{ name: string }>(`SELECT name FROM ${MIGRATIONS_TABLE}`)).rows.map((r) => r.name)
      : [];
    return hubMigrations.map((m) => m.name).filter((name) => !applied.includes(name));
  });
}

/**
 * Each database answers the start's privilege check within this (connecting, then the
 * statement): the hub database or the start fails; a body or it is checked next start.
 */
const CHECK_TIMEOUT_MS = 5_000;

/**
 * What the runtime role could do that it must not: alter the audit log (superuser, owner or
 * member of the owner of an audit table or of its trigger functions, UPDATE/DELETE/TRUNCATE/
 * TRIGGER privileges) or write to a body's database (any table it may INSERT, UPDATE, DELETE
 * or TRUNCATE, owns, or a schema it may create objects in). Each finding is one sentence; an
 * empty list means the role is safe to serve with. A body that cannot be reached is reported
 * in `unchecked`, not as a finding: the hub serves without it and checks again next start.
 */
export async function runtimeRoleFindings(targets: {
  hubUrl: string;
  departmentUrls: Record<string, string>;
}): Promise<{ findings: string[]; unchecked: string[] }> {
  const findings: string[] = [];
  const unchecked: string[] = [];
  await withClient(
    targets.hubUrl,
    async (client) => {
      const role = (
        await client.query<{ role: string; super: boolean }>(
          'SELECT current_user AS role, rolsuper AS super FROM pg_roles WHERE rolname = current_user',
        )
      ).rows[0];
      if (role.super) findings.push(`the hub database role "${role.role}" is a superuser`);
      const tables = await client.query<{
        name: string;
        owner: string | null;
        owns: boolean | null;
        privileges: string[] | null;
      }>(
        `SELECT w.name, t.tableowner AS owner, pg_has_role(current_user, t.tableowner, 'MEMBER') AS owns,
              CASE WHEN t.tablename IS NULL THEN NULL ELSE array_remove(ARRAY[
                CASE WHEN w.name = 'audit_event' AND has_table_privilege(current_user, format('public.%I', w.name), 'UPDATE') THEN 'UPDATE' END,
                CASE WHEN has_table_privilege(current_user, format('public.%I', w.name), 'DELETE') THEN 'DELETE' END,
                CASE WHEN has_table_privilege(current_user, format('public.%I', w.name), 'TRUNCATE') THEN 'TRUNCATE' END,
                CASE WHEN has_table_privilege(current_user, format('public.%I', w.name), 'TRIGGER') THEN 'TRIGGER' END
              ], NULL) END AS privileges
         FROM unnest($1::text[]) AS w(name)
         LEFT JOIN pg_tables t ON t.schemaname = 'public' AND t.tablename = w.name`,
        [AUDIT_TABLES],
      );
      for (const table of tables.rows) {
        if (table.owner === null) {
          findings.push(`the audit table ${table.name} is missing (run \`mediation-hub migrate\`)`);
          continue;
        }
        if (table.owns) {
          findings.push(
            `the hub database role "${role.role}" owns ${table.name}` +
              (table.owner !== role.role ? ` (as a member of its owner "${table.owner}")` : '') +
              `, so it could disable the audit log's append-only triggers`,
          );
        }
        if (table.privileges!.length > 0)
          findings.push(`the hub database role "${role.role}" may ${table.privileges!.join(', ')} ${table.name}`);
      }
      const functions = await client.query<{ name: string }>(
        `SELECT p.proname AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'public' AND p.proname = ANY($1::text[]) AND pg_has_role(current_user, p.proowner, 'MEMBER')`,
        [AUDIT_TRIGGER_FUNCTIONS],
      );
      for (const fn of functions.rows)
        findings.push(
          `the hub database role "${role.role}" owns the audit trigger function ${fn.name}(), so it could replace it`,
        );
    },
    CHECK_TIMEOUT_MS,
  );
  // Every body at once: a body that does not answer costs the start one timeout, not one each.
  const bodies = await Promise.all(
    Object.entries(targets.departmentUrls).map(async ([department, url]) => {
      try {
        return { department, writable: await departmentWriteAccess(url) };
      } catch {
        return { department, writable: null };
      }
    }),
  );
  for (const { department, writable } of bodies) {
    if (!writable) {
      unchecked.push(department);
      continue;
    }
    const who = `the ${department} database role "${writable.role}"`;
    if (writable.super) findings.push(`${who} is a superuser`);
    if (writable.tables.length > 0)
      findings.push(
        `${who} could write to ${department}'s tables (${writable.tables.join(', ')}${writable.tables.length === 5 ? ', …' : ''})`,
      );
    if (writable.schemas.length > 0)
      findings.push(`${who} may create tables in ${department}'s schema ${writable.schemas.join(', ')}`);
    if (writable.database) findings.push(`${who} may create schemas in ${department}'s database`);
  }
  return { findings, unchecked };
}

/** What the login of a body's database could write there: tables (the first five), schemas, the database. */
async function departmentWriteAccess(
  url: string,
): Promise<{ role: string; super: boolean; tables: string[]; schemas: string[]; database: boolean }> {
  return withClient(
    url,
    async (client) =>
      (
        await client.query<{ role: string; super: boolean; tables: string[]; schemas: string[]; database: boolean }>(
          `SELECT current_user AS role,
                  (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS super,
                  ARRAY(SELECT format('%I.%I', schemaname, tablename) FROM pg_tables
                         WHERE schemaname NOT IN ('pg_catalog', 'information_schema')
                           AND (pg_has_role(current_user, tableowner, 'MEMBER')
                                OR has_table_privilege(current_user, format('%I.%I', schemaname, tablename), 'INSERT, UPDATE, DELETE, TRUNCATE'))
                         ORDER BY 1 LIMIT 5) AS tables,
                  ARRAY(SELECT nspname::text FROM pg_namespace
                         WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\\_%'
                           AND has_schema_privilege(current_user, oid, 'CREATE') ORDER BY 1) AS schemas,
                  has_database_privilege(current_user, current_database(), 'CREATE') AS database`,
        )
      ).rows[0],
    CHECK_TIMEOUT_MS,
  );
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

export { withClient, quoteIdent };
