import type { AccessLogEntry, PolicyChange } from '../agreements/access-log';
import type { Actor } from '../auth/actor';
import { type AuditRecord, type AuditRecordEntry, AuditKind } from './audit-record';

/** Who asked, and for what: the part every audit record of one request shares. */
export interface AuditRequest {
  requestId: string;
  actor: AuditRecord['actor'];
  purpose: string | null;
}

/** One look at another body's records, granted or denied, as an entry of the request's record. */
export function readAuditEntry(entry: AccessLogEntry): AuditRecordEntry {
  return {
    provider: entry.department,
    // The access log names a purpose only when it is not the request's own.
    purpose: entry.purpose ?? null,
    jointCaseId: entry.jointCaseId,
    recordType: entry.recordType,
    recordId: entry.recordId,
    subjectHashes: entry.subjectHashes,
    fieldDecisions: entry.fields ?? null,
    agreementIds: entry.agreementIds,
    detail:
      entry.decision === 'GRANTED'
        ? { decision: 'GRANTED' }
        : // Kinds refused together before any read are named, with their reasons joined.
          {
            decision: 'DENIED',
            reason: entry.reason,
            ...(entry.recordTypes ? { recordTypes: entry.recordTypes } : {}),
          },
  };
}

/**
 * The audit record of one request's looks at other bodies' records: one, holding an entry per
 * look (each naming its body), in the order the looks were logged; none without looks. One row
 * per request rather than per body: a row costs Postgres and the writer several times what an
 * entry does, and a look at a person across bodies touches up to nine.
 */
export function readAuditRecords({ requestId, actor, purpose }: AuditRequest, entries: readonly AccessLogEntry[]) {
  if (entries.length === 0) return [];
  const record: AuditRecord = {
    requestId,
    actor,
    purpose,
    kind: AuditKind.RECORD_READ,
    entries: entries.map(readAuditEntry),
  };
  return [record];
}

/** Every audit record of one request (or of a background task with a context of its own). */
export function auditRecords(
  ctx: { requestId: string; actor: Actor; access: { purpose: string | null } },
  entries: readonly AccessLogEntry[],
  changes: readonly PolicyChange[],
): AuditRecord[] {
  const request: AuditRequest = {
    requestId: ctx.requestId,
    actor: { user: ctx.actor.user, department: ctx.actor.department, role: ctx.actor.role },
    purpose: ctx.access.purpose,
  };
  const records = readAuditRecords(request, entries);
  for (const change of changes) {
    records.push({
      ...request,
      kind: AuditKind[change.kind],
      subjectHashes: change.subjectHashes ?? [],
      agreementIds: change.agreementIds ?? [],
      detail: change.detail,
    });
  }
  return records;
}
