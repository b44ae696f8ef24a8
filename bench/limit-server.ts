import 'reflect-metadata';
import { serveBenchIpc, serverConfig } from './server-probe';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { Pool, type QueryConfig } from 'pg';
import { IsNull } from 'typeorm';
import type { AccessDecision, CaseScope, Reach } from '../src/agreements/access-decision';
import { decideAccess } from '../src/agreements/agreement-policy';
import { AgreementEntity } from '../src/agreements/agreement.entity';
import { ProtectedPersonEntity } from '../src/agreements/protected-person.entity';
import { type AccessLogEntry, RequestAccessLog } from '../src/agreements/access-log';
import { Mask, Purpose } from '../src/agreements/agreement.enums';
import type { FieldDecision } from '../src/agreements/field-decision';
import {
  applyMask,
  type ProtectionKind,
  projectionFor,
  residentIdsNamedIn,
  type ShapedRecord,
  shapeGrantedRecord,
} from '../src/agreements/record-shaper';
import { WithheldField } from '../src/agreements/withheld-field';
import type { AuditRecord } from '../src/audit/audit-record';
import { AuditWriter } from '../src/audit/audit-writer';
import { type Actor, GOVERNANCE_CENTRE, type Role } from '../src/auth/actor';
import { loadOrCreateLocalKeys } from '../src/auth/local-keys';
import { type CasePartyRow, type CaseRecordLink, PARTIES_JSON, RECORD_LINKS_JSON } from '../src/cases/joint-case.sql';
import { canSeeCase, caseScopeOf } from '../src/cases/case-visibility';
import type { CaseStatus } from '../src/cases/case-status';
import { ErrorCode } from '../src/common/error-code';
import { HubError } from '../src/common/hub-error';
import { PLAN_ONCE } from '../src/common/hub-statement';
import { isMinorByResidentId, maskResidentId } from '../src/common/masks';
import { normaliseResidentId } from '../src/common/resident-id';
import type { DatabaseTargets } from '../src/config/config';
import type { DepartmentDefinition, RecordTypeSource } from '../src/connectors/department-definition';
import { recordFromRow, recordQuery, type RecordRow } from '../src/connectors/record-query';
import { isoTimestamp } from '../src/connectors/sql';
import { registeredDepartments } from '../src/connectors/registered-departments';
import { hashResidentId } from '../src/persons/resident-id-hash';
import { accessExtension } from '../src/graphql/audit.plugin';
import { readAuditRecords } from '../src/audit/request-audit-records';
import { createHubDataSource } from '../src/runtime/hub-data-source';
import { CASE_PARTY_KIND, JOINT_CASE_KIND } from '../src/read-room/case-data.view';
import { reasonNamingNoKind } from '../src/read-room/case-links.view';
import {
  type CaseTextField,
  caseTextAccess,
  type CaseViewer,
  caseViewerOf,
  fieldDecisionOf,
  PARTY_FIELD_ACCESS,
  PARTY_FIELDS,
  protectedCaseTextAccess,
} from '../src/read-room/case-viewer';
import { compileOperation, type FieldPlan, fieldsFor } from './limit-plan';
import { PERSON_ACROSS_BODIES, PERSON_AT_POLICE, SHARED_CASE_CONTEXT } from './queries';
import type { JointCase } from '../src/cases/joint-case.type';

/*
 * The physical limit: the least a server can do to give the hub's answer. A plain node:http
 * server with pg pools, no GraphQL engine, no ORM, no loaders. For each benchmark operation it
 * sends the fewest statements the answer needs — one to the hub database when the answer
 * depends on a joint case, then one per body touched, all bodies in parallel, as named
 * prepared statements — applies the same agreement decisions, masks and protections (the hub's
 * own decideAccess and record shaper, and its viewer table for the case's own parties and
 * text), keeps the same access log (the hub's RequestAccessLog: the same merged entries, the
 * same subjects), commits the same audit records through the same group-committing
 * AuditWriter before answering, and returns the same JSON. The benchmark checks both: the
 * answers and the audit records each request commits.
 *
 * What it leaves out on purpose: GraphQL parsing, validation and execution (it knows its four
 * operations in advance), query-cost limits, and verifying the token's signature (it reads the
 * claims; the hub verifies an EdDSA signature on every request).
 */

interface LimitServerConfig {
  dataDir: string;
  databases: DatabaseTargets;
  /**
   * "off" leaves the audit out as the hub's "audit off" does: no commit and no access report
   * in the answer. Its throughput against the limit's gives the limit's own audit overhead,
   * the floor under the hub's (both commit the same records and report the same looks).
   */
  audit?: 'on' | 'off';
}

interface GraphQLError {
  message: string;
  locations?: Array<{ line: number; column: number }>;
  path: Array<string | number>;
  extensions: Record<string, unknown>;
}

