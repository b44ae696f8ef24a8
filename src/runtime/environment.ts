import path from 'node:path';
import type { Logger } from '../common/logger';
import type { DatabaseTargets, HubConfig } from '../config/config';
import type { DepartmentDefinition } from '../connectors/department-definition';
import { seedDemoData } from '../demo/seed';
import { APP_ROLE, type ClusterLogins, clusterLogins, embeddedCredentials, type EmbeddedPostgres, READER_ROLE, startEmbeddedPostgres } from './embedded-postgres';
import {
  createDatabaseIfMissing,
  ensureLoginRole,
  grantHubRuntime,
  grantReadOnly,
  migrateDepartmentDemo,
  migrateHub,
  pendingHubMigrations,
  roleOfUrl,
  runtimeRoleFindings,
  withClient,
} from './provisioning';

export const EMBEDDED_HUB_DATABASE = 'mediation_hub';

/** Names of the databases of one embedded installation (tests use their own prefixes). */
export interface DatabaseNames {
  hub: string;
  departments: Record<string, string>;
}

export function defaultDatabaseNames(departments: readonly DepartmentDefinition[]): DatabaseNames {
  return {
    hub: EMBEDDED_HUB_DATABASE,
    departments: Object.fromEntries(departments.filter((d) => d.demo).map((d) => [d.code, d.demo!.databaseName])),
  };
}

export interface ProvisionedDatabases {
  /** What the hub connects with: the hub database, and each body through the read-only role. */
  targets: DatabaseTargets;
  /** Administrator URLs, for migrations and the demo seed only. */
  adminUrls: { hub: string; departments: Record<string, string> };
}

/**
 * Creates the hub database and one database per demo body on a server we administer,
 * applies their migrations and lets the reader role SELECT the bodies' tables.
 */
export async function provisionDatabases(
  logins: ClusterLogins,
  departments: readonly DepartmentDefinition[],
  names: DatabaseNames,
  templates?: DatabaseNames,
): Promise<ProvisionedDatabases> {
  const { adminUrl, readerUrl } = logins;
  const maintenance = adminUrl('postgres');
  await ensureLoginRole(maintenance, READER_ROLE, logins.readerPassword);
  await ensureLoginRole(maintenance, APP_ROLE, logins.appPassword);
  await createDatabaseIfMissing(maintenance, names.hub, templates?.hub);
  // The same split as a configured deployment: the administrator owns and migrates, the
  // application role only serves (it cannot alter the audit log).
  await migrateHub(adminUrl(names.hub));
  await grantHubRuntime(adminUrl(names.hub), APP_ROLE);
  const departmentAdminUrls: Record<string, string> = {};
  const departmentUrls: Record<string, string> = {};
  for (const definition of departments) {
    const database = names.departments[definition.code];
    if (!database || !definition.demo) continue;
    await createDatabaseIfMissing(maintenance, database, templates?.departments[definition.code]);
    departmentAdminUrls[definition.code] = adminUrl(database);
    await migrateDepartmentDemo(definition, adminUrl(database));
    await grantReadOnly(adminUrl(database), database, READER_ROLE);
    departmentUrls[definition.code] = readerUrl(database);
  }
  return {
    targets: { hubUrl: logins.appUrl(names.hub), departmentUrls },
    adminUrls: { hub: adminUrl(names.hub), departments: departmentAdminUrls },
  };
}

export async function hubHasJointCases(hubUrl: string): Promise<boolean> {
  return withClient(hubUrl, async (client) => (await client.query('SELECT 1 FROM joint_case LIMIT 1')).rowCount !== 0);
}

export interface EmbeddedInstallation extends ProvisionedDatabases {
  postgres: EmbeddedPostgres;
  seededNow: boolean;
}

/**
 * The no-configuration default: a Postgres from the embedded-postgres package with its data
 * under the project's data directory, the demo bodies' databases, and demo data on first run.
 */
export async function startEmbeddedInstallation(
  config: HubConfig,
  departments: readonly DepartmentDefinition[],
  personHashKey: Buffer,
  log: Logger,
): Promise<EmbeddedInstallation> {
  const postgres = await startEmbeddedPostgres({
    clusterDir: path.join(config.dataDir, 'postgres'),
    credentialsDir: config.dataDir,
    port: config.embeddedPostgresPort,
    persistent: true,
  });
  try {
    const provisioned = await provisionDatabases(clusterLogins(postgres.port, embeddedCredentials(config.dataDir)), departments, defaultDatabaseNames(departments));
    // The embedded installation is held to the same rule as a deployment.
    const { findings } = await runtimeRoleFindings(provisioned.targets);
    if (findings.length > 0) throw new UnsafeRuntimeRoleError(findings, []);
    let seededNow = false;
    if (!(await hubHasJointCases(provisioned.adminUrls.hub))) {
      log.info('first start: seeding demo data');
      await seedDemoData(
        { hubUrl: provisioned.adminUrls.hub, departmentAdminUrls: provisioned.adminUrls.departments },
        { departments, scale: 1, personHashKey },
      );
      seededNow = true;
    }
    return { ...provisioned, postgres, seededNow };
  } catch (error) {
    await postgres.stop();
    throw error;
  }
}

