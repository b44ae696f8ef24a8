import fs from 'node:fs';
import { Session } from 'node:inspector';
import { Client } from 'pg';

/*
 * Loaded into every benchmarked server process (the limit, the hubs, PostGraphile). It wraps
 * pg's Client.prototype.query, the one call every pool, TypeORM and PostGraphile's adaptor go
 * through, so the benchmark sees every statement each server sends, whatever library sent it:
 *
 * - always: a count per database (cheap; read before and after a load run for statements per
 *   request under load);
 * - while a trace is on (one request at a time, never under load): each statement's database,
 *   start and end (when its result reached the caller), from which the runner computes how many
 *   round trips had to wait for one another (bench/round-trips.ts).
 *
 * The parent talks to the server over the IPC channel of child_process.fork (see ServerProcess).
 */

export interface StatementTrace {
  database: string;
  /** Set for the audit writer's batch insert, told apart by its text. */
  audit: boolean;
  startNs: number;
  endNs: number;
}

export interface ServerStats {
  /** process.cpuUsage() of the server process, microseconds. */
  cpuUserUs: number;
  cpuSystemUs: number;
  rssBytes: number;
  /** V8 heap in use and reserved, bytes. */
  heapUsedBytes: number;
  heapTotalBytes: number;
  /** Statements sent so far, per database ("audit" for the audit writer's inserts). */
  statements: Record<string, number>;
  /** Errors the server logged (hub variants: failed body reads answered as SOURCE_UNAVAILABLE). */
  errorsLogged?: number;
  /** Per-body statements as the hub's own StatementCounter saw them (hub variants only). */
  hubCounter?: Record<string, number>;
}

const counts = new Map<string, number>();
let trace: StatementTrace[] | null = null;

function textOf(config: unknown): string {
  if (typeof config === 'string') return config;
  if (config && typeof config === 'object' && typeof (config as { text?: unknown }).text === 'string')
    return (config as { text: string }).text;
  return '';
}

const now = () => Number(process.hrtime.bigint());

type QueryFn = (this: Client, ...args: unknown[]) => unknown;
// The driver's own method, wrapped below to count statements; called with the client as `this`.
// eslint-disable-next-line @typescript-eslint/unbound-method
const originalQuery = Client.prototype.query as unknown as QueryFn;
(Client.prototype as unknown as { query: QueryFn }).query = function probedQuery(this: Client, ...args: unknown[]) {
  const database = (this as unknown as { database?: string }).database ?? '?';
  const audit = textOf(args[0]).includes('INSERT INTO audit_event');
  const key = audit ? 'audit' : database;
  counts.set(key, (counts.get(key) ?? 0) + 1);
  if (!trace) return originalQuery.apply(this, args);
  const entry: StatementTrace = { database, audit, startNs: now(), endNs: 0 };
  trace.push(entry);
  const done = () => {
    entry.endNs = now();
  };
  const last = args.length - 1;
  if (typeof args[last] === 'function') {
    const callback = args[last] as (...a: unknown[]) => unknown;
    args[last] = (...a: unknown[]) => {
      done();
      return callback(...a);
    };
    return originalQuery.apply(this, args);
  }
  const result = originalQuery.apply(this, args) as
    { then?: unknown; once?: (event: string, fn: () => void) => void } | undefined;
  if (result && typeof result.then === 'function') {
    return (result as Promise<unknown>).then(
      (value) => {
        done();
        return value;
      },
      (error) => {
        done();
        throw error;
      },
    );
  }
  if (result && typeof result.once === 'function') {
    result.once('end', done);
    result.once('error', done);
  }
  return result;
};

type Message =
  | { type: 'stats'; id: number }
  | { type: 'trace'; id: number; on: boolean }
  | { type: 'profile'; id: number; on: boolean; kind?: ProfileKind; file?: string };

/** What a profile samples: CPU, or allocations (also of objects collected since). */
export type ProfileKind = 'cpu' | 'allocations';

/**
 * A profile of this process, only while asked: V8's sampling CPU profiler (as node --cpu-prof),
 * or its sampling heap profiler counting every allocation, collected or not (as DevTools'
 * allocation sampling) — what the garbage collector has to clean up after each request.
 */
let profiler: Session | null = null;
let profiling: ProfileKind = 'cpu';
function profile(on: boolean, kind: ProfileKind, file: string | undefined, done: () => void): void {
  if (on) {
    profiler = new Session();
    profiler.connect();
    profiling = kind;
    if (kind === 'allocations')
      profiler.post(
        'HeapProfiler.startSampling',
        { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true },
        () => done(),
      );
    else
      profiler.post('Profiler.enable', () =>
        profiler!.post('Profiler.setSamplingInterval', { interval: 200 }, () => profiler!.post('Profiler.start', done)),
      );
    return;
  }
  if (!profiler) return done();
  const stopped = (error: Error | null, result: { profile: unknown } | undefined) => {
    if (!error && file && result) fs.writeFileSync(file, JSON.stringify(result.profile));
    profiler!.disconnect();
    profiler = null;
    done();
  };
  if (profiling === 'allocations') profiler.post('HeapProfiler.stopSampling', stopped);
  else profiler.post('Profiler.stop', stopped);
}

/**
 * Answers the runner's questions over IPC and tells it the port once listening. `extra` adds
 * server-specific figures (the hub's StatementCounter).
 */
export function serveBenchIpc(port: number, extra: () => Partial<ServerStats> = () => ({})): void {
  if (!process.send) throw new Error('a benchmarked server is started by bench/run.ts (child_process.fork)');
  process.on('message', (message: Message) => {
    if (message.type === 'stats') {
      const cpu = process.cpuUsage();
      const memory = process.memoryUsage();
      const stats: ServerStats = {
        cpuUserUs: cpu.user,
        cpuSystemUs: cpu.system,
        rssBytes: memory.rss,
        heapUsedBytes: memory.heapUsed,
        heapTotalBytes: memory.heapTotal,
        statements: Object.fromEntries(counts),
        ...extra(),
      };
      process.send!({ type: 'stats', id: message.id, stats });
    } else if (message.type === 'profile') {
      profile(message.on, message.kind ?? 'cpu', message.file, () =>
        process.send!({ type: 'profile', id: message.id }),
      );
    } else if (message.type === 'trace') {
      const finished = trace ?? [];
      trace = message.on ? [] : null;
      process.send!({ type: 'trace', id: message.id, trace: finished });
    }
  });
  process.send({ type: 'ready', port });
}

/** The server's configuration, handed over by the runner as JSON in BENCH_SERVER_CONFIG. */
export function serverConfig<T>(): T {
  const text = process.env.BENCH_SERVER_CONFIG;
  if (!text) throw new Error('BENCH_SERVER_CONFIG is not set');
  return JSON.parse(text) as T;
}
