import path from 'node:path';
import type { Logger } from '../common/logger';
import type { DatabaseTargets, HubConfig } from '../config/config';
import type { DepartmentDefinition } from '../connectors/department-definition';
import { seedDemoData } from '../demo/seed';
import { APP_ROLE, type ClusterLogins, clusterLogins, embeddedCredentials, type EmbeddedPostgres, READER_ROLE, startEmbeddedPostgres } from './embedded-postgres';
import {
  createDatabaseIfMissing,
  ensureLoginRole,
  grantHubApplication,
  grantReadOnly,
  migrateDepartmentDemo,
  migrateHub,
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
  await migrateHub(adminUrl(names.hub));
  await grantHubApplication(adminUrl(names.hub), names.hub, APP_ROLE);
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
