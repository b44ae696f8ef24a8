import path from 'node:path';
import { DataSource } from 'typeorm';
import type { Logger } from '../common/logger';
import type { DatabaseTargets, HubConfig } from '../config/config';
import {
  APP_ROLE,
  type ClusterLogins,
  clusterLogins,
  embeddedCredentials,
  type EmbeddedPostgres,
  READER_ROLE,
  startEmbeddedPostgres,
} from '../runtime/embedded-postgres';
import { EMBEDDED_HUB_DATABASE, UnsafeRuntimeRoleError } from '../runtime/environment';
import {
  createDatabaseIfMissing,
  ensureLoginRole,
  grantHubRuntime,
  grantReadOnly,
  migrateHub,
  runtimeRoleFindings,
  withClient,
} from '../runtime/provisioning';
import type { DemoBody } from './demo-body';
import { seedDemoData } from './seed';

/*
 * The embedded default: one local Postgres holding the hub database and one database per
 * simulated body, built by the demo bodies' own migrations and filled by the demo seed.
 * A deployment configures its bodies' databases instead and never runs any of this.
 */

/** Names of the databases of one embedded installation (tests use their own prefixes). */
export interface DatabaseNames {
  hub: string;
  departments: Record<string, string>;
}

export function defaultDatabaseNames(bodies: readonly DemoBody[]): DatabaseNames {
  return {
    hub: EMBEDDED_HUB_DATABASE,
    departments: Object.fromEntries(bodies.map((b) => [b.code, b.databaseName])),
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
  bodies: readonly DemoBody[],
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
  for (const body of bodies) {
    const database = names.departments[body.code];
    if (!database) continue;
    await createDatabaseIfMissing(maintenance, database, templates?.departments[body.code]);
    departmentAdminUrls[body.code] = adminUrl(database);
    await migrateDemoBody(body, adminUrl(database));
    await grantReadOnly(adminUrl(database), database, READER_ROLE);
    departmentUrls[body.code] = readerUrl(database);
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
  bodies: readonly DemoBody[],
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
    const provisioned = await provisionDatabases(
      clusterLogins(postgres.port, embeddedCredentials(config.dataDir)),
      bodies,
      defaultDatabaseNames(bodies),
    );
    // The embedded installation is held to the same rule as a deployment.
    const { findings } = await runtimeRoleFindings(provisioned.targets);
    if (findings.length > 0) throw new UnsafeRuntimeRoleError(findings, []);
    let seededNow = false;
    if (!(await hubHasJointCases(provisioned.adminUrls.hub))) {
      log.info('first start: seeding demo data');
      await seedDemoData(
        { hubUrl: provisioned.adminUrls.hub, departmentAdminUrls: provisioned.adminUrls.departments },
        { bodies, scale: 1, personHashKey },
      );
      seededNow = true;
    }
    return { ...provisioned, postgres, seededNow };
  } catch (error) {
    await postgres.stop();
    throw error;
  }
}

/** Builds a demo body's own schema. Only for the embedded demo: real bodies own their schemas. */
export async function migrateDemoBody(body: DemoBody, adminUrl: string): Promise<void> {
  const dataSource = new DataSource({
    type: 'postgres',
    url: adminUrl,
    migrations: body.migrations,
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
