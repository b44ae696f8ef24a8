import DataLoader from 'dataloader';
import type { AccessDecision } from '../agreements/access-decision';
import type { PolicySnapshot } from '../agreements/policy-directory';
import { projectionFor, residentIdsNamedIn, type ShapedRecord, shapeGrantedRecord } from '../agreements/record-shaper';
import { HubError } from '../common/hub-error';
import type { Logger } from '../common/logger';
import { warningThrottleOf } from '../observability/warning-throttle';
import { classifyFailure, SourceFailure, type SourceStatus } from '../connectors/circuit-breaker';
import type { DepartmentDefinition, PersonRecordRef, RecordTypeSource } from '../connectors/department-definition';
import type { DepartmentSources } from '../connectors/department-sources';
import { findRecordsOfPersons, type RecordRow, recordFromRow, recordQuery } from '../connectors/record-query';

export type ReadableDecision = Exclude<AccessDecision, { kind: 'DENIED' }>;

/** Signatures by decision: a request reads many records under one decision (decisions are never changed once made). */
const signatures = new WeakMap<ReadableDecision, string>();

/** What a decision lets a read select and shows, as text: reads under equal decisions share a statement. */
function decisionSignature(decision: ReadableDecision): string {
  if (decision.kind === 'OWNER') return 'OWNER';
  let signature = signatures.get(decision);
  if (signature === undefined) {
    signature = [...decision.fields]
      .map(([path, access]) => `${path}:${access.mask}`)
      .sort()
      .join(',');
    signatures.set(decision, signature);
  }
  return signature;
}

/** One kind of a body's records read under one decision: what to select and how to shape it. */
interface KindRead {
  source: RecordTypeSource;
  decision: ReadableDecision;
  projection: ReadonlySet<string>;
}

/** A person's records at one body: the references in order, and the records of one page of them. */
export interface PersonRecordsRead {
  refs: PersonRecordRef[];
  /** By `recordType:recordId`; only the references in the window asked for. */
  records: Map<string, ShapedRecord>;
}

const KIND_NAME = /^[A-Z][A-Z0-9_]*$/;

function kindLiteral(source: RecordTypeSource): string {
  if (!KIND_NAME.test(source.name)) throw new Error(`Record kind ${source.name} is not SCREAMING_SNAKE`);
  return `'${source.name}'`;
}

/**
 * The kinds' projected SELECTs as one UNION ALL of `(k, r)` rows: the kind read's position in
 * `kinds` and the record as JSON, so kinds with different columns travel in one statement.
 * `idsOf(i)` is the SQL giving the ids of the i-th kind read. `columnsBefore` pads each row
 * with NULLs to match columns a caller puts first.
 */
function kindsUnion(
  kinds: readonly KindRead[],
  idsOf: (i: number, read: KindRead) => string,
  columnsBefore = '',
): string {
  return kinds
    .map(
      (read, i) =>
        `SELECT ${columnsBefore}${i} AS k, row_to_json(q) AS r FROM (${recordQuery(read.source, read.projection, idsOf(i, read))}) q`,
    )
    .join(' UNION ALL ');
}

/**
 * Per-request reads of department records. Every record a request reads of one body comes in
 * one statement, whatever its kinds and decisions: each kind selects only its granted fields,
 * and each record is masked before anything else sees it. Created fresh for each request, so
 * nothing is cached across requests or actors.
 */
export class RecordLoaders {
  private readonly loaders = new Map<string, DataLoader<string, ShapedRecord | null>>();
  private readonly kindReads = new Map<string, KindRead>();
  private readonly personRecordFinders = new Map<string, DataLoader<string, PersonRecordRef[]>>();
  /** Every body this request read from, with how it answered (its first failure, else UP). */
  readonly sourceStatus = new Map<string, SourceStatus>();

  constructor(
    private readonly sources: DepartmentSources,
    /** The request's logger, made on first use. */
    private readonly log: () => Logger,
    /** Keyed hash of a resident ID number, to look up protected persons. */
    private readonly hashResidentId: (residentId: string) => string,
  ) {}

