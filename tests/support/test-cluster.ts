import { type ClusterLogins, clusterLogins } from '../../src/runtime/embedded-postgres';
import type { DemoBody } from '../../src/demo/demo-body';
import type { DatabaseNames } from '../../src/demo/embedded-installation';

/** What the global setup hands to every test file (through the environment). */
export interface TestCluster {
  port: number;
  adminPassword: string;
  readerPassword: string;
  appPassword: string;
  /** base64 key of the person hash used by the template seed. */
  personHashKey: string;
}

export const TEST_CLUSTER_VARIABLE = 'MEDIATION_HUB_TEST_CLUSTER';

export function testCluster(): TestCluster {
  const value = process.env[TEST_CLUSTER_VARIABLE];
  if (!value) throw new Error('The test Postgres is not running; run the tests through jest (global setup)');
  return JSON.parse(value) as TestCluster;
}

export function logins(cluster: TestCluster): ClusterLogins {
  return clusterLogins(cluster.port, cluster);
}

export function adminUrl(cluster: TestCluster, database: string): string {
  return logins(cluster).adminUrl(database);
}

/** Template databases: built once by the real migrations and the demo seed, copied per test file. */
export function templateNames(bodies: readonly DemoBody[]): DatabaseNames {
  return databaseNames('tpl', bodies);
}

export function databaseNames(prefix: string, bodies: readonly DemoBody[]): DatabaseNames {
  return {
    hub: `${prefix}_hub`,
    departments: Object.fromEntries(bodies.map((b) => [b.code, `${prefix}_${b.code.toLowerCase()}`])),
  };
}
