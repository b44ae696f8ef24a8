import { Pool, type PoolConfig, type QueryResultRow } from 'pg';

/** Counts statements sent to one body's database; read by tests and the benchmark. */
export class StatementCounter {
  private counts = new Map<string, number>();

  record(department: string): void {
    this.counts.set(department, (this.counts.get(department) ?? 0) + 1);
  }

  count(department?: string): number {
    if (department) return this.counts.get(department) ?? 0;
    let total = 0;
    for (const n of this.counts.values()) total += n;
    return total;
  }

  reset(): void {
    this.counts.clear();
  }
}

export interface DepartmentDatabaseOptions {
  department: string;
  url: string;
  statementTimeoutMs: number;
  maxConnections?: number;
  counter?: StatementCounter;
}

/**
 * A body's database as the hub sees it: its own pool, read-only sessions and a statement
 * timeout, so one slow body cannot hold connections that belong to the others.
 */
export class DepartmentDatabase {
  readonly department: string;
  private readonly pool: Pool;
  private readonly counter?: StatementCounter;

  constructor(options: DepartmentDatabaseOptions) {
    this.department = options.department;
    this.counter = options.counter;
    const config: PoolConfig = {
      connectionString: options.url,
      max: options.maxConnections ?? 5,
      connectionTimeoutMillis: options.statementTimeoutMs,
      idleTimeoutMillis: 30_000,
      statement_timeout: options.statementTimeoutMs,
      application_name: `mediation-hub:${options.department}`,
      // Defence in depth beside the read-only role: every session refuses writes.
      options: '-c default_transaction_read_only=on',
    };
    this.pool = new Pool(config);
    // A broken idle connection must not crash the process; the next query reconnects.
    this.pool.on('error', () => undefined);
  }

  async query<Row extends QueryResultRow>(text: string, values: unknown[] = []): Promise<Row[]> {
    this.counter?.record(this.department);
    const result = await this.pool.query<Row>(text, values);
    return result.rows;
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
