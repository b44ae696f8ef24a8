import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import type { Logger } from '../common/logger';
import { type AuditEntryContent, type AuditEventContent, auditEventHash, GENESIS_HASH } from './audit-hash';
import type { AuditRecord, AuditRecordEntry } from './audit-record';
import { UUID } from '../common/ids';

export interface AuditWriterOptions {
  /** The hub database. */
  pool: Pool;
  log?: Logger;
  /** Most rows per batch; an append larger than this is still written whole, on its own. */
  maxBatchSize?: number;
  /** Told of every batch written: its rows, how long its statement took, whether it committed (metrics). */
  onBatch?: (batch: { rows: number; ms: number; committed: boolean }) => void;
}

interface Pending {
  contents: Omit<AuditEventContent, 'chain_id' | 'seq'>[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

const SUBJECT_HASH = /^[0-9a-f]{64}$/;
const KIND = /^[A-Z][A-Z0-9_]*$/;
const FIELD_DECISIONS = new Set(['GRANTED', 'MASKED', 'DENIED']);

/**
 * One statement per batch: the rows, and the chain's anchor moved to the batch's last row.
 * A single statement is its own transaction, so the rows and the anchor commit together or
 * not at all, and the promise of `query` settles only after that commit.
 *
 * It is a named prepared statement, so each connection parses it once and soon keeps one plan:
 * parsing and planning it for every batch cost Postgres about as much CPU as inserting three rows.
 * The rows come column-wise, one array per column, which Postgres reads for a few µs less per row
 * than one JSON document of row objects (parsed whole, then looked up field by field). The three
 * jsonb columns come as one JSON array each, read by position, where a JSON null stands for NULL;
 * the chain is sent once and a row's seq follows from its position.
 */
const INSERT_BATCH = {
  name: 'mediation_hub_audit_batch_entries',
  text: `
  WITH inserted AS (
    INSERT INTO audit_event (
      chain_id, seq, occurred_at, request_id, kind, actor_user, actor_department, actor_role,
      purpose, joint_case_id, provider, record_type, record_id, subject_hashes, field_decisions,
      agreement_ids, detail, prev_hash, hash, entries)
    SELECT $1::uuid, $2::bigint + r.n, r.occurred_at, r.request_id, r.kind, r.actor_user, r.actor_department,
           r.actor_role, r.purpose, r.joint_case_id, r.provider, r.record_type, r.record_id, r.subject_hashes::text[],
           nullif($15::jsonb -> (r.n::int - 1), 'null'), r.agreement_ids::uuid[],
           nullif($16::jsonb -> (r.n::int - 1), 'null'), r.prev_hash, r.hash,
           nullif($22::jsonb -> (r.n::int - 1), 'null')
      FROM unnest($3::timestamptz[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                  $10::uuid[], $11::text[], $12::text[], $13::text[], $14::text[], $17::text[], $18::text[], $19::text[])
           WITH ORDINALITY AS r(occurred_at, request_id, kind, actor_user, actor_department, actor_role, purpose,
                joint_case_id, provider, record_type, record_id, subject_hashes, agreement_ids, prev_hash, hash, n)
    RETURNING 1
  )
  INSERT INTO audit_chain (chain_id, head_seq, head_hash)
  SELECT $1::uuid, $20::bigint, $21::text FROM (SELECT count(*) AS n FROM inserted) AS i WHERE i.n > 0
  ON CONFLICT (chain_id) DO UPDATE SET head_seq = EXCLUDED.head_seq, head_hash = EXCLUDED.head_hash`,
} as const;

/**
 * The hub's audit writer (architecture principle 4: no answer without its audit record).
 *
 * Each instance is one hash chain. Records from concurrent requests are group-committed:
 * while one batch is being written, new appends queue up and go out together as the next
 * batch. `append` settles only once the batch holding its records has committed (or failed).
 */
export class AuditWriter {
  /** This writer's chain; a new one per instance, so writers never contend for a head. */
  readonly chainId = randomUUID();
  private readonly pool: Pool;
  private readonly log?: Logger;
  private readonly maxBatchSize: number;
  private readonly onBatch?: AuditWriterOptions['onBatch'];
  private queue: Pending[] = [];
  private draining: Promise<void> | null = null;
  private closed = false;
  /** The last committed row; false after a failure, when the database's anchor decides. */
  private headSeq = 0;
  private headHash = GENESIS_HASH;
  private headKnown = true;
  private readonly counters = { batches: 0, rows: 0, failedBatches: 0 };

  constructor(options: AuditWriterOptions) {
    this.pool = options.pool;
    this.log = options.log;
    this.maxBatchSize = options.maxBatchSize ?? 1000;
    this.onBatch = options.onBatch;
    if (!Number.isInteger(this.maxBatchSize) || this.maxBatchSize < 1)
      throw new RangeError('maxBatchSize must be a positive integer');
  }

  /** Batches committed, rows in them, batches that failed. */
  get stats(): Readonly<{ batches: number; rows: number; failedBatches: number }> {
    return { ...this.counters };
  }

  /**
   * Resolves once `records` are committed; rejects if their batch failed (then none of them
   * is stored) or if a record is malformed (then nothing is queued, and no one else's batch
   * is affected).
   */
  append(records: readonly AuditRecord[]): Promise<void> {
    if (records.length === 0) return Promise.resolve();
    if (this.closed) return Promise.reject(new Error('AuditWriter is closed'));
    let contents: Pending['contents'];
    try {
      const now = new Date();
      contents = records.map((record) => toContent(record, now));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ contents, resolve, reject });
      this.draining ??= this.drain();
    });
  }

  /**
   * Writes `records` inside the caller's transaction (a write and its audit commit together or
   * not at all), as a chain of their own: a new chain id, anchored in audit_chain in the same
   * statement. Each such chain is written once, whole, so it stays linear without sharing a
   * head with the group-commit chain; `audit verify` walks it like any other.
   */
  async writeWithin(
    db: { query(text: string, values: unknown[]): Promise<unknown> },
    records: readonly AuditRecord[],
  ): Promise<void> {
    if (records.length === 0) return;
    const now = new Date();
    const chainId = randomUUID();
    const columns = new BatchColumns();
    let prevHash = GENESIS_HASH;
    records.forEach((record, i) => {
      const content: AuditEventContent = { ...toContent(record, now), chain_id: chainId, seq: i + 1 };
      const hash = auditEventHash(prevHash, content);
      columns.add(content, prevHash, hash);
      prevHash = hash;
    });
    await db.query(INSERT_BATCH.text, columns.values(chainId, 0, records.length, prevHash));
  }

  /** Refuses new appends and waits until everything already appended has settled. */
  async close(): Promise<void> {
    this.closed = true;
    while (this.draining) await this.draining;
  }

  private async drain(): Promise<void> {
    // Let the appends of the current turn of the event loop join the first batch.
    await new Promise<void>((resolve) => setImmediate(resolve));
    try {
      while (this.queue.length > 0) {
        await this.writeBatch(this.takeBatch());
      }
    } finally {
      // In the same synchronous step as the empty-queue check, so no append can slip between
      // them and wait for a drain that has already ended.
      this.draining = null;
    }
  }

  /** Whole appends, oldest first, up to maxBatchSize rows (at least one append). */
  private takeBatch(): Pending[] {
    let rows = 0;
    let count = 0;
    while (count < this.queue.length) {
      const size = this.queue[count].contents.length;
      if (count > 0 && rows + size > this.maxBatchSize) break;
      rows += size;
      count++;
    }
    return this.queue.splice(0, count);
  }

  private async writeBatch(batch: Pending[]): Promise<void> {
    const started = Date.now();
    const rows = batch.reduce((n, pending) => n + pending.contents.length, 0);
    try {
      if (!this.headKnown) await this.reloadHead();
      const seqBefore = this.headSeq;
      let seq = seqBefore;
      let prevHash = this.headHash;
      const columns = new BatchColumns();
      for (const pending of batch) {
        for (const partial of pending.contents) {
          seq++;
          const content: AuditEventContent = { ...partial, chain_id: this.chainId, seq };
          const hash = auditEventHash(prevHash, content);
          columns.add(content, prevHash, hash);
          prevHash = hash;
        }
      }
      await this.pool.query({ ...INSERT_BATCH, values: columns.values(this.chainId, seqBefore, seq, prevHash) });
      this.headSeq = seq;
      this.headHash = prevHash;
      this.counters.batches++;
      this.counters.rows += seq - seqBefore;
      this.onBatch?.({ rows, ms: Date.now() - started, committed: true });
    } catch (error) {
      this.onBatch?.({ rows, ms: Date.now() - started, committed: false });
      // The outcome of a failed statement may be unknown (a connection lost during commit):
      // the next batch continues from the anchor in the database rather than from memory.
      this.headKnown = false;
      this.counters.failedBatches++;
      this.log?.error({ err: error, chainId: this.chainId, appends: batch.length }, 'audit batch failed');
      for (const pending of batch) pending.reject(error);
      return;
    }
    for (const pending of batch) pending.resolve();
  }

  private async reloadHead(): Promise<void> {
    const { rows } = await this.pool.query<{ head_seq: string; head_hash: string }>(
      'SELECT head_seq::text, head_hash FROM audit_chain WHERE chain_id = $1',
      [this.chainId],
    );
    this.headSeq = rows.length ? Number(rows[0].head_seq) : 0;
    this.headHash = rows.length ? rows[0].head_hash : GENESIS_HASH;
    this.headKnown = true;
  }
}

