import type { ApolloServerPlugin } from '@apollo/server';
import type { AccessLogEntry, PolicyChange } from '../agreements/access-log';
import { ErrorCode } from '../common/error-code';
import { type AuditRecord, AuditKind } from '../audit/audit-record';
import type { AuditWriter } from '../audit/audit-writer';
import type { RequestContext } from './request-context';

function auditRecords(ctx: RequestContext): AuditRecord[] {
  const base = {
    requestId: ctx.requestId,
    actor: { user: ctx.actor.user, department: ctx.actor.department, role: ctx.actor.role },
    purpose: ctx.access.purpose,
  };
  const reads = ctx.accessLog.entries.map(
    (entry: AccessLogEntry): AuditRecord => ({
      ...base,
      kind: AuditKind.RECORD_READ,
      purpose: entry.purpose ?? ctx.access.purpose,
      jointCaseId: entry.jointCaseId,
      provider: entry.department,
      recordType: entry.recordType,
      recordId: entry.recordId,
      subjectHashes: entry.subjectHashes,
      fieldDecisions: entry.fields ?? null,
      agreementIds: entry.agreementIds,
      detail: entry.decision === 'DENIED' ? { decision: 'DENIED', reason: entry.reason } : { decision: 'GRANTED' },
    }),
  );
  const changes = ctx.accessLog.changes.map(
    (change: PolicyChange): AuditRecord => ({
      ...base,
      kind: AuditKind[change.kind],
      subjectHashes: change.subjectHashes ?? [],
      agreementIds: change.agreementIds ?? [],
      detail: change.detail,
    }),
  );
  return [...reads, ...changes];
}

/** The documented `extensions.access` of a response: one entry per look at another body's records. */
function accessExtension(ctx: RequestContext) {
  return {
    purpose: ctx.access.purpose,
    jointCaseId: ctx.jointCaseId,
    records: ctx.accessLog.entries.map((e) => ({
      department: e.department,
      recordType: e.recordType,
      recordId: e.recordId,
      jointCaseId: e.jointCaseId,
      ...(e.purpose ? { purpose: e.purpose } : {}),
      decision: e.decision,
      ...(e.reason ? { reason: e.reason } : {}),
      agreementIds: e.agreementIds,
      ...(e.fields ? { fields: e.fields } : {}),
    })),
  };
}

/**
 * No answer without its audit record: before a response leaves, the request's looks at other
 * bodies' records and its policy changes are committed to the audit log. If that fails, the
 * response carries no data, only AUDIT_UNAVAILABLE.
 */
export function auditPlugin(writer: AuditWriter): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue: ctx, response }) {
          if (response.body.kind !== 'single' || !ctx?.accessLog) return;
          const result = response.body.singleResult;
          const records = auditRecords(ctx);
          try {
            await writer.append(records);
          } catch (error) {
            ctx.log.error({ err: error }, 'audit write failed; withholding the response');
            response.body.singleResult = {
              data: null,
              errors: [{ message: 'The audit log is unavailable, so no data is returned', extensions: { code: ErrorCode.AUDIT_UNAVAILABLE } }],
            };
            response.http.status = 503;
            return;
          }
          if (ctx.accessLog.entries.length > 0) result.extensions = { ...result.extensions, access: accessExtension(ctx) };
        },
      };
    },
  };
}
