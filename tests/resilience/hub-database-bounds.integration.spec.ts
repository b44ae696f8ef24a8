import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { ensureLoginRole, grantHubRuntime, quoteIdent } from '../../src/runtime/provisioning';
import type { RunningHub } from '../../src/server/hub';
import { adminUrl, testCluster } from '../support/test-cluster';
import { caseSharedByCourtAndPolice, createTestDatabases, type TestDatabases } from '../support/test-hub';
import { asAdministrator, eventually, type HubClient, type Response, startResilienceHub } from './resilience-hub';
import { TcpProxy } from './tcp-proxy';

/** A court mediator's view of a case the court shares with the police: reads the hub, both bodies, and writes the audit. */
const CONTEXT = `query CaseContext($id: ID!) { jointCase(id: $id) { caseNumber
  linkedRecords(first: 100) { edges { node { department recordType recordId
    record { __typename recordId ... on PoliceIncident { incidentNumber summary } } } } } } }`;
const MEDIATION = { 'x-purpose': 'JOINT_MEDIATION' };
/** Needs only the hub database (no other body's records, so no audit record). */
const CASE_LIST = '{ jointCases(first: 3) { totalCount edges { node { id } } } }';

const codes = (r: Response) => (r.body.errors ?? []).map((e) => e.extensions?.code);

