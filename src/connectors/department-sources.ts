import type { Logger } from '../common/logger';
import { type SourceStatus, SourceFailure } from './circuit-breaker';
import type { DepartmentDefinition } from './department-definition';
import { DepartmentDatabase, StatementCounter } from './department-database';
import type { DepartmentRegistry } from './department-registry';

export interface DepartmentSource {
  definition: DepartmentDefinition;
  db: DepartmentDatabase;
}

/** UP, DOWN, TIMEOUT, or CIRCUIT_OPEN (the breaker is open; the body was not asked). */
export type DepartmentStatus = SourceStatus;

/** Deadline and breaker settings applied to every body (each body gets its own pool and breaker). */
export interface DepartmentResilience {
  /** Hard limit on one read, connection included; default the statement timeout + 1000 ms. */
  deadlineMs?: number;
  /** Limit on opening a connection; default the deadline. */
  connectTimeoutMs?: number;
  /** Consecutive failed reads that open a body's breaker; default 5. */
  breakerFailureThreshold?: number;
  /** How long an open breaker fails fast before it probes again; default 10 000 ms. */
  breakerResetTimeoutMs?: number;
  /** Latency budget of one read: a slower read counts as a failure for the breaker; default 2500 ms. */
  slowCallMs?: number;
}

export interface DepartmentLimits extends DepartmentResilience {
  /** Postgres statement_timeout of every session (capped at the deadline). */
  statementTimeoutMs: number;
  maxConnections?: number;
}

/** The live connection to every registered body: one pool and one breaker each, created at start-up. */
export class DepartmentSources {
  readonly statements = new StatementCounter();
  private readonly sources = new Map<string, DepartmentSource>();

  constructor(
    readonly registry: DepartmentRegistry,
    urls: Record<string, string>,
    limits: number | DepartmentLimits,
    private readonly log: Logger,
  ) {
    const { statementTimeoutMs, ...rest } = typeof limits === 'number' ? { statementTimeoutMs: limits } : limits;
    for (const definition of registry.all) {
      const url = urls[definition.code];
      if (!url) throw new Error(`No database URL for body ${definition.code}`);
      const db = new DepartmentDatabase({
        department: definition.code,
        url,
        statementTimeoutMs,
        ...rest,
        counter: this.statements,
        onBreakerStateChange: (state) => {
          const entry = { department: definition.code, breaker: state };
          if (state === 'OPEN') this.log.warn(entry, 'department circuit breaker opened: failing fast');
          else
            this.log.info(entry, `department circuit breaker ${state === 'CLOSED' ? 'closed' : 'half-open: probing'}`);
        },
      });
      this.sources.set(definition.code, { definition, db });
    }
  }

  get(code: string): DepartmentSource {
    const source = this.sources.get(code);
    if (!source) throw new Error(`Body ${code} is not registered`);
    return source;
  }

  /**
   * Each body's status, for /ready: UP, DOWN, TIMEOUT, or CIRCUIT_OPEN while its breaker is open
   * (then the body is not pinged; once the breaker is half-open, this ping is its probe).
   */
  async status(): Promise<Record<string, DepartmentStatus>> {
    const entries = await Promise.all(
      [...this.sources.values()].map(async ({ definition, db }): Promise<[string, DepartmentStatus]> => {
        try {
          await db.ping();
          return [definition.code, 'UP'];
        } catch (error) {
          const status = error instanceof SourceFailure ? error.status : 'DOWN';
          if (status !== 'CIRCUIT_OPEN') {
            this.log.warn(
              { department: definition.code, status, err: error instanceof SourceFailure ? error.cause : error },
              'department database unreachable',
            );
          }
          return [definition.code, status];
        }
      }),
    );
    return Object.fromEntries(entries);
  }

  async close(): Promise<void> {
    await Promise.all([...this.sources.values()].map(({ db }) => db.close()));
  }
}
