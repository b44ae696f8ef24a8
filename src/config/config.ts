import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { DepartmentResilience } from '../connectors/department-sources';
import { SETTINGS, type Settings } from './settings';
export { DEFAULT_HUB_DATABASE_LIMITS } from './defaults';

/** Where the hub finds its own database and each body's database. */
export interface DatabaseTargets {
  /** The hub's own database: joint cases (later also agreements and audit). */
  hubUrl: string;
  /** Department code → connection URL of that body's database (read-only role). */
  departmentUrls: Record<string, string>;
}

export type { HubDatabaseLimits } from './defaults';
import type { RiskThresholds } from '../cases/risk/risk-thresholds';
import type { HubDatabaseLimits } from './defaults';
import { type CasePageSettings, MAX_PAGE_PROJECTIONS } from '../cases/joint-case-page-read';

export interface HubConfig {
  port: number;
  /** Project-local folder for the embedded Postgres data and the development keys. */
  dataDir: string;
  /** Set when every database is configured by environment; otherwise the embedded default is used. */
  databases?: DatabaseTargets;
  embeddedPostgresPort: number;
  /**
   * jwksUrl (JWT_JWKS_URL): verify tokens against the identity provider's key set instead of
   * the local development key. publicKeyPem (JWT_PUBLIC_KEY or JWT_PUBLIC_KEY_FILE): one
   * configured public key. algorithms (JWT_ALGORITHMS, comma-separated): default EdDSA.
   */
  jwt: { issuer: string; audience: string; jwksUrl?: string; publicKeyPem?: string; algorithms?: string[] };
  /** PERSON_HASH_KEY (base64) or the content of PERSON_HASH_KEY_FILE; else the development key. */
  personHashKey?: Buffer;
  /** Milliseconds a department query may run before it is cancelled. */
  departmentStatementTimeoutMs: number;
  /**
   * Per-body read deadline (DEPARTMENT_DEADLINE_MS, default statement timeout + 1000), connection
   * timeout (DEPARTMENT_CONNECT_TIMEOUT_MS, default the deadline), circuit breaker
   * (DEPARTMENT_BREAKER_FAILURES, default 5; DEPARTMENT_BREAKER_RESET_MS, default 10000) and
   * latency budget (DEPARTMENT_SLOW_CALL_MS, default 2500: a slower read counts as a failure).
   */
  departmentResilience: DepartmentResilience;
  hubDatabase: HubDatabaseLimits;
  /**
   * Fair-use budgets per minute (FAIR_USE_USER_COST_PER_MINUTE, FAIR_USE_BODY_COST_PER_MINUTE), and
   * whether each replica spends them from leases (FAIR_USE_LEASES, default on) or charges every
   * request to the hub database.
   */
  fairUse: { userCostPerMinute: number; bodyCostPerMinute: number; leases: boolean };
  /** Observability: access log on/off, OpenTelemetry spans on/off, pino level. */
  observability: { accessLog: boolean; tracing: boolean; logLevel: string };
  /**
   * Per-document work done once (README "Configuration"): DOCUMENT_CACHE (parsed and validated
   * documents, Apollo's document store) and QUERY_LIMIT_CACHE (the query-limit and cost checks
   * per document, operation and the variables that change the cost). Both default on; off
   * does that work again for every request, as the plain pipeline does.
   */
  pipeline: PipelineSettings;
  /**
   * How a page of cases is read (README "Configuration"): CASE_PAGE_SYNC (its cases shown
   * synchronously once the request's policy is read), CASE_PAGE_PROJECTION (only what the
   * query selects is read, of a page and of a case read by its id) and CASE_PAGE_JSON (a plain page shown as stored is answered with the
   * JSON text Postgres built, by the fast path). All default on.
   */
  casePages: CasePageSettings;
  shutdownTimeoutMs: number;
  production: boolean;
  /**
   * For browser apps: CORS_ORIGINS (comma-separated origins), EXPLORER (on/off; default on in
   * development, off in production), TRUSTED_DOCUMENTS (off/allow/only) with its manifest
   * TRUSTED_DOCUMENTS_FILE (default console/src/gql/persisted-documents.json, the console's).
   */
  frontend: {
    corsOrigins: string[];
    explorer?: boolean;
    trustedDocuments: 'off' | 'allow' | 'only';
    trustedDocumentsFile: string;
  };
  /** The risk rules' thresholds (RISK_* settings); the rules' defaults when absent. */
  riskThresholds?: RiskThresholds;
}

