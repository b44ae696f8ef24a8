import fs from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ; 100 on Linux). */
const TICKS_PER_SECOND = 100;

interface ProcStat {
  pid: number;
  ppid: number;
  /** utime + stime, in ticks. */
  own: number;
  /** cutime + cstime: children that exited and were waited for, in ticks. */
  children: number;
}

function readStat(pid: number): ProcStat | null {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces: the fields start after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return {
      pid,
      ppid: Number(fields[1]),
      own: Number(fields[11]) + Number(fields[12]),
      children: Number(fields[13]) + Number(fields[14]),
    };
  } catch {
    return null; // it exited meanwhile
  }
}

/**
 * CPU time used so far by one Postgres server, in ms: the postmaster, every live child (the
 * backends serving the benchmarked servers, the WAL writer, the checkpointer, …), and through
 * the postmaster's cutime/cstime every child that has already exited. Read before and after a
 * run; the difference is what the run cost Postgres.
 */
export function postgresCpuMs(postmasterPid: number): number {
  const { postmaster, children } = postgresProcessCpu(postmasterPid);
  let ticks = postmaster;
  for (const own of children.values()) ticks += own;
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** Resident set size of a process, from /proc/<pid>/status (VmRSS), in bytes. */
export function rssBytes(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : NaN;
}

/**
 * Whom a Postgres process works for, from its pool's application name in pg_stat_activity: the
 * hub's (or the limit's) own database, its audit writer, the bodies' databases; processes that
 * serve no client (the WAL writer, the checkpointer, autovacuum, the postmaster, children that
 * have exited); and anyone else (PostGraphile, the runner).
 */
export type PostgresClient = 'hubDatabase' | 'audit' | 'bodies' | 'background' | 'other';

export const POSTGRES_CLIENTS: readonly PostgresClient[] = ['hubDatabase', 'audit', 'bodies', 'background', 'other'];

export function postgresClientOf(backendType: string, applicationName: string): PostgresClient {
  if (backendType !== 'client backend') return 'background';
  const [server, pool] = applicationName.split(':');
  if (server !== 'mediation-hub' && server !== 'bench-limit') return 'other';
  if (pool === undefined || pool === 'fair-use' || pool === 'reads') return 'hubDatabase';
  if (pool === 'audit') return 'audit';
  return /^[A-Z][A-Z0-9_]*$/.test(pool) ? 'bodies' : 'other';
}

/** The live Postgres processes by the client they serve (pg_stat_activity, read through `query`). */
export async function postgresClients(
  query: (text: string) => Promise<{ rows: Array<{ pid: number; backend_type: string; application_name: string }> }>,
): Promise<Map<number, PostgresClient>> {
  const { rows } = await query('SELECT pid, backend_type, application_name FROM pg_stat_activity');
  return new Map(rows.map((row) => [row.pid, postgresClientOf(row.backend_type ?? '', row.application_name ?? '')]));
}

/** What one Postgres server's processes have used so far, in ticks: the postmaster (with its exited children), each live child. */
export interface PostgresProcessCpu {
  postmaster: number;
  children: Map<number, number>;
}

export function postgresProcessCpu(postmasterPid: number): PostgresProcessCpu {
  const postmaster = readStat(postmasterPid);
  if (!postmaster) throw new Error(`no Postgres process ${postmasterPid}`);
  const children = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat && stat.ppid === postmasterPid) children.set(stat.pid, stat.own);
  }
  return { postmaster: postmaster.own + postmaster.children, children };
}

/**
 * The CPU Postgres used between two readings, in ms, by the client each process serves: a live
 * process's own time to its client; the postmaster's, and what children that exited meanwhile
 * used after the first reading (their whole time arrives in the postmaster's cutime), to
 * background. The parts add up to the same total as postgresCpuMs's difference.
 */
export function postgresCpuByClientMs(
  before: PostgresProcessCpu,
  after: PostgresProcessCpu,
  clients: ReadonlyMap<number, PostgresClient>,
): Record<PostgresClient, number> {
  const ticks = Object.fromEntries(POSTGRES_CLIENTS.map((client) => [client, 0])) as Record<PostgresClient, number>;
  ticks.background += after.postmaster - before.postmaster;
  for (const [pid, own] of before.children) if (!after.children.has(pid)) ticks.background -= own;
  for (const [pid, own] of after.children)
    ticks[clients.get(pid) ?? 'background'] += own - (before.children.get(pid) ?? 0);
  for (const client of POSTGRES_CLIENTS) ticks[client] = (ticks[client] * 1000) / TICKS_PER_SECOND;
  return ticks;
}