  /** References to one body's records of a person; every person asked for in a request in one statement. */
  findRecordsOfPerson(department: string, residentId: string): Promise<PersonRecordRef[]> {
    let finder = this.personRecordFinders.get(department);
    if (!finder) {
      const { definition, db } = this.sources.get(department);
      finder = new DataLoader(async (residentIds) => {
        const refs = await this.fromSource(department, () => findRecordsOfPersons(db, definition, residentIds));
        return residentIds.map((id) => refs.filter((ref) => ref.residentId === id));
      });
      this.personRecordFinders.set(department, finder);
    }
    return finder.load(residentId);
  }

  /**
   * Whether the owner holds a record: its id alone is selected, nothing of its content (for
   * checking a link before it is made).
   */
  async exists(department: string, recordType: string, recordId: string): Promise<boolean> {
    const { definition, db } = this.sources.get(department);
    const source = definition.recordTypes.find((t) => t.name === recordType);
    if (!source || !/^\d{1,18}$/.test(recordId)) return false;
    const rows = await this.fromSource(department, () => db.query(recordQuery(source, new Set()), [[recordId]]));
    return rows.length > 0;
  }

  /** One record, shaped by the decision; batched with every other record the request reads of this body. */
  load(
    department: string,
    recordType: string,
    recordId: string,
    decision: ReadableDecision,
    policy: PolicySnapshot,
  ): Promise<ShapedRecord | null> {
    const { definition } = this.sources.get(department);
    const kindKey = this.kindReadKey(definition, recordType, decision);
    let loader = this.loaders.get(department);
    if (!loader) {
      loader = new DataLoader((keys) => this.loadBatch(department, keys, policy));
      this.loaders.set(department, loader);
    }
    return loader.load(`${kindKey}\u0001${recordId}`);
  }

  /**
   * A person's records at one body in one statement: the connector's lookup of the person's
   * references (of the readable kinds, each record once, newest first), and in the same
   * statement the records of the references at positions `from` < n ≤ `to` (one page).
   */
  async personRecords(
    department: string,
    residentId: string,
    decisions: ReadonlyMap<string, ReadableDecision>,
    window: { from: number; to: number },
    policy: PolicySnapshot,
  ): Promise<PersonRecordsRead> {
    const { definition, db } = this.sources.get(department);
    const kinds = [...decisions].map(([recordType, decision]) =>
      this.kindReads.get(this.kindReadKey(definition, recordType, decision))!,
    );
    // The connector's statement keeps its own order; row_number() over its output carries it.
    const statement =
      `WITH found AS (SELECT f."recordType", f."recordId", row_number() OVER () AS n FROM (${definition.personRecordsQuery}) f WHERE f."recordType" = ANY($2::text[])), ` +
      `refs AS (SELECT "recordType", "recordId", row_number() OVER (ORDER BY min(n)) AS pos FROM found GROUP BY "recordType", "recordId") ` +
      `SELECT "recordType" AS t, "recordId" AS id, pos, NULL::int AS k, NULL::json AS r FROM refs UNION ALL ` +
      kindsUnion(
        kinds,
        (_i, read) =>
          `ARRAY(SELECT "recordId"::bigint FROM refs WHERE "recordType" = ${kindLiteral(read.source)} AND pos > $3 AND pos <= $4)`,
        'NULL, NULL, NULL, ',
      );
    const rows = await this.fromSource(department, () =>
      db.query<{ t: string | null; id: string | null; pos: string | null; k: number | null; r: RecordRow | null }>(
        statement,
        [[residentId], kinds.map((read) => read.source.name), window.from, window.to],
      ),
    );
    const refs: Array<PersonRecordRef & { pos: number }> = [];
    const records = new Map<string, ShapedRecord>();
    for (const row of rows) {
      if (row.r) {
        const read = kinds[row.k!];
        records.set(`${read.source.name}:${row.r.recordId}`, this.shape(department, read, row.r, policy));
      } else {
        refs.push({ residentId, recordType: row.t!, recordId: row.id!, pos: Number(row.pos) });
      }
    }
    refs.sort((a, b) => a.pos - b.pos);
    return { refs: refs.map(({ pos: _pos, ...ref }) => ref), records };
  }

