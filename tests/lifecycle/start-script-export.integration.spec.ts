import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Workbook } from 'exceljs';
import { freePort } from '../support/free-port';
import { CLI, type HubProcess, sql, startHubProcess } from '../support/hub-process';

const run = promisify(execFile);
const root = path.resolve(__dirname, '..', '..');

/** The most case rows one work ledger export allows (MAX_LEDGER_ROWS). */
const ROWS = 10_000;
const FROM = '2030-01-01T00:00:00+08:00';
const UNTIL = '2031-01-01T00:00:00+08:00';

/** `npm start`'s Node options: the start script is `node [--options] dist/src/cli/main.js start`. */
function startScriptNodeOptions(): string[] {
  const { start } = (
    JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    }
  ).scripts;
  const match = /^node((?:\s+--\S+)*)\s+dist\/src\/cli\/main\.js start$/.exec(start.trim());
  if (!match) throw new Error(`the start script is not "node [--options] dist/src/cli/main.js start": ${start}`);
  return match[1].trim().split(/\s+/).filter(Boolean);
}

/** Quoted identifier. */
const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The memory settings of `npm start` (README "Deployment": memory) must leave room for the
 * largest single piece of work a replica does: a work ledger (工作台账) of the most rows an
 * export allows, asked for over HTTP, built and written as XLSX, in the hub process exactly as
 * `npm start` runs it.
 */
