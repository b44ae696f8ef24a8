/**
 * The shape of the hub's own ids (joint cases, agreements, requests): a UUID, any version, in
 * either case. A string of another shape cannot name anything the hub holds, so it is refused
 * (or answered "not found") before any statement runs.
 */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