interface Request {
  requestId: string;
  actor: Actor;
  purpose: Purpose | null;
  jointCaseId: string | null;
  variables: Record<string, unknown>;
  errors: GraphQLError[];
  /** The hub's own access log: one entry per record, purpose, decision and agreements, merged as the hub merges them. */
  access: RequestAccessLog;
  decisions: Map<string, AccessDecision>;
  sources: Set<string>;
  now: Date;
}

const config = serverConfig<LimitServerConfig>();
const departments = new Map(registeredDepartments.map((d) => [d.code, d]));
const departmentPools = new Map(
  registeredDepartments.map((d) => [
    d.code,
    new Pool({
      connectionString: config.databases.departmentUrls[d.code],
      max: 5,
      statement_timeout: 5000,
      application_name: `bench-limit:${d.code}`,
      // The sessions the hub's reads run on, as the hub sets them (each named statement planned once).
      options: `-c default_transaction_read_only=on ${PLAN_ONCE}`,
    }),
  ]),
);
const hubPool = new Pool({
  connectionString: config.databases.hubUrl,
  max: 10,
  application_name: 'bench-limit',
  options: PLAN_ONCE,
});
const auditPool = new Pool({
  connectionString: config.databases.hubUrl,
  max: 2,
  application_name: 'bench-limit:audit',
});
// A connection dropped by the server must not crash the process (the hub does the same).
for (const pool of [hubPool, auditPool, ...departmentPools.values()]) pool.on('error', () => undefined);
const audit = new AuditWriter({ pool: auditPool });

/** Agreements and protected persons, read once (the hub keeps them in memory too, refreshed by NOTIFY). */
let agreements: AgreementEntity[] = [];
const protections = new Map<string, Set<ProtectionKind>>();
/** Per protected person, the bodies that marked them (they alone see the person's address and contact in a case). */
const markedBy = new Map<string, Set<string>>();
let personHashKey: Buffer;
const NO_PROTECTION: ReadonlySet<ProtectionKind> = new Set();
const protectionOf = (hash: string) => protections.get(hash) ?? NO_PROTECTION;
const hash = (residentId: string) => hashResidentId(personHashKey, residentId);

// ---------------------------------------------------------------------------------------------
// Output: values completed along the operation's plan, as graphql-js would (denied fields null
// with their error, at their path and location).
// ---------------------------------------------------------------------------------------------

function typeNameOf(value: object): string {
  const name = value.constructor?.name;
  return name && name !== 'Object' ? name : '*';
}

function errorAt(error: unknown, field: FieldPlan, path: Array<string | number>): GraphQLError {
  if (!(error instanceof HubError)) throw error;
  return {
    message: error.message,
    locations: [field.location],
    path,
    extensions: { ...error.extensions, code: error.code },
  };
}

function complete(
  value: Record<string, unknown>,
  plan: FieldPlan,
  path: Array<string | number>,
  errors: GraphQLError[],
): Record<string, unknown> {
  const typeName = typeNameOf(value);
  const out: Record<string, unknown> = {};
  for (const field of fieldsFor(plan, typeName)) {
    if (field.name === '__typename') {
      out.__typename = typeName;
      continue;
    }
    let v: unknown;
    try {
      v = value[field.name];
    } catch (error) {
      out[field.name] = null;
      errors.push(errorAt(error, field, [...path, field.name]));
      continue;
    }
    // A field the shaper withheld: null, with its error.
    if (v instanceof WithheldField) {
      out[field.name] = null;
      errors.push(errorAt(v.error, field, [...path, field.name]));
      continue;
    }
    if (v === undefined || v === null || field.children.size === 0) out[field.name] = v ?? null;
    else if (Array.isArray(v))
      out[field.name] = v.map((item, i) =>
        complete(item as Record<string, unknown>, field, [...path, field.name, i], errors),
      );
    else out[field.name] = complete(v as Record<string, unknown>, field, [...path, field.name], errors);
  }
  return out;
}

/** A value whose field `name` raises `error` when the answer reads it (a denied record or body). */
function withDenied<T extends object>(target: T, name: string, error: HubError): T {
  Object.defineProperty(target, name, {
    enumerable: true,
    get: () => {
      throw error;
    },
  });
  return target;
}

// ---------------------------------------------------------------------------------------------
// Decisions and department statements
// ---------------------------------------------------------------------------------------------

