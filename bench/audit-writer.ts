import 'reflect-metadata';
import { createHash, randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { AuditKind, type AuditRecord, type AuditRecordEntry } from '../src/audit/audit-record';
import { AuditWriter } from '../src/audit/audit-writer';
import { startBenchEnvironment } from './environment';
import { postgresCpuMs } from './postgres-cpu';
import { median } from './report';

/*
 * What the audit costs per request by the shape of its rows, the writer alone on an embedded
 * Postgres with the hub's migrations: ten callers append, each waiting for its commit, the
 * looks of a person asked about across bodies (benchmark query Q2: a police mediator, denied
 * before any read at seven bodies). The same looks written as a row per look (the oldest
 * shape), a row per body (the shape before one row per request) and one row per request (the
 * hub's), in interleaved rounds. Prints commits per second and the CPU of Postgres and of this
 * process per request. `npm run bench:audit` (ROUNDS, SECONDS, CALLERS to change the run).
 */

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const SECONDS = Number(process.env.SECONDS ?? 4);
/** Callers appending at once: ten keep the writer's batches full; one or two show the cost per commit. */
const CALLERS = Number(process.env.CALLERS ?? 10);
const BODIES = [
  'COURT',
  'JUDICIAL_OFFICE',
  'CIVIL_AFFAIRS',
  'WOMENS_FEDERATION',
  'SECURITY_COMMITTEE',
  'LABOUR',
  'PETITIONS',
];

type Shape = 'row per look' | 'row per body' | 'row per request';
const SHAPES: Shape[] = ['row per look', 'row per body', 'row per request'];

/** One request's looks in the given shape: seven bodies, each refusing two kinds before any read. */
function requestRecords(shape: Shape, n: number): AuditRecord[] {
  const requestId = randomUUID();
  const subject = createHash('sha256').update(`person-${n}`).digest('hex');
  const common = {
    requestId,
    kind: AuditKind.RECORD_READ,
    actor: { user: '王民警', department: 'POLICE', role: 'MEDIATOR' },
    purpose: null,
  };
  const looks = BODIES.map((provider) => ({
    provider,
    look: {
      recordType: null,
      recordId: null,
      subjectHashes: [subject],
      agreementIds: [],
      detail: {
        decision: 'DENIED',
        reason: `No data-sharing agreement grants POLICE access to these records of ${provider}`,
        recordTypes: ['FIRST_KIND', 'SECOND_KIND'],
      },
    } satisfies AuditRecordEntry,
  }));
  if (shape === 'row per look') return looks.map(({ provider, look }) => ({ ...common, provider, ...look }));
  if (shape === 'row per body') return looks.map(({ provider, look }) => ({ ...common, provider, entries: [look] }));
  return [{ ...common, entries: looks.map(({ provider, look }) => ({ provider, ...look })) }];
}

async function measureShape(pool: Pool, postmaster: number, shape: Shape, seconds: number) {
  const writer = new AuditWriter({ pool });
  let requests = 0;
  const end = Date.now() + seconds * 1000;
  const postgresBefore = postgresCpuMs(postmaster);
  const nodeBefore = process.cpuUsage();
  await Promise.all(
    Array.from({ length: CALLERS }, async () => {
      while (Date.now() < end) await writer.append(requestRecords(shape, requests++));
    }),
  );
  const node = process.cpuUsage(nodeBefore);
  await writer.close();
  return {
    perSecond: requests / seconds,
    postgresMs: (postgresCpuMs(postmaster) - postgresBefore) / requests,
    nodeMs: (node.user + node.system) / 1000 / requests,
  };
}

async function main(): Promise<void> {
  const env = await startBenchEnvironment();
  const pool = new Pool({ connectionString: env.databases.adminUrls.hub, max: 4 });
  try {
    const postmaster = env.postmasterPid();
    for (const shape of SHAPES) await measureShape(pool, postmaster, shape, 1); // warm-up
    const results = new Map<Shape, Array<Awaited<ReturnType<typeof measureShape>>>>(SHAPES.map((s) => [s, []]));
    for (let round = 0; round < ROUNDS; round++) {
      // The order rotates so that no shape is always measured first.
      for (let i = 0; i < SHAPES.length; i++) {
        const shape = SHAPES[(i + round) % SHAPES.length];
        results.get(shape)!.push(await measureShape(pool, postmaster, shape, SECONDS));
      }
    }
    const lines = [
      `## The audit writer by row shape (${CALLERS} callers, ${ROUNDS} rounds × ${SECONDS} s, medians)`,
      '',
      `Each request: ${BODIES.length} looks at ${BODIES.length} bodies (benchmark query Q2's), committed before the caller goes on.`,
      '',
      '| rows | commits/s | Postgres CPU ms/request | writer CPU ms/request |',
      '|---|---:|---:|---:|',
    ];
    for (const [shape, runs] of results) {
      const m = (key: 'perSecond' | 'postgresMs' | 'nodeMs') => median(runs.map((r) => r[key]));
      lines.push(
        `| ${shape} | ${m('perSecond').toFixed(0)} | ${m('postgresMs').toFixed(3)} | ${m('nodeMs').toFixed(3)} |`,
      );
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await pool.end();
    await env.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
