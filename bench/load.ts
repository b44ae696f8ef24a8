import type { PostgresProbe } from './environment';
import { POSTGRES_CLIENTS, type PostgresClient, postgresCpuByClientMs, postgresProcessCpu } from './postgres-cpu';
import type { ServerProcess } from './server-process';

/** The part of autocannon's programmatic API used here (the package ships no types). */
interface AutocannonResult {
  start: Date;
  finish: Date;
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
  latency: { p50: number; p99: number; average: number };
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;
// autocannon ships no types; it is loaded untyped and typed as far as used.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as Autocannon;

/** One HTTP request, sent again and again. */
export interface LoadRequest {
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface LoadOptions {
  connections: number;
  durationS: number;
  /** Requests per second over all connections; unset: as fast as the server answers. */
  overallRate?: number;
}

export interface Measurement {
  /** Answers with a 2xx per second of the run. */
  rps: number;
  requests: number;
  /** Milliseconds (autocannon corrects for coordinated omission at a fixed rate). */
  p50: number;
  p99: number;
  meanLatency: number;
  /**
   * Failed requests: socket errors (timeouts included) and non-2xx answers, plus the errors the
   * server logged meanwhile (the hub answers a body's timeout 200 with SOURCE_UNAVAILABLE and
   * logs it once per failed read).
   */
  errors: number;
  /** CPU of the server process (user + system) per answered request, ms. */
  nodeCpuMsPerRequest: number;
  /** CPU of every Postgres process per answered request, ms. */
  postgresCpuMsPerRequest: number;
  /** The same by the client each process serves (postgres-cpu.ts), ms. */
  postgresCpuMsPerRequestByClient: Record<PostgresClient, number>;
  /** Statements the server sent per answered request, by database ("audit" for the audit writer). */
  statementsPerRequest: Record<string, number>;
}

/** Runs autocannon against one server and reads what the run cost the server and Postgres. */
export async function measure(
  server: ServerProcess,
  request: LoadRequest,
  options: LoadOptions,
  postgres: PostgresProbe,
): Promise<Measurement> {
  const before = await server.stats();
  const clientsBefore = await postgres.clients();
  const postgresBefore = postgresProcessCpu(postgres.pid);
  const result = await autocannon({
    url: server.url + request.path,
    method: 'POST',
    headers: request.headers,
    body: request.body,
    connections: options.connections,
    duration: options.durationS,
    timeout: 10,
    ...(options.overallRate ? { overallRate: Math.max(1, Math.round(options.overallRate)) } : {}),
  });
  const postgresAfter = postgresProcessCpu(postgres.pid);
  const after = await server.stats();
  // Whom each process served: as known before the run, or (opened meanwhile) after it.
  const postgresUsed = postgresCpuByClientMs(
    postgresBefore,
    postgresAfter,
    new Map([...(await postgres.clients()), ...clientsBefore]),
  );
  const answered = result['2xx'];
  const seconds = (result.finish.getTime() - result.start.getTime()) / 1000;
  const perRequest = (value: number) => (answered > 0 ? value / answered : NaN);
  const statements: Record<string, number> = {};
  for (const [database, count] of Object.entries(after.statements)) {
    const delta = count - (before.statements[database] ?? 0);
    if (delta > 0) statements[database] = perRequest(delta);
  }
  return {
    rps: answered / seconds,
    requests: answered,
    p50: result.latency.p50,
    p99: result.latency.p99,
    meanLatency: result.latency.average,
    // autocannon counts a timeout as an error too
    errors: result.errors + result.non2xx + ((after.errorsLogged ?? 0) - (before.errorsLogged ?? 0)),
    nodeCpuMsPerRequest: perRequest(
      (after.cpuUserUs + after.cpuSystemUs - before.cpuUserUs - before.cpuSystemUs) / 1000,
    ),
    postgresCpuMsPerRequest: perRequest(POSTGRES_CLIENTS.reduce((total, client) => total + postgresUsed[client], 0)),
    postgresCpuMsPerRequestByClient: Object.fromEntries(
      POSTGRES_CLIENTS.map((client) => [client, perRequest(postgresUsed[client])]),
    ) as Record<PostgresClient, number>,
    statementsPerRequest: statements,
  };
}