/** One decision per request, purpose, kind, case and reach (the hub's RequestAccess caches the same way). */
function decide(
  req: Request,
  provider: string,
  recordType: string,
  jointCase: CaseScope | null,
  reach: Reach,
  purpose = req.purpose,
): AccessDecision {
  if (provider === req.actor.department) return { kind: 'OWNER' };
  const key = [purpose ?? '', provider, recordType, jointCase?.id ?? '', reach].join('\u0000');
  let decision = req.decisions.get(key);
  if (!decision) {
    decision = decideAccess(
      { actor: req.actor, purpose, jointCase, reach, provider, recordType, now: req.now },
      agreements,
    );
    req.decisions.set(key, decision);
  }
  return decision;
}

/** Named prepared statements, one per distinct text (pg prepares each once per connection). */
const statementNames = new Map<string, string>();
function prepared(text: string, values: unknown[]): QueryConfig {
  let name = statementNames.get(text);
  if (!name) statementNames.set(text, (name = `limit_${statementNames.size + 1}`));
  return { name, text, values };
}

function sourceOf(department: string, recordType: string): RecordTypeSource {
  const source = departments.get(department)!.recordTypes.find((t) => t.name === recordType);
  if (!source) throw new Error(`${department} has no ${recordType}`);
  return source;
}

interface ReadKind {
  source: RecordTypeSource;
  decision: Exclude<AccessDecision, { kind: 'DENIED' }>;
}

/**
 * The row of one record, shaped as the decision says: the owner gets it whole; anyone else
 * through the hub's record shaper (masked, denied fields raising, protected persons' address
 * and contact withheld). Either way the subjects are the persons the record names.
 */
function shape(department: string, kind: ReadKind, row: RecordRow): ShapedRecord {
  const record = recordFromRow(department, kind.source, row);
  if (kind.decision.kind === 'OWNER')
    return { record, fields: {}, subjectHashes: residentIdsNamedIn(row, kind.source).map(hash) };
  return shapeGrantedRecord(record, {
    department,
    source: kind.source,
    decision: kind.decision,
    hashResidentId: hash,
    protectionOf,
  });
}

/** Each kind's projected SELECT (the hub's recordQuery and projection) as `(k, r)` rows, in one UNION ALL. */
function kindsUnion(
  kinds: readonly ReadKind[],
  idsOf: (i: number, kind: ReadKind) => string,
  columnsBefore = '',
): string {
  return kinds
    .map(
      (kind, i) =>
        `SELECT ${columnsBefore}${i} AS k, row_to_json(q) AS r FROM (${recordQuery(kind.source, projectionFor(kind.source, kind.decision), idsOf(i, kind))}) q`,
    )
    .join(' UNION ALL ');
}

/** One statement for several kinds of one body's records by id. */
async function loadByIds(
  department: string,
  kinds: Array<ReadKind & { ids: string[] }>,
): Promise<Map<string, RecordRow>> {
  const { rows } = await departmentPools.get(department)!.query<{ k: number; r: RecordRow }>(
    prepared(
      kindsUnion(kinds, (i) => `$${i + 1}::bigint[]`),
      kinds.map((k) => k.ids),
    ),
  );
  return new Map(rows.map(({ k, r }) => [`${kinds[k].source.name}:${r.recordId}`, r]));
}

/**
 * One statement for a person's records at one body: the connector's own lookup of the person's
 * references (each record once, in the connector's order), and in the same statement the
 * records of the references on the page, of the kinds the caller may read.
 */
async function personRecordsAt(
  definition: DepartmentDefinition,
  residentId: string,
  kinds: ReadKind[],
  window: { from: number; to: number },
): Promise<{ refs: Array<{ recordType: string; recordId: string }>; rows: Map<string, RecordRow> }> {
  const text =
    `WITH found AS (SELECT f."recordType", f."recordId", row_number() OVER () AS n FROM (${definition.personRecordsQuery}) f WHERE f."recordType" = ANY($2::text[])), ` +
    `refs AS (SELECT "recordType", "recordId", row_number() OVER (ORDER BY min(n)) AS pos FROM found GROUP BY "recordType", "recordId") ` +
    `SELECT "recordType" AS t, "recordId" AS id, pos, NULL::int AS k, NULL::json AS r FROM refs UNION ALL ` +
    kindsUnion(
      kinds,
      (_i, kind) =>
        `ARRAY(SELECT "recordId"::bigint FROM refs WHERE "recordType" = '${kind.source.name}' AND pos > $3 AND pos <= $4)`,
      'NULL, NULL, NULL, ',
    );
  const { rows } = await departmentPools
    .get(definition.code)!
    .query<{ t: string | null; id: string | null; pos: string | null; k: number | null; r: RecordRow | null }>(
      prepared(text, [[residentId], kinds.map((k) => k.source.name), window.from, window.to]),
    );
  const refs: Array<{ recordType: string; recordId: string; pos: number }> = [];
  const records = new Map<string, RecordRow>();
  for (const row of rows) {
    if (row.r) records.set(`${kinds[row.k!].source.name}:${row.r.recordId}`, row.r);
    else refs.push({ recordType: row.t!, recordId: row.id!, pos: Number(row.pos) });
  }
  refs.sort((a, b) => a.pos - b.pos);
  return { refs: refs.map(({ recordType, recordId }) => ({ recordType, recordId })), rows: records };
}