/**
 * The owner's login for the hub database (HUB_MIGRATION_DATABASE_URL): only
 * `mediation-hub migrate` uses it. HUB_DATABASE_URL is the runtime role the hub serves with.
 */
export const HUB_MIGRATION_DATABASE_URL_VARIABLE = 'HUB_MIGRATION_DATABASE_URL';

export function migrationDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env[HUB_MIGRATION_DATABASE_URL_VARIABLE] || undefined;
}

/** The hub refuses to serve with a role that could alter the audit log or write to a body's database. */
export class UnsafeRuntimeRoleError extends Error {
  constructor(
    readonly findings: readonly string[],
    readonly pending: readonly string[],
  ) {
    super(
      'mediation-hub will not serve:\n' +
        [...findings, ...(pending.length ? [`the hub database lacks ${pending.length} migration(s) (${pending.join(', ')})`] : [])]
          .map((line) => `  - ${line}`)
          .join('\n') +
        "\nThe runtime login (HUB_DATABASE_URL) must not own the hub's tables and may only read the bodies' databases." +
        ` Run \`mediation-hub migrate\` with ${HUB_MIGRATION_DATABASE_URL_VARIABLE} (the owner) and serve with the runtime login;` +
        ' the README\'s "Deployment" section has the SQL that creates both roles.',
    );
    this.name = 'UnsafeRuntimeRoleError';
  }
}

/**
 * Applies the owner's migrations and grants (`mediation-hub migrate`): the schema changes only
 * through the owner's login, and the runtime role (the user of HUB_DATABASE_URL, for the
 * command line) gets exactly its privileges afterwards; without one only the migrations run.
 */
export async function migrateAsOwner(ownerUrl: string, runtimeRole?: string): Promise<{ grantedTo?: string }> {
  await migrateHub(ownerUrl);
  if (!runtimeRole) return {};
  if (runtimeRole === roleOfUrl(ownerUrl)) {
    throw new Error(`The runtime login (${runtimeRole}) is the owner's: give the hub its own role (see the README's "Deployment" section)`);
  }
  await grantHubRuntime(ownerUrl, runtimeRole);
  return { grantedTo: runtimeRole };
}

/**
 * Gets configured databases ready to serve. In production `start` never migrates: the schema
 * must already be up to date (`mediation-hub migrate`), the owner's login must not be in the
 * serving process's environment, and the runtime role must be unable to alter the audit log or
 * write to a body's database. Any of these refuses the start, with every reason at once.
 * In development the start migrates (with the owner's login if given, else with the one it
 * has, as before) and reports unsafe privileges as a warning.
 */
export async function prepareConfiguredDatabases(
  databases: DatabaseTargets,
  options: { production: boolean; log: Logger; migrationUrl?: string },
): Promise<void> {
  const { production, log, migrationUrl } = options;
  if (!production) {
    if (migrationUrl) await migrateAsOwner(migrationUrl, roleOfUrl(databases.hubUrl));
    else await migrateHub(databases.hubUrl);
  }
  const { findings, unchecked } = await runtimeRoleFindings(databases);
  let pending: string[] = [];
  try {
    pending = await pendingHubMigrations(databases.hubUrl);
  } catch (error) {
    if ((error as { code?: string }).code !== '42501') throw error;
    findings.push('the hub database role may not read hub_migrations, so the start cannot tell whether the schema is up to date (`mediation-hub migrate` grants it)');
  }
  if (production && migrationUrl) {
    findings.unshift(`${HUB_MIGRATION_DATABASE_URL_VARIABLE} is set: the serving process must not hold the owner's login; give it to \`mediation-hub migrate\` only`);
  }
  for (const department of unchecked) log.warn({ department }, "could not check the hub's privileges on this body's database (unreachable); checked again next start");
  if (findings.length === 0 && pending.length === 0) return;
  const error = new UnsafeRuntimeRoleError(findings, pending);
  if (production) throw error;
  log.warn({ findings }, 'the hub database login could alter the audit log or write to a body (refused in production)');
}
