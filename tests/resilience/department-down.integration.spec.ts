import { verifyAuditLog } from '../../src/audit/audit-verifier';
import { Role } from '../../src/auth/actor';
import { residentIdCheckCharacter } from '../../src/common/resident-id';
import { RESILIENCE_DEFAULTS } from '../../src/connectors/circuit-breaker';
import { withClient } from '../../src/runtime/provisioning';
import type { RunningHub } from '../../src/server/hub';
import {
  caseSharedByCourtAndPolice,
  createTestDatabases,
  startTestHub,
  type TestDatabases,
  type TestHub,
} from '../support/test-hub';
import {
  clientOf,
  databaseOf,
  eventually,
  type HubClient,
  type Response,
  startDatabase,
  startResilienceHub,
  stopDatabase,
} from './resilience-hub';
import { TcpProxy } from './tcp-proxy';

/** A court mediator's view of a case the court shares with the police: reads both bodies. */
const CONTEXT = `query($id: ID!) { jointCase(id: $id) { caseNumber participatingDepartments
  linkedRecords(first: 100) { totalCount edges { node { department recordType recordId
    record { __typename recordId
      ... on CourtCaseFiling { caseNumber causeOfAction parties { name residentId } }
      ... on PoliceIncident { incidentNumber summary persons { name residentId } } } } } } } }`;
const MEDIATION = { 'x-purpose': 'JOINT_MEDIATION' };
const OPEN_CASE = `mutation($input: OpenJointCaseInput!) { openJointCase(input: $input) { id status } }`;
const INTAKE = {
  category: 'NEIGHBOUR',
  description: '三楼住户长期在楼道堆放杂物，四楼住户多次交涉未果。',
  sourceChannel: 'WALK_IN',
  peopleInvolved: 2,
  occurredAt: '2026-11-01T10:00:00Z',
  community: '曙光社区',
  grid: '曙光社区第2网格',
  parties: [
    { role: 'APPLICANT', name: '王芳', residentId: residentId('33010619800101234'), mobile: '13812345678' },
    { role: 'RESPONDENT', name: '李强', residentId: residentId('33010619750505123'), mobile: '13987654321' },
  ],
};

function residentId(first17: string): string {
  return first17 + residentIdCheckCharacter(first17);
}

type Edge = {
  node: { department: string; recordType: string; recordId: string; record: Record<string, unknown> | null };
};
const edgesOf = (response: Response): Edge[] => response.body.data!.jointCase.linkedRecords.edges;

/** The police records are null with SOURCE_UNAVAILABLE naming only POLICE; everything else is exactly as `healthy` had it. */
function expectPoliceUnavailable(response: Response, healthy: Response): void {
  expect(response.status).toBe(200);
  const edges = edgesOf(response);
  const before = edgesOf(healthy);
  expect(edges.map((e) => e.node.recordId + e.node.recordType)).toEqual(
    before.map((e) => e.node.recordId + e.node.recordType),
  );
  const police = edges.flatMap((e, index) => (e.node.department === 'POLICE' ? [index] : []));
  expect(police.length).toBeGreaterThan(0);
  const unavailable = response.body.errors!.filter((e) => e.extensions?.code === 'SOURCE_UNAVAILABLE');
  for (const index of police) {
    expect(edges[index].node.record).toBeNull();
    const error = unavailable.find((e) => e.path!.join('.') === `jointCase.linkedRecords.edges.${index}.node.record`);
    expect(error?.extensions).toEqual({ code: 'SOURCE_UNAVAILABLE', department: 'POLICE' });
    expect(error?.message).not.toMatch(/127\.0\.0\.1|localhost|timeout|ECONN|SELECT|terminat/i);
  }
  expect(unavailable).toHaveLength(police.length);
  // Every other body's data arrives complete: the same as when all bodies were up.
  const rest = (edgesList: Edge[]) => edgesList.filter((e) => e.node.department !== 'POLICE');
  expect(rest(edges)).toEqual(rest(before));
  expect(
    rest(edges)
      .filter((e) => e.node.department === 'COURT')
      .every((e) => e.node.record !== null),
  ).toBe(true);
  expect(response.body.data!.jointCase.caseNumber).toBe(healthy.body.data!.jointCase.caseNumber);
  const otherErrors = (r: Response) => sortedErrors(r).filter((e) => e.extensions?.code !== 'SOURCE_UNAVAILABLE');
  expect(otherErrors(response)).toEqual(otherErrors(healthy));
}

