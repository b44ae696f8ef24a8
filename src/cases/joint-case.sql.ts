import { entityColumns } from '../common/entity-columns';
import { isoDate, isoTimestamp } from '../connectors/sql';
import { JointCaseEntity } from './joint-case.entity';
import type { CaseParty, JointCase, LinkedRecord } from './joint-case.type';

/*
 * How the read paths turn joint_case rows and their parts into the API's plain objects: one
 * column list per shape, with camelCase aliases, and one row mapper. The case's columns come
 * from its entity (see CASE_COLUMNS), the one description of the table. Reads go through plain SQL
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
  /** The column itself (`c.<name>`). */
  column: string;
  /** Read as ISO 8601 text and turned into a Date by the row mapper (cheaper than pg's own date parser). */
  timestamp?: true;
}

/**
 * Every column of `joint_case c`, by the entity property (= the JointCase field) it holds, derived
 * from the entity's declarations: the table is described once, by JointCaseEntity, and written
 * through it; reads select the same columns in plain SQL. Timestamps are read as ISO text and
 * dates as YYYY-MM-DD (pg would make a date a Date at local midnight; the API gives the day).
 */
const CASE_COLUMNS: Record<string, CaseColumn> = Object.fromEntries(
  entityColumns(JointCaseEntity).map(({ property, name, type }): [string, CaseColumn] => {
    const column = `c.${name}`;
    if (type === 'timestamptz') return [property, { sql: isoTimestamp(column), column, timestamp: true }];
    if (type === 'date') return [property, { sql: isoDate(column), column }];
    return [property, { sql: column, column }];
  }),
);

/** Every field of the JointCase type is a column of the entity (checked here, at compile time). */
type MissingCaseColumns = Exclude<keyof JointCase, keyof JointCaseEntity>;
const everyCaseFieldIsAColumn: [MissingCaseColumns] extends [never] ? true : MissingCaseColumns = true;
void everyCaseFieldIsAColumn;

const TIMESTAMP_FIELDS = Object.keys(CASE_COLUMNS).filter((field) => CASE_COLUMNS[field].timestamp);

/** The timestamp fields among `fields` (the ones jointCaseOf turns into Dates). */
export function timestampFieldsOf(fields: readonly string[]): readonly string[] {
  return fields.filter((field) => CASE_COLUMNS[field].timestamp);
}

/** Every JointCase field read from a column, in the table's order. */
export const CASE_FIELDS: readonly string[] = Object.keys(CASE_COLUMNS);

/**
 * The SQL expression (over `joint_case c`) a JointCase field is read by, the column it reads, and
 * whether it is a timestamp read as ISO text.
 */
export function caseColumnOf(field: string): { sql: string; column: string; timestamp: boolean } | undefined {
  if (!Object.hasOwn(CASE_COLUMNS, field)) return undefined;
  const column = CASE_COLUMNS[field];
  return { sql: column.sql, column: column.column, timestamp: column.timestamp === true };
}

/** The SQL expression (over `joint_case_party p`) a party's particular is read by. */
export function partyColumnOf(field: string): string | undefined {
  return Object.hasOwn(PARTY_FIELDS, field) ? (PARTY_FIELDS as Record<string, string>)[field] : undefined;
}

/** The select list of the given JointCase fields (columns) over `joint_case c`. */
export function caseSelectOf(fields: readonly string[]): string {
  return fields.map((field) => `${CASE_COLUMNS[field].sql} AS "${field}"`).join(', ');
}

/** The select list of a JointCase over `joint_case c`. */
export const CASE_SELECT = caseSelectOf(CASE_FIELDS);

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
  return `json_build_object(${Object.entries(fields)
    .map(([field, sql]) => `'${field}', ${sql}`)
    .join(', ')})`;
}

/** Every particular of a party as read, in the row's order. */
export const PARTY_ROW_FIELDS = Object.keys(PARTY_FIELDS) as ReadonlyArray<keyof CasePartyRow>;

