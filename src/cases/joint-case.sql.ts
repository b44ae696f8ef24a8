import { isoDate, isoTimestamp } from '../connectors/sql';
import type { CaseParty, JointCase, LinkedRecord } from './joint-case.type';

/*
 * How the read paths turn joint_case rows and their parts into the API's plain objects: one
 * column list per shape, with camelCase aliases, and one row mapper. Reads go through plain SQL
 * rather than TypeORM entities: hydrating a wide entity costs Node CPU on every request, and a
 * case and its parts can then come back in one statement (json_agg subqueries).
 */

/** A party as read: the API's fields and the keyed hash that ties the party to the bodies' records. */
export interface CasePartyRow extends CaseParty {
  residentIdHash: string | null;
}

/** A link as read: the reference only; the record itself is read live from its owner. */
export type CaseRecordLink = Pick<LinkedRecord, 'department' | 'recordType' | 'recordId'>;

/** A case with its parties and links, as one statement reads them. */
export interface CaseWithParts {
  jointCase: JointCase;
  parties: CasePartyRow[];
  recordLinks: CaseRecordLink[];
}

interface CaseColumn {
  sql: string;
  /** Read as ISO 8601 text and turned into a Date by the row mapper (cheaper than pg's own date parser). */
  timestamp?: true;
}

const column = (sql: string): CaseColumn => ({ sql });
const timestamp = (sql: string): CaseColumn => ({ sql: isoTimestamp(sql), timestamp: true });

/** Every field of the JointCase type, by the SQL that reads it from `joint_case c`. */
const CASE_COLUMNS: Record<keyof JointCase, CaseColumn> = {
  id: column('c.id'),
  caseNumber: column('c.case_number'),
  title: column('c.title'),
  category: column('c.category'),
  description: column('c.description'),
  status: column('c.status'),
  sourceChannel: column('c.source_channel'),
  urgency: column('c.urgency'),
  place: column('c.place'),
  riskLevel: column('c.risk_level'),
  riskReasons: column('c.risk_reasons'),
  riskProvenance: column('c.risk_provenance'),
  assessedAt: timestamp('c.assessed_at'),
  riskUnavailableSources: column('c.risk_unavailable_sources'),
  handler: column('c.handler'),
  handlerDepartment: column('c.handler_department'),
  deadline: timestamp('c.deadline'),
  agreementTerms: column('c.agreement_terms'),
  agreementReachedAt: timestamp('c.agreement_reached_at'),
  confirmationNumber: column('c.confirmation_number'),
  // A calendar date: pg would make it a Date at local midnight; the API gives YYYY-MM-DD.
  confirmedOn: column(isoDate('c.confirmed_on')),
  failureReason: column('c.failure_reason'),
  referralChannel: column('c.referral_channel'),
  referralRecordId: column('c.referral_record_id'),
  followUpNote: column('c.follow_up_note'),
  closedAt: timestamp('c.closed_at'),
  version: column('c.version'),
  leadDepartment: column('c.lead_department'),
  participatingDepartments: column('c.participating_departments'),
  community: column('c.community'),
  grid: column('c.grid'),
  peopleInvolved: column('c.people_involved'),
  occurredAt: timestamp('c.occurred_at'),
  createdAt: timestamp('c.created_at'),
  consentToMediate: column('c.consent_to_mediate'),
  refusalReason: column('c.refusal_reason'),
  assessmentOpinion: column('c.assessment_opinion'),
  manualRiskLevel: column('c.manual_risk_level'),
  manualRiskLevelReason: column('c.manual_risk_level_reason'),
  handlingStoppedAt: timestamp('c.handling_stopped_at'),
  followUpDeadline: timestamp('c.follow_up_deadline'),
  extensionCount: column('c.extension_count'),
  referralReason: column('c.referral_reason'),
  judicialConfirmationStatus: column('c.judicial_confirmation_status'),
  judicialConfirmationAppliedOn: column(isoDate('c.judicial_confirmation_applied_on')),
  judicialConfirmationRecordId: column('c.judicial_confirmation_record_id'),
  judicialConfirmationRejectionReason: column('c.judicial_confirmation_rejection_reason'),
  satisfaction: column('c.satisfaction'),
};