/** Which per-document work the request pipeline remembers between requests (config `pipeline`). */
export interface PipelineSettings {
  /** DOCUMENT_CACHE: parsed and validated documents are kept (Apollo's document store). */
  documentCache: boolean;
  /** QUERY_LIMIT_CACHE: query-limit and cost checks are kept per document, operation and cost variables. */
  queryLimitCache: boolean;
  /**
   * FAST_PATH: POST queries whose document Apollo has already validated and checked are answered
   * by the hub's own pipeline (src/server/fast-path.ts), the same answers; needs DOCUMENT_CACHE.
   */
  fastPath: boolean;
}

/** `WOMENS_FEDERATION` → `WOMENS_FEDERATION_DATABASE_URL`. */
export function departmentUrlVariable(departmentCode: string): string {
  return `${departmentCode}_DATABASE_URL`;
}

export const HUB_DATABASE_URL_VARIABLE = 'HUB_DATABASE_URL';

/** Every bad or missing setting, one per line, in one message; thrown before anything starts. */
export class ConfigurationError extends Error {
  constructor(
    readonly problems: readonly string[],
    heading = 'The configuration is not valid',
  ) {
    super(`${heading}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

/**
 * Reads and checks the configuration from the environment (src/config/settings.ts lists every
 * setting with its type, range and default). Every problem is reported at once. Database URLs
 * are all-or-nothing: with HUB_DATABASE_URL set, every registered body needs its own URL too,
 * so a hub never silently serves a partial set of bodies.
 */
export function loadConfig(departmentCodes: readonly string[], env: NodeJS.ProcessEnv = process.env): HubConfig {
  const problems: string[] = [];
  // An empty value means "not set", as it does for the shell's `VAR= command`.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = SETTINGS.safeParse(present);
  if (!parsed.success) problems.push(...parsed.error.issues.map(describeIssue));

  const hubUrl = present[HUB_DATABASE_URL_VARIABLE];
  let databases: DatabaseTargets | undefined;
  if (hubUrl) {
    const missing = departmentCodes.filter((code) => !present[departmentUrlVariable(code)]);
    if (missing.length > 0) {
      problems.push(
        `${HUB_DATABASE_URL_VARIABLE} is set, so every body needs its database URL too; missing: ${missing.map(departmentUrlVariable).join(', ')}`,
      );
    }
    for (const [name, url] of [
      [HUB_DATABASE_URL_VARIABLE, hubUrl],
      ...departmentCodes.map((code) => [departmentUrlVariable(code), present[departmentUrlVariable(code)]]),
    ]) {
      if (url && !isPostgresUrl(url)) problems.push(`${name} must be a postgres:// or postgresql:// URL`);
    }
    databases = {
      hubUrl,
      departmentUrls: Object.fromEntries(
        departmentCodes.map((code) => [code, present[departmentUrlVariable(code)] ?? '']),
      ),
    };
  }
  const settings = parsed.success ? parsed.data : undefined;
  const publicKeyPem = settings ? readSecret(settings, 'JWT_PUBLIC_KEY', 'JWT_PUBLIC_KEY_FILE', problems) : undefined;
  const personHashKeyText = settings
    ? readSecret(settings, 'PERSON_HASH_KEY', 'PERSON_HASH_KEY_FILE', problems)
    : undefined;
  let personHashKey: Buffer | undefined;
  if (personHashKeyText !== undefined) {
    personHashKey = Buffer.from(personHashKeyText.trim(), 'base64');
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(personHashKeyText.trim()) || personHashKey.length < 32) {
      problems.push('PERSON_HASH_KEY must be at least 32 random bytes in base64 (e.g. `openssl rand -base64 32`)');
    }
  }
  if (
    settings &&
    !(
      settings.RISK_PEOPLE_YELLOW < settings.RISK_PEOPLE_ORANGE &&
      settings.RISK_PEOPLE_ORANGE < settings.RISK_PEOPLE_RED
    )
  ) {
    problems.push('RISK_PEOPLE_YELLOW, RISK_PEOPLE_ORANGE and RISK_PEOPLE_RED must increase (yellow < orange < red)');
  }
  if (settings && !(settings.RISK_WAGE_WORKERS_ORANGE < settings.RISK_WAGE_WORKERS_RED)) {
    problems.push('RISK_WAGE_WORKERS_ORANGE must be below RISK_WAGE_WORKERS_RED');
  }
  if (publicKeyPem !== undefined && !/-----BEGIN PUBLIC KEY-----/.test(publicKeyPem)) {
    problems.push('JWT_PUBLIC_KEY must be a PEM public key (-----BEGIN PUBLIC KEY-----)');
  }
  if (problems.length > 0 || !settings) throw new ConfigurationError(problems);

  return {
    port: settings.PORT,
    dataDir: path.resolve(settings.HUB_DATA_DIR ?? path.join(projectRoot(), '.data')),
    databases,
    embeddedPostgresPort: settings.EMBEDDED_PG_PORT,
    jwt: {
      issuer: settings.JWT_ISSUER,
      audience: settings.JWT_AUDIENCE,
      jwksUrl: settings.JWT_JWKS_URL,
      publicKeyPem,
      algorithms: settings.JWT_ALGORITHMS,
    },
    personHashKey,
    departmentStatementTimeoutMs: settings.DEPARTMENT_STATEMENT_TIMEOUT_MS,
    departmentResilience: {
      deadlineMs: settings.DEPARTMENT_DEADLINE_MS,
      connectTimeoutMs: settings.DEPARTMENT_CONNECT_TIMEOUT_MS,
      breakerFailureThreshold: settings.DEPARTMENT_BREAKER_FAILURES,
      breakerResetTimeoutMs: settings.DEPARTMENT_BREAKER_RESET_MS,
      slowCallMs: settings.DEPARTMENT_SLOW_CALL_MS,
    },
    hubDatabase: {
      statementTimeoutMs: settings.HUB_STATEMENT_TIMEOUT_MS,
      lockTimeoutMs: settings.HUB_LOCK_TIMEOUT_MS,
      connectTimeoutMs: settings.HUB_CONNECT_TIMEOUT_MS,
      auditCommitTimeoutMs: settings.AUDIT_COMMIT_TIMEOUT_MS,
      readyTimeoutMs: settings.READY_TIMEOUT_MS,
    },
    fairUse: {
      userCostPerMinute: settings.FAIR_USE_USER_COST_PER_MINUTE,
      bodyCostPerMinute: settings.FAIR_USE_BODY_COST_PER_MINUTE,
      leases: settings.FAIR_USE_LEASES === 'on',
    },
    observability: {
      accessLog: settings.ACCESS_LOG === 'on',
      tracing: settings.TRACING === 'on',
      logLevel: settings.LOG_LEVEL,
    },
    pipeline: {
      documentCache: settings.DOCUMENT_CACHE === 'on',
      queryLimitCache: settings.QUERY_LIMIT_CACHE === 'on',
      fastPath: settings.FAST_PATH === 'on',
    },
    casePages: {
      synchronous: settings.CASE_PAGE_SYNC === 'on',
      projection: settings.CASE_PAGE_PROJECTION === 'on',
      json: settings.CASE_PAGE_JSON === 'on',
      maxProjections: MAX_PAGE_PROJECTIONS,
    },
    shutdownTimeoutMs: settings.SHUTDOWN_TIMEOUT_MS,
    production: settings.NODE_ENV === 'production',
    frontend: {
      corsOrigins: (settings.CORS_ORIGINS ?? []).map((origin) => new URL(origin).origin),
      explorer: settings.EXPLORER === undefined ? undefined : settings.EXPLORER === 'on',
      trustedDocuments: settings.TRUSTED_DOCUMENTS,
      trustedDocumentsFile: path.resolve(
        settings.TRUSTED_DOCUMENTS_FILE ??
          path.join(projectRoot(), 'console', 'src', 'gql', 'persisted-documents.json'),
      ),
    },
    riskThresholds: {
      peopleInvolved: {
        yellow: settings.RISK_PEOPLE_YELLOW,
        orange: settings.RISK_PEOPLE_ORANGE,
        red: settings.RISK_PEOPLE_RED,
      },
      elderlyAge: settings.RISK_ELDERLY_AGE,
      wageArrearsWorkers: { orange: settings.RISK_WAGE_WORKERS_ORANGE, red: settings.RISK_WAGE_WORKERS_RED },
      springFestivalWindowDays: settings.RISK_SPRING_FESTIVAL_DAYS,
      repeatedPetitions: settings.RISK_REPEATED_PETITIONS,
    },
  };
}