/** The parties of case `c.id`, in intake order, as a JSON array of CasePartyRow holding the given particulars. */
export function partiesJsonOf(fields: readonly string[]): string {
  const selected = Object.fromEntries(fields.map((field) => [field, PARTY_FIELDS[field as keyof CasePartyRow]]));
  return `COALESCE((SELECT json_agg(${jsonObject(selected)} ORDER BY p.position)
  FROM joint_case_party p WHERE p.joint_case_id = c.id), '[]')`;
}

/** The parties of case `c.id`, in intake order, as a JSON array of CasePartyRow. */
export const PARTIES_JSON = partiesJsonOf(PARTY_ROW_FIELDS);

/** The links of case `c.id`, by body and kind, then in the order they were made, as a JSON array of CaseRecordLink. */
export const RECORD_LINKS_JSON = `COALESCE((SELECT json_agg(${jsonObject(LINK_FIELDS)} ORDER BY l.department, l.record_type, l.linked_at, l.id)
  FROM joint_case_record_link l WHERE l.joint_case_id = c.id), '[]')`;

/**
 * Cases by id with their parts, one row per id in the order given (`$1`, uuid[]); a row whose
 * `id` is null stands for an id with no case. `select`: the case's columns and its parties (as
 * "parties") over `c`.
 */
export function casesWithPartsSql(select: string): string {
  return `
  SELECT ${select}, ${RECORD_LINKS_JSON} AS "recordLinks"
    FROM unnest($1::uuid[]) WITH ORDINALITY AS k(id, n)
    LEFT JOIN joint_case c ON c.id = k.id
   ORDER BY k.n`;
}

/** Cases by id with every column and all their parts (see casesWithPartsSql). */
export const CASES_WITH_PARTS_SQL = casesWithPartsSql(`${CASE_SELECT}, ${PARTIES_JSON} AS parties`);

/** The parties of cases by id (`$1`, uuid[]), one row per id in the order given. */
export const PARTIES_OF_CASES_SQL = `
  SELECT ${PARTIES_JSON} AS parties FROM unnest($1::uuid[]) WITH ORDINALITY AS c(id, n) ORDER BY c.n`;

/** The links of cases by id (`$1`, uuid[]), one row per id in the order given. */
export const RECORD_LINKS_OF_CASES_SQL = `
  SELECT ${RECORD_LINKS_JSON} AS "recordLinks" FROM unnest($1::uuid[]) WITH ORDINALITY AS c(id, n) ORDER BY c.n`;

/** What the scope of a case's reads needs of it (caseScopeOf, canSeeCase), and its parties' keyed hashes. */
export interface CaseScopeRow {
  id: string;
  status: JointCase['status'];
  leadDepartment: string | null;
  participatingDepartments: string[];
  partyHashes: string[];
}

/**
 * The scopes of cases by id (`$1`, uuid[]), one row per id in the order given (`id` null for an
 * id with no case): the few columns a read in a case's scope needs, and the hashes of its
 * parties — not the case with all its parts, for a view (a person's records) that shows none of it.
 */
export const CASE_SCOPES_SQL = `
  SELECT c.id, c.status, c.lead_department AS "leadDepartment", c.participating_departments AS "participatingDepartments",
         ARRAY(SELECT p.resident_id_hash FROM joint_case_party p
                WHERE p.joint_case_id = c.id AND p.resident_id_hash IS NOT NULL ORDER BY p.position) AS "partyHashes"
    FROM unnest($1::uuid[]) WITH ORDINALITY AS k(id, n)
    LEFT JOIN joint_case c ON c.id = k.id
   ORDER BY k.n`;

/**
 * A row read with CASE_SELECT as a JointCase: timestamps become Dates, every other column is
 * already what the API gives. Columns beyond the case's (its parts) are taken off by the caller.
 */
export function jointCaseOf(
  row: Record<string, unknown>,
  /** The timestamp fields the row holds (a page's projection): every one by default. */
  timestamps: readonly string[] = TIMESTAMP_FIELDS,
): JointCase {
  for (const field of timestamps) {
    const value = row[field];
    // A column a page did not read (its query does not select it) stays absent.
    if (value !== null && value !== undefined) row[field] = new Date(value as string);
  }
  return row as unknown as JointCase;
}