  private kindReadKey(definition: DepartmentDefinition, recordType: string, decision: ReadableDecision): string {
    const key = `${definition.code}\u0000${recordType}\u0000${decisionSignature(decision)}`;
    if (!this.kindReads.has(key)) {
      const source = definition.recordTypes.find((t) => t.name === recordType);
      if (!source) throw HubError.badInput(`Body ${definition.code} has no record type "${recordType}"`);
      this.kindReads.set(key, { source, decision, projection: projectionFor(source, decision) });
    }
    return key;
  }

  private async loadBatch(
    department: string,
    keys: readonly string[],
    policy: PolicySnapshot,
  ): Promise<Array<ShapedRecord | null>> {
    const idsByKind = new Map<string, string[]>();
    for (const key of keys) {
      const [kindKey, recordId] = key.split('\u0001');
      // Ids in a body's system are bigints; anything else cannot exist there, so it is not sent.
      if (!/^\d{1,18}$/.test(recordId)) continue;
      const ids = idsByKind.get(kindKey);
      if (ids) ids.push(recordId);
      else idsByKind.set(kindKey, [recordId]);
    }
    const kindKeys = [...idsByKind.keys()];
    const byKey = new Map<string, ShapedRecord>();
    if (kindKeys.length > 0) {
      const { db } = this.sources.get(department);
      const kinds = kindKeys.map((k) => this.kindReads.get(k)!);
      const statement = kindsUnion(kinds, (i) => `$${i + 1}::bigint[]`);
      const rows = await this.fromSource(department, () =>
        db.query<{ k: number; r: RecordRow }>(
          statement,
          kindKeys.map((k) => idsByKind.get(k)!),
        ),
      );
      for (const { k, r } of rows)
        byKey.set(`${kindKeys[k]}\u0001${r.recordId}`, this.shape(department, kinds[k], r, policy));
    }
    return keys.map((key) => byKey.get(key) ?? null);
  }

  private shape(department: string, read: KindRead, row: RecordRow, policy: PolicySnapshot): ShapedRecord {
    const record = recordFromRow(department, read.source, row);
    if (read.decision.kind === 'OWNER') {
      const subjectHashes = residentIdsNamedIn(row, read.source).map(this.hashResidentId);
      return { record, fields: {}, subjectHashes };
    }
    return shapeGrantedRecord(record, {
      department,
      source: read.source,
      decision: read.decision,
      hashResidentId: this.hashResidentId,
      protectionOf: policy.protectionOf.bind(policy),
    });
  }

  /**
   * A failed read is logged in full and answered as SOURCE_UNAVAILABLE naming only the body.
   * Each body's outcome is kept in `sourceStatus` (for `extensions.sources`); once a body has
   * timed out in this request, its further reads in the same request fail at once, so a hanging
   * body costs a response about one deadline, not one deadline per nested read.
   */
  private async fromSource<T>(department: string, read: () => Promise<T>): Promise<T> {
    const known = this.sourceStatus.get(department);
    if (known === 'TIMEOUT') throw HubError.sourceUnavailable(department);
    try {
      const result = await read();
      if (!this.sourceStatus.has(department)) this.sourceStatus.set(department, 'UP');
      return result;
    } catch (error) {
      const status = classifyFailure(error);
      // The first failure names the cause; a later CIRCUIT_OPEN is only its consequence.
      const previous = this.sourceStatus.get(department);
      if (!previous || previous === 'UP') this.sourceStatus.set(department, status);
      const cause = error instanceof SourceFailure ? error.cause : error;
      // One line per body per interval (with how many were left out), not one per request during an outage.
      const { log, suppressed } = warningThrottleOf(this.sources).admit(department);
      if (log && status === 'CIRCUIT_OPEN')
        this.log().warn({ department, status, suppressed }, 'department read refused: circuit breaker open');
      else if (log) this.log().error({ department, status, suppressed, err: cause }, 'department read failed');
      throw HubError.sourceUnavailable(department);
    }
  }
}
