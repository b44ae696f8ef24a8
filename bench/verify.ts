import { isDeepStrictEqual } from 'node:util';

/**
 * The limit server must give the hub's answer. Two answers are the same when their data,
 * errors and extensions are equal, ignoring key order, the order of errors (graphql-js orders
 * them by when each happened) and the order of the access log's records.
 */
export function normalise(body: unknown): unknown {
  const b = body as { errors?: unknown[]; extensions?: { access?: { records?: unknown[] } } };
  const byText = (list: unknown[]) => [...list].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
  const copy = JSON.parse(JSON.stringify(b)) as typeof b;
  if (copy.errors) copy.errors = byText(copy.errors);
  if (copy.extensions?.access?.records) copy.extensions.access.records = byText(copy.extensions.access.records);
  return copy;
}

/** null when equal; otherwise the first path where they differ. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return `${path}: ${JSON.stringify(a)?.slice(0, 120)} ≠ ${JSON.stringify(b)?.slice(0, 120)}`;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const found = firstDifference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      `${path}.${key}`,
    );
    if (found) return found;
  }
  return `${path}: differ`;
}