describe('`npm start` memory settings and the largest XLSX export', () => {
  const nodeOptions = startScriptNodeOptions();
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let hub: HubProcess | undefined;

  const cli = async (...args: string[]) => (await run(process.execPath, [CLI, ...args], { env })).stdout.trim();

  beforeAll(async () => {
    if (!fs.existsSync(CLI)) throw new Error('Build first (npm test runs `npm run build` before jest)');
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mediation-hub-start-export-'));
    env = {
      ...process.env,
      HUB_DATA_DIR: dataDir,
      PORT: String(await freePort()),
      EMBEDDED_PG_PORT: String(await freePort()),
      LOG_LEVEL: 'warn',
    };
    for (const name of ['HUB_DATABASE_URL', 'JWT_JWKS_URL', 'NODE_ENV', 'SHUTDOWN_TIMEOUT_MS', 'NODE_OPTIONS'])
      delete env[name];
    hub = await startHubProcess(env, { nodeOptions });
  }, 240_000);

  afterAll(async () => {
    if (hub && hub.proc.exitCode === null && hub.proc.signalCode === null) {
      hub.proc.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([hub.exit, new Promise((resolve) => (timer = setTimeout(resolve, 30_000)))]);
      clearTimeout(timer);
    }
    // Never leave the embedded Postgres behind (a hub that died would not have stopped it).
    try {
      const postmaster = Number(
        fs.readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0],
      );
      if (postmaster > 0) process.kill(postmaster, 'SIGQUIT');
    } catch {
      // stopped cleanly: no postmaster.pid
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('runs the hub with the Node options of the start script', () => {
    expect(nodeOptions).toContainEqual(expect.stringMatching(/^--max-old-space-size=\d+$/));
    const commandLine = fs.readFileSync(`/proc/${hub!.pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    expect(commandLine.slice(1)).toEqual([...nodeOptions, CLI, 'start']);
  });

  it(`answers a work ledger of ${ROWS} cases as a valid XLSX under them, and keeps serving`, async () => {
    const hubAdminUrl = await cli('db', 'url', 'hub');
    // The demo's cases, copied (with their parties) into one year until the ledger holds the most
    // rows an export allows.
    const columnsOf = async (table: string) =>
      (
        await sql<{ column_name: string }>(
          hubAdminUrl,
          `SELECT column_name FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
          [table],
        )
      ).map((r) => r.column_name);
    const caseColumns = await columnsOf('joint_case');
    const partyColumns = await columnsOf('joint_case_party');
    const caseValue: Record<string, string> = {
      id: 'm.id',
      case_number: `c.case_number || '-台账' || m.n`,
      created_at: `$1::timestamptz + m.n * interval '45 minutes'`,
      updated_at: `$1::timestamptz + m.n * interval '45 minutes'`,
    };
    const partyValue: Record<string, string> = { id: 'gen_random_uuid()', joint_case_id: 'm.id' };
    await sql(
      hubAdminUrl,
      `WITH m AS (
         SELECT s.id AS source_id, gen_random_uuid() AS id, row_number() OVER (ORDER BY g, s.case_number) AS n
           FROM joint_case s CROSS JOIN generate_series(1, $2::int) g
          ORDER BY n LIMIT $2
       ), cases AS (
         INSERT INTO joint_case (${caseColumns.map(q).join(', ')})
         SELECT ${caseColumns.map((col) => caseValue[col] ?? `c.${q(col)}`).join(', ')}
           FROM m JOIN joint_case c ON c.id = m.source_id
       )
       INSERT INTO joint_case_party (${partyColumns.map(q).join(', ')})
       SELECT ${partyColumns.map((col) => partyValue[col] ?? `p.${q(col)}`).join(', ')}
         FROM m JOIN joint_case_party p ON p.joint_case_id = m.source_id`,
      [FROM, ROWS],
    );
    const [{ n }] = await sql<{ n: number }>(
      hubAdminUrl,
      `SELECT count(*)::int AS n FROM joint_case WHERE created_at >= $1 AND created_at < $2`,
      [FROM, UNTIL],
    );
    expect(n).toBe(ROWS);

    const token = await cli('token', '--department', 'GOVERNANCE_CENTRE', '--role', 'SUPERVISOR', '--user', '台账导出');
    /** One request on its own connection (none is left open for the stop). */
    const post = <T>(query: string, variables: Record<string, unknown> = {}) =>
      new Promise<{ status: number; body: { errors?: unknown[]; data?: T } }>((resolve, reject) => {
        const req = http.request(
          hub!.url,
          {
            method: 'POST',
            agent: false,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () =>
              resolve({ status: res.statusCode!, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }),
            );
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify({ query, variables }));
      });
    const { status, body } = await post<{
      exportWorkLedger: { filename: string; contentType: string; rowCount: number; contentBase64: string };
    }>(
      `mutation($from: DateTimeISO!, $until: DateTimeISO!) {
         exportWorkLedger(from: $from, until: $until, format: XLSX) { filename contentType rowCount contentBase64 } }`,
      { from: FROM, until: UNTIL },
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const file = body.data!.exportWorkLedger;
    expect(file.filename).toBe('工作台账_2030-01-01_2030-12-31.xlsx');
    expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(file.rowCount).toBe(ROWS);

    // A valid workbook: a zip that exceljs reads back, with the header and one row per case.
    const bytes = Buffer.from(file.contentBase64, 'base64');
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    // Read back whole in this process (exceljs's streaming reader garbles a character split
    // between two chunks of its input).
    const workbook = new Workbook();
    await workbook.xlsx.load(bytes as never);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['工作台账']);
    const sheet = workbook.getWorksheet('工作台账')!;
    expect(sheet.rowCount).toBe(ROWS + 1);
    expect([1, 2, 3].map((i) => sheet.getRow(1).getCell(i).value)).toEqual(['序号', '案件编号', '受理日期']);
    const numbers: unknown[] = [];
    const caseNumbers = new Set<string>();
    sheet.eachRow((row, rowNumber) => {
      if (rowNumber === 1) return;
      numbers.push(row.getCell(1).value);
      caseNumbers.add(String(row.getCell(2).value));
    });
    expect(numbers).toEqual(Array.from({ length: ROWS }, (_, i) => i + 1));
    expect(caseNumbers.size).toBe(ROWS);
    expect([...caseNumbers].every((number) => /-台账\d+$/.test(number))).toBe(true);

    // The process is still the one started, and serves the next request.
    expect(hub!.proc.exitCode).toBeNull();
    const next = await post<{ me: { user: string; department: string } }>('{ me { user department } }');
    expect(next).toMatchObject({
      status: 200,
      body: { data: { me: { user: '台账导出', department: 'GOVERNANCE_CENTRE' } } },
    });
  }, 300_000);
});
