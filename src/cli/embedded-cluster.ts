import path from 'node:path';
import { Client } from 'pg';
import type { HubConfig } from '../config/config';
import { type ClusterLogins, clusterLogins, embeddedCredentials, startEmbeddedPostgres } from '../runtime/embedded-postgres';

async function isReachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs a maintenance command against the embedded Postgres: the one `mediation-hub start` is
 * running, or, when none runs, one started for the command and stopped after it.
 */
export async function withEmbeddedCluster<T>(config: HubConfig, work: (logins: ClusterLogins) => Promise<T>): Promise<T> {
  const logins = clusterLogins(config.embeddedPostgresPort, embeddedCredentials(config.dataDir));
  const running = await isReachable(logins.adminUrl('postgres'));
  const postgres = running
    ? undefined
    : await startEmbeddedPostgres({
        clusterDir: path.join(config.dataDir, 'postgres'),
        credentialsDir: config.dataDir,
        port: config.embeddedPostgresPort,
        persistent: true,
      });
  try {
    return await work(logins);
  } finally {
    await postgres?.stop();
  }
}
