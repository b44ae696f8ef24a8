import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { Client, Pool } from 'pg';
import { type AuditEventContent, GENESIS_HASH, hashAuditEvent } from '../../src/audit/audit-hash';
import { AuditKind, type AuditRecord } from '../../src/audit/audit-record';
import { verifyAuditLog } from '../../src/audit/audit-verifier';
import { AuditWriter } from '../../src/audit/audit-writer';
import { createTestDatabases, type TestDatabases } from '../support/test-hub';

/*
 * The writer sends rows column-wise. Rows already in audit logs were stored from their canonical
 * content JSON through jsonb_to_recordset, and every row must keep being stored exactly that way.
 * Each stored row is compared, column by column and as text, with the row jsonb_to_recordset
 * makes of the same content.
 */

const SEED = 20260517;

/** Stored rows beside jsonb_to_recordset's reading of their canonical content JSON with the two hashes added. */
const JSON_DOCUMENT_ROWS = `
  SELECT e.seq::text AS seq,
         (e.occurred_at, e.request_id, e.kind, e.actor_user, e.actor_department, e.actor_role, e.purpose,
          e.joint_case_id, e.provider, e.record_type, e.record_id, e.subject_hashes, e.field_decisions,
          e.agreement_ids, e.detail, e.prev_hash, e.hash)
           IS NOT DISTINCT FROM
         (r.occurred_at, r.request_id, r.kind, r.actor_user, r.actor_department, r.actor_role, r.purpose,
          r.joint_case_id, r.provider, r.record_type, r.record_id, r.subject_hashes, r.field_decisions,
          r.agreement_ids, r.detail, r.prev_hash, r.hash) AS same_values,
         row_to_json(e)::jsonb - 'chain_id' - 'seq' AS stored,
         row_to_json(r)::jsonb - 'chain_id' - 'seq' AS from_json,
         e.field_decisions::text IS NOT DISTINCT FROM r.field_decisions::text AS same_decisions_text,
         e.detail::text IS NOT DISTINCT FROM r.detail::text AS same_detail_text,
         e.occurred_at::text = r.occurred_at::text AS same_time_text,
         array_dims(e.subject_hashes) IS NOT DISTINCT FROM array_dims(r.subject_hashes)
           AND array_dims(e.agreement_ids) IS NOT DISTINCT FROM array_dims(r.agreement_ids) AS same_dims
    FROM jsonb_to_recordset($2::jsonb) AS r(
           chain_id uuid, seq bigint, occurred_at timestamptz, request_id text, kind text,
           actor_user text, actor_department text, actor_role text, purpose text, joint_case_id uuid,
           provider text, record_type text, record_id text, subject_hashes text[],
           field_decisions jsonb, agreement_ids uuid[], detail jsonb, prev_hash text, hash text, entries jsonb)
    FULL JOIN (SELECT * FROM audit_event WHERE chain_id = $1) AS e ON e.seq = r.seq
   ORDER BY coalesce(e.seq, r.seq)`;

/** The content the writer hashes for a record that needs no normalising beyond JSON's own. */
function expectedContent(record: AuditRecord, chainId: string, seq: number): AuditEventContent {
  const json = (value: unknown) =>
    value == null ? null : (JSON.parse(JSON.stringify(value)) as Record<string, unknown>);
  return {
    chain_id: chainId,
    seq,
    occurred_at: record.occurredAt!.toISOString(),
    request_id: record.requestId,
    kind: record.kind,
    actor_user: record.actor.user,
    actor_department: record.actor.department,
    actor_role: record.actor.role,
    purpose: record.purpose ?? null,
    joint_case_id: record.jointCaseId?.toLowerCase() ?? null,
    provider: record.provider ?? null,
    record_type: record.recordType ?? null,
    record_id: record.recordId ?? null,
    subject_hashes: record.subjectHashes ?? [],
    field_decisions: json(record.fieldDecisions),
    agreement_ids: (record.agreementIds ?? []).map((id) => id.toLowerCase()),
    detail: json(record.detail),
  };
}

/** The batch as one JSON document of row objects. */
function jsonDocument(records: readonly AuditRecord[], chainId: string): string {
  let prevHash = GENESIS_HASH;
  const rows = records.map((record, i) => {
    const { hash, contentJson } = hashAuditEvent(prevHash, expectedContent(record, chainId, i + 1));
    const row = `${contentJson.slice(0, -1)},"prev_hash":${JSON.stringify(prevHash)},"hash":"${hash}"}`;
    prevHash = hash;
    return row;
  });
  return `[${rows.join(',')}]`;
}

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

