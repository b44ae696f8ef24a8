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

/** The answer that replaces one whose audit records could not be committed: no data, only the code. */
export function auditUnavailableResult() {
  return {
    data: null,
    errors: [
      {
        message: 'The audit log is unavailable, so no data is returned',
        extensions: { code: ErrorCode.AUDIT_UNAVAILABLE },
      },
    ],
  };
}

/** The withheld answer as the HTTP layer sends it (503), in the order Apollo writes a result's members. */
export const AUDIT_UNAVAILABLE_HTTP = {
  status: 503,
  body: JSON.stringify({ errors: auditUnavailableResult().errors, data: null }),
};

/**
 * Hands each answer's audit commit from the audit plugin to the HTTP layer, which awaits it
 * after Apollo has serialised the answer and before its first byte: the commit runs while the
 * answer is serialised. Only for a server whose every answer goes out through `committed`.
 */
export class AuditCommits {
  /**
   * By the request's access log: Apollo hands plugins a shallow copy of the context the HTTP
   * layer built, so the context object itself differs, while its access log is the same one.
   */
  private readonly byRequest = new WeakMap<object, Promise<boolean>>();

  /** Set by the audit plugin: resolves true once the request's records are committed, false if they could not be. */
  hand(ctx: Pick<RequestContext, 'accessLog'>, committed: Promise<boolean>): void {
    this.byRequest.set(ctx.accessLog, committed);
  }

  /**
   * Whether the request's answer may be sent: true once its audit records are committed (or it
   * has none); false when they could not be, and the answer is withheld (AUDIT_UNAVAILABLE_HTTP).
   */
  async committed(ctx: Pick<RequestContext, 'accessLog'> | undefined): Promise<boolean> {
    const key = ctx?.accessLog;
    const committed = key && this.byRequest.get(key);
    if (!committed) return true;
    this.byRequest.delete(key);
    return committed;
  }
}

/** A request's audit append under way: what it holds and when it settles. */
export interface AuditAppend {
  pending: ReturnType<RequestContext['accessLog']['pending']>;
  done: Promise<void>;
}

/**
 * Starts appending the request's audit records once execution has ended, when every look is
 * logged: what a write committed in its own transaction is audited already; the rest now.
 */
export function startAuditAppend(writer: AuditWriter, ctx: RequestContext): AuditAppend {
  const pending = ctx.accessLog.pending();
  const done = writer.append(auditRecords(ctx, pending.entries, pending.changes));
  // Awaited when the answer is sent; a request that ends before must not leave a rejection unhandled.
  done.catch(() => undefined);
  return { pending, done };
}

/**
 * Adds `extensions.access` to the answer: every look of the request, committed or about to be
 * (the answer is withheld if they are not).
 */
export function addAccessExtension(result: { extensions?: Record<string, unknown> }, ctx: RequestContext): void {
  const entries = ctx.accessLog.entries;
  if (entries.length > 0)
    result.extensions = {
      ...result.extensions,
      access: accessExtension({ purpose: ctx.access.purpose, jointCaseId: ctx.jointCaseId }, entries),
    };
}

/**
 * Waits for the request's audit append (and commits any look logged after execution ended):
 * true once everything is committed, false — logged — when it could not be, and the answer
 * must be withheld (AUDIT_UNAVAILABLE).
 */
export async function settleAuditAppend(
  writer: AuditWriter,
  ctx: RequestContext,
  append: AuditAppend,
): Promise<boolean> {
  try {
    await append.done;
    ctx.accessLog.markAudited(append.pending);
    // Looks logged after execution ended (none are expected) are committed before the answer too.
    const late = ctx.accessLog.pending();
    if (late.entries.length > 0 || late.changes.length > 0) {
      await writer.append(auditRecords(ctx, late.entries, late.changes));
      ctx.accessLog.markAudited(late);
    }
    return true;
  } catch (error) {
    ctx.log.error({ err: error }, 'audit write failed; withholding the response');
    return false;
  }
}

/**
 * No answer without its audit record: before a response leaves, the request's looks at other
 * bodies' records and its policy changes are committed to the audit log. If that fails, the
 * response carries no data, only AUDIT_UNAVAILABLE.
 *
 * The append starts as soon as execution has ended (its errors reported, or `executionDidEnd`),
 * when every look is logged, so the commit runs while Apollo formats errors and the response.
 * Given `commits`, the plugin hands the commit to the HTTP layer, which awaits it after the
 * answer is serialised and before its first byte; without, `willSendResponse` awaits it.
 */
export function auditPlugin(writer: AuditWriter, commits?: AuditCommits): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      let commit: AuditAppend | undefined;
      let executed = false;
      const begin = (ctx: RequestContext | undefined) => {
        if (commit || !ctx?.accessLog) return;
        commit = startAuditAppend(writer, ctx);
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
          begin(ctx);
          addAccessExtension(response.body.singleResult, ctx);
          const settled = settleAuditAppend(writer, ctx, commit!).then((ok) => {
            if (!ok) {
              // Also what the request's log line and metrics read once the answer is finished.
              if (response.body.kind === 'single') response.body.singleResult = auditUnavailableResult();
              response.http.status = AUDIT_UNAVAILABLE_HTTP.status;
            }
            return ok;
          });
          if (commits) commits.hand(ctx, settled);
          else await settled;
        },
      };
    },
  };
}
