import { randomBytes, randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { Pool } from 'pg';
import { AuditKind, type AuditRecord } from '../../src/audit/audit-record';
import { verifyAuditLog } from '../../src/audit/audit-verifier';
import { runAuditVerify } from '../../src/audit/audit-verify.command';
import { AuditWriter } from '../../src/audit/audit-writer';
import { hashResidentId } from '../../src/persons/resident-id-hash';
import { withClient } from '../../src/runtime/provisioning';
import { createTestDatabases, type TestDatabases } from '../support/test-hub';

const personKey = randomBytes(32);

function readRecord(requestId: string, overrides: Partial<AuditRecord> = {}): AuditRecord {
  return {
    requestId,
    kind: AuditKind.RECORD_READ,
    actor: { user: '陈调解员', department: 'COURT', role: 'MEDIATOR' },
    purpose: 'MEDIATION',
    jointCaseId: randomUUID(),
    provider: 'POLICE',
    recordType: 'INCIDENT',
    recordId: '42',
    subjectHashes: [hashResidentId(personKey, '11010519491231002X')],
    fieldDecisions: { caseNumber: 'GRANTED', 'parties.residentId': 'MASKED', 'parties.phone': 'DENIED' },
    agreementIds: [randomUUID()],
    detail: { zeta: 1, alpha: { list: [1, 2.5, '三'], flag: true }, none: null },
    ...overrides,
  };
}

/** A pool that records every statement sent through `pool.query`, and can hold one back. */
function countingPool(url: string) {
  const pool = new Pool({ connectionString: url, max: 4 });
  const statements: string[] = [];
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
  let hook: ((text: string, run: () => Promise<unknown>) => Promise<unknown>) | undefined;
  pool.query = ((text: string | { text: string }, ...rest: unknown[]) => {
    const sql = typeof text === 'string' ? text : text.text;
    statements.push(sql);
    const run = () => query(text, ...rest);
    return hook ? hook(sql, run) : run();
  }) as typeof pool.query;
  return {
    pool,
    inserts: () => statements.filter((s) => s.includes('INSERT INTO audit_event')).length,
    reset: () => statements.splice(0),
    setHook: (h: typeof hook) => {
      hook = h;
    },
  };
}

let db: TestDatabases;

beforeAll(async () => {
  db = await createTestDatabases([]);
});

afterAll(async () => {
  await db?.drop();
});

const chainRows = (chainId: string) =>
  db.sql<{ seq: string; request_id: string }>(
    'hub',
    'SELECT e.seq::text AS seq, e.request_id FROM audit_event e WHERE e.chain_id = $1 ORDER BY e.seq',
    [chainId],
  );
const verify = () => withClient(db.adminUrls.hub, (client) => verifyAuditLog(client));

describe(AuditWriter.name, () => {
  let counting: ReturnType<typeof countingPool>;

  beforeEach(() => {
    counting = countingPool(db.adminUrls.hub);
  });

  afterEach(async () => {
    await counting.pool.end();
  });

  describe('append', () => {
    it('writes 200 concurrent appends in far fewer INSERT statements than calls, every row present', async () => {
      const writer = new AuditWriter({ pool: counting.pool });
      const calls = Array.from({ length: 200 }, (_, i) => writer.append([readRecord(`concurrent-${i}`)]));
      await expect(Promise.all(calls)).resolves.toHaveLength(200);
      const rows = await chainRows(writer.chainId);
      expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 200 }, (_, i) => String(i + 1)));
      expect(new Set(rows.map((r) => r.request_id)).size).toBe(200);
      expect(counting.inserts()).toBeLessThanOrEqual(2);
      expect(writer.stats).toEqual({ batches: counting.inserts(), rows: 200, failedBatches: 0 });
    });

    it('collects the appends that arrive while a batch is being written into the next batch', async () => {
      const writer = new AuditWriter({ pool: counting.pool });
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let started!: () => void;
      const firstStarted = new Promise<void>((resolve) => (started = resolve));
      let first = true;
      counting.setHook(async (_sql, run) => {
        if (first) {
          first = false;
          started();
          await held;
        }
        return run();
      });
      const firstAppend = writer.append([readRecord('first')]);
      await firstStarted;
      const later = Array.from({ length: 100 }, (_, i) => writer.append([readRecord(`later-${i}`)]));
      release();
      await Promise.all([firstAppend, ...later]);
      expect(counting.inserts()).toBe(2);
      expect(await chainRows(writer.chainId)).toHaveLength(101);
    });

    it('caps a batch at maxBatchSize rows', async () => {
      const writer = new AuditWriter({ pool: counting.pool, maxBatchSize: 50 });
      await Promise.all(Array.from({ length: 200 }, (_, i) => writer.append([readRecord(`capped-${i}`)])));
      expect(counting.inserts()).toBe(4);
    });

    it('resolves only after the commit: another connection sees the rows at once', async () => {
      const writer = new AuditWriter({ pool: counting.pool });
      for (let round = 1; round <= 3; round++) {
        await writer.append([readRecord(`visible-${round}-a`), readRecord(`visible-${round}-b`)]);
        const rows = await chainRows(writer.chainId);
        expect(rows.map((r) => r.request_id).slice(-2)).toEqual([`visible-${round}-a`, `visible-${round}-b`]);
        const [anchor] = await db.sql<{ head_seq: string }>(
          'hub',
          'SELECT head_seq::text FROM audit_chain WHERE chain_id = $1',
          [writer.chainId],
        );
        expect(anchor.head_seq).toBe(String(round * 2));
      }
    });

    it('accepts an append made the moment the previous one settled', async () => {
      const writer = new AuditWriter({ pool: counting.pool });
      for (let i = 1; i <= 30; i++) await writer.append([readRecord(`back-to-back-${i}`)]);
      expect(await chainRows(writer.chainId)).toHaveLength(30);
    });

    it('resolves an empty append at once without writing', async () => {
      const writer = new AuditWriter({ pool: counting.pool });
      await writer.append([]);
      expect(counting.inserts()).toBe(0);
      await expect(db.sql('hub', 'SELECT 1 FROM audit_chain WHERE chain_id = $1', [writer.chainId])).resolves.toEqual(
        [],
      );
    });

    it('rejects every append of a failing batch, and later appends continue a chain that verifies', async () => {
      const writer = new AuditWriter({ pool: counting.pool });
      await writer.append([readRecord('before')]);
      await db.sql(
        'hub',
        `ALTER TABLE audit_event ADD CONSTRAINT audit_event_probe CHECK (request_id <> 'poison') NOT VALID`,
      );
      let results: PromiseSettledResult<void>[];
      try {
        results = await Promise.allSettled([
          writer.append([readRecord('same-batch-1')]),
          writer.append([readRecord('poison')]),
          writer.append([readRecord('same-batch-2'), readRecord('same-batch-3')]),
        ]);
      } finally {
        await db.sql('hub', 'ALTER TABLE audit_event DROP CONSTRAINT audit_event_probe');
      }
      expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
      expect(writer.stats.failedBatches).toBe(1);
      await writer.append([readRecord('after')]);
      expect(await chainRows(writer.chainId)).toEqual([
        { seq: '1', request_id: 'before' },
        { seq: '2', request_id: 'after' },
      ]);
      await expect(verify()).resolves.toMatchObject({ ok: true });
    });

    it('continues from the anchor after a batch whose commit was not confirmed', async () => {
      const writer = new AuditWriter({ pool: counting.pool });
      await writer.append([readRecord('one')]);
      let lose = true;
      counting.setHook(async (sql, run) => {
        const result = await run();
        if (lose && sql.includes('INSERT INTO audit_event')) {
          lose = false;
          throw new Error('connection lost after commit');
        }
        return result;
      });
      await expect(writer.append([readRecord('committed-but-unconfirmed')])).rejects.toThrow('connection lost');
      await writer.append([readRecord('three')]);
      expect((await chainRows(writer.chainId)).map((r) => r.request_id)).toEqual([
        'one',
        'committed-but-unconfirmed',
        'three',
      ]);
      await expect(verify()).resolves.toMatchObject({ ok: true });
    });

    it('rejects a malformed record without queueing it or failing anyone else', async () => {
      const writer = new AuditWriter({ pool: counting.pool });
      const [raw, good, badDecision] = await Promise.allSettled([
        writer.append([readRecord('raw-id', { subjectHashes: ['11010519491231002X'] })]),
        writer.append([readRecord('good')]),
        writer.append([readRecord('bad', { fieldDecisions: { caseNumber: 'MAYBE' as 'GRANTED' } })]),
      ]);
      expect(raw).toMatchObject({
        status: 'rejected',
        reason: expect.objectContaining({ message: expect.stringContaining('keyed hashes') }),
      });
      expect(good.status).toBe('fulfilled');
      expect(badDecision.status).toBe('rejected');
      expect((await chainRows(writer.chainId)).map((r) => r.request_id)).toEqual(['good']);
    });

    it('stores the record as given, hashes included, with the first row linked to the genesis hash', async () => {
      const writer = new AuditWriter({ pool: counting.pool });
      const occurredAt = new Date('2025-11-24T08:30:00.123Z');
      const record = readRecord('stored', { occurredAt, jointCaseId: randomUUID().toUpperCase() });
      await writer.append([record]);
      const [row] = await db.sql<Record<string, unknown>>('hub', 'SELECT * FROM audit_event WHERE chain_id = $1', [
        writer.chainId,
      ]);
      expect(row).toMatchObject({
        seq: '1',
        occurred_at: occurredAt,
        kind: 'RECORD_READ',
        actor_user: '陈调解员',
        actor_department: 'COURT',
        provider: 'POLICE',
        joint_case_id: record.jointCaseId!.toLowerCase(),
        subject_hashes: record.subjectHashes,
        field_decisions: record.fieldDecisions,
        agreement_ids: record.agreementIds,
        detail: record.detail,
        prev_hash: '0'.repeat(64),
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
    });
  });

  describe('close', () => {
    it('waits for pending batches and refuses appends afterwards', async () => {
      const writer = new AuditWriter({ pool: counting.pool });
      const pending = Array.from({ length: 10 }, (_, i) => writer.append([readRecord(`closing-${i}`)]));
      await writer.close();
      expect(await chainRows(writer.chainId)).toHaveLength(10);
      await expect(Promise.all(pending)).resolves.toHaveLength(10);
      await expect(writer.append([readRecord('too-late')])).rejects.toThrow('closed');
    });
  });

  it('gives two writers writing at once two chains that both verify', async () => {
    const a = new AuditWriter({ pool: counting.pool });
    const b = new AuditWriter({ pool: counting.pool });
    await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        (i % 2 ? a : b).append([readRecord(`pair-${i}`), readRecord(`pair-${i}-x`)]),
      ),
    );
    expect(a.chainId).not.toBe(b.chainId);
    expect(await chainRows(a.chainId)).toHaveLength(60);
    expect(await chainRows(b.chainId)).toHaveLength(60);
    const result = await verify();
    expect(result).toMatchObject({ ok: true });
    const [{ count }] = await db.sql<{ count: string }>('hub', 'SELECT count(*)::text AS count FROM audit_event');
    expect(result).toMatchObject({ events: Number(count) });
  });
});

