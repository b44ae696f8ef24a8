import { generateKeyPair } from 'jose';
import { Client } from 'pg';
import { Role } from '../../src/auth/actor';
import { createLogger } from '../../src/common/logger';
import type { DepartmentResilience } from '../../src/connectors/department-sources';
import { registeredDepartments } from '../../src/connectors/registered-departments';
import { quoteIdent } from '../../src/runtime/provisioning';
import { type HubOptions, type RunningHub, startHub } from '../../src/server/hub';
import { adminUrl, testCluster } from '../support/test-cluster';
import { TEST_AUDIENCE, TEST_ISSUER, type TestDatabases } from '../support/test-hub';

export interface Response {
  status: number;
  ms: number;
  body: {
    data?: any;
    errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
    extensions?: { sources?: Record<string, string>; [key: string]: unknown };
  };
}

export interface HubClient {
  base: string;
  /** POSTs a GraphQL request as a body's user, with extra headers (x-purpose), timing it. */
  post(
    department: string,
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
    role?: Role,
  ): Promise<Response>;
  ready(): Promise<{
    status: number;
    ms: number;
    body: { status: string; hub: string; audit: string; departments: Record<string, string> };
  }>;
  health(): Promise<number>;
}

export function clientOf(hub: RunningHub): HubClient {
  const base = hub.url.replace(/\/graphql$/, '');
  return {
    base,
    async post(department, query, variables = {}, headers = {}, role = Role.MEDIATOR) {
      const token = await hub.tokens.issue({ department, role, user: `${department.toLowerCase()}-user` });
      const started = Date.now();
      const response = await fetch(hub.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Response['body'];
      return { status: response.status, ms: Date.now() - started, body };
    },
    async ready() {
      const started = Date.now();
      const response = await fetch(`${base}/ready`);
      const body = (await response.json()) as {
        status: string;
        hub: string;
        audit: string;
        departments: Record<string, string>;
      };
      return { status: response.status, ms: Date.now() - started, body };
    },
    async health() {
      return (await fetch(`${base}/health`)).status;
    },
  };
}

/**
 * Like startTestHub, but with the bodies' deadline and breaker set by the test (startTestHub
 * passes only the statement timeout), over database targets the test may have re-pointed.
 */
export async function startResilienceHub(
  targets: TestDatabases['targets'],
  resilience: DepartmentResilience,
  statementTimeoutMs = 5000,
  /** Other options of the test's own (the hub database's limits, a log). */
  more: Partial<HubOptions> = {},
): Promise<{ hub: RunningHub; client: HubClient }> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  const hub = await startHub({
    departments: registeredDepartments,
    databases: targets,
    port: 0,
    host: '127.0.0.1',
    jwt: { issuer: TEST_ISSUER, audience: TEST_AUDIENCE, verificationKey: publicKey, signingKey: privateKey },
    departmentStatementTimeoutMs: statementTimeoutMs,
    departmentResilience: resilience,
    production: false,
    log: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    personHashKey: Buffer.from(testCluster().personHashKey, 'base64'),
    ...more,
  });
  return { hub, client: clientOf(hub) };
}

/** Runs SQL as administrator in the cluster's maintenance database (works while any other database refuses connections). */
export async function asAdministrator(text: string, values: unknown[] = []): Promise<void> {
  const client = new Client({ connectionString: adminUrl(testCluster(), 'postgres') });
  await client.connect();
  try {
    await client.query(text, values);
  } finally {
    await client.end();
  }
}

/** The database name in an administrator URL. */
export function databaseOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

/** Stops a database the way an outage does: no new connections, every session killed. */
export async function stopDatabase(database: string): Promise<void> {
  await asAdministrator(`ALTER DATABASE ${quoteIdent(database)} WITH ALLOW_CONNECTIONS false`);
  await asAdministrator(
    'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
    [database],
  );
}

export async function startDatabase(database: string): Promise<void> {
  await asAdministrator(`ALTER DATABASE ${quoteIdent(database)} WITH ALLOW_CONNECTIONS true`);
}

/** Polls `attempt` until it returns a value, or fails after `withinMs`. */
export async function eventually<T>(
  attempt: () => Promise<T | undefined>,
  withinMs: number,
  everyMs = 250,
): Promise<{ value: T; afterMs: number }> {
  const started = Date.now();
  for (;;) {
    const value = await attempt();
    if (value !== undefined) return { value, afterMs: Date.now() - started };
    if (Date.now() - started > withinMs) throw new Error(`not within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
