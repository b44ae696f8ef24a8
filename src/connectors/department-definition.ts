import type { ClassType } from '../common/class-type';
import type { DepartmentRecord } from './department-record.type';

/**
 * A list inside a record (the parties of a filing, the persons of an incident), read in the
 * same statement as the record through a correlated subquery.
 */
export interface ListSource {
  /** FROM of the list's rows, with an alias, e.g. `case_party p`. */
  from: string;
  /** How a list row belongs to the record's row, e.g. `p.case_filing_id = f.id`. */
  where: string;
  orderBy: string;
  /** Element field → SQL expression giving its API value. */
  fields: Record<string, string>;
}

/** Where one person's identity and contact details sit in a record (paths), for protected persons. */
export interface PersonFields {
  residentId: string;
  name?: string;
  phone?: string;
  address?: string;
}

/**
 * One kind of record a body owns, described as a mapping from the owner's tables to the API
 * type. The hub builds the statement from it, selecting only the fields a request may see;
 * this mapping is also the catalogue of fields that agreements grant.
 */
export interface RecordTypeSource<T extends DepartmentRecord = DepartmentRecord> {
  /** The record kind as references and agreements name it, e.g. CASE_FILING. */
  name: string;
  /** The GraphQL object type the owner's rows are mapped into. */
  graphqlType: ClassType<T>;
  /** FROM of the record's row, with an alias and any joins, e.g. `case_filing f`. */
  from: string;
  /** SQL expression of the record's bigint id, e.g. `f.id`. */
  id: string;
  /** API field → SQL expression giving its API value (dates as ISO text: see sql.ts). */
  fields: Record<string, string>;
  /** API list field → its rows. */
  lists?: Record<string, ListSource>;
  /** The persons a record names, by field path (`victimResidentId`, `parties.residentId`). */
  persons?: PersonFields[];
  /**
   * Fields that may hold the address of a person the record names although they are not that
   * person's declared address (an incident's place is often a home): withheld, like a declared
   * address, whenever a person the record names is protected.
   */
  addressFields?: string[];
  /**
   * Free-text fields that may quote a person's address or contact (summaries, facts, notes):
   * shown with contact details masked whenever a person the record names is protected.
   */
  freeTextFields?: string[];
}

/** A record of some body that names a person by resident ID number. */
export interface PersonRecordRef {
  residentId: string;
  recordType: string;
  recordId: string;
}

/**
 * Everything the hub knows about one body. Adding a body is one folder exporting one of
 * these and one line in registered-departments.ts; core code does not change.
 */
export interface DepartmentDefinition {
  /** Stable code, SCREAMING_SNAKE, e.g. WOMENS_FEDERATION. */
  code: string;
  /** The body's name as users know it, e.g. 妇联 (women's federation). */
  displayName: string;
  recordTypes: RecordTypeSource[];
  /**
   * One statement: every record of this body that names one of the resident ID numbers in
   * `$1` (a text array), as `"residentId"`, `"recordType"`, `"recordId"` (text), newest first.
   * Compare in the column's own type (`= ANY($1::bpchar[])` for a `char(18)` column): a cast on
   * the column's side would keep Postgres from using its index. The hub runs it alone or as
   * the first part of a larger statement that also reads the records it finds.
   */
  personRecordsQuery: string;
}

/** Ids in a body's system are bigints; anything else cannot exist there, so it is not sent. */
export function numericIds(ids: readonly string[]): string[] {
  return ids.filter((id) => /^\d{1,18}$/.test(id));
}

const pathsOfSource = new WeakMap<RecordTypeSource, readonly string[]>();

/** Every field path of a record type: `caseNumber`, `parties.name`, … — what agreements can grant. */
export function fieldPaths(source: RecordTypeSource): readonly string[] {
  let paths = pathsOfSource.get(source);
  if (!paths) {
    const all = Object.keys(source.fields);
    for (const [list, item] of Object.entries(source.lists ?? {})) {
      for (const field of Object.keys(item.fields)) all.push(`${list}.${field}`);
    }
    paths = Object.freeze(all);
    pathsOfSource.set(source, paths);
  }
  return paths;
}