/**
 * What a production hub must have before it serves, all listed in one message: its own
 * databases (not the embedded demo), the person-hash key and token verification shared by
 * every replica through configuration, and none of the development keys a development start
 * created under the data directory.
 */
export function productionProblems(
  config: HubConfig,
  developmentKeys?: { personHashKey?: Buffer; verificationKeyPem?: string },
): string[] {
  const problems: string[] = [];
  if (!config.databases) {
    problems.push(
      `${HUB_DATABASE_URL_VARIABLE} and every body's <CODE>_DATABASE_URL (production does not run the embedded demo databases)`,
    );
  }
  if (!config.personHashKey) {
    problems.push(
      'PERSON_HASH_KEY or PERSON_HASH_KEY_FILE (the same key on every replica; otherwise each replica would link people and find protected persons with a key of its own)',
    );
  }
  if (!config.jwt.jwksUrl && !config.jwt.publicKeyPem) {
    problems.push(
      "JWT_JWKS_URL, or JWT_PUBLIC_KEY / JWT_PUBLIC_KEY_FILE (tokens must be verified with the identity provider's keys, not a development key)",
    );
  }
  if (
    config.personHashKey &&
    developmentKeys?.personHashKey &&
    config.personHashKey.equals(developmentKeys.personHashKey)
  ) {
    problems.push('PERSON_HASH_KEY is the development key from the data directory; generate a production key');
  }
  if (
    config.jwt.publicKeyPem &&
    developmentKeys?.verificationKeyPem &&
    sameKey(config.jwt.publicKeyPem, developmentKeys.verificationKeyPem)
  ) {
    problems.push(
      "JWT_PUBLIC_KEY is the development token key from the data directory; use the identity provider's key",
    );
  }
  return problems;
}