/** Appends `records` with a writer of their own and compares what was stored; gives the chain. */
async function expectStoredAsFromJson(records: readonly AuditRecord[]): Promise<string> {
  const writer = new AuditWriter({ pool });
  await writer.append(records);
  const { rows } = await pool.query(JSON_DOCUMENT_ROWS, [writer.chainId, jsonDocument(records, writer.chainId)]);
  expect(rows.map((r) => r.seq)).toEqual(records.map((_, i) => String(i + 1)));
  for (const row of rows) {
    expect(row.stored).toEqual(row.from_json);
    expect(row).toMatchObject({
      same_values: true,
      same_decisions_text: true,
      same_detail_text: true,
      same_time_text: true,
      same_dims: true,
    });
  }
  return writer.chainId;
}

/** Text with everything an array literal or JSON treats specially, and words Postgres reads as NULL. */
const awkward = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({
    unit: fc.constantFrom('"', '\\', '{', '}', ',', ' ', '\t', '\n', "'", 'N', 'U', 'L', '调', '😀', '\u2028'),
    maxLength: 8,
  }),
  fc.constantFrom('', 'NULL', 'null', ' NULL ', '{}', '{a,b}', '"', '\\', '\\"', 'a"b\\c'),
);
const hex64 = fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 });
const { json } = fc.letrec<{ json: unknown }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small' },
    fc.oneof(
      awkward,
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
      fc.boolean(),
      fc.constantFrom(null, -0, 1e21, 5e-324, 0.1, 2 ** 53 + 2),
    ),
    fc.array(tie('json'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(awkward, fc.constantFrom('__proto__', 'toJSON', 'a', 'aa', 'b')), tie('json'), {
      maxKeys: 4,
    }),
  ),
}));
const nullish = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, fc.constant(null), fc.constant(undefined));

const record: fc.Arbitrary<AuditRecord> = fc.record({
  requestId: awkward,
  kind: fc.constantFrom(...Object.values(AuditKind), 'NULL', 'A', 'X_1') as fc.Arbitrary<AuditKind>,
  actor: fc.record({ user: awkward, department: awkward, role: awkward }),
  purpose: nullish(awkward),
  jointCaseId: nullish(fc.uuid()),
  provider: nullish(awkward),
  recordType: nullish(awkward),
  recordId: nullish(awkward),
  subjectHashes: fc.array(hex64, { maxLength: 3 }),
  fieldDecisions: nullish(fc.dictionary(awkward, fc.constantFrom('GRANTED', 'MASKED', 'DENIED'), { maxKeys: 12 })),
  agreementIds: fc.array(fc.uuid(), { maxLength: 3 }),
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- the JSON arbitrary is wider than the record's detail
  detail: nullish(fc.dictionary(awkward, json, { maxKeys: 5 })) as fc.Arbitrary<AuditRecord['detail']>,
  occurredAt: fc.date({
    min: new Date('0001-01-01T00:00:00.000Z'),
    max: new Date('9999-12-31T23:59:59.999Z'),
    noInvalidDate: true,
  }),
});

describe('AuditWriter storage', () => {
  it('stores every column as jsonb_to_recordset reads it from the canonical content JSON', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 6 }), async (records) => {
        await expectStoredAsFromJson(records);
      }),
      { seed: SEED, numRuns: 120 },
    );
  });

  it('stores text that looks like NULL, braces, quotes and backslashes as text, and empty arrays as empty', async () => {
    const nasty = (i: number): AuditRecord => ({
      requestId: i === 0 ? 'NULL' : `{"a",b\\}`,
      kind: 'NULL' as AuditKind,
      actor: { user: ' NULL ', department: '', role: '"\\' },
      purpose: 'null',
      jointCaseId: randomUUID(),
      provider: null,
      recordType: '{}',
      recordId: 'a,b',
      subjectHashes: [],
      fieldDecisions: { 'parties.name': 'GRANTED', '"': 'MASKED', '\\': 'DENIED', NULL: 'GRANTED' },
      agreementIds: [],
      detail: { decision: 'DENIED', reason: 'NO_AGREEMENT', nested: { list: [null, 'NULL', -0, 1.5e300, '😀'] } },
      occurredAt: new Date('2025-11-24T08:30:00.123Z'),
    });
    const chainId = await expectStoredAsFromJson([nasty(0), nasty(1)]);
    const [row] = (
      await pool.query(
        'SELECT request_id, kind, purpose, provider, subject_hashes, agreement_ids FROM audit_event WHERE chain_id = $1 AND seq = 1',
        [chainId],
      )
    ).rows;
    expect(row).toEqual({
      request_id: 'NULL',
      kind: 'NULL',
      purpose: 'null',
      provider: null,
      subject_hashes: [],
      agreement_ids: [],
    });
  });

  it('leaves a log the verifier passes', async () => {
    const client = new Client({ connectionString: db.adminUrls.hub });
    await client.connect();
    try {
      await expect(verifyAuditLog(client)).resolves.toMatchObject({ ok: true });
    } finally {
      await client.end();
    }
  });
});