// ---------------------------------------------------------------------------------------------
// The case's own data: parties and text, shaped by the viewer table (src/read-room/case-viewer.ts)
// ---------------------------------------------------------------------------------------------

const PARTY_PROTECTED_REASON =
  'The party is protected: their address and contact are shown only to the centre and the body that marked them';

/** Is this party protected from the caller: marked by a body other than the caller's, or a minor. */
function protectedFrom(req: Request, party: CasePartyRow): boolean {
  if (party.residentId !== null && isMinorByResidentId(party.residentId)) return true;
  if (!party.residentIdHash) return false;
  return (
    protectionOf(party.residentIdHash).size > 0 &&
    !(markedBy.get(party.residentIdHash)?.has(req.actor.department) ?? false)
  );
}

/** The parties as the caller may see them; a look by another body than the centre is logged as one at the centre's CASE_PARTY. */
function showParties(
  req: Request,
  viewer: CaseViewer,
  jointCaseId: string,
  rows: readonly CasePartyRow[],
): Array<Record<string, unknown>> {
  return rows.map((row) => {
    const access = { ...PARTY_FIELD_ACCESS[viewer] };
    if (viewer !== 'CENTRE') {
      const minor = row.residentId !== null && isMinorByResidentId(row.residentId);
      if (minor) {
        access.name = Mask.MINOR_NAME;
        if (access.residentId !== null) access.residentId = Mask.RESIDENT_ID;
        access.birthDate = null;
      }
      if (protectedFrom(req, row)) {
        access.mobile = null;
        access.address = null;
      }
    }
    const party: Record<string, unknown> = {
      id: row.id,
      role: row.role,
      kind: row.kind ?? 'NATURAL_PERSON',
      documentType: row.documentType ?? 'RESIDENT_ID',
      electedRepresentative: row.electedRepresentative ?? false,
    };
    const fields: Record<string, FieldDecision> = {};
    for (const field of PARTY_FIELDS) {
      fields[field] = fieldDecisionOf(access[field]);
      const value = row[field] ?? null;
      if (access[field] === null && value !== null) {
        const reason =
          viewer === 'OVERSIGHT' ? `The ${req.actor.role} role is not shown parties' ${field}` : PARTY_PROTECTED_REASON;
        withDenied(
          party,
          field,
          new HubError(ErrorCode.FORBIDDEN_BY_AGREEMENT, reason, {
            department: GOVERNANCE_CENTRE,
            recordType: CASE_PARTY_KIND,
            field,
          }),
        );
      } else {
        party[field] = value === null ? null : applyMask(access[field] ?? Mask.NONE, value);
      }
    }
    if (req.actor.department !== GOVERNANCE_CENTRE) {
      req.access.add({
        department: GOVERNANCE_CENTRE,
        recordType: CASE_PARTY_KIND,
        recordId: row.id,
        jointCaseId,
        decision: 'GRANTED',
        agreementIds: [],
        fields,
        subjectHashes: row.residentIdHash ? [row.residentIdHash] : [],
      });
    }
    return party;
  });
}

/** Sets `field` of `target` to the case's text as the caller may see it (or to a raising getter), logging the look. */
function showCaseText(
  req: Request,
  viewer: CaseViewer,
  jointCaseId: string,
  parties: readonly CasePartyRow[],
  target: Record<string, unknown>,
  field: CaseTextField,
  value: string | null,
): void {
  if (value === null) {
    target[field] = null;
    return;
  }
  let access = caseTextAccess(viewer, field);
  if (viewer !== 'CENTRE' && parties.some((p) => protectedFrom(req, p)))
    access = protectedCaseTextAccess(field, access);
  if (req.actor.department !== GOVERNANCE_CENTRE) {
    req.access.add({
      department: GOVERNANCE_CENTRE,
      recordType: JOINT_CASE_KIND,
      recordId: jointCaseId,
      jointCaseId,
      decision: 'GRANTED',
      agreementIds: [],
      fields: { [field]: fieldDecisionOf(access) },
      subjectHashes: parties.map((p) => p.residentIdHash).filter((h): h is string => h !== null),
    });
  }
  if (access === null) {
    const reason =
      viewer === 'OVERSIGHT' ? `The ${req.actor.role} role is not shown a case's ${field}` : PARTY_PROTECTED_REASON;
    withDenied(
      target,
      field,
      new HubError(ErrorCode.FORBIDDEN_BY_AGREEMENT, reason, {
        department: GOVERNANCE_CENTRE,
        recordType: JOINT_CASE_KIND,
        field,
      }),
    );
  } else {
    target[field] = applyMask(access, value);
  }
}