/**
 * A batch's rows as INSERT_BATCH's parameters: Postgres array literals, one per column, and the
 * two jsonb columns as JSON arrays. Every item of a literal is quoted, so no text is read as NULL
 * or split at a comma or brace; a row's subject hashes and agreement ids (hex digits and uuids,
 * checked in `toContent`) go as array literals of their own, items of a text[].
 */
class BatchColumns {
  private occurredAt = '';
  private requestId = '';
  private kind = '';
  private actorUser = '';
  private actorDepartment = '';
  private actorRole = '';
  private purpose = '';
  private jointCaseId = '';
  private provider = '';
  private recordType = '';
  private recordId = '';
  private subjectHashes = '';
  private agreementIds = '';
  private prevHash = '';
  private hash = '';
  private readonly fieldDecisions: (Record<string, unknown> | null)[] = [];
  private readonly detail: (Record<string, unknown> | null)[] = [];
  private readonly entries: (AuditEntryContent[] | null)[] = [];

  add(content: AuditEventContent, prevHash: string, hash: string): void {
    const first = this.fieldDecisions.length === 0;
    this.requestId = item(this.requestId, first, content.request_id);
    this.kind = item(this.kind, first, content.kind);
    this.actorUser = item(this.actorUser, first, content.actor_user);
    this.actorDepartment = item(this.actorDepartment, first, content.actor_department);
    this.actorRole = item(this.actorRole, first, content.actor_role);
    this.purpose = item(this.purpose, first, content.purpose);
    this.provider = item(this.provider, first, content.provider);
    this.recordType = item(this.recordType, first, content.record_type);
    this.recordId = item(this.recordId, first, content.record_id);
    // Times, uuids and hex digits hold no quote or backslash: quoted as they are.
    this.occurredAt = plainItem(this.occurredAt, first, content.occurred_at);
    this.jointCaseId = plainItem(this.jointCaseId, first, content.joint_case_id);
    this.subjectHashes = plainItem(this.subjectHashes, first, `{${content.subject_hashes.join(',')}}`);
    this.agreementIds = plainItem(this.agreementIds, first, `{${content.agreement_ids.join(',')}}`);
    this.prevHash = plainItem(this.prevHash, first, prevHash);
    this.hash = plainItem(this.hash, first, hash);
    this.fieldDecisions.push(content.field_decisions);
    this.detail.push(content.detail);
    this.entries.push(content.entries ?? null);
  }