const sortedErrors = (r: Response) =>
  [...(r.body.errors ?? [])].sort((a, b) => JSON.stringify(a.path).localeCompare(JSON.stringify(b.path)));

function expectHealthy(response: Response, healthy: Response): void {
  expect(response.body.data).toEqual(healthy.body.data);
  expect(sortedErrors(response)).toEqual(sortedErrors(healthy));
  expect(response.body.extensions!.sources).toEqual({ COURT: 'UP', POLICE: 'UP' });
}

describe('one department down is not the hub down', () => {
  let databases: TestDatabases;
  let caseId: string;

  beforeAll(async () => {
    databases = await createTestDatabases();
    caseId = await caseSharedByCourtAndPolice(databases);
  });
  // A dead connection never crashes the process: an unhandled pool or client 'error' here fails the whole suite.
  afterAll(() => databases?.drop());

  describe('a body whose database is stopped (default limits)', () => {
    let t: TestHub;
    let client: HubClient;
    let healthy: Response;
    const police = () => databaseOf(databases.adminUrls.departments.POLICE);

    beforeAll(async () => {
      t = await startTestHub({ databases });
      client = clientOf(t.hub);
      healthy = await client.post('COURT', CONTEXT, { id: caseId }, MEDIATION);
    });
    afterAll(async () => {
      await startDatabase(police());
      await t.close();
    });

    it('lists every body a request read from in extensions.sources, all UP while they are', () => {
      expect(healthy.body.extensions!.sources).toEqual({ COURT: 'UP', POLICE: 'UP' });
      expect(edgesOf(healthy).some((e) => e.node.department === 'POLICE' && e.node.record !== null)).toBe(true);
    });

    it("answers its fields with null and SOURCE_UNAVAILABLE, the others' complete, says DOWN in extensions.sources and /ready, and recovers by itself", async () => {
      await stopDatabase(police());
      try {
        const down = await client.post('COURT', CONTEXT, { id: caseId }, MEDIATION);
        expectPoliceUnavailable(down, healthy);
        expect(down.body.extensions!.sources).toEqual({ COURT: 'UP', POLICE: 'DOWN' });

        const ready = await client.ready();
        expect(ready.status).toBe(200); // the hub serves; one body is down
        expect(ready.body.hub).toBe('UP');
        expect(ready.body.departments.POLICE).toBe('DOWN');
        expect(
          Object.entries(ready.body.departments)
            .filter(([code]) => code !== 'POLICE')
            .every(([, s]) => s === 'UP'),
        ).toBe(true);
        expect(await client.health()).toBe(200); // the killed connections did not take the process down
      } finally {
        await startDatabase(police());
      }
      // Fewer failures than the breaker's threshold: the very next request finds the body back.
      const { value: back } = await eventually(async () => {
        const r = await client.post('COURT', CONTEXT, { id: caseId }, MEDIATION);
        return r.body.extensions?.sources?.POLICE === 'UP' ? r : undefined;
      }, RESILIENCE_DEFAULTS.resetTimeoutMs + 5000);
      expectHealthy(back, healthy);
      expect((await client.ready()).body.departments.POLICE).toBe('UP');
    });
  });

  describe('the hub database stopped', () => {
    let t: TestHub;
    let client: HubClient;
    let healthy: Response;
    const hubDb = () => databaseOf(databases.adminUrls.hub);

    beforeAll(async () => {
      t = await startTestHub({ databases });
      client = clientOf(t.hub);
      healthy = await client.post('COURT', CONTEXT, { id: caseId }, MEDIATION);
    });
    afterAll(async () => {
      await startDatabase(hubDb());
      await t.close();
    });

    it('fails requests that need it with a stable code and no internals, says NOT_READY, writes nothing half, and recovers by itself', async () => {
      const title = `停库期间受理 ${Date.now()}`;
      await stopDatabase(hubDb());
      try {
        const down = await client.post('COURT', CONTEXT, { id: caseId }, MEDIATION);
        expect(down.body.data).toBeNull();
        expect(down.body.errors!.map((e) => e.extensions)).toEqual([{ code: 'HUB_UNAVAILABLE' }]);
        expect(JSON.stringify(down.body)).not.toMatch(/terminat|accepting connections|127\.0\.0\.1|localhost|SELECT/i);

        const opened = await client.post(
          'GOVERNANCE_CENTRE',
          OPEN_CASE,
          { input: { ...INTAKE, title } },
          {},
          Role.CLERK,
        );
        expect(opened.body.data).toBeNull();
        expect(opened.body.errors!.map((e) => e.extensions!.code)).toEqual(['HUB_UNAVAILABLE']);

        // Reads that need no database still work, and the process is alive.
        expect((await client.post('COURT', '{ me { department } }')).body).toEqual({
          data: { me: { department: 'COURT' } },
        });
        const ready = await client.ready();
        expect(ready.status).toBe(503);
        expect(ready.body).toMatchObject({ status: 'NOT_READY', hub: 'DOWN' });
        expect(await client.health()).toBe(200);
      } finally {
        await startDatabase(hubDb());
      }
      const { value: back } = await eventually(async () => {
        const r = await client.post('COURT', CONTEXT, { id: caseId }, MEDIATION);
        return r.body.data ? r : undefined;
      }, 10_000);
      expectHealthy(back, healthy);
      expect((await client.ready()).status).toBe(200);
      // Nothing of the failed intake was written; the audit chain is whole; a new intake works.
      expect(await databases.sql('hub', 'SELECT id FROM joint_case WHERE title = $1', [title])).toEqual([]);
      await expect(withClient(databases.adminUrls.hub, (c) => verifyAuditLog(c))).resolves.toMatchObject({ ok: true });
      const again = await client.post('GOVERNANCE_CENTRE', OPEN_CASE, { input: { ...INTAKE, title } }, {}, Role.CLERK);
      expect(again.body.errors).toBeUndefined();
      expect(await databases.sql('hub', 'SELECT id FROM joint_case WHERE title = $1', [title])).toHaveLength(1);
    });
  });

  describe('a body that hangs (connects, never answers) behind a proxy', () => {
    const DEADLINE_MS = 800;
    const RESET_MS = 2000;
    const FAILURES = 3;
    let proxy: TcpProxy;
    let hub: RunningHub;
    let client: HubClient;
    let healthy: Response;

    beforeAll(async () => {
      const started = await TcpProxy.start(databases.targets.departmentUrls.POLICE);
      proxy = started.proxy;
      const targets = {
        ...databases.targets,
        departmentUrls: { ...databases.targets.departmentUrls, POLICE: started.url },
      };
      ({ hub, client } = await startResilienceHub(targets, {
        deadlineMs: DEADLINE_MS,
        breakerFailureThreshold: FAILURES,
        breakerResetTimeoutMs: RESET_MS,
      }));
      healthy = await client.post('COURT', CONTEXT, { id: caseId }, MEDIATION);
      expect(healthy.body.extensions!.sources).toEqual({ COURT: 'UP', POLICE: 'UP' });
    });
    afterAll(async () => {
      await hub?.close();
      await proxy?.close();
    });

    async function recovers(): Promise<number> {
      proxy.forward();
      const { value, afterMs } = await eventually(async () => {
        const r = await client.post('COURT', CONTEXT, { id: caseId }, MEDIATION);
        return r.body.extensions?.sources?.POLICE === 'UP' ? r : undefined;
      }, RESET_MS + 5000);
      expectHealthy(value, healthy);
      return afterMs;
    }

    it("answers within the body's deadline with its fields null (TIMEOUT) and every other body's data complete, then recovers", async () => {
      proxy.blackHole();
      const slow = await client.post('COURT', CONTEXT, { id: caseId }, MEDIATION);
      expectPoliceUnavailable(slow, healthy);
      expect(slow.body.extensions!.sources).toEqual({ COURT: 'UP', POLICE: 'TIMEOUT' });
      expect(slow.ms).toBeGreaterThanOrEqual(DEADLINE_MS - 50);
      expect(slow.ms).toBeLessThan(DEADLINE_MS + 1500);
      expect(await client.health()).toBe(200);

      // One failure is below the breaker's threshold: recovery is immediate once the body answers.
      expect(await recovers()).toBeLessThan(2000);
    });

    it('opens the breaker after repeated failures: then answers CIRCUIT_OPEN at once without opening a connection, and probes its way back', async () => {
      proxy.blackHole();
      const seen: string[] = [];
      for (let i = 0; i < FAILURES + 2 && seen.at(-1) !== 'CIRCUIT_OPEN'; i++) {
        seen.push((await client.post('COURT', CONTEXT, { id: caseId }, MEDIATION)).body.extensions!.sources!.POLICE);
      }
      // At most FAILURES timeouts (fewer when failures already are the majority of recent reads), then open.
      expect(seen.at(-1)).toBe('CIRCUIT_OPEN');
      expect(seen.length - 1).toBeGreaterThanOrEqual(1);
      expect(seen.length - 1).toBeLessThanOrEqual(FAILURES);
      expect(seen.slice(0, -1).every((s) => s === 'TIMEOUT')).toBe(true);

      proxy.resetCount();
      const open = await client.post('COURT', CONTEXT, { id: caseId }, MEDIATION);
      expectPoliceUnavailable(open, healthy);
      expect(open.body.extensions!.sources).toEqual({ COURT: 'UP', POLICE: 'CIRCUIT_OPEN' });
      expect(open.ms).toBeLessThan(DEADLINE_MS / 2); // fails fast: no wait for the deadline
      const ready = await client.ready();
      expect(ready.body.departments.POLICE).toBe('CIRCUIT_OPEN');
      expect(proxy.accepted).toBe(0); // neither the request nor /ready touched the network

      // Body back: after the reset timeout one probe goes through, succeeds and closes the breaker.
      const afterMs = await recovers();
      expect(proxy.accepted).toBeGreaterThan(0);
      expect(afterMs).toBeLessThan(RESET_MS + 2000);
      expect((await client.ready()).body.departments.POLICE).toBe('UP');
    });

    it('withholds the answer (AUDIT_UNAVAILABLE) when the hub database stops mid-request, leaving no audit row half-written', async () => {
      const requestId = `resilience-${Date.now().toString(36)}`;
      proxy.blackHole(); // holds the request at the police read for the deadline
      const pending = client.post('COURT', CONTEXT, { id: caseId }, { ...MEDIATION, 'x-request-id': requestId });
      await new Promise((resolve) => setTimeout(resolve, DEADLINE_MS / 2));
      const hubDb = databaseOf(databases.adminUrls.hub);
      await stopDatabase(hubDb);
      let response: Response;
      try {
        response = await pending;
      } finally {
        await startDatabase(hubDb);
      }
      expect(response.status).toBe(503);
      expect(response.body.data).toBeNull();
      expect(response.body.errors!.map((e) => e.extensions!.code)).toEqual(['AUDIT_UNAVAILABLE']);
      expect(await client.health()).toBe(200);
      await recovers();
      expect(await databases.sql('hub', 'SELECT 1 FROM audit_event WHERE request_id = $1', [requestId])).toEqual([]);
      await expect(withClient(databases.adminUrls.hub, (c) => verifyAuditLog(c))).resolves.toMatchObject({ ok: true });
    });

    it('stays alive when the body drops its connections, and reconnects on the next read', async () => {
      await client.post('COURT', CONTEXT, { id: caseId }, MEDIATION); // leaves idle connections in the pool
      expect(proxy.dropAll()).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await client.health()).toBe(200);
      expectHealthy(await client.post('COURT', CONTEXT, { id: caseId }, MEDIATION), healthy);
    });
  });
});
