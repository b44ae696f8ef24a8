import type { ClassType } from './department-definition';
import type { DepartmentRecord } from './department-record.type';

type OwnFields<T> = Omit<T, keyof DepartmentRecord>;

/** Builds an API record of a body from mapped fields; the instance tells GraphQL its concrete type. */
export function toRecord<T extends DepartmentRecord>(
  type: ClassType<T>,
  identity: { department: string; recordType: string; recordId: string },
  fields: OwnFields<T>,
): T {
  return Object.assign(Object.create(type.prototype) as T, identity, fields);
}

export function isoDateTime(value: Date | string | null): string | null {
  if (value === null) return null;
  return (value instanceof Date ? value : new Date(value)).toISOString();
}
