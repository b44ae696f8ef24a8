import { getMetadataArgsStorage } from 'typeorm';
import type { ClassType } from './class-type';

/** One column of a hub table as its entity declares it. */
export interface EntityColumn {
  /** The entity's property, e.g. `caseNumber`. */
  property: string;
  /** The column's name, e.g. `case_number` (the property itself when the entity names none). */
  name: string;
  /** The column's Postgres type, `text[]` for an array of text, `char(18)` with its length. */
  type: string;
}

/**
 * The columns of a hub table, read from its entity's own `@Column` declarations: the entity is
 * the one description of the table, and the plain-SQL reads (and the demo's bulk inserts)
 * derive their column lists from it instead of repeating them.
 */
export function entityColumns(entity: ClassType<unknown>): EntityColumn[] {
  return getMetadataArgsStorage()
    .filterColumns(entity)
    .map((column) => {
      const length = column.options.length ? `(${column.options.length})` : '';
      const type = `${String(column.options.type)}${length}`;
      return {
        property: column.propertyName,
        name: column.options.name ?? column.propertyName,
        type: column.options.array ? `${type}[]` : type,
      };
    });
}

/** Column name → Postgres type of the named columns of an entity's table (all of them when none are named). */
export function entityColumnTypes(entity: ClassType<unknown>, names?: readonly string[]): Record<string, string> {
  const byName = new Map(entityColumns(entity).map((column) => [column.name, column.type]));
  const wanted = names ?? [...byName.keys()];
  return Object.fromEntries(
    wanted.map((name) => {
      const type = byName.get(name);
      if (!type) throw new Error(`${entity.name} has no column ${name}`);
      return [name, type];
    }),
  );
}

/** The table an entity is stored in. */
export function entityTable(entity: ClassType<unknown>): string {
  const table = getMetadataArgsStorage().tables.find((t) => t.target === entity);
  if (!table?.name) throw new Error(`${entity.name} declares no table`);
  return table.name;
}