describe('every wait on the hub database is bounded', () => {
  let databases: TestDatabases;
  let caseId: string;

  beforeAll(async () => {
    databases = await createTestDatabases();
    caseId = await caseSharedByCourtAndPolice(databases);
  });
  afterAll(() => databases?.drop());

  describe('a lock held on the audit table', () => {
    const LOCK_TIMEOUT_MS = 500;
    const AUDIT_DEADLINE_MS = 2000;
    const READY_TIMEOUT_MS = 1000;
    let hub: RunningHub;
    let client: HubClient;

    beforeAll(async () => {
      ({ hub, client } = await startResilienceHub(databases.targets, {}, 5000, {
        hubDatabase: {
          lockTimeoutMs: LOCK_TIMEOUT_MS,
          auditCommitTimeoutMs: AUDIT_DEADLINE_MS,
          readyTimeoutMs: READY_TIMEOUT_MS,
        },
      }));
    });
    afterAll(() => hub?.close());

    it('answers AUDIT_UNAVAILABLE (503, no data) within the deadline, /ready says NOT_READY, and both recover when it is released', async () => {
      const healthy = await client.post('COURT', CONTEXT, { id: caseId }, MEDIATION);
      expect(healthy.status).toBe(200);
      expect(healthy.body.data!.jointCase.caseNumber).toBeDefined();
      expect((await client.ready()).body).toMatchObject({ status: 'READY', hub: 'UP', audit: 'UP' });

      const locker = new Client({ connectionString: databases.adminUrls.hub });
      await locker.connect();
      try {
        await locker.query('BEGIN');
        await locker.query('LOCK TABLE audit_event IN ACCESS EXCLUSIVE MODE');
        const refused = await Promise.all(
          [1, 2, 3].map(() => client.post('COURT', CONTEXT, { id: caseId }, MEDIATION)),
        );
        for (const response of refused) {
          expect(response.status).toBe(503);
          expect(response.body.data).toBeNull();
          expect(codes(response)).toEqual(['AUDIT_UNAVAILABLE']);
          expect(response.ms).toBeLessThan(AUDIT_DEADLINE_MS + 1500);
        }
        const ready = await client.ready();
        expect(ready.status).toBe(503);
        expect(ready.body).toMatchObject({ status: 'NOT_READY', hub: 'UP', audit: 'DOWN' });
        expect(ready.ms).toBeLessThan(READY_TIMEOUT_MS + 1000);
      } finally {
        await locker.query('ROLLBACK');
        await locker.end();
      }
      const { value: back } = await eventually(async () => {
        const r = await client.post('COURT', CONTEXT, { id: caseId }, MEDIATION);
        return r.status === 200 ? r : undefined;
      }, 10_000);
      expect(back.body.data).toEqual(healthy.body.data);
      expect((await client.ready()).body).toMatchObject({ status: 'READY', audit: 'UP' });
      const failures = await hub.metrics.registry.getSingleMetricAsString('hub_audit_commit_failures_total');
      expect(failures).toMatch(/hub_audit_commit_failures_total\{reason="(FAILED|DEADLINE)"\} [1-9]/);
    });
  });

  describe('a partition between the hub and its database (TCP proxy)', () => {
    const STATEMENT_TIMEOUT_MS = 1000;
    const CONNECT_TIMEOUT_MS = 1000;
    const READY_TIMEOUT_MS = 1000;
    let proxy: TcpProxy;
    let hub: RunningHub;
    let client: HubClient;

    beforeAll(async () => {
      const started = await TcpProxy.start(databases.targets.hubUrl);
      proxy = started.proxy;
      ({ hub, client } = await startResilienceHub({ ...databases.targets, hubUrl: started.url }, {}, 5000, {
        hubDatabase: {
          statementTimeoutMs: STATEMENT_TIMEOUT_MS,
          connectTimeoutMs: CONNECT_TIMEOUT_MS,
          auditCommitTimeoutMs: 1500,
          readyTimeoutMs: READY_TIMEOUT_MS,
        },
      }));
    });
    afterAll(async () => {
      proxy?.forward();
      await hub?.close();
      await proxy?.close();
    });

    it('answers HUB_UNAVAILABLE (503) within the deadline, /ready answers NOT_READY in bounded time, and recovers', async () => {
      const healthy = await client.post('COURT', CASE_LIST);
      expect(healthy.status).toBe(200);
      expect(healthy.body.data!.jointCases.totalCount).toBeGreaterThan(0);

      proxy.blackHole();
      try {
        // The statement's deadline (statement timeout + 1 s of client patience) or the connect timeout, whichever applies.
        const bound = STATEMENT_TIMEOUT_MS + 1000 + CONNECT_TIMEOUT_MS + 1500;
        const [list, context] = await Promise.all([
          client.post('COURT', CASE_LIST),
          client.post('COURT', CONTEXT, { id: caseId }, MEDIATION),
        ]);
        for (const response of [list, context]) {
          expect(codes(response)).toEqual(['HUB_UNAVAILABLE']);
          expect(response.status).toBe(503);
          expect(response.body.data).toBeNull();
          expect(response.ms).toBeLessThan(bound);
          expect(JSON.stringify(response.body)).not.toMatch(/timeout|127\.0\.0\.1|localhost|SELECT/i);
        }
        // A fresh request meets the same bound (no queue of stuck connections builds up).
        const again = await client.post('COURT', CASE_LIST);
        expect(codes(again)).toEqual(['HUB_UNAVAILABLE']);
        expect(again.ms).toBeLessThan(bound);
        const ready = await client.ready();
        expect(ready.status).toBe(503);
        expect(ready.body.status).toBe('NOT_READY');
        expect(ready.body.hub).not.toBe('UP');
        expect(ready.ms).toBeLessThan(READY_TIMEOUT_MS + 1000);
      } finally {
        proxy.forward();
      }
      const { value: back } = await eventually(async () => {
        const r = await client.post('COURT', CASE_LIST);
        return r.status === 200 && r.body.data ? r : undefined;
      }, 15_000);
      expect(back.body.data).toEqual(healthy.body.data);
      await eventually(async () => ((await client.ready()).status === 200 ? true : undefined), 10_000);
    });
  });

  describe('a hub database that refuses logins', () => {
    const role = `hub_login_${randomBytes(4).toString('hex')}`;
    const password = randomBytes(12).toString('hex');
    let hub: RunningHub;
    let client: HubClient;

    beforeAll(async () => {
      await ensureLoginRole(adminUrl(testCluster(), 'postgres'), role, password);
      await grantHubRuntime(databases.adminUrls.hub, role);
      const url = new URL(databases.targets.hubUrl);
      url.username = role;
      url.password = password;
      ({ hub, client } = await startResilienceHub({ ...databases.targets, hubUrl: url.toString() }, {}, 5000, {
        hubDatabase: { connectTimeoutMs: 1000, readyTimeoutMs: 1000 },
      }));
    });
    afterAll(async () => {
      await hub?.close();
      await asAdministrator(`ALTER ROLE ${quoteIdent(role)} LOGIN`);
      await databases.sql('hub', `DROP OWNED BY ${quoteIdent(role)}`);
      await asAdministrator(`DROP ROLE IF EXISTS ${quoteIdent(role)}`);
    });

    it('answers HUB_UNAVAILABLE with HTTP 503, not INTERNAL_SERVER_ERROR with 200', async () => {
      expect((await client.post('COURT', CASE_LIST)).status).toBe(200);
      await asAdministrator(`ALTER ROLE ${quoteIdent(role)} NOLOGIN`);
      await asAdministrator('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1', [role]);
      const refused = await client.post('COURT', CASE_LIST);
      expect(codes(refused)).toEqual(['HUB_UNAVAILABLE']);
      expect(refused.status).toBe(503);
      expect(refused.body.errors![0].message).toBe('The hub is unavailable right now; try again shortly');
      const ready = await client.ready();
      expect(ready.status).toBe(503);
      expect(ready.body).toMatchObject({ status: 'NOT_READY', hub: 'DOWN' });
    });
  });

  describe('a body slower than its latency budget', () => {
    const SLOW_CALL_MS = 250;
    const FAILURES = 3;
    let proxy: TcpProxy;
    let hub: RunningHub;
    let client: HubClient;

    beforeAll(async () => {
      const started = await TcpProxy.start(databases.targets.departmentUrls.POLICE);
      proxy = started.proxy;
      ({ hub, client } = await startResilienceHub(
        { ...databases.targets, departmentUrls: { ...databases.targets.departmentUrls, POLICE: started.url } },
        {
          deadlineMs: 8000,
          slowCallMs: SLOW_CALL_MS,
          breakerFailureThreshold: FAILURES,
          breakerResetTimeoutMs: 60_000,
        },
      ));
    });
    afterAll(async () => {
      await hub?.close();
      await proxy?.close();
    });

    it('opens its breaker: slow answers count as failures, then reads fail fast instead of throttling every request', async () => {
      const healthy = await client.post('COURT', CONTEXT, { id: caseId }, MEDIATION);
      expect(healthy.body.extensions!.sources).toEqual({ COURT: 'UP', POLICE: 'UP' });

      proxy.slow(600); // each answer 0.6 s late: under the 8 s deadline, over the 0.25 s budget
      const seen: Response[] = [];
      for (let i = 0; i < FAILURES + 3 && seen.at(-1)?.body.extensions?.sources?.POLICE !== 'CIRCUIT_OPEN'; i++) {
        seen.push(await client.post('COURT', CONTEXT, { id: caseId }, MEDIATION));
      }
      const statuses = seen.map((r) => r.body.extensions!.sources!.POLICE);
      expect(statuses.at(-1)).toBe('CIRCUIT_OPEN');
      // Slow, not failed: the police records still arrived while the breaker was closed.
      expect(statuses.slice(0, -1).every((s) => s === 'UP')).toBe(true);
      expect(seen.length - 1).toBeLessThanOrEqual(FAILURES);
      for (const slow of seen.slice(0, -1)) expect(slow.ms).toBeGreaterThan(SLOW_CALL_MS);

      const open = await client.post('COURT', CONTEXT, { id: caseId }, MEDIATION);
      expect(open.body.extensions!.sources).toEqual({ COURT: 'UP', POLICE: 'CIRCUIT_OPEN' });
      expect(open.ms).toBeLessThan(600); // no wait for the slow body
      expect(codes(open).every((c) => c === 'SOURCE_UNAVAILABLE' || c === 'FORBIDDEN_BY_AGREEMENT')).toBe(true);
      expect((await client.ready()).body.departments.POLICE).toBe('CIRCUIT_OPEN');

      const metrics = (await hub.metrics.exposition()).text;
      expect(metrics).toMatch(/hub_body_breaker_state\{body="POLICE"\} 2/);
      expect(metrics).toMatch(/hub_body_breaker_state\{body="COURT"\} 0/);
      const slowReads = Number(/hub_body_slow_reads_total\{body="POLICE"\} (\d+)/.exec(metrics)?.[1]);
      expect(slowReads).toBeGreaterThanOrEqual(1);
      expect(metrics).toMatch(/hub_body_read_failures_total\{body="POLICE",status="CIRCUIT_OPEN"\} [1-9]/);
    });
  });
});
