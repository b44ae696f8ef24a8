import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Who owns a data directory's embedded Postgres: `hub.lock` in the data directory names the
 * process (pid, its start time, host) that started it. A second `mediation-hub start` (or a
 * maintenance command that would start its own Postgres) on the same folder is refused while
 * that process lives; once it is gone, its Postgres is a stray the next start may stop.
 */
export interface HubLockOwner {
  pid: number;
  /** Start time of the process in clock ticks since boot (/proc/<pid>/stat), so a reused pid is not taken for the owner. */
  startTicks: number | null;
  host: string;
  startedAt: string;
  command: string;
}

export class DataDirectoryInUse extends Error {
  constructor(
    readonly owner: HubLockOwner,
    dataDir: string,
  ) {
    super(
      `Another mediation-hub (PID ${owner.pid}${owner.host !== os.hostname() ? ` on ${owner.host}` : ''}, running since ${owner.startedAt}: ${owner.command}) ` +
        `owns the embedded Postgres in ${dataDir}. Stop it first (kill -TERM ${owner.pid}, or Ctrl-C in its terminal), ` +
        `or give this one its own folder (HUB_DATA_DIR) and ports (PORT, EMBEDDED_PG_PORT).`,
    );
  }
}

export interface HubLock {
  file: string;
  release(): void;
}

export function lockFileOf(dataDir: string): string {
  return path.join(dataDir, 'hub.lock');
}

/** Takes the data directory's lock, or throws DataDirectoryInUse naming the live owner. */
export function acquireHubLock(dataDir: string, command: string): HubLock {
  const file = lockFileOf(dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  const mine: HubLockOwner = {
    pid: process.pid,
    startTicks: startTicksOf(process.pid),
    host: os.hostname(),
    startedAt: new Date().toISOString(),
    command,
  };
  const text = `${JSON.stringify(mine, null, 2)}\n`;
  for (let attempt = 0; attempt < 5; attempt++) {
    // Written aside, then linked into place: the lock never exists half-written, and link()
    // fails if another process holds it (atomic create-if-absent).
    const pending = `${file}.${process.pid}`;
    fs.writeFileSync(pending, text, { mode: 0o644 });
    try {
      fs.linkSync(pending, file);
      return { file, release: () => releaseIfMine(file, mine) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      fs.rmSync(pending, { force: true });
    }
    const owner = readOwner(file);
    if (owner && isLiveOwner(owner)) throw new DataDirectoryInUse(owner, dataDir);
    // The owner is gone (crashed, killed): move its lock aside and try again. Moved, not
    // deleted, so that if another start replaced it meanwhile we can tell and put it back.
    const aside = `${file}.stale.${process.pid}`;
    try {
      fs.renameSync(file, aside);
    } catch {
      continue; // someone else moved it first
    }
    const moved = readOwner(aside);
    if (moved && isLiveOwner(moved)) {
      try {
        fs.linkSync(aside, file);
      } catch {
        // A third start holds it now; it will be judged on the next attempt.
      }
      fs.rmSync(aside, { force: true });
      throw new DataDirectoryInUse(moved, dataDir);
    }
    fs.rmSync(aside, { force: true });
  }
  throw new Error(`Could not take ${file}: other starts keep taking it; try again`);
}

/** The live owner of the data directory's lock, if any. */
export function liveLockOwner(dataDir: string): HubLockOwner | null {
  const owner = readOwner(lockFileOf(dataDir));
  return owner && isLiveOwner(owner) ? owner : null;
}

function releaseIfMine(file: string, mine: HubLockOwner): void {
  const owner = readOwner(file);
  if (owner?.pid === mine.pid && owner.startTicks === mine.startTicks) fs.rmSync(file, { force: true });
}

function readOwner(file: string): HubLockOwner | null {
  try {
    const owner = JSON.parse(fs.readFileSync(file, 'utf8')) as HubLockOwner;
    return Number.isInteger(owner.pid) && owner.pid > 0 ? owner : null;
  } catch {
    return null; // missing or unreadable: nobody can be shown to own it
  }
}

/**
 * Alive, and the same process that wrote the lock: same start time, so a pid reused by
 * another program after a crash does not count. On another host it cannot be checked, so it
 * counts as alive (the operator decides). Without /proc, kill(pid, 0) is all there is.
 */
function isLiveOwner(owner: HubLockOwner): boolean {
  if (owner.host !== os.hostname()) return true;
  if (owner.pid === process.pid) return false; // a lock this very process left behind can't be live
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const ticks = startTicksOf(owner.pid);
  if (ticks === null) return !fs.existsSync('/proc/self/stat'); // gone between the two looks, or no /proc
  return owner.startTicks === null || ticks === owner.startTicks;
}

/** Field 22 of /proc/<pid>/stat (start time); null without /proc or for a zombie/gone process. */
export function startTicksOf(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields[0] === 'Z') return null;
    return Number(fields[19]);
  } catch {
    return null;
  }
}
