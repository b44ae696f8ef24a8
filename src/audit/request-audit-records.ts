import type { AccessLogEntry, PolicyChange } from '../agreements/access-log';
import type { Actor } from '../auth/actor';
import { type AuditRecord, AuditKind } from './audit-record';

/** Who asked, and for what: the part every audit record of one request shares. */
export interface AuditRequest {
  requestId: string;
  actor: AuditRecord['actor'];
  purpose: string | null;
}

/** The audit record of one look at another body's records, granted or denied. */
export function readAuditRecord({ requestId, actor, purpose }: AuditRequest, entry: AccessLogEntry): AuditRecord {
  return {
    requestId,
    actor,
    purpose: entry.purpose ?? purpose,
    kind: AuditKind.RECORD_READ,
    jointCaseId: entry.jointCaseId,
    provider: entry.department,
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
  const records = entries.map((entry) => readAuditRecord(request, entry));
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
