/**
 * Waits on the hub's own database, each with a limit so that a lock, a partition or a refused
 * login ends in HUB_UNAVAILABLE / AUDIT_UNAVAILABLE (HTTP 503), never in a hanging request.
 */
export interface HubDatabaseLimits {
  /** Postgres statement_timeout of every hub session (HUB_STATEMENT_TIMEOUT_MS). */
  statementTimeoutMs: number;
  /** Postgres lock_timeout of every hub session (HUB_LOCK_TIMEOUT_MS). */
  lockTimeoutMs: number;
  /** Opening a connection, or waiting for a free one in the pool (HUB_CONNECT_TIMEOUT_MS). */
  connectTimeoutMs: number;
  /** Longest the audit commit of one batch may take, waits included (AUDIT_COMMIT_TIMEOUT_MS). */
  auditCommitTimeoutMs: number;
  /** Longest GET /ready takes to answer (READY_TIMEOUT_MS). */
  readyTimeoutMs: number;
}

/** Defaults of HubDatabaseLimits (README "Configuration"). */
export const DEFAULT_HUB_DATABASE_LIMITS: Readonly<HubDatabaseLimits> = Object.freeze({
  // The hub's own statements take milliseconds; reports and statistics over years of cases take longer.
  statementTimeoutMs: 10_000,
  lockTimeoutMs: 2000,
  connectTimeoutMs: 3000,
  auditCommitTimeoutMs: 5000,
  readyTimeoutMs: 2000,
});
