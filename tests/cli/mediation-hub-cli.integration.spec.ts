import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { freePort } from '../support/free-port';

const CLI = path.join(__dirname, '..', '..', 'dist', 'src', 'cli', 'main.js');
const run = promisify(execFile);

/**
 * The product as a user starts it: the built command line, an embedded Postgres in its own
 * data folder, demo data on first start, a token from `mediation-hub token`.
 */
describe('mediation-hub (command line)', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let hub: ChildProcess;
  let url: string;
  let exit: Promise<number | null>;

  beforeAll(async () => {
    if (!fs.existsSync(CLI)) throw new Error('Build first (npm test runs `npm run build` before jest)');
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mediation-hub-cli-'));
    const port = await freePort();
    env = {
      ...process.env,
      HUB_DATA_DIR: dataDir,
      PORT: String(port),
      EMBEDDED_PG_PORT: String(await freePort()),
      LOG_LEVEL: 'warn',
    };
    delete env.HUB_DATABASE_URL;
    hub = spawn(process.execPath, [CLI, 'start'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    exit = new Promise((resolve) => hub.once('exit', (code) => resolve(code)));
    url = await new Promise<string>((resolve, reject) => {
      let output = '';
      hub.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /serving GraphQL at (\S+)/.exec(output);
        if (match) resolve(match[1]);
      });
      hub.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      hub.once('exit', () => reject(new Error(`mediation-hub start exited early:\n${output}`)));
    });
  }, 120_000);

  afterAll(async () => {
    if (hub.exitCode === null) hub.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function token(department: string, role = 'MEDIATOR'): Promise<string> {
    const { stdout } = await run(
      process.execPath,
      [CLI, 'token', '--department', department, '--role', role, '--user', '测试用户'],
      { env },
    );
    return stdout.trim();
  }

  async function graphql(query: string, bearer: string) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as {
      data?: Record<string, any>;
      errors?: Array<{ extensions: Record<string, unknown> }>;
    };
  }

  it('serves GraphQL on the configured port and answers a token from `mediation-hub token`', async () => {
    expect(url).toBe(`http://localhost:${env.PORT}/graphql`);
    expect(await graphql('{ __typename }', await token('POLICE'))).toEqual({ data: { __typename: 'Query' } });
  });

  it("shows a court mediator the court's records of a seeded joint case, other bodies' only as far as agreements grant", async () => {
    const body = await graphql(
      `
        {
          jointCases(first: 1) {
            edges {
              node {
                linkedRecords {
                  edges {
                    node {
                      department
                      record {
                        department
                      }
                    }
                  }
                }
                withheldLinkedRecords {
                  department
                  count
                }
              }
            }
          }
        }
      `,
      await token('COURT'),
    );
    const node = body.data!.jointCases.edges[0].node;
    const links = node.linkedRecords.edges.map((e: { node: unknown }) => e.node);
    expect(
      links.some((l: { department: string; record: unknown }) => l.department === 'COURT' && l.record !== null),
    ).toBe(true);
    // Without x-purpose no agreement applies: other bodies' links are counted, never named.
    expect(links.every((l: { department: string }) => l.department === 'COURT')).toBe(true);
    expect(node.withheldLinkedRecords.length).toBeGreaterThan(0);
    for (const withheld of node.withheldLinkedRecords)
      expect(withheld).toEqual({ department: expect.not.stringMatching(/^COURT$/), count: expect.any(Number) });
    expect((body.errors ?? []).every((e) => e.extensions.code === 'FORBIDDEN_BY_AGREEMENT')).toBe(true);
  });

  it('prints database URLs that psql (or any client) can open', async () => {
    const { stdout } = await run(process.execPath, [CLI, 'db', 'url', 'POLICE'], { env });
    const client = new Client({ connectionString: stdout.trim() });
    await client.connect();
    const { rows } = await client.query('SELECT count(*)::int AS n FROM incident_report');
    await client.end();
    expect(rows[0].n).toBeGreaterThan(0);
  });

  it('refuses a token for a body it does not serve', async () => {
    await expect(
      run(process.execPath, [CLI, 'token', '--department', 'NOWHERE', '--role', 'CLERK', '--user', 'x'], { env }),
    ).rejects.toMatchObject({ code: 2 });
  });

  it('verifies the audit log, and names the position of a row altered directly in the database', async () => {
    await graphql(
      `
        {
          jointCases(first: 3) {
            edges {
              node {
                linkedRecords {
                  edges {
                    node {
                      record {
                        recordId
                      }
                    }
                  }
                }
              }
            }
          }
        }
      `,
      await token('COURT'),
    );
    const verified = await run(process.execPath, [CLI, 'audit', 'verify'], { env });
    expect(verified.stdout).toMatch(/audit log verified: \d+ events in \d+ chains/);

    const { stdout: hubUrl } = await run(process.execPath, [CLI, 'db', 'url', 'hub'], { env });
    const client = new Client({ connectionString: hubUrl.trim() });
    await client.connect();
    await client.query('ALTER TABLE audit_event DISABLE TRIGGER USER');
    // One row of one chain (each hub process and each write has a chain of its own).
    const { rows } = await client.query(
      `UPDATE audit_event SET actor_user = 'someone else' WHERE seq = 2 AND chain_id = (SELECT chain_id FROM audit_event WHERE seq = 2 ORDER BY occurred_at LIMIT 1) RETURNING chain_id`,
    );
    await client.query('ALTER TABLE audit_event ENABLE TRIGGER USER');
    await client.end();
    await expect(run(process.execPath, [CLI, 'audit', 'verify'], { env })).rejects.toMatchObject({
      code: 1,
      stdout: expect.stringContaining(`chain ${rows[0].chain_id} position 2`),
    });
  }, 60_000); // three command-line runs, each loading the whole product

  it('stops the server and the embedded Postgres cleanly on SIGTERM', async () => {
    const { stdout } = await run(process.execPath, [CLI, 'db', 'url', 'hub'], { env });
    hub.kill('SIGTERM');
    expect(await exit).toBe(0);
    const client = new Client({ connectionString: stdout.trim(), connectionTimeoutMillis: 2000 });
    await expect(client.connect()).rejects.toThrow();
  }, 30_000);
});
