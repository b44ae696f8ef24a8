import type { ClientBase } from 'pg';
import { entityColumnTypes, entityTable } from '../common/entity-columns';
import type { ClassType } from '../common/class-type';

/**
 * Reserves `count` ids from the table's id sequence, so a seed knows each record's id
 * before it inserts (and can hand the ids to the joint cases that link to them).
 */
export async function allocateIds(client: ClientBase, table: string, count: number): Promise<string[]> {
  if (count === 0) return [];
  const { rows } = await client.query<{ id: string }>(
    `SELECT nextval(pg_get_serial_sequence($1, 'id'))::text AS id FROM generate_series(1, $2)`,
    [table, count],
  );
  return rows.map((r) => r.id);
}

/**
 * Inserts many rows in one statement: the rows travel as one JSON document and
 * jsonb_to_recordset gives them their column types.
 */
export async function insertRows(
  client: ClientBase,
  table: string,
  columnTypes: Record<string, string>,
  rows: Array<Record<string, unknown>>,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(columnTypes);
  const definition = columns.map((c) => `${c} ${columnTypes[c]}`).join(', ');
  await client.query(
    `INSERT INTO ${table} (${columns.join(', ')}) SELECT ${columns.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS r(${definition})`,
    [JSON.stringify(rows)],
  );
}

/**
 * Inserts rows into a hub table, the columns' types taken from its entity (the one description
 * of the table); each row names its columns by their SQL names.
 */
export async function insertEntityRows(
  client: ClientBase,
  entity: ClassType<unknown>,
  rows: Array<Record<string, unknown>>,
): Promise<void> {
  const names = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  await insertRows(client, entityTable(entity), entityColumnTypes(entity, names), rows);
}
