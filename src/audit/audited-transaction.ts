import type { EntityManager } from 'typeorm';
import { ErrorCode } from '../common/error-code';
import { HubError } from '../common/hub-error';
import { auditRecords } from './request-audit-records';
import type { RequestContext } from '../graphql/request-context';

/**
 * Runs a write in one hub-database transaction together with every audit record it causes —
 * the reads it made of other bodies (risk screening at intake), the change itself — so both
 * commit or neither does (architecture principle 8). If the audit cannot be written, nothing of
 * the write is kept and the caller gets AUDIT_UNAVAILABLE; the looks stay pending, so the
 * response is withheld too unless the audit recovers before it leaves.
 */
export async function auditedTransaction<T>(ctx: RequestContext, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  let committed: ReturnType<RequestContext['accessLog']['pending']> | null = null;
  const result = await ctx.services.hubDb.transaction(async (manager) => {
    const value = await work(manager);
    const pending = ctx.accessLog.pending();
    try {
      await ctx.services.auditWriter.writeWithin(manager, auditRecords(ctx, pending.entries, pending.changes));
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
