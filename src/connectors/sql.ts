/** SQL expressions for API values, so every body's connector maps dates the same way. */

/** A date column as ISO 8601 text, YYYY-MM-DD. */
export function isoDate(column: string): string {
  return `to_char(${column}, 'YYYY-MM-DD')`;
}

/** A timestamptz column as ISO 8601 text in UTC, e.g. 2026-05-03T01:30:00.000Z. */
export function isoTimestamp(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
