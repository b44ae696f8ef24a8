import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { freePort } from '../support/free-port';
import { CLI, type HubProcess, sql, startHubProcess as startHub } from '../support/hub-process';

const run = promisify(execFile);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The documented default stop bound (SHUTDOWN_TIMEOUT_MS). */
const STOP_BOUND_MS = 10_000;

/** The hub's JSON log lines with the given message. */
function logged(output: string, msg: string): Array<Record<string, unknown>> {
  return output
    .split('\n')
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return []; // the banner, or Postgres's words
      }
    })
    .filter((entry) => entry.msg === msg);
}

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
    return false;
  }
}

/** Postgres processes (postmaster and backends) working in a cluster folder. */
function postgresProcessesIn(dir: string): number[] {
  return fs
    .readdirSync('/proc')
    .filter((entry) => {
      if (!/^\d+$/.test(entry)) return false;
      try {
        return (
          fs.readlinkSync(`/proc/${entry}/cwd`) === dir &&
          fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres' &&
          isAlive(Number(entry))
        );
      } catch {
        return false;
      }
    })
    .map(Number);
}

interface Answer {
  status: number;
  connection: string | undefined;
  body: {
    data?: any;
    errors?: Array<{ extensions?: { code?: string } }>;
    extensions?: { access?: { records: Array<{ department: string; decision: string }> } };
  };
  reusedSocket: boolean;
}

/**
 * Starting and stopping the product as an operator does: `mediation-hub start` from the build
 * on one data folder, a second start beside it, Ctrl-C (SIGINT to the whole process group, as
 * a terminal sends it) under keep-alive load, SIGHUP, and SIGKILL with the Postgres lock file
 * deleted afterwards.
 */