  /** INSERT_BATCH's $1…$22. */
  values(chainId: string, seqBefore: number, headSeq: number, headHash: string): unknown[] {
    return [
      chainId,
      seqBefore,
      `{${this.occurredAt}}`,
      `{${this.requestId}}`,
      `{${this.kind}}`,
      `{${this.actorUser}}`,
      `{${this.actorDepartment}}`,
      `{${this.actorRole}}`,
      `{${this.purpose}}`,
      `{${this.jointCaseId}}`,
      `{${this.provider}}`,
      `{${this.recordType}}`,
      `{${this.recordId}}`,
      `{${this.subjectHashes}}`,
      JSON.stringify(this.fieldDecisions),
      JSON.stringify(this.detail),
      `{${this.agreementIds}}`,
      `{${this.prevHash}}`,
      `{${this.hash}}`,
      headSeq,
      headHash,
      JSON.stringify(this.entries),
    ];
  }
}

/** `list` with one more array-literal item: NULL, or the text quoted with `"` and `\` escaped. */
function item(list: string, first: boolean, value: string | null): string {
  if (value !== null && (value.includes('"') || value.includes('\\'))) value = value.replace(/["\\]/g, '\\$&');
  return plainItem(list, first, value);
}

/** `item` for text known to hold no `"` or `\`. */
function plainItem(list: string, first: boolean, value: string | null): string {
  const quoted = value === null ? 'NULL' : `"${value}"`;
  return first ? quoted : `${list},${quoted}`;
}

/**
 * Checks and normalises one record into exactly what Postgres will store and give back, so
 * the verifier's recomputed hash matches: uuids lower-cased, JSON round-tripped, times at
 * millisecond precision, and no strings Postgres would reject or alter (NUL, lone surrogates).
 */
function toContent(record: AuditRecord, now: Date): Pending['contents'][number] {
  const occurredAt = record.occurredAt ?? now;
  if (!(occurredAt instanceof Date) || Number.isNaN(occurredAt.getTime()))
    fail(record, 'occurredAt must be a valid Date');
  const year = occurredAt.getUTCFullYear();
  if (year < 1 || year > 9999) fail(record, 'occurredAt is out of range');
  const kind = text(record, record.kind, 'kind');
  if (!KIND.test(kind)) fail(record, 'kind must be SCREAMING_SNAKE');
  if (record.actor == null || typeof record.actor !== 'object') fail(record, 'actor is required');
  const subjectHashes = subjectHashesOf(record, record.subjectHashes, 'subjectHashes');
  const fieldDecisions = decisions(record, record.fieldDecisions, 'fieldDecisions');
  let agreementIds = (record.agreementIds ?? []).map((id, i) => uuid(record, id, `agreementIds[${i}]`));
  let entries: AuditEntryContent[] | undefined;
  if (record.entries !== undefined) {
    if (!Array.isArray(record.entries) || record.entries.length === 0)
      fail(record, 'entries must be a non-empty array');
    if (record.recordType != null || record.recordId != null || fieldDecisions !== null)
      fail(record, 'a record with entries names its records and field decisions in them');
    entries = record.entries.map((entry, i) => entryContent(record, entry, `entries[${i}]`));
    // The body of each look is named once: by the record (its looks at one body) or by every entry.
    const named = entries.filter((entry) => entry.provider !== undefined).length;
    if (record.provider != null ? named > 0 : named < entries.length)
      fail(record, 'either the record or every one of its entries names the provider');
    // The row's arrays hold every entry's: its subject hashes are what the subject access report's index finds.
    const subjects = new Set(subjectHashes);
    const agreements = new Set(agreementIds);
    for (const entry of entries) {
      for (const hash of entry.subject_hashes ?? []) subjects.add(hash);
      for (const id of entry.agreement_ids ?? []) agreements.add(id);
    }
    subjectHashes.splice(0, subjectHashes.length, ...subjects);
    agreementIds = [...agreements];
  }
  const content: Pending['contents'][number] = {
    occurred_at: occurredAt.toISOString(),
    request_id: text(record, record.requestId, 'requestId'),
    kind,
    actor_user: text(record, record.actor.user, 'actor.user'),
    actor_department: text(record, record.actor.department, 'actor.department'),
    actor_role: text(record, record.actor.role, 'actor.role'),
    purpose: optionalText(record, record.purpose, 'purpose'),
    joint_case_id: record.jointCaseId == null ? null : uuid(record, record.jointCaseId, 'jointCaseId'),
    provider: optionalText(record, record.provider, 'provider'),
    record_type: optionalText(record, record.recordType, 'recordType'),
    record_id: optionalText(record, record.recordId, 'recordId'),
    subject_hashes: subjectHashes,
    field_decisions: fieldDecisions,
    agreement_ids: agreementIds,
    detail: jsonObject(record, record.detail, 'detail'),
  };
  if (entries) content.entries = entries;
  return content;
}

/** One entry as stored: only the keys with a value, each checked like the column it stands for. */
function entryContent(record: AuditRecord, entry: AuditRecordEntry, name: string): AuditEntryContent {
  if (entry == null || typeof entry !== 'object') fail(record, `${name} must be an object`);
  const out: AuditEntryContent = {};
  const provider = optionalText(record, entry.provider, `${name}.provider`);
  if (provider !== null) out.provider = provider;
  const purpose = optionalText(record, entry.purpose, `${name}.purpose`);
  if (purpose !== null) out.purpose = purpose;
  if (entry.jointCaseId != null) out.joint_case_id = uuid(record, entry.jointCaseId, `${name}.jointCaseId`);
  const recordType = optionalText(record, entry.recordType, `${name}.recordType`);
  if (recordType !== null) out.record_type = recordType;
  const recordId = optionalText(record, entry.recordId, `${name}.recordId`);
  if (recordId !== null) out.record_id = recordId;
  const subjects = subjectHashesOf(record, entry.subjectHashes, `${name}.subjectHashes`);
  if (subjects.length > 0) out.subject_hashes = subjects;
  const fields = decisions(record, entry.fieldDecisions, `${name}.fieldDecisions`);
  if (fields !== null) out.field_decisions = fields;
  const agreements = (entry.agreementIds ?? []).map((id, i) => uuid(record, id, `${name}.agreementIds[${i}]`));
  if (agreements.length > 0) out.agreement_ids = agreements;
  const detail = jsonObject(record, entry.detail, `${name}.detail`);
  if (detail !== null) out.detail = detail;
  return out;
}

function subjectHashesOf(record: AuditRecord, hashes: unknown, name: string): string[] {
  if (hashes == null) return [];
  if (!Array.isArray(hashes)) fail(record, `${name} must be an array`);
  const out = hashes.map((hash, i) => text(record, hash, `${name}[${i}]`));
  // A raw resident ID number must never reach the log: only keyed hashes pass.
  if (out.some((hash) => !SUBJECT_HASH.test(hash)))
    fail(record, 'subjectHashes must be keyed hashes (64 lowercase hex digits)');
  return out;
}

function decisions(record: AuditRecord, value: unknown, name: string): Record<string, unknown> | null {
  const fieldDecisions = jsonObject(record, value, name);
  if (fieldDecisions && Object.values(fieldDecisions).some((decision) => !FIELD_DECISIONS.has(decision as string))) {
    fail(record, 'fieldDecisions values must be GRANTED, MASKED or DENIED');
  }
  return fieldDecisions;
}

function fail(record: AuditRecord, reason: string): never {
  throw new TypeError(`invalid audit record (request ${String(record?.requestId)}): ${reason}`);
}

function text(record: AuditRecord, value: unknown, name: string): string {
  if (typeof value !== 'string') fail(record, `${name} must be a string`);
  checkString(record, value, name);
  return value;
}

function optionalText(record: AuditRecord, value: unknown, name: string): string | null {
  return value == null ? null : text(record, value, name);
}

function uuid(record: AuditRecord, value: unknown, name: string): string {
  const lower = text(record, value, name).toLowerCase();
  if (!UUID.test(lower)) fail(record, `${name} must be a uuid`);
  return lower;
}

/** The object as JSON carries it (what Postgres stores), every string in it checked. */
function jsonObject(record: AuditRecord, value: unknown, name: string): Record<string, unknown> | null {
  if (value == null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) fail(record, `${name} must be an object`);
  const copy = plainJsonCopy(value, 0);
  if (copy !== NOT_PLAIN) return copy as Record<string, unknown>;
  // Whatever JSON would change (toJSON, non-finite numbers, class instances, cycles) or the
  // checks refuse goes the long way, which also gives the refusal its message.
  const normalised = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  checkJson(record, normalised, name);
  return normalised;
}

const NOT_PLAIN: unique symbol = Symbol('not plain JSON');
/** Deeper values take the long way, where a cycle gets JSON.stringify's own error. */
const MAX_PLAIN_DEPTH = 64;

/**
 * A copy of `value` equal to `JSON.parse(JSON.stringify(value))` with no string that
 * `checkJson` would refuse, or NOT_PLAIN when that cannot be had in one walk: plain objects
 * and arrays, finite numbers, booleans, null and storable strings. As JSON does, undefined
 * object members are dropped, undefined array items become null and -0 becomes 0.
 */
function plainJsonCopy(value: unknown, depth: number): unknown {
  switch (typeof value) {
    case 'string':
      return isStorable(value) ? value : NOT_PLAIN;
    case 'number':
      return Number.isFinite(value) ? (value === 0 ? 0 : value) : NOT_PLAIN;
    case 'boolean':
      return value;
    case 'object':
      break;
    default:
      return NOT_PLAIN;
  }
  if (value === null) return null;
  if (depth >= MAX_PLAIN_DEPTH || typeof (value as { toJSON?: unknown }).toJSON === 'function') return NOT_PLAIN;
  const proto: unknown = Object.getPrototypeOf(value);
  if (Array.isArray(value)) {
    if (proto !== Array.prototype) return NOT_PLAIN;
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const copy = item === undefined ? null : plainJsonCopy(item, depth + 1);
      if (copy === NOT_PLAIN) return NOT_PLAIN;
      out[i] = copy;
    }
    return out;
  }
  if (proto !== Object.prototype && proto !== null) return NOT_PLAIN;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(source)) {
    const item = source[key];
    if (item === undefined) continue;
    // An own `__proto__` member cannot be copied by assignment.
    if (key === '__proto__' || !isStorable(key)) return NOT_PLAIN;
    const copy = plainJsonCopy(item, depth + 1);
    if (copy === NOT_PLAIN) return NOT_PLAIN;
    out[key] = copy;
  }
  return out;
}

/**
 * Postgres refuses a NUL in text and jsonb, and a lone surrogate, sent as UTF-8, would be stored
 * as U+FFFD, so the stored row would no longer match its hash.
 */
function isStorable(value: string): boolean {
  return !value.includes('\u0000') && isWellFormed(value);
}

/** String.prototype.isWellFormed (Node 20; not in the ES2022 lib): no lone surrogate. */
const isWellFormed = (value: string): boolean => (value as unknown as { isWellFormed(): boolean }).isWellFormed();

function checkString(record: AuditRecord, value: string, name: string): void {
  if (value.includes('\u0000')) fail(record, `${name} contains a NUL character`);
  if (!isWellFormed(value)) fail(record, `${name} is not well-formed Unicode`);
}

function checkJson(record: AuditRecord, value: unknown, name: string): void {
  if (typeof value === 'string') checkString(record, value, name);
  else if (Array.isArray(value)) value.forEach((item, i) => checkJson(record, item, `${name}[${i}]`));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      checkString(record, key, `${name} key`);
      checkJson(record, item, `${name}.${key}`);
    }
  }
}
