import type { FieldDecision } from './field-decision';

/** Merging two looks at one field: the least masked form shown is what the caller saw. */
const SHOWN_ORDER: Record<FieldDecision, number> = { GRANTED: 0, MASKED: 1, DENIED: 2 };

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
  /** Keyed hashes of the persons the record names (not the case's parties as such). */
  subjectHashes: string[];
  /**
   * The caller may not learn which kind or record was withheld (a link reference it has no
   * agreement for): the response's access report names only the body; the audit keeps all.
   */
  concealed?: true;
}

export interface PolicyChange {
  kind:
    | 'AGREEMENT_CHANGE'
    | 'PROTECTION_CHANGE'
    | 'EXPORT'
    | 'LINK_CHANGE'
    | 'HOLD_CHANGE'
    | 'WARNING_CHANGE'
    | 'HANDOVER_FEEDBACK'
    | 'DV_SAFEGUARD_CHANGE';
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
  /** Changes to the policy itself (agreements, protected persons), links and exports, not yet audited. */
  readonly changes: PolicyChange[] = [];
  /** Entries already committed to the audit (in a write's own transaction), by key. */
  private readonly audited = new Map<string, AccessLogEntry>();

  /** `requestPurpose`: an entry names a purpose only when it is not the request's own. */
  constructor(private readonly requestPurpose: string | null = null) {}

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

  /**
   * One entry per record, purpose and set of agreements looked at in the request: a second look
   * under the same ones adds the fields it showed (a field keeps the least masked form shown);
   * a look under other agreements, or denied, is an entry of its own.
   */
  add(entry: AccessLogEntry): void {
    if (entry.purpose !== undefined && entry.purpose === this.requestPurpose) {
      const { purpose: _own, ...rest } = entry;
      entry = rest;
    }
    const key = [
      entry.department,
      entry.recordType ?? entry.recordTypes?.join(',') ?? '',
      entry.recordId ?? '',
      entry.jointCaseId ?? '',
      entry.decision,
      entry.purpose ?? '',
      [...entry.agreementIds].sort().join(','),
    ].join('\u0000');
    // A look already audited, showing nothing more than it did, is not a new look.
    if (this.audited.has(key) && covers(this.audited.get(key)!, entry)) return;
    const known = this.byKey.get(key);
    if (!known) {
      this.byKey.set(key, {
        ...entry,
        fields: entry.fields && { ...entry.fields },
        subjectHashes: [...entry.subjectHashes],
      });
      return;
    }
    if (entry.fields) {
      known.fields ??= {};
      for (const [path, decision] of Object.entries(entry.fields)) {
        const shown = known.fields[path];
        if (!shown || SHOWN_ORDER[decision] < SHOWN_ORDER[shown]) known.fields[path] = decision;
      }
    }
    for (const hash of entry.subjectHashes) if (!known.subjectHashes.includes(hash)) known.subjectHashes.push(hash);
  }

  /** Every look of the request, audited or not: the response's access report. */
  get entries(): AccessLogEntry[] {
    return [...this.audited.values(), ...this.byKey.values()];
  }

  /** The looks and changes not yet audited. */
  pending(): { entries: AccessLogEntry[]; changes: PolicyChange[] } {
    return { entries: [...this.byKey.values()], changes: [...this.changes] };
  }

  /**
   * Marks what `pending()` gave as committed (in a write's transaction, or by the audit plugin):
   * a later look at the same record is a new entry, audited when the response is.
   */
  markAudited(committed: { entries: AccessLogEntry[]; changes: PolicyChange[] }): void {
    for (const [key, entry] of this.byKey) {
      if (committed.entries.includes(entry)) {
        this.byKey.delete(key);
        // A key seen again after a second commit keeps its first entry; the later one is in the audit too.
        if (!this.audited.has(key)) this.audited.set(key, entry);
        else this.audited.set(`${key}\u0000${this.audited.size}`, entry);
      }
    }
    this.changes.splice(0, committed.changes.length);
  }
}

/** Whether `audited` already records every field and subject `look` shows. */
function covers(audited: AccessLogEntry, look: AccessLogEntry): boolean {
  const fieldsCovered = Object.entries(look.fields ?? {}).every(([path, decision]) => {
    const shown = audited.fields?.[path];
    return shown !== undefined && SHOWN_ORDER[shown] <= SHOWN_ORDER[decision];
  });
  return fieldsCovered && look.subjectHashes.every((hash) => audited.subjectHashes.includes(hash));
}