const TIMESTAMP_FIELDS = (Object.keys(CASE_COLUMNS) as Array<keyof JointCase>).filter((field) => CASE_COLUMNS[field].timestamp);

/** The select list of a JointCase over `joint_case c`. */
export const CASE_SELECT = Object.entries(CASE_COLUMNS)
  .map(([field, { sql }]) => `${sql} AS "${field}"`)
  .join(', ');

const PARTY_FIELDS: Record<keyof CasePartyRow, string> = {
  id: 'p.id',
  role: 'p.role',
  name: 'p.name',
  residentId: 'p.resident_id',
  residentIdHash: 'p.resident_id_hash',
  mobile: 'p.mobile',
  address: 'p.address',
  kind: 'p.kind',
  documentType: 'p.document_type',
  documentNumber: 'p.document_number',
  gender: 'p.gender',
  ethnicity: 'p.ethnicity',
  birthDate: `to_char(p.birth_date, 'YYYY-MM-DD')`,
  legalRepresentative: 'p.legal_representative',
  agentName: 'p.agent_name',
  agentRelation: 'p.agent_relation',
  electedRepresentative: 'p.elected_representative',
};

const LINK_FIELDS: Record<keyof CaseRecordLink, string> = {
  department: 'l.department',
  recordType: 'l.record_type',
  recordId: 'l.record_id',
};

function jsonObject(fields: Record<string, string>): string {
  return `json_build_object(${Object.entries(fields).map(([field, sql]) => `'${field}', ${sql}`).join(', ')})`;
}

/** The parties of case `c.id`, in intake order, as a JSON array of CasePartyRow. */
export const PARTIES_JSON = `COALESCE((SELECT json_agg(${jsonObject(PARTY_FIELDS)} ORDER BY p.position)
  FROM joint_case_party p WHERE p.joint_case_id = c.id), '[]')`;

/** The links of case `c.id`, by body and kind, then in the order they were made, as a JSON array of CaseRecordLink. */
export const RECORD_LINKS_JSON = `COALESCE((SELECT json_agg(${jsonObject(LINK_FIELDS)} ORDER BY l.department, l.record_type, l.linked_at, l.id)
  FROM joint_case_record_link l WHERE l.joint_case_id = c.id), '[]')`;

/**
 * Cases by id with their parts, one row per id in the order given (`$1`, uuid[]); a row whose
 * `id` is null stands for an id with no case.
 */
export const CASES_WITH_PARTS_SQL = `
  SELECT ${CASE_SELECT}, ${PARTIES_JSON} AS parties, ${RECORD_LINKS_JSON} AS "recordLinks"
    FROM unnest($1::uuid[]) WITH ORDINALITY AS k(id, n)
    LEFT JOIN joint_case c ON c.id = k.id
   ORDER BY k.n`;

/** The parties of cases by id (`$1`, uuid[]), one row per id in the order given. */
export const PARTIES_OF_CASES_SQL = `
  SELECT ${PARTIES_JSON} AS parties FROM unnest($1::uuid[]) WITH ORDINALITY AS c(id, n) ORDER BY c.n`;

/** The links of cases by id (`$1`, uuid[]), one row per id in the order given. */
export const RECORD_LINKS_OF_CASES_SQL = `
  SELECT ${RECORD_LINKS_JSON} AS "recordLinks" FROM unnest($1::uuid[]) WITH ORDINALITY AS c(id, n) ORDER BY c.n`;

/**
 * A row read with CASE_SELECT as a JointCase: timestamps become Dates, every other column is
 * already what the API gives. Columns beyond the case's (its parts) are taken off by the caller.
 */
export function jointCaseOf(row: Record<string, unknown>): JointCase {
  for (const field of TIMESTAMP_FIELDS) {
    const value = row[field];
    if (value !== null) row[field] = new Date(value as string);
  }
  return row as unknown as JointCase;
}
