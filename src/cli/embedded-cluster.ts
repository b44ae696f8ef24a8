import path from 'node:path';
import { Client } from 'pg';
import { createLogger } from '../common/logger';
import type { HubConfig } from '../config/config';
import {
  type ClusterLogins,
  clusterLogins,
  embeddedCredentials,
  startEmbeddedPostgres,
} from '../runtime/embedded-postgres';
import { acquireHubLock } from './hub-lock';
import { stopStrayPostgres } from './stray-postgres';

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
export async function withEmbeddedCluster<T>(
  config: HubConfig,
  work: (logins: ClusterLogins) => Promise<T>,
): Promise<T> {
  const logins = clusterLogins(config.embeddedPostgresPort, embeddedCredentials(config.dataDir));
  if (await isReachable(logins.adminUrl('postgres'))) return work(logins);
  // No server answers: this command starts one, and owns the data directory meanwhile (a
  // `mediation-hub start` is refused until it is done, and the other way round).
  const lock = acquireHubLock(config.dataDir, process.argv.slice(1).join(' '));
  try {
    const clusterDir = path.join(config.dataDir, 'postgres');
    await stopStrayPostgres(clusterDir, createLogger());
    const postgres = await startEmbeddedPostgres({
      clusterDir,
      credentialsDir: config.dataDir,
      port: config.embeddedPostgresPort,
      persistent: true,
    });
    try {
      return await work(logins);
    } finally {
      await postgres.stop();
    }
  } finally {
    lock.release();
  }
}
