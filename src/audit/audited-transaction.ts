import type { DataSource, EntityManager } from 'typeorm';
import { ErrorCode } from '../common/error-code';
import { HubError } from '../common/hub-error';
import type { AuditWriter } from './audit-writer';
import { auditRecords } from './request-audit-records';
import type { RequestContext } from '../graphql/request-context';

/**
 * Writes of the hub database that keep the audit's promise: each runs in one transaction
 * together with every audit record it causes — the reads it made of other bodies (risk
 * screening at intake), the change itself — so both commit or neither does (architecture
 * principle 8). Built once in the composition root and given to every service that writes.
 */
export class AuditedTransactions {
  constructor(
    private readonly hubDb: DataSource,
    private readonly auditWriter: AuditWriter,
  ) {}

  /**
   * Runs `work` and the request's pending audit records in one transaction. If the audit cannot
   * be written, nothing of the write is kept and the caller gets AUDIT_UNAVAILABLE; the looks
   * stay pending, so the response is withheld too unless the audit recovers before it leaves.
   */
  async run<T>(ctx: RequestContext, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    let committed: ReturnType<RequestContext['accessLog']['pending']> | null = null;
    const result = await this.hubDb.transaction(async (manager) => {
      const value = await work(manager);
      const pending = ctx.accessLog.pending();
      try {
        await this.auditWriter.writeWithin(manager, auditRecords(ctx, pending.entries, pending.changes));
      } catch (error) {
        ctx.log.error({ err: error }, 'audit write inside a write failed; the write is rolled back');
        throw new HubError(ErrorCode.AUDIT_UNAVAILABLE, 'The audit log is unavailable, so nothing was changed');
      }
      committed = pending;
      return value;
    });
    if (committed) ctx.accessLog.markAudited(committed);
    return result;
  }
}
