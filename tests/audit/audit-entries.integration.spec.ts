import { randomBytes, randomUUID } from 'node:crypto';
import { Client, Pool } from 'pg';
import { AuditKind, type AuditRecord, type AuditRecordEntry } from '../../src/audit/audit-record';
import { lookedAtBody, SUBJECT_ACCESS_SQL } from '../../src/audit/audit-report.service';
import { verifyAuditLog } from '../../src/audit/audit-verifier';
import { AuditWriter } from '../../src/audit/audit-writer';
import { hashResidentId } from '../../src/persons/resident-id-hash';
import { withClient } from '../../src/runtime/provisioning';
import { post } from '../read-room/matrix/own-data-oracle';
import { createTestDatabases, Role, startTestHub, type TestDatabases, type TestHub } from '../support/test-hub';

const personKey = randomBytes(32);
const person = hashResidentId(personKey, '11010519491231002X');
const other = hashResidentId(personKey, '110105194912310037');

function look(recordId: string, overrides: Partial<AuditRecordEntry> = {}): AuditRecordEntry {
  return {
    jointCaseId: randomUUID(),
    recordType: 'INCIDENT',
    recordId,
    subjectHashes: [person],
    fieldDecisions: { incidentNumber: 'GRANTED', 'persons.residentId': 'MASKED', 'persons.phone': 'DENIED' },
    agreementIds: [randomUUID()],
    detail: { decision: 'GRANTED' },
    ...overrides,
  };
}

/** One request's looks at several bodies' records, as the hub hands them to the writer: each entry names its body. */
function requestLooks(requestId: string, entries: AuditRecordEntry[]): AuditRecord {
  return {
    requestId,
    kind: AuditKind.RECORD_READ,
    actor: { user: '陈调解员', department: 'COURT', role: 'MEDIATOR' },
    purpose: 'JOINT_MEDIATION',
    entries,
  };
}

/** One request's looks at the police's records, in the shape of rows written before (the row names the body). */
function policeLooks(requestId: string, entries: AuditRecordEntry[]): AuditRecord {
  return {
    requestId,
    kind: AuditKind.RECORD_READ,
    actor: { user: '陈调解员', department: 'COURT', role: 'MEDIATOR' },
    purpose: 'JOINT_MEDIATION',
    provider: 'POLICE',
    entries,
  };
}

function flatLook(requestId: string): AuditRecord {
  return {
    requestId,
    kind: AuditKind.RECORD_READ,
    actor: { user: '陈调解员', department: 'COURT', role: 'MEDIATOR' },
    purpose: 'JOINT_MEDIATION',
    provider: 'POLICE',
    recordType: 'INCIDENT',
    recordId: `${requestId}-record`,
    subjectHashes: [person],
    fieldDecisions: { incidentNumber: 'GRANTED' },
    detail: { decision: 'GRANTED' },
  };
}

interface EntryRow {
  seq: string;
  entry_no: string;
  purpose: string | null;
  joint_case_id: string | null;
  provider: string;
  record_type: string | null;
  record_id: string | null;
  subject_hashes: string[];
  field_decisions: Record<string, string> | null;
  agreement_ids: string[];
  detail: Record<string, unknown> | null;
}

