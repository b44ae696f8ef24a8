import { z } from 'zod';
import { ASYMMETRIC_ALGORITHMS } from '../auth/token.service';
import { BODY_COST_PER_MINUTE, USER_COST_PER_MINUTE } from '../graphql/fair-use';
import { DEFAULT_HUB_DATABASE_LIMITS as HUB } from './defaults';
import { DEFAULT_RISK_THRESHOLDS as RISK } from '../cases/risk/risk-thresholds';

/**
 * Every setting the hub reads from its environment (besides the database URLs, which depend on
 * the registered bodies): its type, range and default, checked with zod at start. A bad value
 * stops the start with one message naming every bad setting; nothing is coerced silently.
 * README "Configuration" shows the same table.
 */

/** A whole number in [min, max] given as decimal digits; its default when not set. */
function wholeNumber(min: number, max: number, unit: string) {
  const range = `a whole number of ${unit} from ${min} to ${max}`;
  return z
    .string()
    .trim()
    .regex(/^\d+$/, { error: (issue) => `must be ${range} (got "${String(issue.input)}")` })
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(min, { error: `must be ${range}` })
        .max(max, { error: `must be ${range}` }),
    );
}

function onOff() {
  return z.enum(['on', 'off'], { error: (issue) => `must be on or off (got "${String(issue.input)}")` });
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const ms = (min: number, max: number) => wholeNumber(min, max, 'milliseconds');

export const SETTINGS = z.object({
  NODE_ENV: z.string().optional(),
  PORT: wholeNumber(0, 65_535, 'port').default(4000),
  HUB_DATA_DIR: z.string().optional(),
  EMBEDDED_PG_PORT: wholeNumber(1, 65_535, 'port').default(54329),
  JWT_ISSUER: z.string().default('mediation-hub'),
  JWT_AUDIENCE: z.string().default('mediation-hub'),
  JWT_JWKS_URL: z
    .url({
      protocol: /^https?$/,
      error: (issue) => `must be an http(s) URL of the identity provider's key set (got "${String(issue.input)}")`,
    })
    .optional(),
  JWT_PUBLIC_KEY: z.string().optional(),
  JWT_PUBLIC_KEY_FILE: z.string().optional(),
  JWT_ALGORITHMS: z
    .string()
    .transform((text) =>
      text
        .split(',')
        .map((alg) => alg.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(
          z.enum(ASYMMETRIC_ALGORITHMS as [string, ...string[]], {
            error: `must list public-key algorithms only (${ASYMMETRIC_ALGORITHMS.join(', ')})`,
          }),
        )
        .min(1, { error: 'must name at least one algorithm' }),
    )
    .optional(),
  PERSON_HASH_KEY: z.string().optional(),
  PERSON_HASH_KEY_FILE: z.string().optional(),
  DEPARTMENT_STATEMENT_TIMEOUT_MS: ms(100, 600_000).default(5000),
  DEPARTMENT_DEADLINE_MS: ms(100, 600_000).optional(),
  DEPARTMENT_CONNECT_TIMEOUT_MS: ms(100, 600_000).optional(),
  DEPARTMENT_BREAKER_FAILURES: wholeNumber(1, 1000, 'failures').optional(),
  DEPARTMENT_BREAKER_RESET_MS: ms(100, 3_600_000).optional(),
  DEPARTMENT_SLOW_CALL_MS: ms(50, 600_000).optional(),
  HUB_STATEMENT_TIMEOUT_MS: ms(100, 600_000).default(HUB.statementTimeoutMs),
  HUB_LOCK_TIMEOUT_MS: ms(50, 600_000).default(HUB.lockTimeoutMs),
  HUB_CONNECT_TIMEOUT_MS: ms(100, 600_000).default(HUB.connectTimeoutMs),
  AUDIT_COMMIT_TIMEOUT_MS: ms(100, 600_000).default(HUB.auditCommitTimeoutMs),
  READY_TIMEOUT_MS: ms(100, 60_000).default(HUB.readyTimeoutMs),
  SHUTDOWN_TIMEOUT_MS: ms(2_000, 600_000).default(10_000),
  FAIR_USE_USER_COST_PER_MINUTE: wholeNumber(1, 1_000_000_000, 'cost units').default(USER_COST_PER_MINUTE),
  FAIR_USE_BODY_COST_PER_MINUTE: wholeNumber(1, 1_000_000_000, 'cost units').default(BODY_COST_PER_MINUTE),
  FAIR_USE_LEASES: onOff().default('on'),
  ACCESS_LOG: onOff().default('on'),
  TRACING: onOff().default('off'),
  DOCUMENT_CACHE: onOff().default('on'),
  QUERY_LIMIT_CACHE: onOff().default('on'),
  CASE_PAGE_SYNC: onOff().default('on'),
  CASE_PAGE_PROJECTION: onOff().default('on'),
  CASE_PAGE_JSON: onOff().default('on'),
  FAST_PATH: onOff().default('on'),
  CORS_ORIGINS: z
    .string()
    .transform((text) =>
      text
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z.url({
          protocol: /^https?$/,
          error: (issue) => `must list origins like https://console.example.org (got "${String(issue.input)}")`,
        }),
      ),
    )
    .optional(),
  EXPLORER: onOff().optional(),
  TRUSTED_DOCUMENTS: z
    .enum(['off', 'allow', 'only'], { error: (issue) => `must be off, allow or only (got "${String(issue.input)}")` })
    .default('off'),
  TRUSTED_DOCUMENTS_FILE: z.string().optional(),
  RISK_PEOPLE_YELLOW: wholeNumber(2, 100_000, 'people').default(RISK.peopleInvolved.yellow),
  RISK_PEOPLE_ORANGE: wholeNumber(2, 100_000, 'people').default(RISK.peopleInvolved.orange),
  RISK_PEOPLE_RED: wholeNumber(2, 100_000, 'people').default(RISK.peopleInvolved.red),
  RISK_ELDERLY_AGE: wholeNumber(50, 120, 'years').default(RISK.elderlyAge),
  RISK_WAGE_WORKERS_ORANGE: wholeNumber(2, 100_000, 'workers').default(RISK.wageArrearsWorkers.orange),
  RISK_WAGE_WORKERS_RED: wholeNumber(2, 100_000, 'workers').default(RISK.wageArrearsWorkers.red),
  RISK_SPRING_FESTIVAL_DAYS: wholeNumber(0, 180, 'days').default(RISK.springFestivalWindowDays),
  RISK_REPEATED_PETITIONS: wholeNumber(1, 1000, 'petitions').default(RISK.repeatedPetitions),
  LOG_LEVEL: z
    .enum(LOG_LEVELS, { error: (issue) => `must be one of ${LOG_LEVELS.join(', ')} (got "${String(issue.input)}")` })
    .default('info'),
});

export type Settings = z.infer<typeof SETTINGS>;