/** Throws one ConfigurationError listing everything a production start lacks. */
export function assertProductionReady(
  config: HubConfig,
  developmentKeys?: Parameters<typeof productionProblems>[1],
): void {
  if (!config.production) return;
  const problems = productionProblems(config, developmentKeys);
  if (problems.length > 0)
    throw new ConfigurationError(problems, 'Refusing to start in production (NODE_ENV=production); missing or unsafe');
}

function sameKey(a: string, b: string): boolean {
  const body = (pem: string) => pem.replace(/-----[^-]+-----|\s/g, '');
  return body(a) === body(b);
}

function isPostgresUrl(url: string): boolean {
  try {
    return ['postgres:', 'postgresql:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** A secret given inline or as a file (the form container secrets take); not both. */
function readSecret(
  settings: Settings,
  inline: 'JWT_PUBLIC_KEY' | 'PERSON_HASH_KEY',
  file: 'JWT_PUBLIC_KEY_FILE' | 'PERSON_HASH_KEY_FILE',
  problems: string[],
): string | undefined {
  if (settings[inline] !== undefined && settings[file] !== undefined) {
    problems.push(`${inline} and ${file} are both set; set one`);
    return undefined;
  }
  if (settings[inline] !== undefined) return settings[inline];
  const filePath = settings[file];
  if (filePath === undefined) return undefined;
  try {
    return fs.readFileSync(filePath, 'utf8');
  } catch (error) {
    problems.push(`${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}): ${filePath}`);
    return undefined;
  }
}

/** `DEPARTMENT_DEADLINE_MS: must be a whole number ≥ 100 (got "abc")`. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const name = issue.path.join('.') || '(settings)';
  return `${name}: ${issue.message}`;
}

/** The folder holding package.json, whether running from src/ (tests) or dist/src/ (built). */
export function projectRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}
