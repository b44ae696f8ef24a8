import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../common/logger';

/**
 * Clears the way for a new embedded Postgres on a cluster folder whose owning hub is gone
 * (the caller holds the data directory's hub.lock, so no live hub owns this cluster).
 *
 * After a crash of `mediation-hub start` (SIGKILL, OOM kill) the Postgres it started keeps
 * running on its own, in its own process group; a new one on the same folder would refuse to
 * start — "lock file already exists" while postmaster.pid is there, or, if that file was
 * deleted, "pre-existing shared memory block … is still in use" because the old server and
 * its backends still hold the cluster's shared memory. Such a stray is found by its folder
 * (every Postgres process works in its data directory), not only through postmaster.pid, and
 * stopped: fast shutdown (open transactions roll back, the cluster stays consistent), then
 * immediate shutdown. Backends orphaned by a postmaster that died alone exit by themselves
 * once they notice; any that linger are killed (what Postgres's own message asks an operator
 * to do). Finally a postmaster.pid left behind by a dead server is removed, which also covers
 * a pid since reused by another program and a postmaster that is an unreaped zombie.
 */
export async function stopStrayPostgres(clusterDir: string, log: Logger, timeoutMs = 30_000): Promise<void> {
  const dir = path.resolve(clusterDir);
  if (!fs.existsSync('/proc/self/cwd')) return stopByPidFile(dir, log, timeoutMs);
  const lockFile = path.join(dir, 'postmaster.pid');

  const postmasters = processesIn(dir).filter((pid) => isPostmasterOf(pid, dir));
  // hub.lock is the rule; this is the safety net for a lock file someone deleted: a
  // postmaster whose parent, the hub that started it, still runs is not a stray.
  for (const pid of postmasters) {
    const owner = runningHubParentOf(pid);
    if (owner) {
      throw new Error(
        `The Postgres in ${dir} (PID ${pid}) belongs to a running mediation-hub (PID ${owner}); stop that one first (kill -TERM ${owner})`,
      );
    }
  }
  for (const pid of postmasters) {
    log.warn(
      { pid, pidFile: fs.existsSync(lockFile) ? 'present' : 'deleted' },
      'a Postgres left running by an earlier start holds the cluster; stopping it',
    );
    signal(pid, 'SIGINT');
  }
  if (postmasters.length > 0 && !(await allGone(postmasters, timeoutMs))) {
    log.warn({ pids: postmasters }, 'the stray Postgres did not stop in time; immediate shutdown');
    postmasters.forEach((pid) => signal(pid, 'SIGQUIT'));
    if (!(await allGone(postmasters, 10_000))) {
      throw new Error(
        `A Postgres (PID ${postmasters.join(', ')}) still holds ${dir}; stop it (kill -QUIT ${postmasters.join(' ')}) and start again`,
      );
    }
  }

  // Orphaned backends of a postmaster that died (they hold the shared memory) leave on their own within moments.
  if (!(await allGone(() => processesIn(dir), 5_000))) {
    const lingering = processesIn(dir);
    log.warn({ pids: lingering }, "processes of a dead Postgres still hold the cluster's shared memory; stopping them");
    lingering.forEach((pid) => signal(pid, 'SIGKILL'));
    if (!(await allGone(() => processesIn(dir), 5_000))) {
      throw new Error(
        `Processes ${processesIn(dir).join(', ')} still use ${dir} and its shared memory; stop them (kill -KILL <pid>) and start again`,
      );
    }
  }

  const lines = readLines(lockFile);
  if (lines) {
    log.warn({ lockFile, pid: lines[0] }, 'removing the postmaster.pid of a Postgres that is no longer running');
    removeLockFiles(lines, lockFile);
  }
}

/** Without /proc (macOS): only postmaster.pid says which server holds the cluster. */
async function stopByPidFile(dir: string, log: Logger, timeoutMs: number): Promise<void> {
  const lockFile = path.join(dir, 'postmaster.pid');
  const lines = readLines(lockFile);
  const pid = Number(lines?.[0]);
  if (!lines || !Number.isInteger(pid) || pid <= 0) return;
  if (!isAlive(pid)) return; // Postgres checks and removes a dead server's lock file itself
  if (lines[1] === undefined || path.resolve(lines[1]) !== dir) return;
  log.warn({ pid }, 'a Postgres left running by an earlier start holds the cluster; stopping it');
  signal(pid, 'SIGINT');
  if (await allGone([pid], timeoutMs)) return;
  signal(pid, 'SIGQUIT');
  if (await allGone([pid], 10_000)) return;
  throw new Error(`A Postgres (PID ${pid}) still holds ${dir}; stop it (kill -QUIT ${pid}) and start again`);
}

function readLines(file: string): string[] | null {
  try {
    return fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.trim());
  } catch {
    return null;
  }
}

/** postmaster.pid, and its Unix socket's lock file (line 4 the port, line 5 the socket folder) if that names the same server. */
function removeLockFiles(lines: string[], lockFile: string): void {
  const [pid, , , port, socketDir] = lines;
  if (port && socketDir) {
    const socketLock = path.join(socketDir, `.s.PGSQL.${port}.lock`);
    if (readLines(socketLock)?.[0] === pid) fs.rmSync(socketLock, { force: true });
  }
  fs.rmSync(lockFile, { force: true });
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
    return !fs.existsSync('/proc/self/stat'); // gone, unless there is no /proc to look in
  }
}

/** A postmaster keeps its command line (`postgres -D <dir> …`); its backends retitle themselves. */
function isPostmasterOf(pid: number, dir: string): boolean {
  try {
    const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    const at = args.indexOf('-D');
    return path.basename(args[0] ?? '') === 'postgres' && at >= 0 && path.resolve(args[at + 1] ?? '') === dir;
  } catch {
    return false;
  }
}

/** The parent of a postmaster when it is a running mediation-hub other than this process. */
function runningHubParentOf(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!(parent > 1) || parent === process.pid || !isAlive(parent)) return null;
    const args = fs.readFileSync(`/proc/${parent}/cmdline`, 'utf8').split('\0');
    const isNode = /^node/.test(path.basename(args[0] ?? ''));
    return isNode && args.some((arg) => /mediation-hub|cli[/\\]main\.js$/.test(arg)) ? parent : null;
  } catch {
    return null;
  }
}

/**
 * Live Postgres processes working in the cluster's folder: every Postgres process chdirs to
 * its data directory (a shell someone left in that folder is not one of them).
 */
function processesIn(dir: string): number[] {
  const found: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readlinkSync(`/proc/${entry}/cwd`) !== dir) continue;
      if (fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres' && isAlive(Number(entry)))
        found.push(Number(entry));
    } catch {
      // Gone, a zombie (no cwd), or not ours to look at.
    }
  }
  return found;
}

async function allGone(pids: number[] | (() => number[]), timeoutMs: number): Promise<boolean> {
  const remaining = () => (typeof pids === 'function' ? pids() : pids.filter(isAlive));
  const deadline = Date.now() + timeoutMs;
  while (remaining().length > 0) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}
