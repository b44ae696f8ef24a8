import { createHash } from 'node:crypto';
import fc from 'fast-check';
import type { Pool } from 'pg';
import {
  type AuditEventContent,
  auditEventHash,
  canonicalJson,
  GENESIS_HASH,
  hashAuditEvent,
} from '../../src/audit/audit-hash';
import { AuditKind, type AuditRecord } from '../../src/audit/audit-record';
import { AuditWriter } from '../../src/audit/audit-writer';

/** Fixed, so every run tries the same cases and a failure reproduces. */
const SEED = 20260516;
const RUNS = { seed: SEED, numRuns: 500 };
const check = <T>(property: fc.IProperty<T>) => fc.assert(property, RUNS);
const checkAsync = <T>(property: fc.IAsyncProperty<T>) => fc.assert(property, { seed: SEED, numRuns: 200 });

/*
 * The hash in its first, plain form. Every stored row was hashed this way and the verifier must
 * keep reproducing it, so the faster implementation has to give the same text and hash for
 * every input, not only for the rows the writer makes.
 */
function referenceCanonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(referenceCanonicalJson).join(',')}]`;
  const entries = Object.keys(value)
    .sort()
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${referenceCanonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}

function referenceAuditEventHash(prevHash: string, content: AuditEventContent): string {
  return createHash('sha256')
    .update(`${prevHash}\n${referenceCanonicalJson(content)}`)
    .digest('hex');
}

const COLUMNS = [
  'chain_id',
  'seq',
  'occurred_at',
  'request_id',
  'kind',
  'actor_user',
  'actor_department',
  'actor_role',
  'purpose',
  'joint_case_id',
  'provider',
  'record_type',
  'record_id',
  'subject_hashes',
  'field_decisions',
  'agreement_ids',
  'detail',
] as const;
const DECISIONS = ['GRANTED', 'MASKED', 'DENIED'] as const;

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
/** Plain, Chinese and emoji text, and the characters JSON escapes or Postgres refuses. */
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({
    unit: fc.oneof(fc.constantFrom('"', '\\', '\u0000', '\n', '\u001f', '\u2028', '调', '解', '😀'), loneSurrogate),
    maxLength: 6,
  }),
);
/** Keys JSON and object property order treat specially, besides any text. */
const key = fc.oneof(
  text,
  fc.constantFrom('__proto__', 'constructor', 'toJSON', '', '10', '9', '01', 'a', 'B', 'é', 'parties.residentId'),
);
const hex64 = fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 });
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

/** jsonb-like values, with what JSON itself would drop or change: undefined, -0, NaN, Infinity. */
const { json } = fc.letrec<{ json: unknown }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small' },
    fc.oneof(text, fc.double(), fc.integer(), fc.boolean(), fc.constantFrom(null, undefined, -0)),
    fc.array(tie('json'), { maxLength: 4 }),
    fc.dictionary(key, tie('json'), { maxKeys: 5 }),
  ),
}));
const jsonObject = fc.dictionary(key, json, { maxKeys: 6 });

const content: fc.Arbitrary<AuditEventContent> = fc.record({
  chain_id: fc.uuid(),
  seq: fc.oneof(fc.nat(), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER })),
  occurred_at: fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  request_id: text,
  kind: fc.oneof(fc.constantFrom(...Object.values(AuditKind)), text),
  actor_user: text,
  actor_department: text,
  actor_role: text,
  purpose: nullable(text),
  joint_case_id: nullable(fc.uuid()),
  provider: nullable(text),
  record_type: nullable(text),
  record_id: nullable(text),
  subject_hashes: fc.array(fc.oneof(hex64, text), { maxLength: 3 }),
  field_decisions: nullable(fc.dictionary(key, fc.oneof(fc.constantFrom(...DECISIONS), json), { maxKeys: 6 })),
  agreement_ids: fc.array(fc.uuid(), { maxLength: 3 }),
  detail: nullable(jsonObject),
});

/** Contents as given, with their columns in another order, and with a column missing, undefined or extra. */
const anyContent: fc.Arbitrary<AuditEventContent> = fc
  .tuple(
    content,
    fc.constantFrom('as-is', 'reversed', 'missing', 'undefined', 'extra'),
    fc.nat({ max: COLUMNS.length - 1 }),
    json,
  )
  .map(([base, variant, i, extra]) => {
    const column = COLUMNS[i];
    const value = { ...base } as Record<string, unknown>;
    if (variant === 'reversed')
      return Object.fromEntries(Object.entries(base).reverse()) as unknown as AuditEventContent;
    if (variant === 'missing') delete value[column];
    if (variant === 'undefined') value[column] = undefined;
    if (variant === 'extra') value.prev_hash = extra;
    return value as unknown as AuditEventContent;
  });

const prevHash = fc.oneof(fc.constant(GENESIS_HASH), hex64, text);

describe(canonicalJson.name, () => {
  it('writes every value as the reference does: nested objects, arrays with holes, undefined, boxed values, null prototypes', () => {
    const anything = fc.anything({
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
      withObjectString: true,
      stringUnit: 'binary',
    });
    check(
      fc.property(fc.oneof(json, jsonObject, anything), (value) =>
        expect(canonicalJson(value)).toBe(referenceCanonicalJson(value)),
      ),
    );
  });
});

describe(auditEventHash.name, () => {
  it('gives the reference hash for every content, and hashAuditEvent gives the same hash and the text it hashed', () => {
    check(
      fc.property(prevHash, anyContent, (prev, row) => {
        const expected = referenceAuditEventHash(prev, row);
        expect(auditEventHash(prev, row)).toBe(expected);
        expect(hashAuditEvent(prev, row)).toEqual({ hash: expected, contentJson: referenceCanonicalJson(row) });
      }),
    );
  });

  it('gives the reference hash for a row as the verifier reads it back (keys in jsonb order, from parsed text)', () => {
    check(
      fc.property(prevHash, content, (prev, row) => {
        const readBack = JSON.parse(JSON.stringify(row)) as AuditEventContent;
        expect(auditEventHash(prev, readBack)).toBe(referenceAuditEventHash(prev, readBack));
      }),
    );
  });
});

/** A one-dimensional Postgres array literal as array_in reads it: quoted or bare items, NULL. */
function parseArrayLiteral(literal: string): (string | null)[] {
  expect(literal.startsWith('{') && literal.endsWith('}')).toBe(true);
  const items: (string | null)[] = [];
  let i = 1;
  if (literal.length === 2) return items;
  for (;;) {
    let value: string | null;
    if (literal[i] === '"') {
      value = '';
      for (i++; literal[i] !== '"'; i++) value += literal[i] === '\\' ? literal[++i] : literal[i];
      i++;
    } else {
      const end = literal.slice(i).search(/[,}]/) + i;
      const bare = literal.slice(i, end);
      value = bare.toUpperCase() === 'NULL' ? null : bare;
      i = end;
    }
    items.push(value);
    if (literal[i] === '}') break;
    expect(literal[i]).toBe(',');
    i++;
  }
  expect(i).toBe(literal.length - 1);
  return items;
}

/** The rows INSERT_BATCH makes of the parameters the writer sent. */
function sentRows(values: unknown[]): Array<AuditEventContent & { prev_hash: string; hash: string }> {
  const [chainId, seqBefore, ...rest] = values as [string, number, ...string[]];
  const [
    occurredAt,
    requestId,
    kind,
    actorUser,
    actorDepartment,
    actorRole,
    purpose,
    jointCaseId,
    provider,
    recordType,
    recordId,
    subjectHashes,
  ] = rest.slice(0, 12).map(parseArrayLiteral);
  const fieldDecisions = JSON.parse(rest[12]) as (Record<string, unknown> | null)[];
  const detail = JSON.parse(rest[13]) as (Record<string, unknown> | null)[];
  const [agreementIds, prevHashes, hashes] = rest.slice(14, 17).map(parseArrayLiteral);
  return occurredAt.map((_, i) => ({
    chain_id: chainId,
    seq: seqBefore + i + 1,
    occurred_at: occurredAt[i]!,
    request_id: requestId[i]!,
    kind: kind[i]!,
    actor_user: actorUser[i]!,
    actor_department: actorDepartment[i]!,
    actor_role: actorRole[i]!,
    purpose: purpose[i],
    joint_case_id: jointCaseId[i],
    provider: provider[i],
    record_type: recordType[i],
    record_id: recordId[i],
    subject_hashes: parseArrayLiteral(subjectHashes[i]!) as string[],
    field_decisions: fieldDecisions[i],
    agreement_ids: parseArrayLiteral(agreementIds[i]!) as string[],
    detail: detail[i],
    prev_hash: prevHashes[i]!,
    hash: hashes[i]!,
  }));
}

describe('AuditWriter rows', () => {
  /** Text Postgres stores unchanged: no NUL, no lone surrogate. */
  const storable = fc
    .oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 }))
    .filter((s) => !s.includes('\u0000'));
  const storableKey = fc.oneof(storable, fc.constantFrom('__proto__', '10', '9', 'parties.residentId'));
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.oneof(
        storable,
        fc.double(),
        fc.boolean(),
        fc.constantFrom(null, undefined, -0),
        fc.date({ noInvalidDate: true }),
      ),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(storableKey, tie('value'), { maxKeys: 5 }),
    ),
  }));
  const record: fc.Arbitrary<AuditRecord> = fc.record({
    requestId: storable,
    kind: fc.constantFrom(...Object.values(AuditKind)),
    actor: fc.record({ user: storable, department: storable, role: storable }),
    purpose: fc.option(storable, { nil: undefined }),
    jointCaseId: nullable(fc.uuid()),
    provider: nullable(storable),
    recordType: nullable(storable),
    recordId: nullable(storable),
    subjectHashes: fc.array(hex64, { maxLength: 3 }),
    fieldDecisions: nullable(
      fc.dictionary(storableKey, fc.option(fc.constantFrom(...DECISIONS), { nil: undefined }), { maxKeys: 6 }),
    ) as fc.Arbitrary<AuditRecord['fieldDecisions']>,
    agreementIds: fc.array(fc.uuid(), { maxLength: 2 }),
    detail: nullable(fc.dictionary(storableKey, value, { maxKeys: 5 })),
  });

  it('sends each record as JSON would carry it, hashed as the verifier recomputes it and linked to the one before', async () => {
    await checkAsync(
      fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 4 }), async (records) => {
        const sent: unknown[][] = [];
        const pool = { query: async (config: { values: unknown[] }) => (sent.push(config.values), { rows: [] }) };
        const writer = new AuditWriter({ pool: pool as unknown as Pool });
        await writer.append(records);
        expect(sent).toHaveLength(1);
        const rows = sentRows(sent[0]);
        expect(rows).toHaveLength(records.length);
        let prev = GENESIS_HASH;
        rows.forEach(({ prev_hash, hash, ...row }, i) => {
          expect(row.chain_id).toBe(writer.chainId);
          expect(row.seq).toBe(i + 1);
          expect(row.request_id).toBe(records[i].requestId);
          expect(row.purpose).toBe(records[i].purpose ?? null);
          expect(row.record_id).toBe(records[i].recordId ?? null);
          expect(row.subject_hashes).toEqual(records[i].subjectHashes);
          expect(row.field_decisions).toEqual(JSON.parse(JSON.stringify(records[i].fieldDecisions ?? null)));
          expect(row.detail).toEqual(JSON.parse(JSON.stringify(records[i].detail ?? null)));
          expect(prev_hash).toBe(prev);
          expect(hash).toBe(referenceAuditEventHash(prev_hash, row));
          prev = hash;
        });
        // The chain's new head, then the rows' entries (none: every record here is a look of its own).
        expect(sent[0].slice(19)).toEqual([rows.length, prev, JSON.stringify(records.map(() => null))]);
      }),
    );
  });

  it('refuses a NUL or a lone surrogate anywhere in fieldDecisions or detail, keys included', async () => {
    await checkAsync(
      fc.asyncProperty(
        record,
        fc.constantFrom('\u0000', '\ud800', '\udfff'),
        fc.constantFrom('detail value', 'detail key', 'nested detail', 'decision key'),
        async (base, bad, where) => {
          const poison = `x${bad}`;
          const changed: AuditRecord =
            where === 'detail value'
              ? { ...base, detail: { ...base.detail, note: poison } }
              : where === 'detail key'
                ? { ...base, detail: { ...base.detail, [poison]: 1 } }
                : where === 'nested detail'
                  ? { ...base, detail: { list: [{ deeper: [poison] }] } }
                  : { ...base, fieldDecisions: { [poison]: 'GRANTED' } };
          const pool = { query: async () => ({ rows: [] }) };
          await expect(new AuditWriter({ pool: pool as unknown as Pool }).append([changed])).rejects.toThrow(
            bad === '\u0000' ? /contains a NUL character/ : /is not well-formed Unicode/,
          );
        },
      ),
    );
  });
});