type LinkDecision = { known: true; purpose: Purpose | null; agreementIds: string[] } | { known: false; reason: string };

/** May the caller see that the record is linked: its owner, or an agreement for the request's purpose or risk screening. */
function mayKnowLink(req: Request, scope: CaseScope, link: CaseRecordLink): LinkDecision {
  if (link.department === req.actor.department) return { known: true, purpose: null, agreementIds: [] };
  let reason: string | null = null;
  for (const purpose of [req.purpose, Purpose.RISK_SCREENING]) {
    const decision = decide(
      req,
      link.department,
      link.recordType,
      scope,
      'LINKED_TO_CASE',
      purpose ?? Purpose.RISK_SCREENING,
    );
    if (decision.kind === 'OWNER') return { known: true, purpose: null, agreementIds: [] };
    if (decision.kind === 'GRANTED')
      return { known: true, purpose: purpose ?? Purpose.RISK_SCREENING, agreementIds: decision.agreementIds };
    if (purpose === req.purpose)
      reason ??= purpose === null ? 'The request states no purpose (send the x-purpose header)' : decision.reason;
  }
  return { known: false, reason: reasonNamingNoKind(reason, link.recordType) };
}

/** The links the caller may know of (each logged as a look at the record's existence); the others logged, concealed. */
function showLinks(
  req: Request,
  jointCaseId: string,
  scope: CaseScope,
  links: readonly CaseRecordLink[],
): CaseRecordLink[] {
  const shown: CaseRecordLink[] = [];
  const withheld = new Map<string, Array<{ link: CaseRecordLink; reason: string }>>();
  for (const link of links) {
    const known = mayKnowLink(req, scope, link);
    if (known.known) {
      shown.push(link);
      if (link.department !== req.actor.department) {
        req.access.add({
          department: link.department,
          recordType: link.recordType,
          recordId: link.recordId,
          jointCaseId,
          decision: 'GRANTED',
          agreementIds: known.agreementIds,
          fields: {},
          subjectHashes: [],
          ...(known.purpose && known.purpose !== req.purpose ? { purpose: known.purpose } : {}),
        });
      }
    } else {
      withheld.set(link.department, [...(withheld.get(link.department) ?? []), { link, reason: known.reason }]);
    }
  }
  for (const [department, hidden] of withheld) {
    for (const { link, reason } of hidden) {
      req.access.add({
        department,
        recordType: link.recordType,
        recordId: link.recordId,
        jointCaseId,
        decision: 'DENIED',
        reason,
        agreementIds: [],
        subjectHashes: [],
        concealed: true,
      });
    }
  }
  return shown;
}

// ---------------------------------------------------------------------------------------------
// The operations
// ---------------------------------------------------------------------------------------------

const SHARED_CASE_PLAN = compileOperation(SHARED_CASE_CONTEXT);
/** The case's fields Q1 selects, its parties (every particular, and the hash) and its links, in one statement. */
const SHARED_CASE_SQL = `
  SELECT c.id, c.case_number AS "caseNumber", c.title, c.category, c.status, c.lead_department AS "leadDepartment",
         c.participating_departments AS "participatingDepartments", ${PARTIES_JSON} AS parties, ${RECORD_LINKS_JSON} AS links
    FROM joint_case c WHERE c.id = $1`;

