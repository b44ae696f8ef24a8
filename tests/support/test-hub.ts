import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { generateKeyPair, type CryptoKey } from 'jose';
import { Client } from 'pg';
import { Role } from '../../src/auth/actor';
import { createLogger } from '../../src/common/logger';
import type { DepartmentDefinition } from '../../src/connectors/department-definition';
import { registeredDepartments } from '../../src/connectors/registered-departments';
import { quoteIdent } from '../../src/runtime/provisioning';
import { demoBodies } from '../../src/demo/bodies';
import type { DemoBody } from '../../src/demo/demo-body';
import { type ProvisionedDatabases, provisionDatabases } from '../../src/demo/embedded-installation';
import { type HubOptions, type RunningHub, startHub } from '../../src/server/hub';
import { adminUrl, databaseNames, logins, templateNames, testCluster } from './test-cluster';

export const TEST_ISSUER = 'mediation-hub-test';
export const TEST_AUDIENCE = 'mediation-hub-test';

export interface TestDatabases extends ProvisionedDatabases {
  /** Runs SQL as administrator on the hub database or a body's database. */
  sql<Row = Record<string, unknown>>(database: 'hub' | string, text: string, values?: unknown[]): Promise<Row[]>;
  drop(): Promise<void>;
}

/**
 * Fresh databases for one test file: copies of the templates (built by the real migrations
 * and the demo seed in the global setup), so files never see each other's writes.
 */
export async function createTestDatabases(bodies: readonly DemoBody[] = demoBodies): Promise<TestDatabases> {
  const cluster = testCluster();
  const names = databaseNames(`t${randomBytes(5).toString('hex')}`, bodies);
  const provisioned = await provisionDatabases(logins(cluster), bodies, names, templateNames(demoBodies));
  const urlOf = (database: string) =>
    database === 'hub' ? provisioned.adminUrls.hub : provisioned.adminUrls.departments[database];
  return {
    ...provisioned,
    async sql(database, text, values = []) {
      const client = new Client({ connectionString: urlOf(database) });
      await client.connect();
      try {
        return (await client.query(text, values)).rows;
      } finally {
        await client.end();
      }
    },
    async drop() {
      // One connection per database, all at once: each drop waits for its own checkpoint, and
      // with every body's database to drop, one after another takes long on a busy machine.
      await Promise.all(
        [names.hub, ...Object.values(names.departments)].map(async (db) => {
          const client = new Client({ connectionString: adminUrl(cluster, 'postgres') });
          await client.connect();
          try {
            await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(db)} WITH (FORCE)`);
          } finally {
            await client.end();
          }
        }),
      );
    },
  };
}

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  body: {
    data?: T | null;
    errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
    extensions?: Record<string, unknown>;
  };
}

export interface TestHub {
  hub: RunningHub;
  databases: TestDatabases;
  signingKey: CryptoKey;
  token(department: string, role?: Role, user?: string): Promise<string>;
  graphql<T = Record<string, unknown>>(
    query: string,
    options?: { token?: string | null; variables?: Record<string, unknown> },
  ): Promise<GraphQLResult<T>>;
  close(): Promise<void>;
}

export interface TestHubOptions {
  departments?: readonly DepartmentDefinition[];
  /** The simulated bodies whose databases are created (a body registered only in a test brings its own). */
  demoBodies?: readonly DemoBody[];
  databases?: TestDatabases;
  /** Production mode (default off) and the request pipeline's switches (default: the hub's defaults). */
  production?: boolean;
  pipeline?: HubOptions['pipeline'];
  /** How a page of cases is read (default: the hub's defaults). */
  casePages?: HubOptions['casePages'];
  /** Fair-use budgets (default: the hub's). */
  fairUse?: HubOptions['fairUse'];
}

/** A real hub on a free port over fresh databases; requests go through real HTTP. */
export async function startTestHub(options: TestHubOptions = {}): Promise<TestHub> {
  const departments = options.departments ?? registeredDepartments;
  const databases = options.databases ?? (await createTestDatabases(options.demoBodies));
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  const hub = await startHub({
    departments,
    databases: databases.targets,
    port: 0,
    host: '127.0.0.1',
    jwt: { issuer: TEST_ISSUER, audience: TEST_AUDIENCE, verificationKey: publicKey, signingKey: privateKey },
    departmentStatementTimeoutMs: 5000,
    production: options.production ?? false,
    log: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    personHashKey: Buffer.from(testCluster().personHashKey, 'base64'),
    ...(options.pipeline ? { pipeline: options.pipeline } : {}),
    ...(options.casePages ? { casePages: options.casePages } : {}),
    ...(options.fairUse ? { fairUse: options.fairUse } : {}),
  });
  return {
    hub,
    databases,
    signingKey: privateKey,
    token: (department, role = Role.MEDIATOR, user = `${department.toLowerCase()}-user`) =>
      hub.tokens.issue({ department, role, user }),
    async graphql(query, { token, variables } = {}) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (token) headers.authorization = `Bearer ${token}`;
      const response = await fetch(hub.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      return {
        status: response.status,
        body: (await response.json()) as GraphQLResult['body'],
      } as GraphQLResult<never>;
    },
    async close() {
      await hub.close();
      if (!options.databases) await databases.drop();
    },
  };
}

export { Role, randomBytes };

/** A demo case the court and the police both take part in, with a police record linked. */
export async function caseSharedByCourtAndPolice(databases: TestDatabases): Promise<string> {
  const [row] = await databases.sql<{ id: string }>(
    'hub',
    `SELECT c.id FROM joint_case c
      WHERE 'COURT' = ANY(c.participating_departments) AND 'POLICE' = ANY(c.participating_departments)
        AND EXISTS (SELECT 1 FROM joint_case_record_link l WHERE l.joint_case_id = c.id AND l.department = 'POLICE')
      ORDER BY c.case_number LIMIT 1`,
  );
  return row.id;
}
