import path from 'node:path';
import type { DepartmentResilience } from '../connectors/department-sources';

/** Where the hub finds its own database and each body's database. */
export interface DatabaseTargets {
  /** The hub's own database: joint cases (later also agreements and audit). */
  hubUrl: string;
  /** Department code → connection URL of that body's database (read-only role). */
  departmentUrls: Record<string, string>;
}

export interface HubConfig {
  port: number;
  /** Project-local folder for the embedded Postgres data and the development keys. */
  dataDir: string;
  /** Set when every database is configured by environment; otherwise the embedded default is used. */
  databases?: DatabaseTargets;
  embeddedPostgresPort: number;
  /**
   * jwksUrl (JWT_JWKS_URL): verify tokens against the identity provider's key set instead of
   * the local development key. algorithms (JWT_ALGORITHMS, comma-separated): default EdDSA.
   */
  jwt: { issuer: string; audience: string; jwksUrl?: string; algorithms?: string[] };
  /** Milliseconds a department query may run before it is cancelled. */
  departmentStatementTimeoutMs: number;
  /**
   * Per-body read deadline (DEPARTMENT_DEADLINE_MS, default statement timeout + 1000), connection
   * timeout (DEPARTMENT_CONNECT_TIMEOUT_MS, default the deadline) and circuit breaker
   * (DEPARTMENT_BREAKER_FAILURES, default 5; DEPARTMENT_BREAKER_RESET_MS, default 10000).
   */
  departmentResilience: DepartmentResilience;
  production: boolean;
}

/** `WOMENS_FEDERATION` → `WOMENS_FEDERATION_DATABASE_URL`. */
export function departmentUrlVariable(departmentCode: string): string {
  return `${departmentCode}_DATABASE_URL`;
}

export const HUB_DATABASE_URL_VARIABLE = 'HUB_DATABASE_URL';

/**
 * Reads the configuration from the environment. Database URLs are all-or-nothing:
 * with HUB_DATABASE_URL set, every registered body needs its own URL too, so a hub
 * never silently serves a partial set of bodies.
 */
export function loadConfig(departmentCodes: readonly string[], env: NodeJS.ProcessEnv = process.env): HubConfig {
  const hubUrl = env[HUB_DATABASE_URL_VARIABLE];
  let databases: DatabaseTargets | undefined;
  if (hubUrl) {
    const missing = departmentCodes.filter((code) => !env[departmentUrlVariable(code)]);
    if (missing.length > 0) {
      throw new Error(
        `${HUB_DATABASE_URL_VARIABLE} is set, so every body needs its database URL too; missing: ` +
          missing.map(departmentUrlVariable).join(', '),
      );
    }
    databases = {
      hubUrl,
      departmentUrls: Object.fromEntries(departmentCodes.map((code) => [code, env[departmentUrlVariable(code)]!])),
    };
  }
  return {
    port: Number(env.PORT ?? 4000),
    dataDir: path.resolve(env.HUB_DATA_DIR ?? path.join(projectRoot(), '.data')),
    databases,
    embeddedPostgresPort: Number(env.EMBEDDED_PG_PORT ?? 54329),
    jwt: {
      issuer: env.JWT_ISSUER ?? 'mediation-hub',
      audience: env.JWT_AUDIENCE ?? 'mediation-hub',
      jwksUrl: env.JWT_JWKS_URL || undefined,
      algorithms: env.JWT_ALGORITHMS ? env.JWT_ALGORITHMS.split(',').map((alg) => alg.trim()).filter(Boolean) : undefined,
    },
    departmentStatementTimeoutMs: Number(env.DEPARTMENT_STATEMENT_TIMEOUT_MS ?? 5000),
    departmentResilience: {
      deadlineMs: optionalPositiveInt(env, 'DEPARTMENT_DEADLINE_MS'),
      connectTimeoutMs: optionalPositiveInt(env, 'DEPARTMENT_CONNECT_TIMEOUT_MS'),
      breakerFailureThreshold: optionalPositiveInt(env, 'DEPARTMENT_BREAKER_FAILURES'),
      breakerResetTimeoutMs: optionalPositiveInt(env, 'DEPARTMENT_BREAKER_RESET_MS'),
    },
    production: env.NODE_ENV === 'production',
  };
}

function optionalPositiveInt(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const value = env[name];
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive whole number of milliseconds (or count), not "${value}"`);
  return n;
}

/** The folder holding package.json, whether running from src/ (tests) or dist/src/ (built). */
export function projectRoot(): string {
  let dir = __dirname;
  while (!require('node:fs').existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}
