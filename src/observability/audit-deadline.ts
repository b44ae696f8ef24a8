import { AuditWriter, type AuditWriterOptions } from '../audit/audit-writer';
import type { AuditRecord } from '../audit/audit-record';
import type { HubMetrics } from './metrics';
import { traced } from './tracing';

/** The audit commit took longer than its deadline; the request answers AUDIT_UNAVAILABLE. */
export class AuditDeadlineExceeded extends Error {
  readonly code = 'AUDIT_DEADLINE';
  constructor(ms: number) {
    super(`the audit commit took longer than ${ms} ms`);
    this.name = 'AuditDeadlineExceeded';
  }
}

export interface BoundedAuditWriterOptions extends AuditWriterOptions {
  /** Longest a request waits for its records to commit (queueing behind other batches included). */
  commitTimeoutMs: number;
  metrics?: HubMetrics;
}

/**
 * The audit writer with a deadline on every append, measured and traced. The database already
 * bounds each batch (statement_timeout, lock_timeout, the client's read timeout); this bounds
 * what a request waits in total, batches queued ahead of it included. Past the deadline the
 * request is refused (AUDIT_UNAVAILABLE, no data): records that commit later only mean a look
 * was recorded that was never answered, never the reverse.
 */
export class BoundedAuditWriter extends AuditWriter {
  private readonly commitTimeoutMs: number;
  private readonly metrics?: HubMetrics;

  constructor(options: BoundedAuditWriterOptions) {
    super({
      ...options,
      onBatch: (batch) => {
        options.metrics?.auditBatchRows.observe(batch.rows);
        options.onBatch?.(batch);
      },
    });
    this.commitTimeoutMs = options.commitTimeoutMs;
    this.metrics = options.metrics;
  }

  override append(records: readonly AuditRecord[]): Promise<void> {
    if (records.length === 0) return super.append(records);
    const started = Date.now();
    const commit = super.append(records);
    return traced('audit commit', { 'hub.audit.records': records.length }, () =>
      withinDeadline(commit, this.commitTimeoutMs),
    ).then(
      () => this.metrics?.auditCommitDuration.observe({ outcome: 'COMMITTED' }, (Date.now() - started) / 1000),
      (error: unknown) => {
        const reason = error instanceof AuditDeadlineExceeded ? 'DEADLINE' : 'FAILED';
        this.metrics?.auditCommitDuration.observe({ outcome: reason }, (Date.now() - started) / 1000);
        this.metrics?.auditCommitFailures.inc({ reason });
        throw error;
      },
    );
  }
}

function withinDeadline(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AuditDeadlineExceeded(ms)), ms);
  });
  // The commit may still settle after the deadline; its outcome is then nobody's to handle.
  work.catch(() => undefined);
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