interface CaseRow {
  id: string;
  caseNumber: string;
  title: string;
  category: string;
  status: CaseStatus;
  leadDepartment: string | null;
  participatingDepartments: string[];
  parties: CasePartyRow[];
  links: CaseRecordLink[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Q1: a joint case with its parties and every linked record the caller may know of, read live and shaped by agreement. */
async function sharedCaseContext(req: Request): Promise<unknown> {
  const id = String(req.variables.id);
  const { rows } = UUID.test(id)
    ? await hubPool.query<CaseRow>(prepared(SHARED_CASE_SQL, [id.toLowerCase()]))
    : { rows: [] as CaseRow[] };
  const c = rows[0];
  if (!c || !canSeeCase(req.actor, c)) throw HubError.notFoundOrNoAccess('Joint case');
  const scope = caseScopeOf(c);
  const viewer = caseViewerOf(req.actor, c);
  const jointCase: Record<string, unknown> = {
    id: c.id,
    caseNumber: c.caseNumber,
    category: c.category,
    status: c.status,
    leadDepartment: c.leadDepartment,
    participatingDepartments: c.participatingDepartments,
  };
  showCaseText(req, viewer, c.id, c.parties, jointCase, 'title', c.title);
  jointCase.parties = showParties(req, viewer, c.id, c.parties);

  const shown = showLinks(req, c.id, scope, c.links);
  const page = shown.slice(0, 50);
  // The records of the page, each kind decided for the request's purpose.
  const wanted = new Map<string, Map<string, ReadKind & { ids: string[] }>>();
  for (const link of page) {
    const decision = decide(req, link.department, link.recordType, scope, 'LINKED_TO_CASE');
    if (decision.kind === 'DENIED' || !/^\d{1,18}$/.test(link.recordId)) continue;
    const kinds = wanted.get(link.department) ?? new Map<string, ReadKind & { ids: string[] }>();
    const kind = kinds.get(link.recordType) ?? {
      source: sourceOf(link.department, link.recordType),
      decision,
      ids: [],
    };
    kind.ids.push(link.recordId);
    kinds.set(link.recordType, kind);
    wanted.set(link.department, kinds);
  }
  // Every body at once: one statement each.
  const loaded = new Map<string, RecordRow>();
  await Promise.all(
    [...wanted].map(async ([department, kinds]) => {
      for (const [key, row] of await loadByIds(department, [...kinds.values()]))
        loaded.set(`${department}:${key}`, row);
      req.sources.add(department);
    }),
  );

  const edges = page.map((link) => {
    const node = { department: link.department, recordType: link.recordType, recordId: link.recordId } as Record<
      string,
      unknown
    >;
    const decision = decide(req, link.department, link.recordType, scope, 'LINKED_TO_CASE');
    const entry = {
      department: link.department,
      recordType: link.recordType,
      recordId: link.recordId,
      jointCaseId: c.id,
    };
    if (decision.kind === 'DENIED') {
      req.access.add({ ...entry, decision: 'DENIED', reason: decision.reason, agreementIds: [], subjectHashes: [] });
      return { node: withDenied(node, 'record', HubError.forbiddenByAgreement(link.department, decision.reason)) };
    }
    const row = loaded.get(`${link.department}:${link.recordType}:${link.recordId}`);
    if (!row)
      return {
        node: withDenied(
          node,
          'record',
          new HubError(ErrorCode.NOT_FOUND_OR_NO_ACCESS, 'The owner no longer holds this record', {
            department: link.department,
          }),
        ),
      };
    const shaped = shape(link.department, wanted.get(link.department)!.get(link.recordType)!, row);
    if (decision.kind === 'GRANTED')
      req.access.add({
        ...entry,
        decision: 'GRANTED',
        agreementIds: decision.agreementIds,
        fields: shaped.fields,
        subjectHashes: shaped.subjectHashes,
      });
    node.record = shaped.record;
    return { node };
  });
  jointCase.linkedRecords = { totalCount: shown.length, edges };
  return { jointCase: complete(jointCase, SHARED_CASE_PLAN, ['jointCase'], req.errors) };
}

const CASE_SCOPE_SQL = `
  SELECT c.id, c.status, c.lead_department AS "leadDepartment", c.participating_departments AS "participatingDepartments",
         ARRAY(SELECT p.resident_id_hash FROM joint_case_party p WHERE p.joint_case_id = c.id AND p.resident_id_hash IS NOT NULL) AS hashes
    FROM joint_case c WHERE c.id = $1`;

type CaseScopeRow = Pick<JointCase, 'id' | 'status' | 'leadDepartment' | 'participatingDepartments'> & {
  hashes: string[];
};

const PAGE_SIZE = 20;

/** Q2 and Q4: a person across every body; each body asked at most once, all at the same time. */
async function personAcrossBodies(req: Request, plan: FieldPlan): Promise<unknown> {
  const residentId = normaliseResidentId(String(req.variables.residentId));
  const subjectHash = hash(residentId);
  // The case the request acts for, read once for every body (the hub's case loader does the same).
  let scoped: { scope: CaseScope; reach: Reach } | HubError | null = null;
  if (req.jointCaseId) {
    const { rows } = UUID.test(req.jointCaseId)
      ? await hubPool.query<CaseScopeRow>(prepared(CASE_SCOPE_SQL, [req.jointCaseId.toLowerCase()]))
      : { rows: [] as CaseScopeRow[] };
    if (!rows[0] || !canSeeCase(req.actor, rows[0])) scoped = HubError.notFoundOrNoAccess('Joint case');
    else
      scoped = {
        scope: caseScopeOf(rows[0]),
        reach: rows[0].hashes.includes(subjectHash) ? 'PARTY_TO_CASE' : 'NOT_IN_CASE',
      };
  }
  const perBody = await Promise.all(
    registeredDepartments.map(async (definition) => {
      const at = { department: definition.code, displayName: definition.displayName } as Record<string, unknown>;
      const owner = definition.code === req.actor.department;
      if (!owner && scoped instanceof HubError) {
        req.access.denied({ department: definition.code, jointCaseId: req.jointCaseId, subjectHashes: [subjectHash] }, [
          { recordType: '*', reason: `${req.actor.department} takes no part in the joint case the request names` },
        ]);
        return withDenied(at, 'records', scoped);
      }
      const { scope, reach } =
        owner || scoped === null || scoped instanceof HubError
          ? { scope: null, reach: 'NOT_IN_CASE' as const }
          : scoped;
      const kinds: ReadKind[] = [];
      let denial: { reason: string; considered: number } | null = null;
      const denied: Array<{ recordType: string; reason: string }> = [];
      for (const source of definition.recordTypes) {
        const decision = decide(req, definition.code, source.name, scope, reach);
        if (decision.kind === 'DENIED') {
          if (!denial || decision.considered > denial.considered) denial = decision;
          denied.push({ recordType: source.name, reason: decision.reason });
        } else kinds.push({ source, decision });
      }
      // One entry for the kinds refused before any read, as the hub's access log makes it.
      req.access.denied(
        { department: definition.code, jointCaseId: scope?.id ?? null, subjectHashes: [subjectHash] },
        denied,
      );
      if (kinds.length === 0)
        return withDenied(
          at,
          'records',
          HubError.forbiddenByAgreement(definition.code, denial?.reason ?? 'No record kind is shared'),
        );
      const { refs, rows } = await personRecordsAt(definition, residentId, kinds, { from: 0, to: PAGE_SIZE });
      req.sources.add(definition.code);
      const kindOf = new Map(kinds.map((k) => [k.source.name, k]));
      const edges = [];
      for (const ref of refs.slice(0, PAGE_SIZE)) {
        const row = rows.get(`${ref.recordType}:${ref.recordId}`);
        if (!row) continue; // gone between the lookup and the read
        const kind = kindOf.get(ref.recordType)!;
        const shaped = shape(definition.code, kind, row);
        if (kind.decision.kind === 'GRANTED') {
          req.access.add({
            department: definition.code,
            recordType: ref.recordType,
            recordId: ref.recordId,
            jointCaseId: scope?.id ?? null,
            decision: 'GRANTED',
            agreementIds: kind.decision.agreementIds,
            fields: shaped.fields,
            subjectHashes: shaped.subjectHashes,
          });
        }
        edges.push({ node: shaped.record });
      }
      at.records = {
        edges,
        // Counting a record tells that it exists: each one counted beyond the page is logged too.
        get totalCount() {
          for (const ref of refs.slice(PAGE_SIZE)) {
            const decision = kindOf.get(ref.recordType)!.decision;
            if (decision.kind !== 'GRANTED') continue;
            req.access.add({
              department: definition.code,
              recordType: ref.recordType,
              recordId: ref.recordId,
              jointCaseId: scope?.id ?? null,
              decision: 'GRANTED',
              agreementIds: decision.agreementIds,
              fields: {},
              subjectHashes: [subjectHash],
            });
          }
          return refs.length;
        },
      };
      return at;
    }),
  );
  return {
    person: complete(
      { residentIdMasked: maskResidentId(residentId), departments: perBody },
      plan,
      ['person'],
      req.errors,
    ),
  };
}

const PERSON_AT_POLICE_PLAN = compileOperation(PERSON_AT_POLICE);
const PERSON_ACROSS_BODIES_PLAN = compileOperation(PERSON_ACROSS_BODIES);

/** Q3: the answer is built by Postgres, in the operation's field order, in one statement. */
const JOINT_CASE_LIST_SQL = `
  SELECT COALESCE(json_agg(json_build_object('node', json_build_object(
           'id', c.id, 'caseNumber', c.case_number, 'title', c.title, 'category', c.category, 'status', c.status,
           'urgency', c.urgency, 'riskLevel', c.risk_level, 'leadDepartment', c.lead_department,
           'participatingDepartments', c.participating_departments, 'community', c.community,
           'peopleInvolved', c.people_involved, 'createdAt', ${isoTimestamp('c.created_at')}, 'deadline', ${isoTimestamp('c.deadline')},
           'parties', (SELECT COALESCE(json_agg(json_build_object('role', p.role, 'name', p.name) ORDER BY p.position), '[]')
                         FROM joint_case_party p WHERE p.joint_case_id = c.id)))
           ORDER BY c.created_at DESC, c.id DESC), '[]')::text AS edges
    FROM (SELECT * FROM joint_case c WHERE $1::text IS NULL OR c.lead_department = $1 OR $1 = ANY(c.participating_departments)
           ORDER BY c.created_at DESC, c.id DESC LIMIT $2) c`;

async function jointCaseList(req: Request): Promise<string> {
  const visibleTo = req.actor.department === GOVERNANCE_CENTRE ? null : req.actor.department;
  const { rows } = await hubPool.query<{ edges: string }>(
    prepared(JOINT_CASE_LIST_SQL, [visibleTo, req.variables.first]),
  );
  return `{"data":{"jointCases":{"edges":${rows[0].edges}}}}`;
}

// ---------------------------------------------------------------------------------------------
// HTTP
// ---------------------------------------------------------------------------------------------

function auditRecordsOf(req: Request, entries: readonly AccessLogEntry[]): AuditRecord[] {
  const request = {
    requestId: req.requestId,
    actor: { user: req.actor.user, department: req.actor.department, role: req.actor.role },
    purpose: req.purpose,
  };
  return readAuditRecords(request, entries);
}

/** The caller named by the bearer token's claims (the signature is not checked: see the top). */
function actorOf(authorization: string | undefined): Actor {
  const payload = JSON.parse(
    Buffer.from((authorization ?? '').split('.')[1] ?? '', 'base64url').toString('utf8'),
  ) as Record<string, string>;
  return { user: payload.sub, department: payload.department, role: payload.role as Role };
}

async function answer(req: Request, operationName: string, entries: AccessLogEntry[]): Promise<string> {
  if (operationName === 'JointCaseList') return jointCaseList(req);
  let data: unknown;
  if (operationName === 'SharedCaseContext') data = await sharedCaseContext(req);
  else if (operationName === 'PersonAtPolice') data = await personAcrossBodies(req, PERSON_AT_POLICE_PLAN);
  else if (operationName === 'PersonAcrossBodies') data = await personAcrossBodies(req, PERSON_ACROSS_BODIES_PLAN);
  else throw new Error(`unknown operation ${operationName}`);
  const extensions: Record<string, unknown> = {};
  if (req.sources.size > 0) extensions.sources = Object.fromEntries([...req.sources].sort().map((d) => [d, 'UP']));
  // Every look is logged by now (the answer is complete): take the entries once.
  entries.push(...req.access.entries);
  if (entries.length > 0 && config.audit !== 'off') extensions.access = accessExtension(req, entries);
  return JSON.stringify({
    ...(req.errors.length > 0 ? { errors: req.errors } : {}),
    data,
    ...(Object.keys(extensions).length > 0 ? { extensions } : {}),
  });
}

async function handle(httpReq: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of httpReq) chunks.push(chunk as Buffer);
  const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
    operationName: string;
    variables?: Record<string, unknown>;
  };
  const purpose = httpReq.headers['x-purpose'];
  const jointCaseId = httpReq.headers['x-joint-case-id'];
  const requestPurpose = typeof purpose === 'string' ? (purpose as Purpose) : null;
  const req: Request = {
    requestId: randomUUID(),
    actor: actorOf(httpReq.headers.authorization),
    purpose: requestPurpose,
    jointCaseId: typeof jointCaseId === 'string' ? jointCaseId : null,
    variables: body.variables ?? {},
    errors: [],
    access: new RequestAccessLog(requestPurpose),
    decisions: new Map(),
    sources: new Set(),
    now: new Date(),
  };
  const entries: AccessLogEntry[] = [];
  const text = await answer(req, body.operationName, entries);
  // No answer without its audit record: committed (group commit) before the response is sent.
  if (config.audit !== 'off') await audit.append(auditRecordsOf(req, entries));
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'x-request-id': req.requestId });
  res.end(text);
}

