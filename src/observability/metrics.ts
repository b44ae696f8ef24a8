import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { BreakerState, ReadOutcome } from '../connectors/circuit-breaker';
import { scrubText } from '../common/logger';

/** Seconds; from a cached answer (a few ms) to a body's deadline and beyond. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const BATCH_BUCKETS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];
/** Distinct operation names kept as labels; later new names are counted as OTHER (clients choose names). */
const MAX_OPERATION_NAMES = 200;
const BREAKER_VALUE: Record<BreakerState, number> = { CLOSED: 0, HALF_OPEN: 1, OPEN: 2 };

let processMetrics: Registry | undefined;

/** The process's own metrics, collected once per process however many hubs it runs (tests run several). */
function processRegistry(): Registry {
  if (!processMetrics) {
    processMetrics = new Registry();
    collectDefaultMetrics({ register: processMetrics, prefix: 'hub_' });
  }
  return processMetrics;
}

export interface PoolGauge {
  name: string;
  usage(): { total: number; idle: number; waiting: number };
}

/**
 * The hub's Prometheus metrics (prom-client), one registry per hub: served at GET /metrics.
 * Labels are operation names, bodies, roles' bodies and error codes only — never a user, a
 * person or a value.
 */
export class HubMetrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();

  readonly requests = new Counter({
    name: 'hub_graphql_requests_total',
    help: 'GraphQL requests by operation name and outcome (OK or the first error code)',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly requestDuration = new Histogram({
    name: 'hub_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to sending its answer, by operation name and outcome',
    labelNames: ['operation', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly errors = new Counter({
    name: 'hub_graphql_errors_total',
    help: 'Errors in GraphQL responses by code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  readonly httpResponses = new Counter({
    name: 'hub_http_responses_total',
    help: 'HTTP responses by path and status',
    labelNames: ['path', 'status'] as const,
    registers: [this.registry],
  });
  readonly bodyReadDuration = new Histogram({
    name: 'hub_body_read_duration_seconds',
    help: "Time of one read of a body's database, by body and status (UP, DOWN, TIMEOUT, CIRCUIT_OPEN)",
    labelNames: ['body', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly bodyReadFailures = new Counter({
    name: 'hub_body_read_failures_total',
    help: "Failed reads of a body's database by body and status (DOWN, TIMEOUT, CIRCUIT_OPEN)",
    labelNames: ['body', 'status'] as const,
    registers: [this.registry],
  });
  readonly bodySlowReads = new Counter({
    name: 'hub_body_slow_reads_total',
    help: 'Reads that succeeded over the latency budget (counted as failures by the breaker)',
    labelNames: ['body'] as const,
    registers: [this.registry],
  });
  readonly auditBatchRows = new Histogram({
    name: 'hub_audit_batch_rows',
    help: 'Audit records per group-committed batch',
    buckets: BATCH_BUCKETS,
    registers: [this.registry],
  });
  readonly auditCommitDuration = new Histogram({
    name: 'hub_audit_commit_duration_seconds',
    help: "Time from a request's audit append to its commit (or failure), by outcome",
    labelNames: ['outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly auditCommitFailures = new Counter({
    name: 'hub_audit_commit_failures_total',
    help: 'Audit appends that did not commit (the request answered AUDIT_UNAVAILABLE), by reason',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });
  readonly fairUseRefusals = new Counter({
    name: 'hub_fair_use_refusals_total',
    help: "Requests refused RATE_LIMITED by the caller's body",
    labelNames: ['body'] as const,
    registers: [this.registry],
  });

  readonly fastPathRequests = new Counter({
    name: 'hub_graphql_fast_path_requests_total',
    help: "GraphQL queries answered by the hub's fast path past Apollo's request pipeline (FAST_PATH=on)",
    registers: [this.registry],
  });

  readonly casePageJsonAnswers = new Counter({
    name: 'hub_case_page_json_answers_total',
    help: 'Pages of cases answered by the fast path with the JSON text Postgres built, the read room having found them shown as stored (CASE_PAGE_JSON=on)',
    registers: [this.registry],
  });

  constructor(sources: {
    breakers: () => Array<{ department: string; state: BreakerState }>;
    pools: () => PoolGauge[];
  }) {
    new Gauge({
      name: 'hub_body_breaker_state',
      help: "Each body's circuit breaker: 0 closed, 1 half-open (probing), 2 open (failing fast)",
      labelNames: ['body'] as const,
      registers: [this.registry],
      collect() {
        for (const { department, state } of sources.breakers()) this.set({ body: department }, BREAKER_VALUE[state]);
      },
    });
    new Gauge({
      name: 'hub_db_pool_connections',
      help: 'Connections of each pool (hub, audit, each body) by state: total, idle, waiting (requests queued for one)',
      labelNames: ['pool', 'state'] as const,
      registers: [this.registry],
      collect() {
        for (const pool of sources.pools()) {
          const { total, idle, waiting } = pool.usage();
          this.set({ pool: pool.name, state: 'total' }, total);
          this.set({ pool: pool.name, state: 'idle' }, idle);
          this.set({ pool: pool.name, state: 'waiting' }, waiting);
        }
      },
    });
  }

  /** A label for a client-chosen operation name: bounded in number and free of digit runs. */
  operationLabel(name: string | undefined): string {
    if (!name) return '(none)';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES || scrubText(name) !== name || name.length > 64) return 'OTHER';
    this.operationNames.add(name);
    return name;
  }

  observeBodyRead(outcome: ReadOutcome): void {
    this.bodyReadDuration.observe({ body: outcome.department, status: outcome.status }, outcome.latencyMs / 1000);
    if (outcome.status !== 'UP') this.bodyReadFailures.inc({ body: outcome.department, status: outcome.status });
    if (outcome.slow) this.bodySlowReads.inc({ body: outcome.department });
  }

  /** A finished GraphQL request: its operation, outcome, error codes and duration. */
  observeRequest(fields: { operation?: string; codes: readonly string[]; seconds: number; department?: string }): void {
    const operation = this.operationLabel(fields.operation);
    const outcome = fields.codes[0] ?? 'OK';
    this.requests.inc({ operation, outcome });
    this.requestDuration.observe({ operation, outcome }, fields.seconds);
    for (const code of fields.codes) {
      this.errors.inc({ code });
      if (code === 'RATE_LIMITED') this.fairUseRefusals.inc({ body: fields.department ?? 'UNKNOWN' });
    }
  }

  /** This hub's series and the process's (CPU, memory, event-loop lag, GC) in one text. */
  async exposition(): Promise<{ contentType: string; text: string }> {
    return {
      contentType: this.registry.contentType,
      text: `${await this.registry.metrics()}\n${await processRegistry().metrics()}`,
    };
  }
}