describe('starting and stopping (command line)', () => {
  let dataDir: string;
  let clusterDir: string;
  let env: NodeJS.ProcessEnv;
  let hub: HubProcess | undefined;
  let token: string;
  let hubAdminUrl: string;
  let policeUrl: string;
  let readableCases: string[];

  /** Its own process group, like a command started from a shell: `kill -INT -<pid>` is Ctrl-C. */
  function startHubProcess(extraEnv: NodeJS.ProcessEnv = {}): Promise<HubProcess> {
    return startHub({ ...env, ...extraEnv }, { detached: true });
  }

  function postmasterPid(): number | null {
    try {
      return Number(fs.readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    } catch {
      return null;
    }
  }

  async function cli(...args: string[]): Promise<string> {
    return (await run(process.execPath, [CLI, ...args], { env })).stdout.trim();
  }

  function post(
    agent: http.Agent,
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        hub!.url,
        {
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode!,
              connection: res.headers.connection,
              body: JSON.parse(text),
              reusedSocket: req.reusedSocket,
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify({ query, variables }));
    });
  }

  beforeAll(async () => {
    if (!fs.existsSync(CLI)) throw new Error('Build first (npm test runs `npm run build` before jest)');
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mediation-hub-lifecycle-'));
    clusterDir = path.join(dataDir, 'postgres');
    env = {
      ...process.env,
      HUB_DATA_DIR: dataDir,
      PORT: String(await freePort()),
      EMBEDDED_PG_PORT: String(await freePort()),
      LOG_LEVEL: 'info',
    };
    for (const name of ['HUB_DATABASE_URL', 'JWT_JWKS_URL', 'NODE_ENV', 'SHUTDOWN_TIMEOUT_MS']) delete env[name];
    hub = await startHubProcess();
    token = await cli('token', '--department', 'COURT', '--role', 'MEDIATOR', '--user', '法院调解员');
    hubAdminUrl = await cli('db', 'url', 'hub');
    policeUrl = await cli('db', 'url', 'POLICE');
    const rows = await sql<{ id: string }>(
      hubAdminUrl,
      `SELECT DISTINCT c.id, c.case_number FROM joint_case c JOIN joint_case_record_link l ON l.joint_case_id = c.id AND l.department = 'POLICE' AND l.record_type = 'INCIDENT'
        WHERE 'COURT' = ANY(c.participating_departments) AND c.status NOT IN ('CLOSED', 'WITHDRAWN') ORDER BY c.case_number LIMIT 3`,
    );
    readableCases = rows.map((r) => r.id);
    expect(readableCases.length).toBeGreaterThan(0);
  }, 180_000);

  afterAll(async () => {
    if (hub && hub.proc.exitCode === null && hub.proc.signalCode === null) {
      hub.proc.kill('SIGTERM');
      await Promise.race([hub.exit, sleep(20_000)]);
    }
    // Never leave a Postgres behind, whatever failed above.
    for (const pid of postgresProcessesIn(clusterDir)) process.kill(pid, 'SIGQUIT');
    for (let i = 0; i < 50 && postgresProcessesIn(clusterDir).length > 0; i++) await sleep(100);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('refuses a second start on the same data directory, naming the running hub, while the first keeps serving', async () => {
    const first = hub!;
    const postmaster = postmasterPid();
    const second = await run(process.execPath, [CLI, 'start'], {
      env: { ...env, PORT: String(await freePort()) },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(`Another mediation-hub (PID ${first.pid}`);
    expect(second.stderr).toContain(`kill -TERM ${first.pid}`);

    // The first hub's Postgres was not touched: same postmaster, and the hub answers with data.
    expect(postmasterPid()).toBe(postmaster);
    expect(isAlive(postmaster!)).toBe(true);
    const agent = new http.Agent();
    const answer = await post(agent, '{ me { user department } }');
    expect(answer).toMatchObject({ status: 200, body: { data: { me: { user: '法院调解员', department: 'COURT' } } } });
    expect(first.proc.exitCode).toBeNull();
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'hub.lock'), 'utf8')).pid).toBe(first.pid);

    // Even with the lock file deleted, a Postgres whose hub still runs is not taken for a stray.
    fs.rmSync(path.join(dataDir, 'hub.lock'));
    const third = await run(process.execPath, [CLI, 'start'], { env: { ...env, PORT: String(await freePort()) } }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(third.code).toBe(1);
    expect(third.stderr).toContain(`belongs to a running mediation-hub (PID ${first.pid})`);
    expect(postmasterPid()).toBe(postmaster);
    expect((await post(agent, '{ me { user } }')).status).toBe(200);
  });

  it('puts back a deleted postmaster.pid while it runs, so Postgres does not shut itself down', async () => {
    const pidFile = path.join(clusterDir, 'postmaster.pid');
    const before = fs.readFileSync(pidFile, 'utf8');
    fs.rmSync(pidFile);
    for (let i = 0; i < 100 && !fs.existsSync(pidFile); i++) await sleep(100);
    expect(fs.readFileSync(pidFile, 'utf8')).toBe(before);
    expect(hub!.output()).toMatch(/postmaster.pid was deleted while Postgres runs; restored it/);
    expect((await post(new http.Agent(), '{ me { user } }')).status).toBe(200);
  });

  it('drains on Ctrl-C under keep-alive load: in-flight answered with data, new requests on open connections 503 + connection: close, exit 0 within the bound, Postgres stopped cleanly', async () => {
    const running = hub!;
    const postmaster = postmasterPid()!;
    const READ = `query($id: ID!) { jointCase(id: $id) { id linkedRecords(first: 100) { edges { node { department record { __typename ... on PoliceIncident { incidentNumber } } } } } } }`;

    // Reads of police incidents held by a table lock: in flight inside the hub when the signal comes.
    const lock = new Client({ connectionString: policeUrl });
    await lock.connect();
    await lock.query('BEGIN');
    await lock.query('LOCK TABLE incident_report IN ACCESS EXCLUSIVE MODE');
    const slowAgent = new http.Agent({ keepAlive: true });
    const slow = readableCases.map((id) =>
      post(slowAgent, READ, { id }, { 'x-purpose': 'JOINT_MEDIATION', 'x-request-id': `lifecycle-slow-${id}` }),
    );
    for (const p of slow) void p.catch(() => undefined);

    // And busy clients on kept-alive connections, sending one request after another.
    const loadAgent = new http.Agent({ keepAlive: true, maxSockets: 4 });
    let signalAt = Infinity;
    const load = Array.from({ length: 4 }, async () => {
      // When each answer arrived: a request sent just before the signal may still reach the hub
      // after it (unread in the socket, so new to the hub), but no refusal may come before it.
      const answers: Array<Answer & { answeredAfterSignal: boolean }> = [];
      for (;;) {
        try {
          const answer = await post(loadAgent, '{ me { user } }');
          answers.push({ ...answer, answeredAfterSignal: Date.now() > signalAt });
          if (answer.status !== 200) return { answers, error: undefined };
        } catch (error) {
          return { answers, error: error as NodeJS.ErrnoException };
        }
      }
    });

    try {
      const waiting = async () =>
        (
          await sql<{ n: number }>(
            policeUrl,
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
          )
        )[0].n;
      for (let i = 0; i < 200 && (await waiting()) < slow.length; i++) await sleep(50);
      expect(await waiting()).toBe(slow.length);

      // Kept-alive connections that sit idle when the signal comes (opened just now: the
      // server closes a connection idle for 5 s).
      const idleAgent = new http.Agent({ keepAlive: true, maxSockets: 3 });
      const warm = await Promise.all([1, 2, 3].map(() => post(idleAgent, '{ me { user } }')));
      expect(warm.every((a) => a.status === 200)).toBe(true);

      signalAt = Date.now();
      process.kill(-running.pid, 'SIGINT'); // what the terminal does on Ctrl-C: the whole foreground group
      await sleep(300);
      // Postgres, in its own process group, did not get the Ctrl-C: the held reads are still waiting on it.
      expect(isAlive(postmaster)).toBe(true);
      expect(running.proc.exitCode).toBeNull();

      // A new request on each idle kept-alive connection: refused with a clear code, connection closed.
      const late = await Promise.all([1, 2, 3].map(() => post(idleAgent, '{ me { user } }')));
      for (const answer of late) {
        expect(answer).toMatchObject({
          status: 503,
          connection: 'close',
          reusedSocket: true,
          body: { errors: [{ extensions: { code: 'HUB_UNAVAILABLE' } }] },
        });
      }
      // A new connection is not taken at all.
      await expect(post(new http.Agent(), '{ me { user } }')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    } finally {
      await lock.query('ROLLBACK');
      await lock.end();
    }

    // The held reads complete with their data and their audit records.
    for (const answer of await Promise.all(slow)) {
      expect(answer.status).toBe(200);
      expect(answer.connection).toBe('close');
      expect(answer.body.data.jointCase.id).toEqual(expect.any(String));
      expect(
        answer.body.extensions!.access!.records.some((r) => r.department === 'POLICE' && r.decision === 'GRANTED'),
      ).toBe(true);
    }
    // Every busy client got answers with data, then at most a 503 with connection: close, then a refused connection.
    for (const { answers, error } of await Promise.all(load)) {
      expect(answers.length).toBeGreaterThan(0);
      const last = answers[answers.length - 1];
      for (const answer of answers.slice(0, -1)) expect(answer.body.data.me.user).toBe('法院调解员');
      if (last.status === 200) {
        expect(last.body.data.me.user).toBe('法院调解员');
        expect(error?.code).toBe('ECONNREFUSED');
      } else {
        expect(last).toMatchObject({
          status: 503,
          connection: 'close',
          answeredAfterSignal: true,
          body: { errors: [{ extensions: { code: 'HUB_UNAVAILABLE' } }] },
        });
      }
    }

    const exit = await running.exit;
    expect({ code: exit.code, signal: exit.signal }).toEqual({ code: 0, signal: null });
    expect(exit.at - signalAt).toBeLessThan(STOP_BOUND_MS);
    expect(logged(running.output(), 'stopped')).toEqual([expect.objectContaining({ signal: 'SIGINT', code: 0 })]);
    expect(running.output()).not.toMatch(/audit (batch|write) failed|did not close cleanly|cut off|immediate shutdown/);

    // Postgres stopped with the hub: no process of it left, its lock file and the hub's removed.
    expect(isAlive(postmaster)).toBe(false);
    expect(postgresProcessesIn(clusterDir)).toEqual([]);
    expect(postmasterPid()).toBeNull();
    expect(fs.existsSync(path.join(dataDir, 'hub.lock'))).toBe(false);
    expect(fs.readFileSync(path.join(dataDir, 'postgres.log'), 'utf8')).toMatch(/database system is shut down/);

    // The next start finds a cleanly shut down cluster (no crash recovery), and the drained reads' audit records.
    hub = await startHubProcess();
    const startLog = fs.readFileSync(path.join(dataDir, 'postgres.log'), 'utf8');
    expect(startLog).toMatch(/database system was shut down at/);
    expect(startLog).not.toMatch(/not properly shut down|automatic recovery/);
    expect(hub.output()).not.toMatch(/left running by an earlier start/);
    const audited = await sql<{ request_id: string }>(
      hubAdminUrl,
      `SELECT DISTINCT request_id FROM audit_event WHERE request_id LIKE 'lifecycle-slow-%'`,
    );
    expect(audited.map((a) => a.request_id).sort()).toEqual(readableCases.map((id) => `lifecycle-slow-${id}`).sort());
  }, 120_000);

  it('starts again after the hub was killed (SIGKILL) and postmaster.pid deleted, stopping the Postgres it left running', async () => {
    const killed = hub!;
    const orphan = postmasterPid()!;
    killed.proc.kill('SIGKILL');
    expect((await killed.exit).signal).toBe('SIGKILL');
    fs.rmSync(path.join(clusterDir, 'postmaster.pid'));
    // The orphaned Postgres still runs and holds the cluster's shared memory.
    expect(isAlive(orphan)).toBe(true);

    hub = await startHubProcess();
    expect(hub.output()).toMatch(/left running by an earlier start/);
    expect(isAlive(orphan)).toBe(false);
    expect(postmasterPid()).not.toBe(orphan);
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'hub.lock'), 'utf8')).pid).toBe(hub.pid);
    expect((await post(new http.Agent(), '{ me { user } }')).body).toEqual({ data: { me: { user: '法院调解员' } } });
  }, 120_000);

  it('stops (exit 1, not serving HUB_UNAVAILABLE forever) when its Postgres dies under it, and the next start recovers', async () => {
    const running = hub!;
    const postmaster = postmasterPid()!;
    process.kill(postmaster, 'SIGKILL');
    const exit = await running.exit;
    expect({ code: exit.code, signal: exit.signal }).toEqual({ code: 1, signal: null });
    expect(running.output()).toMatch(/the embedded Postgres stopped unexpectedly; stopping the hub/);
    expect(logged(running.output(), 'stopped')).toEqual([
      expect.objectContaining({ signal: 'POSTGRES_EXITED', code: 1 }),
    ]);
    expect(fs.existsSync(path.join(dataDir, 'hub.lock'))).toBe(false);

    hub = await startHubProcess();
    expect((await post(new http.Agent(), '{ me { user } }')).status).toBe(200);
  }, 120_000);

  it('drains and stops on SIGHUP too (the terminal closed)', async () => {
    const running = hub!;
    const postmaster = postmasterPid()!;
    const sentAt = Date.now();
    process.kill(-running.pid, 'SIGHUP');
    const exit = await running.exit;
    expect({ code: exit.code, signal: exit.signal }).toEqual({ code: 0, signal: null });
    expect(exit.at - sentAt).toBeLessThan(STOP_BOUND_MS);
    expect(logged(running.output(), 'stopped')).toEqual([expect.objectContaining({ signal: 'SIGHUP', code: 0 })]);
    expect(isAlive(postmaster)).toBe(false);
    expect(postgresProcessesIn(clusterDir)).toEqual([]);
  }, 30_000);
});
