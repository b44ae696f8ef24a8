import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoBodies } from '../../src/demo/bodies';
import { provisionDatabases } from '../../src/demo/embedded-installation';
import { seedDemoData } from '../../src/demo/seed';
import { embeddedCredentials, startEmbeddedPostgres } from '../../src/runtime/embedded-postgres';
import { logins, templateNames, TEST_CLUSTER_VARIABLE, type TestCluster } from './test-cluster';
import { freePort } from './free-port';

/** One throwaway Postgres for the whole run, with template databases every test file copies. */
export default async function globalSetup(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mediation-hub-test-'));
  const port = await freePort();
  const postgres = await startEmbeddedPostgres({
    clusterDir: path.join(dir, 'postgres'),
    credentialsDir: dir,
    port,
    persistent: false,
  });
  (globalThis as { testPostgres?: unknown }).testPostgres = { postgres, dir };
  const cluster: TestCluster = { port, ...embeddedCredentials(dir), personHashKey: randomBytes(32).toString('base64') };
  const provisioned = await provisionDatabases(logins(cluster), demoBodies, templateNames(demoBodies));
  await seedDemoData(
    { hubUrl: provisioned.adminUrls.hub, departmentAdminUrls: provisioned.adminUrls.departments },
    { bodies: demoBodies, scale: 1, personHashKey: Buffer.from(cluster.personHashKey, 'base64') },
  );
  process.env[TEST_CLUSTER_VARIABLE] = JSON.stringify(cluster);
}