describe(verifyAuditLog.name, () => {
  let chainId: string;

  beforeAll(async () => {
    const pool = new Pool({ connectionString: db.adminUrls.hub });
    try {
      const writer = new AuditWriter({ pool });
      for (let i = 1; i <= 10; i++) await writer.append([readRecord(`row-${i}`, { recordId: `record-${i}` })]);
      chainId = writer.chainId;
    } finally {
      await pool.end();
    }
  });

  /** Tampers as administrator inside a transaction that is rolled back, so the log stays intact for other tests. */
  async function verifyAfter(tamper: string, pageSize = 3) {
    return withClient(db.adminUrls.hub, async (client) => {
      await client.query('BEGIN');
      try {
        await client.query('ALTER TABLE audit_event DISABLE TRIGGER USER');
        await client.query(tamper, [chainId]);
        await client.query('ALTER TABLE audit_event ENABLE TRIGGER USER');
        return await verifyAuditLog(client, undefined, { pageSize });
      } finally {
        await client.query('ROLLBACK');
      }
    });
  }

  it('passes an intact log, reading it a few rows at a time', async () => {
    const progress: Array<[number, number]> = [];
    const result = await withClient(db.adminUrls.hub, (client) =>
      verifyAuditLog(client, (checked, total) => progress.push([checked, total]), { pageSize: 3 }),
    );
    const [{ events, chains }] = await db.sql<{ events: string; chains: string }>(
      'hub',
      'SELECT (SELECT count(*) FROM audit_event)::text AS events, (SELECT count(*) FROM audit_chain)::text AS chains',
    );
    expect(result).toEqual({ ok: true, chains: Number(chains), events: Number(events) });
    expect(progress.at(-1)).toEqual([Number(events), Number(events)]);
    expect(progress.length).toBeGreaterThan(Number(events) / 3);
  });

  it.each([
    ['one byte of a text field', `UPDATE audit_event SET record_id = 'record-6' WHERE chain_id = $1 AND seq = 5`],
    [
      'a value inside the jsonb detail',
      `UPDATE audit_event SET detail = jsonb_set(detail, '{zeta}', '2') WHERE chain_id = $1 AND seq = 5`,
    ],
    [
      'a field decision',
      `UPDATE audit_event SET field_decisions = field_decisions || '{"parties.phone":"GRANTED"}' WHERE chain_id = $1 AND seq = 5`,
    ],
    [
      'the time by one microsecond',
      `UPDATE audit_event SET occurred_at = occurred_at + interval '1 microsecond' WHERE chain_id = $1 AND seq = 5`,
    ],
    ['a subject hash', `UPDATE audit_event SET subject_hashes = '{}' WHERE chain_id = $1 AND seq = 5`],
    ['the stored hash itself', `UPDATE audit_event SET hash = repeat('a', 64) WHERE chain_id = $1 AND seq = 5`],
  ])('names the altered row when %s was changed', async (_what, tamper) => {
    await expect(verifyAfter(tamper)).resolves.toEqual({
      ok: false,
      chainId,
      position: 5,
      reason: expect.stringContaining('hash'),
    });
  });

  it('names the missing position when a row was deleted', async () => {
    await expect(verifyAfter('DELETE FROM audit_event WHERE chain_id = $1 AND seq = 5')).resolves.toEqual({
      ok: false,
      chainId,
      position: 5,
      reason: expect.stringContaining('missing'),
    });
  });

  it('names the first position whose link breaks when two rows were swapped', async () => {
    const swap = `
      UPDATE audit_event a
         SET occurred_at = b.occurred_at, request_id = b.request_id, kind = b.kind, actor_user = b.actor_user,
             actor_department = b.actor_department, actor_role = b.actor_role, purpose = b.purpose,
             joint_case_id = b.joint_case_id, provider = b.provider, record_type = b.record_type, record_id = b.record_id,
             subject_hashes = b.subject_hashes, field_decisions = b.field_decisions, agreement_ids = b.agreement_ids,
             detail = b.detail, prev_hash = b.prev_hash, hash = b.hash
        FROM audit_event b
       WHERE a.chain_id = $1 AND b.chain_id = $1 AND ((a.seq = 3 AND b.seq = 4) OR (a.seq = 4 AND b.seq = 3))`;
    await expect(verifyAfter(swap)).resolves.toEqual({
      ok: false,
      chainId,
      position: 3,
      reason: expect.stringContaining('link'),
    });
  });

  it('reports a truncated tail at the position after the last row present', async () => {
    await expect(verifyAfter('DELETE FROM audit_event WHERE chain_id = $1 AND seq >= 9')).resolves.toEqual({
      ok: false,
      chainId,
      position: 9,
      reason: expect.stringContaining('truncated'),
    });
  });

  it('names a row appended beyond the anchor', async () => {
    const forged = `INSERT INTO audit_event SELECT chain_id, 11, occurred_at, 'forged', kind, actor_user, actor_department, actor_role,
        purpose, joint_case_id, provider, record_type, record_id, subject_hashes, field_decisions, agreement_ids, detail, hash, hash
      FROM audit_event WHERE chain_id = $1 AND seq = 10`;
    await expect(verifyAfter(forged)).resolves.toEqual({
      ok: false,
      chainId,
      position: 11,
      reason: expect.stringContaining('beyond'),
    });
  });
});

