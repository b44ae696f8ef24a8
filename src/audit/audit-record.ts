import type { FieldDecision } from '../agreements/field-decision';

/** What an audit record is about. Stored as text; the column accepts any SCREAMING_SNAKE kind. */
export enum AuditKind {
  /** A user read (or was denied) another body's record. */
  RECORD_READ = 'RECORD_READ',
  /** A data-sharing agreement was proposed, approved, changed or revoked. */
  AGREEMENT_CHANGE = 'AGREEMENT_CHANGE',
  /** Records left the hub in bulk (a report or a file). */
  EXPORT = 'EXPORT',
  /** A person's protection (e.g. a domestic-violence victim's address) was set or lifted. */
  PROTECTION_CHANGE = 'PROTECTION_CHANGE',
  /** A body's record was linked to a joint case or unlinked from it. */
  LINK_CHANGE = 'LINK_CHANGE',
  /** An investigation hold on a body's record was placed or lifted (it hides looks from subject access reports). */
  HOLD_CHANGE = 'HOLD_CHANGE',
  /** An early warning (预警) was acknowledged, handled, cleared or escalated. */
  WARNING_CHANGE = 'WARNING_CHANGE',
  /** A hand-over's outcome (诉调/警调/访调对接) was returned to the body that handed the case over. */
  HANDOVER_FEEDBACK = 'HANDOVER_FEEDBACK',
  /** A domestic-violence safeguard of a case (safety assessment, measures, referral, mandatory report) was recorded. */
  DV_SAFEGUARD_CHANGE = 'DV_SAFEGUARD_CHANGE',
}

/** One audit record as the hub hands it to the writer; the writer adds chain, sequence and hashes. */
export interface AuditRecord {
  requestId: string;
  kind: AuditKind;
  actor: { user: string; department: string; role: string };
  purpose?: string | null;
  jointCaseId?: string | null;
  /** The body whose record was read (the owner), for RECORD_READ of one look or of looks at one body. */
  provider?: string | null;
  recordType?: string | null;
  recordId?: string | null;
  /** Keyed hashes of the resident ID numbers involved (`hashResidentId`) — never raw numbers. */
  subjectHashes?: string[];
  /** Per field path, e.g. `{ "caseNumber": "GRANTED", "parties.residentId": "MASKED" }`. */
  fieldDecisions?: Record<string, FieldDecision> | null;
  agreementIds?: string[];
  detail?: Record<string, unknown> | null;
  /**
   * The looks of one request at other bodies' records, one entry each, stored in one row: each
   * entry names its body (`provider`), and the record has none of its own. (Rows written before
   * held one body's looks, named by the record's `provider`; the writer still takes that shape.)
   * A record with entries names its records only in them (no recordType, recordId or
   * fieldDecisions of its own); the row's subject hashes and agreement ids are every entry's.
   */
  entries?: AuditRecordEntry[];
  /** Defaults to the time of `append`. Stored with millisecond precision. */
  occurredAt?: Date;
}

/**
 * One look inside a record's `entries`: what a record of its own says about one look, its
 * `purpose` set only when it differs from the record's (the request's), its `provider` when the
 * record names none.
 */
export type AuditRecordEntry = Pick<
  AuditRecord,
  | 'provider'
  | 'purpose'
  | 'jointCaseId'
  | 'recordType'
  | 'recordId'
  | 'subjectHashes'
  | 'fieldDecisions'
  | 'agreementIds'
  | 'detail'
>;