describe('audit rows with entries', () => {
  let db: TestDatabases;
  let pool: Pool;

  beforeAll(async () => {
    db = await createTestDatabases([]);
    pool = new Pool({ connectionString: db.adminUrls.hub, max: 2 });
  });

  afterAll(async () => {
    await pool?.end();
    await db?.drop();
  });

  const entriesOf = (chainId: string) =>
    db.sql<EntryRow>(
      'hub',
      `SELECT seq::text, entry_no::text, purpose, joint_case_id::text, provider, record_type, record_id, subject_hashes,
              field_decisions, agreement_ids::text[] AS agreement_ids, detail
         FROM audit_entry WHERE chain_id = $1 ORDER BY seq, entry_no`,
      [chainId],
    );
  const verify = () => withClient(db.adminUrls.hub, (client) => verifyAuditLog(client));
  /** Every node of the query's plan, depth first. */
  const planNodes = async (sql: string, values: unknown[]) => {
    const [plan] = await db.sql<{ 'QUERY PLAN': unknown }>('hub', `EXPLAIN (FORMAT JSON) ${sql}`, values);
    const nodes: Array<Record<string, unknown>> = [];
    const walk = (node: Record<string, unknown>) => {
      nodes.push(node);
      for (const child of (node.Plans as Array<Record<string, unknown>> | undefined) ?? []) walk(child);
    };
    walk((plan['QUERY PLAN'] as Array<{ Plan: Record<string, unknown> }>)[0].Plan);
    return nodes;
  };

  it("stores one request's looks at one body as one row, and shows each look as a row of audit_entry", async () => {
    const writer = new AuditWriter({ pool });
    const looks = [
      look('101'),
      look('102', { subjectHashes: [other], purpose: 'RISK_SCREENING' }),
      look('', {
        recordType: null,
        recordId: null,
        subjectHashes: [],
        fieldDecisions: null,
        agreementIds: [],
        detail: { decision: 'DENIED', reason: 'NO_AGREEMENT', recordTypes: ['DV_WARNING_LETTER'] },
      }),
    ];
    await writer.append([policeLooks('grouped-1', looks)]);

    const rows = await db.sql<{ seq: string; record_id: string | null; subject_hashes: string[]; entries: unknown[] }>(
      'hub',
      'SELECT seq::text, record_id, subject_hashes, agreement_ids::text[] AS agreement_ids, entries FROM audit_event WHERE chain_id = $1',
      [writer.chainId],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ seq: '1', record_id: null, subject_hashes: [person, other] });
    expect(rows[0].entries).toHaveLength(3);

    const entries = await entriesOf(writer.chainId);
    expect(entries).toEqual([
      {
        seq: '1',
        entry_no: '1',
        purpose: 'JOINT_MEDIATION',
        joint_case_id: looks[0].jointCaseId,
        provider: 'POLICE',
        record_type: 'INCIDENT',
        record_id: '101',
        subject_hashes: [person],
        field_decisions: looks[0].fieldDecisions,
        agreement_ids: looks[0].agreementIds,
        detail: { decision: 'GRANTED' },
      },
      expect.objectContaining({
        entry_no: '2',
        purpose: 'RISK_SCREENING',
        record_id: '102',
        subject_hashes: [other],
      }),
      {
        seq: '1',
        entry_no: '3',
        purpose: 'JOINT_MEDIATION',
        joint_case_id: looks[2].jointCaseId,
        provider: 'POLICE',
        record_type: null,
        record_id: null,
        subject_hashes: [],
        field_decisions: null,
        agreement_ids: [],
        detail: { decision: 'DENIED', reason: 'NO_AGREEMENT', recordTypes: ['DV_WARNING_LETTER'] },
      },
    ]);
    await expect(verify()).resolves.toMatchObject({ ok: true });
  });

  describe('a chain holding both row shapes', () => {
    let chainId: string;

    beforeAll(async () => {
      const writer = new AuditWriter({ pool });
      // Rows of one look each (as every row was written before entries), then rows with entries.
      await writer.append([flatLook('old-1'), flatLook('old-2')]);
      await writer.append([policeLooks('new-3', [look('301'), look('302')])]);
      await writer.append([flatLook('old-4'), policeLooks('new-5', [look('501')])]);
      chainId = writer.chainId;
    });

    async function verifyAfter(tamper: string) {
      return withClient(db.adminUrls.hub, async (client) => {
        await client.query('BEGIN');
        try {
          await client.query('ALTER TABLE audit_event DISABLE TRIGGER USER');
          await client.query(tamper, [chainId]);
          await client.query('ALTER TABLE audit_event ENABLE TRIGGER USER');
          return await verifyAuditLog(client, undefined, { pageSize: 2 });
        } finally {
          await client.query('ROLLBACK');
        }
      });
    }

    it('verifies', async () => {
      await expect(verify()).resolves.toMatchObject({ ok: true });
      expect((await entriesOf(chainId)).map((e) => `${e.seq}.${e.entry_no}`)).toEqual([
        '1.1',
        '2.1',
        '3.1',
        '3.2',
        '4.1',
        '5.1',
      ]);
    });

    it.each([
      [
        'the record of an entry',
        `UPDATE audit_event SET entries = jsonb_set(entries, '{1,record_id}', '"303"') WHERE chain_id = $1 AND seq = 3`,
      ],
      [
        'a field decision of an entry',
        `UPDATE audit_event SET entries = jsonb_set(entries, '{0,field_decisions,persons.phone}', '"GRANTED"') WHERE chain_id = $1 AND seq = 3`,
      ],
      [
        'the subjects of an entry',
        `UPDATE audit_event SET entries = entries #- '{1,subject_hashes}' WHERE chain_id = $1 AND seq = 3`,
      ],
      ['an entry removed', `UPDATE audit_event SET entries = entries - 1 WHERE chain_id = $1 AND seq = 3`],
      [
        "the row's subjects (what the report's index finds)",
        `UPDATE audit_event SET subject_hashes = '{}' WHERE chain_id = $1 AND seq = 3`,
      ],
      ['the entries taken off the row', `UPDATE audit_event SET entries = NULL WHERE chain_id = $1 AND seq = 3`],
    ])('names the altered row when %s was changed', async (_what, tamper) => {
      await expect(verifyAfter(tamper)).resolves.toEqual({
        ok: false,
        chainId,
        position: 3,
        reason: expect.stringContaining('hash'),
      });
    });

    it('names an entry added to a row of one look', async () => {
      await expect(
        verifyAfter(`UPDATE audit_event SET entries = '[{"record_id":"x"}]' WHERE chain_id = $1 AND seq = 4`),
      ).resolves.toMatchObject({ ok: false, chainId, position: 4 });
    });
  });

  it('refuses entries with a raw resident ID, an unknown decision, or a record named beside them, queueing nothing', async () => {
    const writer = new AuditWriter({ pool });
    const results = await Promise.allSettled([
      writer.append([policeLooks('raw', [look('1', { subjectHashes: ['11010519491231002X'] })])]),
      writer.append([policeLooks('maybe', [look('1', { fieldDecisions: { caseNumber: 'MAYBE' as 'GRANTED' } })])]),
      writer.append([{ ...policeLooks('beside', [look('1')]), recordId: '1' }]),
      writer.append([policeLooks('none', [])]),
      writer.append([policeLooks('good', [look('1')])]),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected', 'rejected', 'fulfilled']);
    expect((results[0] as PromiseRejectedResult).reason).toEqual(
      expect.objectContaining({ message: expect.stringContaining('keyed hashes') }),
    );
    const rows = await db.sql<{ request_id: string }>('hub', 'SELECT request_id FROM audit_event WHERE chain_id = $1', [
      writer.chainId,
    ]);
    expect(rows).toEqual([{ request_id: 'good' }]);
  });

  it("finds a person's looks inside rows through the subject hash index, and only the looks that name them", async () => {
    const writer = new AuditWriter({ pool });
    const target = hashResidentId(personKey, '330106198001010018');
    // Many rows about others in each of the three row shapes, and one row whose second look
    // (only) names the person.
    const noiseLook = (i: number) => look(`n${i}`, { subjectHashes: [hashResidentId(personKey, `noise-${i}`)] });
    await Promise.all([
      writer.append(Array.from({ length: 1000 }, (_, i) => ({ ...flatLook(`noise-${i}`), ...noiseLook(i) }))),
      writer.append(Array.from({ length: 1000 }, (_, i) => policeLooks(`noise-${i}`, [noiseLook(1000 + i)]))),
      writer.append(
        Array.from({ length: 1000 }, (_, i) =>
          requestLooks(`noise-${i}`, [{ ...noiseLook(2000 + i), provider: i % 2 ? 'POLICE' : 'COURT' }]),
        ),
      ),
    ]);
    await writer.append([
      requestLooks('about-target', [
        look('t1', { subjectHashes: [other], provider: 'COURT' }),
        look('t2', { subjectHashes: [target, other], provider: 'POLICE' }),
      ]),
    ]);
    await db.sql('hub', 'ANALYZE audit_event');

    const found = await db.sql<{ record_type: string; provider: string }>('hub', SUBJECT_ACCESS_SQL, [target]);
    expect(found).toEqual([expect.objectContaining({ provider: 'POLICE', record_type: 'INCIDENT' })]);

    const nodes = await planNodes(SUBJECT_ACCESS_SQL, [target]);
    const onAuditEvent = nodes.filter((node) => node['Relation Name'] === 'audit_event');
    expect(onAuditEvent.length).toBeGreaterThan(0);
    for (const node of onAuditEvent) expect(node['Node Type']).not.toBe('Seq Scan');
    expect(nodes.filter((node) => node['Index Name'] === 'audit_event_subject_idx').length).toBe(onAuditEvent.length);
  });

  it('names the body once: by the row or by every entry, never both, never neither', async () => {
    const writer = new AuditWriter({ pool });
    const refusals = await Promise.allSettled([
      writer.append([requestLooks('no-body', [look('1', { provider: 'POLICE' }), look('2')])]),
      writer.append([policeLooks('twice', [look('3', { provider: 'POLICE' })])]),
    ]);
    for (const refusal of refusals)
      expect(refusal).toEqual({
        status: 'rejected',
        reason: expect.objectContaining({ message: expect.stringContaining('names the provider') }),
      });
    await writer.append([requestLooks('both', [look('4', { provider: 'POLICE' }), look('5', { provider: 'COURT' })])]);
    const rows = await db.sql<{ request_id: string }>('hub', 'SELECT request_id FROM audit_event WHERE chain_id = $1', [
      writer.chainId,
    ]);
    expect(rows).toEqual([{ request_id: 'both' }]);
    await expect(withClient(db.adminUrls.hub, (client) => verifyAuditLog(client))).resolves.toMatchObject({ ok: true });
  });

  it("finds a body's looks in every row shape through an index, and only that body's entries", async () => {
    const writer = new AuditWriter({ pool });
    const bodies = ['COURT', 'JUDICIAL_OFFICE', 'CIVIL_AFFAIRS', 'WOMENS_FEDERATION', 'SECURITY_COMMITTEE'];
    await writer.append(
      Array.from({ length: 3000 }, (_, i) =>
        requestLooks(`others-${i}`, [
          look(`a${i}`, { provider: bodies[i % bodies.length] }),
          look(`b${i}`, { provider: bodies[(i + 1) % bodies.length] }),
        ]),
      ),
    );
    await writer.append(Array.from({ length: 1000 }, (_, i) => ({ ...flatLook(`flat-${i}`), provider: 'COURT' })));
    await writer.append([
      requestLooks('police-and-court', [look('p1', { provider: 'COURT' }), look('p2', { provider: 'POLICE' })]),
      policeLooks('police-only', [look('p3')]),
      flatLook('police-flat'),
    ]);
    await db.sql('hub', 'ANALYZE audit_event');

    const sql = `SELECT request_id, provider, record_id FROM audit_entry
                  WHERE kind = 'RECORD_READ' AND ${lookedAtBody('$1')} AND chain_id = $2
                  ORDER BY request_id, record_id`;
    expect(await db.sql('hub', sql, ['POLICE', writer.chainId])).toEqual([
      { request_id: 'police-and-court', provider: 'POLICE', record_id: 'p2' },
      { request_id: 'police-flat', provider: 'POLICE', record_id: 'police-flat-record' },
      { request_id: 'police-only', provider: 'POLICE', record_id: 'p3' },
    ]);
    const nodes = await planNodes(sql, ['POLICE', writer.chainId]);
    const onAuditEvent = nodes.filter((node) => node['Relation Name'] === 'audit_event');
    expect(onAuditEvent).toHaveLength(3);
    for (const node of onAuditEvent) expect(node['Node Type']).not.toBe('Seq Scan');
    // Bitmap scans name their index on the child node.
    expect(nodes.map((node) => node['Index Name'])).toContain('audit_event_entry_providers_idx');
  });
});

describe('audit rows of a request through the hub', () => {
  let t: TestHub;

  beforeAll(async () => {
    t = await startTestHub();
  });
  afterAll(() => t.close());

  it('commits one row per request, holding one entry per look the response reports, each naming its body', async () => {
    const [{ id: caseId }] = await t.databases.sql<{ id: string }>(
      'hub',
      `SELECT c.id FROM joint_case c WHERE 'COURT' = ANY(c.participating_departments)
          AND EXISTS (SELECT 1 FROM joint_case_record_link l WHERE l.joint_case_id = c.id AND l.department = 'POLICE')
        ORDER BY c.case_number LIMIT 1`,
    );
    const { requestId, body } = await post(
      t,
      await t.token('COURT', Role.MEDIATOR),
      `query($id: ID!) { jointCase(id: $id) { caseNumber linkedRecords { edges { node { record { recordId } } } } } }`,
      { variables: { id: caseId }, purpose: 'JOINT_MEDIATION' },
    );
    const reported: Array<{ department: string }> = body.extensions!.access.records;
    expect(reported.length).toBeGreaterThan(1);
    expect(new Set(reported.map((r) => r.department)).size).toBeGreaterThan(1);
    const rows = await t.databases.sql<{ provider: string | null; entries: Array<{ provider: string }> | null }>(
      'hub',
      `SELECT provider, entries FROM audit_event WHERE request_id = $1 AND kind = 'RECORD_READ'`,
      [requestId],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].provider).toBeNull();
    expect(rows[0].entries!.map((e) => e.provider)).toEqual(reported.map((r) => r.department));
    const [{ n }] = await t.databases.sql<{ n: number }>(
      'hub',
      `SELECT count(*)::int AS n FROM audit_entry WHERE request_id = $1 AND kind = 'RECORD_READ'`,
      [requestId],
    );
    expect(n).toBe(reported.length);
  });

  it('sends no byte of an answer before its audit rows are committed', async () => {
    const [{ id: caseId }] = await t.databases.sql<{ id: string }>(
      'hub',
      `SELECT c.id FROM joint_case c WHERE 'COURT' = ANY(c.participating_departments) ORDER BY c.case_number LIMIT 1`,
    );
    const locker = new Client({ connectionString: t.databases.adminUrls.hub });
    await locker.connect();
    let answered = false;
    let answer: ReturnType<typeof post> | undefined;
    try {
      // Inserts wait for this lock; the answer must wait for them (well within the 5 s commit deadline).
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE audit_event IN SHARE ROW EXCLUSIVE MODE');
      answer = post(
        t,
        await t.token('COURT', Role.MEDIATOR),
        `query($id: ID!) { jointCase(id: $id) { caseNumber linkedRecords { edges { node { record { recordId } } } } } }`,
        { variables: { id: caseId }, purpose: 'JOINT_MEDIATION' },
      );
      void answer.then(() => (answered = true));
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(answered).toBe(false);
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
    const { status, body, requestId } = await answer;
    expect(status).toBe(200);
    expect(body.extensions!.access.records.length).toBeGreaterThan(0);
    const rows = await t.databases.sql('hub', 'SELECT 1 FROM audit_event WHERE request_id = $1', [requestId]);
    expect(rows.length).toBeGreaterThan(0);
  });
});
