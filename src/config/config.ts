import path from 'node:path';

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
  jwt: { issuer: string; audience: string };
  /** Milliseconds a department query may run before it is cancelled. */
  departmentStatementTimeoutMs: number;
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
    },
    departmentStatementTimeoutMs: Number(env.DEPARTMENT_STATEMENT_TIMEOUT_MS ?? 5000),
    production: env.NODE_ENV === 'production',
  };
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
