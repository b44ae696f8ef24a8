import 'reflect-metadata';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadOrCreateLocalKeys } from '../src/auth/local-keys';
import { projectRoot } from '../src/config/config';
import { demoBodies } from '../src/demo/bodies';
import { defaultDatabaseNames, type ProvisionedDatabases, provisionDatabases } from '../src/demo/embedded-installation';
import {
  clusterLogins,
  embeddedCredentials,
  type EmbeddedPostgres,
  startEmbeddedPostgres,
} from '../src/runtime/embedded-postgres';
import { Client } from 'pg';
import { withClient } from '../src/runtime/provisioning';
import { freePort } from '../tests/support/free-port';
import { type PostgresClient, postgresClients } from './postgres-cpu';

/**
 * The benchmark's own embedded Postgres: a fresh cluster in a folder under the system's temp
 * directory (deleted when the run ends), holding the hub database and one database per body,
 * filled by the real `mediation-hub seed --scale N`.
 */
export interface BenchEnvironment {
  dataDir: string;
  port: number;
  databases: ProvisionedDatabases;
  /** Pid of the postmaster, whose children are the backends (for their CPU time). */
  postmasterPid(): number;
  /** The postmaster and whom its processes serve, for the CPU each client costs Postgres. */
  postgres(): PostgresProbe;
  /** Replaces the demo data with `scale` times the default set; returns the seconds it took. */
  seed(scale: number): Promise<number>;
  stop(): Promise<void>;
}

export interface PostgresProbe {
  pid: number;
  /** The live processes by the client each serves, now (pg_stat_activity). */
  clients(): Promise<Map<number, PostgresClient>>;
}

export async function startBenchEnvironment(): Promise<BenchEnvironment> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mediation-hub-bench-'));
  const port = await freePort();
  const clusterDir = path.join(dataDir, 'postgres');
  const start = () => startEmbeddedPostgres({ clusterDir, credentialsDir: dataDir, port, persistent: true });
  // Two hubs (audit on and off), the limit server and PostGraphile hold more connections than
  // the default 100: raise the limit, which takes a restart.
  let postgres: EmbeddedPostgres = await start();
  await withClient(postgres.adminUrl('postgres'), (client) => client.query('ALTER SYSTEM SET max_connections = 300'));
  await postgres.stop();
  postgres = await start();
  await loadOrCreateLocalKeys(dataDir); // the person hash key and token keys the seed and the servers share
  const logins = clusterLogins(port, embeddedCredentials(dataDir));
  const names = defaultDatabaseNames(demoBodies);
  let databases = await provisionDatabases(logins, demoBodies, names);
  const postmasterPid = () => Number(fs.readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  // One connection of the runner's own, opened when first asked (its backend counts as "other").
  let admin: Promise<Client> | undefined;
  const adminClient = () =>
    (admin ??= (async () => {
      const client = new Client({ connectionString: postgres.adminUrl('postgres'), application_name: 'bench-runner' });
      client.on('error', () => undefined);
      await client.connect();
      return client;
    })());
  return {
    dataDir,
    port,
    get databases() {
      return databases;
    },
    postmasterPid,
    postgres: () => ({
      pid: postmasterPid(),
      clients: async () => postgresClients(async (text) => (await adminClient()).query(text)),
    }),
    async seed(scale) {
      const began = process.hrtime.bigint();
      await runCli(['seed', '--scale', String(scale)], { HUB_DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port) });
      databases = await provisionDatabases(logins, demoBodies, names);
      // Fresh statistics, so the planner sees the seeded sizes at once.
      for (const url of [databases.adminUrls.hub, ...Object.values(databases.adminUrls.departments)]) {
        await withClient(url, (client) => client.query('VACUUM ANALYZE'));
      }
      return Number(process.hrtime.bigint() - began) / 1e9;
    },
    async stop() {
      if (admin) await (await admin).end().catch(() => undefined);
      await postgres.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs the project's own command line (dist/src/cli/main.js) and waits for it; its progress bar goes to our stderr. */
function runCli(args: string[], env: Record<string, string>): Promise<void> {
  const cli = path.join(projectRoot(), 'dist', 'src', 'cli', 'main.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`mediation-hub ${args.join(' ')} exited with ${code}`)),
    );
  });
}