describe('audit_event', () => {
  beforeAll(async () => {
    const pool = new Pool({ connectionString: db.adminUrls.hub });
    try {
      await new AuditWriter({ pool }).append([readRecord('guarded-1'), readRecord('guarded-2')]);
    } finally {
      await pool.end();
    }
  });

  it.each([
    ['UPDATE', `UPDATE audit_event SET record_id = 'changed'`],
    ['DELETE', 'DELETE FROM audit_event'],
    ['TRUNCATE', 'TRUNCATE audit_event'],
  ])('refuses %s even to the administrator', async (operation, statement) => {
    const before = await db.sql<{ n: string }>('hub', 'SELECT count(*)::text AS n FROM audit_event');
    await expect(db.sql('hub', statement)).rejects.toThrow(`audit_event is append-only: ${operation} refused`);
    await expect(db.sql('hub', 'SELECT count(*)::text AS n FROM audit_event')).resolves.toEqual(before);
    await expect(db.sql('hub', `SELECT 1 FROM audit_event WHERE record_id = 'changed'`)).resolves.toEqual([]);
  });

  it.each([
    ['upper-case hex', 'A'.repeat(64)],
    ['63 digits', 'a'.repeat(63)],
    ['65 digits', 'a'.repeat(65)],
    ['a non-hex letter', `${'a'.repeat(63)}g`],
    ['a trailing space', `${'a'.repeat(63)} `],
  ])('refuses a row whose hash is not 64 lower-case hex digits (%s)', async (_case, hash) => {
    const insert = (column: 'hash' | 'prev_hash') =>
      db.sql(
        'hub',
        `INSERT INTO audit_event (chain_id, seq, occurred_at, request_id, kind, actor_user, actor_department, actor_role, prev_hash, hash)
         SELECT chain_id, 1000000, now(), 'probe', 'RECORD_READ', 'u', 'COURT', 'CLERK', $1, $2 FROM audit_chain LIMIT 1`,
        column === 'hash' ? ['0'.repeat(64), hash] : [hash, '0'.repeat(64)],
      );
    await expect(insert('hash')).rejects.toThrow('audit_event_hash_check');
    await expect(insert('prev_hash')).rejects.toThrow('audit_event_prev_hash_check');
  });

  it('lets an anchor move forward only', async () => {
    await expect(db.sql('hub', 'UPDATE audit_chain SET head_seq = head_seq - 1')).rejects.toThrow('only move forward');
    await expect(db.sql('hub', 'DELETE FROM audit_chain')).rejects.toThrow('only move forward');
    await expect(db.sql('hub', 'TRUNCATE audit_chain CASCADE')).rejects.toThrow('only move forward');
  });
});

