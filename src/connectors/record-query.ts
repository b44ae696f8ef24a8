import type { DepartmentDatabase } from './department-database';
import type { DepartmentRecord } from './department-record.type';
import {
  type DepartmentDefinition,
  fieldPaths,
  type ListSource,
  numericIds,
  type PersonRecordRef,
  type RecordTypeSource,
} from './department-definition';

export { fieldPaths };

function quoteAlias(name: string): string {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) throw new Error(`Field name ${name} is not a plain identifier`);
  return `"${name}"`;
}

function listExpression(list: ListSource, fields: string[]): string {
  const pairs = fields.map((f) => `'${f}', ${list.fields[f]}`).join(', ');
  return `COALESCE((SELECT json_agg(json_build_object(${pairs}) ORDER BY ${list.orderBy}) FROM ${list.from} WHERE ${list.where}), '[]'::json)`;
}

/**
 * The one statement that reads a set of records, selecting only the given field paths (the
 * id always). A field outside the projection is never selected from the owner's database.
 */
export function recordQuery(source: RecordTypeSource, projection: ReadonlySet<string>, ids = '$1::bigint[]'): string {
  const columns = [`${source.id}::text AS "recordId"`];
  for (const [field, expression] of Object.entries(source.fields)) {
    if (projection.has(field)) columns.push(`${expression} AS ${quoteAlias(field)}`);
  }
  for (const [list, item] of Object.entries(source.lists ?? {})) {
    const fields = Object.keys(item.fields).filter((f) => projection.has(`${list}.${f}`));
    if (fields.length > 0) columns.push(`${listExpression(item, fields)} AS ${quoteAlias(list)}`);
  }
  return `SELECT ${columns.join(', ')} FROM ${source.from} WHERE ${source.id} = ANY(${ids})`;
}

export type RecordRow = { recordId: string } & Record<string, unknown>;

/** Runs the projected statement for a set of ids; ids that are not bigints are not sent. */
export async function loadRecordRows(
  db: DepartmentDatabase,
  source: RecordTypeSource,
  ids: readonly string[],
  projection: ReadonlySet<string>,
  statement = recordQuery(source, projection),
): Promise<RecordRow[]> {
  const wanted = numericIds(ids);
  if (wanted.length === 0) return [];
  return db.query<RecordRow>(statement, [wanted]);
}

/** Builds the API record from a projected row: identity, then the selected fields as they came. */
export function recordFromRow<T extends DepartmentRecord>(
  department: string,
  source: RecordTypeSource<T>,
  row: RecordRow,
): T {
  return Object.assign(Object.create(source.graphqlType.prototype as object) as T, row, {
    department,
    recordType: source.name,
  });
}

/** Reads whole records (every field): what the owner sees, and what tests compare against. */
export async function readRecords<T extends DepartmentRecord>(
  db: DepartmentDatabase,
  department: string,
  source: RecordTypeSource<T>,
  ids: readonly string[],
): Promise<T[]> {
  const rows = await loadRecordRows(db, source, ids, new Set(fieldPaths(source)));
  return rows.map((row) => recordFromRow(department, source, row));
}

/** References to a body's records of these persons (its connector's own statement). */
export function findRecordsOfPersons(
  db: DepartmentDatabase,
  definition: DepartmentDefinition,
  residentIds: readonly string[],
): Promise<PersonRecordRef[]> {
  if (residentIds.length === 0) return Promise.resolve([]);
  return db.query<PersonRecordRef>(definition.personRecordsQuery, [residentIds]);
}
