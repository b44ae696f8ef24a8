import type { ApolloServerPlugin } from '@apollo/server';
import type { AccessLogEntry } from '../agreements/access-log';
import { ErrorCode } from '../common/error-code';
import type { AuditWriter } from '../audit/audit-writer';
import { auditRecords } from '../audit/request-audit-records';
import type { RequestContext } from './request-context';

/** The documented `extensions.access` of a response: one entry per look at another body's records. */
export function accessExtension(
  request: { purpose: string | null; jointCaseId: string | null },
  entries: readonly AccessLogEntry[],
) {
  return {
    purpose: request.purpose,
    jointCaseId: request.jointCaseId,
    records: entries.map((e) => {
      // What the caller may not know (a withheld link's kind and id) stays in the audit only.
      if (e.concealed)
        return {
          department: e.department,
          recordType: null,
          recordId: null,
          jointCaseId: e.jointCaseId,
          decision: e.decision,
          reason: e.reason,
          agreementIds: [],
        };
      // Members in the documented order; the optional ones only when set.
      const record: Record<string, unknown> = { department: e.department, recordType: e.recordType };
      if (e.recordTypes) record.recordTypes = e.recordTypes;
      record.recordId = e.recordId;
      record.jointCaseId = e.jointCaseId;
      if (e.purpose) record.purpose = e.purpose;
      record.decision = e.decision;
      if (e.reason) record.reason = e.reason;
      record.agreementIds = e.agreementIds;
      if (e.fields) record.fields = e.fields;
      return record;
    }),
  };
}

/**
 * No answer without its audit record: before a response leaves, the request's looks at other
 * bodies' records and its policy changes are committed to the audit log. If that fails, the
 * response carries no data, only AUDIT_UNAVAILABLE.
 *
 * The append starts as soon as execution has ended (its errors reported, or `executionDidEnd`),
 * when every look is logged, so the commit runs while Apollo formats errors and the response;
 * `willSendResponse`, the last step before the body is written, waits for it.
 */
export function auditPlugin(writer: AuditWriter): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      let commit: { pending: ReturnType<RequestContext['accessLog']['pending']>; done: Promise<void> } | undefined;
      let executed = false;
      const begin = (ctx: RequestContext | undefined) => {
        if (commit || !ctx?.accessLog) return;
        // What a write committed in its own transaction is audited already; the rest now.
        const pending = ctx.accessLog.pending();
        const done = writer.append(auditRecords(ctx, pending.entries, pending.changes));
        // Awaited in willSendResponse; a request that ends before it must not leave a rejection unhandled.
        done.catch(() => undefined);
        commit = { pending, done };
      };
      return {
        async executionDidStart({ contextValue }) {
          executed = true;
          return {
            async executionDidEnd() {
              begin(contextValue);
            },
          };
        },
        async didEncounterErrors({ contextValue }) {
          // Execution's errors are reported before executionDidEnd, once every look is logged.
          if (executed) begin(contextValue);
        },
        async willSendResponse({ contextValue: ctx, response }) {
          if (response.body.kind !== 'single' || !ctx?.accessLog) return;
          const result = response.body.singleResult;
          begin(ctx);
          const { pending, done } = commit!;
          let late: typeof pending | undefined;
          try {
            await done;
            ctx.accessLog.markAudited(pending);
            // Looks logged after execution ended (none are expected) are committed before the answer too.
            late = ctx.accessLog.pending();
            if (late.entries.length > 0 || late.changes.length > 0)
              await writer.append(auditRecords(ctx, late.entries, late.changes));
          } catch (error) {
            ctx.log.error({ err: error }, 'audit write failed; withholding the response');
            response.body.singleResult = {
              data: null,
              errors: [
                {
                  message: 'The audit log is unavailable, so no data is returned',
                  extensions: { code: ErrorCode.AUDIT_UNAVAILABLE },
                },
              ],
            };
            response.http.status = 503;
            return;
          }
          if (late) ctx.accessLog.markAudited(late);
          const entries = ctx.accessLog.entries;
          if (entries.length > 0)
            result.extensions = {
              ...result.extensions,
              access: accessExtension({ purpose: ctx.access.purpose, jointCaseId: ctx.jointCaseId }, entries),
            };
        },
      };
    },
  };
}
