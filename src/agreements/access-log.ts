import type { FieldDecision } from './record-shaper';

/** One look at another body's records: what was decided, field by field, under which agreements. */
export interface AccessLogEntry {
  department: string;
  /** null when the entry covers several kinds of the body, listed in `recordTypes`. */
  recordType: string | null;
  /** The kinds of a denial made before any record was read (one entry per body and request). */
  recordTypes?: string[];
  /** null when kinds were denied before any record was read. */
  recordId: string | null;
  jointCaseId: string | null;
  decision: 'GRANTED' | 'DENIED';
  /** Set when the read was for another purpose than the request's (risk screening at assessment). */
  purpose?: string;
  reason?: string;
  agreementIds: string[];
  fields?: Record<string, FieldDecision>;
  /** Keyed hashes of the persons the read concerns. */
  subjectHashes: string[];
}

export interface PolicyChange {
  kind: 'AGREEMENT_CHANGE' | 'PROTECTION_CHANGE' | 'EXPORT' | 'HOLD_CHANGE';
  detail: Record<string, unknown>;
  subjectHashes?: string[];
  agreementIds?: string[];
}

/**
 * Every look of one request at another body's records. It becomes the request's audit records
 * (committed before the response is sent) and the response's `extensions.access`.
 */
export class RequestAccessLog {
  private readonly byKey = new Map<string, AccessLogEntry>();
  /** Changes to the policy itself (agreements, protected persons) and exports, audited like reads. */
  readonly changes: PolicyChange[] = [];

  changed(change: PolicyChange): void {
    this.changes.push(change);
  }

  /**
   * Kinds of one body refused before any record was read (a person view, a risk screening):
   * one entry for them all, naming each kind and its reason, rather than one per kind.
   */
  denied(
    at: Pick<AccessLogEntry, 'department' | 'jointCaseId' | 'purpose' | 'subjectHashes'>,
    kinds: ReadonlyArray<{ recordType: string; reason: string }>,
  ): void {
    if (kinds.length === 0) return;
    const reasons = [...new Set(kinds.map((k) => k.reason))];
    this.add({
      ...at,
      recordType: kinds.length === 1 ? kinds[0].recordType : null,
      recordTypes: kinds.map((k) => k.recordType),
      recordId: null,
      decision: 'DENIED',
      reason: reasons.join('; '),
      agreementIds: [],
    });
  }

  add(entry: AccessLogEntry): void {
    const key = [entry.department, entry.recordType ?? entry.recordTypes?.join(',') ?? '', entry.recordId ?? '', entry.jointCaseId ?? '', entry.decision].join('\u0000');
    if (!this.byKey.has(key)) this.byKey.set(key, entry);
  }

  get entries(): AccessLogEntry[] {
    return [...this.byKey.values()];
  }
}