describe(runAuditVerify.name, () => {
  let own: TestDatabases;

  beforeAll(async () => {
    own = await createTestDatabases([]);
  });

  afterAll(async () => {
    await own?.drop();
  });

  async function run(): Promise<{ code: number; output: string }> {
    const out = new PassThrough();
    let output = '';
    out.on('data', (chunk) => (output += String(chunk)));
    const code = await runAuditVerify(own.adminUrls.hub, out);
    return { code, output };
  }

  it('exits 0 with a summary on an intact log and 1 with the position on a broken one', async () => {
    const pool = new Pool({ connectionString: own.adminUrls.hub });
    const writers = [new AuditWriter({ pool }), new AuditWriter({ pool })];
    try {
      await Promise.all(
        writers.map((w, n) => w.append(Array.from({ length: 4 }, (_, i) => readRecord(`cli-${n}-${i}`)))),
      );
    } finally {
      await pool.end();
    }
    const existing = await own.sql<{ n: string; c: string }>(
      'hub',
      'SELECT (SELECT count(*) FROM audit_event)::text AS n, (SELECT count(*) FROM audit_chain)::text AS c',
    );
    await expect(run()).resolves.toEqual({
      code: 0,
      output: `audit log verified: ${existing[0].n} events in ${existing[0].c} chains\n`,
    });

    await own.sql('hub', 'ALTER TABLE audit_event DISABLE TRIGGER USER');
    await own.sql('hub', `UPDATE audit_event SET purpose = 'ANYTHING' WHERE chain_id = $1 AND seq = 3`, [
      writers[1].chainId,
    ]);
    await own.sql('hub', 'ALTER TABLE audit_event ENABLE TRIGGER USER');
    const broken = await run();
    expect(broken.code).toBe(1);
    expect(broken.output).toMatch(new RegExp(`^audit log broken at chain ${writers[1].chainId} position 3: .+\\n$`));
  });
});