async function main(): Promise<void> {
  personHashKey = (await loadOrCreateLocalKeys(config.dataDir)).personHashKey;
  const hubDb = createHubDataSource(config.databases.hubUrl, { poolSize: 1 });
  await hubDb.initialize();
  agreements = await hubDb.getRepository(AgreementEntity).find({ where: { status: 'ACTIVE' } });
  for (const p of await hubDb.getRepository(ProtectedPersonEntity).find({ where: { liftedAt: IsNull() } })) {
    protections.set(p.residentIdHash, (protections.get(p.residentIdHash) ?? new Set()).add(p.kind));
    markedBy.set(p.residentIdHash, (markedBy.get(p.residentIdHash) ?? new Set()).add(p.markedByDepartment));
  }
  await hubDb.destroy();

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      process.stderr.write(`limit-server: ${error instanceof Error ? error.stack : String(error)}\n`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end('{"errors":[{"message":"Internal server error"}]}');
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  serveBenchIpc((server.address() as { port: number }).port);
  process.once('SIGTERM', () => {
    server.close();
    server.closeIdleConnections();
    void audit
      .close()
      .then(() => Promise.all([hubPool.end(), auditPool.end(), ...[...departmentPools.values()].map((p) => p.end())]))
      .finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`limit-server: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
