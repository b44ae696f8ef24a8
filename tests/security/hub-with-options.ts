import 'reflect-metadata';
import { generateKeyPair } from 'jose';
import { Role } from '../../src/auth/actor';
import { createLogger } from '../../src/common/logger';
import { registeredDepartments } from '../../src/connectors/registered-departments';
import { type HubOptions, type RunningHub, startHub } from '../../src/server/hub';
import { testCluster } from '../support/test-cluster';
import {
  createTestDatabases,
  type GraphQLResult,
  TEST_AUDIENCE,
  TEST_ISSUER,
  type TestDatabases,
} from '../support/test-hub';

export interface OptionsHub {
  hub: RunningHub;
  token(department: string, role?: Role, user?: string): Promise<string>;
  /** POST /graphql; `accept` defaults to fetch's default (so application/json). */
  graphql<T = Record<string, unknown>>(
    query: string,
    options?: { token?: string | null; variables?: Record<string, unknown>; accept?: string },
  ): Promise<GraphQLResult<T> & { headers: Headers }>;
  close(): Promise<void>;
}

/**
 * A hub like the test hub, with some HubOptions of the test's own (production, queryLimits,
 * fairUse...). Pass `databases` to share a test file's databases between several hubs.
 */
export async function startHubWith(
  overrides: Partial<HubOptions>,
  databases?: TestDatabases,
): Promise<OptionsHub & { databases: TestDatabases }> {
  const ownDatabases = !databases;
  const dbs = databases ?? (await createTestDatabases());
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  const hub = await startHub({
    departments: registeredDepartments,
    databases: dbs.targets,
    port: 0,
    host: '127.0.0.1',
    jwt: { issuer: TEST_ISSUER, audience: TEST_AUDIENCE, verificationKey: publicKey, signingKey: privateKey },
    departmentStatementTimeoutMs: 5000,
    production: false,
    log: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    personHashKey: Buffer.from(testCluster().personHashKey, 'base64'),
    ...overrides,
  });
  return {
    hub,
    databases: dbs,
    token: (department, role = Role.MEDIATOR, user = `${department.toLowerCase()}-user`) =>
      hub.tokens.issue({ department, role, user }),
    async graphql(query, { token, variables, accept } = {}) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (token) headers.authorization = `Bearer ${token}`;
      if (accept) headers.accept = accept;
      const response = await fetch(hub.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      return {
        status: response.status,
        headers: response.headers,
        body: (await response.json()) as GraphQLResult['body'],
      } as never;
    },
    async close() {
      await hub.close();
      if (ownDatabases) await dbs.drop();
    },
  };
}

export { Role };
