import 'reflect-metadata';
import { serveBenchIpc, serverConfig } from './server-probe';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { Pool, type QueryConfig } from 'pg';
import { IsNull } from 'typeorm';
import type { AccessDecision, CaseScope, Reach } from '../src/agreements/access-request';
import { decideAccess } from '../src/agreements/agreement-policy';
import { AgreementEntity, ProtectedPersonEntity } from '../src/agreements/agreement.entity';
import type { AccessLogEntry } from '../src/agreements/access-log';
import type { Purpose } from '../src/agreements/agreement.enums';
import { type FieldDecision, type ProtectionKind, projectionFor, shapeGrantedRecord } from '../src/agreements/record-shaper';
import type { AuditRecord } from '../src/audit/audit-record';
import { AuditWriter } from '../src/audit/audit-writer';
import { type Actor, GOVERNANCE_CENTRE, type Role } from '../src/auth/actor';
import { loadOrCreateLocalKeys } from '../src/auth/local-keys';
import { FINISHED_STATUSES } from '../src/cases/workflow/case-status';
import { HubError } from '../src/common/hub-error';
import { maskResidentId } from '../src/common/masks';
import { normaliseResidentId } from '../src/common/resident-id';
import type { DatabaseTargets } from '../src/config/config';
import type { DepartmentDefinition, RecordTypeSource } from '../src/connectors/department-definition';
import type { DepartmentRecord } from '../src/connectors/department-record.type';
import { recordFromRow, recordQuery, type RecordRow } from '../src/connectors/record-query';
import { isoTimestamp } from '../src/connectors/sql';
import { registeredDepartments } from '../src/connectors/registered-departments';
import { hashResidentId } from '../src/persons/resident-id-hash';
import { readAuditRecord } from '../src/graphql/audit.plugin';
import { createHubDataSource } from '../src/runtime/hub-data-source';
import { compileOperation, type FieldPlan, fieldsFor } from './limit-plan';
import { PERSON_ACROSS_BODIES, PERSON_AT_POLICE, SHARED_CASE_CONTEXT } from './queries';

/*
 * The physical limit: the least a server can do to give the hub's answer. A plain node:http
 * server with pg pools, no GraphQL engine, no ORM, no loaders. For each benchmark operation it
 * sends the fewest statements the answer needs — one to the hub database when the answer
 * depends on a joint case, then one per body touched, all bodies in parallel, as named
 * prepared statements — applies the same agreement decisions, masks and protections (the hub's
 * own decideAccess and record shaper), commits the same audit records through the same
 * group-committing AuditWriter before answering, and returns the same JSON.
 *
 * What it leaves out on purpose: GraphQL parsing, validation and execution (it knows its four
 * operations in advance), query-cost limits, and verifying the token's signature (it reads the
 * claims; the hub verifies an EdDSA signature on every request).
 */

interface LimitServerConfig {
  dataDir: string;
  databases: DatabaseTargets;
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
  access: AccessLogEntry[];
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
      options: '-c default_transaction_read_only=on',
    }),
  ]),
);
const hubPool = new Pool({ connectionString: config.databases.hubUrl, max: 10, application_name: 'bench-limit' });
const auditPool = new Pool({ connectionString: config.databases.hubUrl, max: 2, application_name: 'bench-limit:audit' });
// A connection dropped by the server must not crash the process (the hub does the same).
for (const pool of [hubPool, auditPool, ...departmentPools.values()]) pool.on('error', () => undefined);
const audit = new AuditWriter({ pool: auditPool });

/** Agreements and protected persons, read once (the hub keeps them in memory too, refreshed by NOTIFY). */
let agreements: AgreementEntity[] = [];
const protections = new Map<string, Set<ProtectionKind>>();
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
  return { message: error.message, locations: [field.location], path, extensions: { ...error.extensions, code: error.code } };
}

function complete(value: Record<string, unknown>, plan: FieldPlan, path: Array<string | number>, errors: GraphQLError[]): Record<string, unknown> {
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
    if (v === undefined || v === null || field.children.size === 0) out[field.name] = v ?? null;
    else if (Array.isArray(v)) out[field.name] = v.map((item, i) => complete(item as Record<string, unknown>, field, [...path, field.name, i], errors));
    else out[field.name] = complete(v as Record<string, unknown>, field, [...path, field.name], errors);
  }
  return out;
}

/** A value whose field `name` raises `error` when the answer reads it (a denied record or body). */
function withDenied<T extends object>(target: T, name: string, error: HubError): T {
  Object.defineProperty(target, name, { enumerable: true, get: () => { throw error; } });
  return target;
}

// ---------------------------------------------------------------------------------------------
// Decisions and department statements
// ---------------------------------------------------------------------------------------------

function decide(req: Request, provider: string, recordType: string, jointCase: CaseScope | null, reach: Reach): AccessDecision {
  return decideAccess({ actor: req.actor, purpose: req.purpose, jointCase, reach, provider, recordType, now: req.now }, agreements);
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

/** The row of one record, shaped as the decision says (masked, denied fields raising). */
function shape(department: string, kind: ReadKind, row: RecordRow): { record: DepartmentRecord; fields: Record<string, FieldDecision> } {
  const record = recordFromRow(department, kind.source, row);
  if (kind.decision.kind === 'OWNER') return { record, fields: {} };
  return shapeGrantedRecord(record, { department, source: kind.source, decision: kind.decision, hashResidentId: hash, protectionOf });
}

/**
 * One statement for several kinds of one body's records by id: each kind's projected SELECT
 * (the hub's own recordQuery), as JSON rows, in one UNION ALL.
 */
async function loadByIds(department: string, kinds: Array<ReadKind & { ids: string[] }>): Promise<Map<string, RecordRow>> {
  const parts = kinds.map(({ source, decision }, i) => {
    const select = recordQuery(source, projectionFor(source, decision)).replace('ANY($1::bigint[])', `ANY($${i + 1}::bigint[])`);
    return `SELECT '${source.name}' AS t, row_to_json(q) AS r FROM (${select}) q`;
  });
  const { rows } = await departmentPools.get(department)!.query<{ t: string; r: RecordRow }>(prepared(parts.join(' UNION ALL '), kinds.map((k) => k.ids)));
  return new Map(rows.map(({ t, r }) => [`${t}:${r.recordId}`, r]));
}

/**
 * One statement for a person's records at one body: the connector's own lookup of the person's
 * records, and in the same statement the records of the kinds the caller may read.
 */
async function personRecordsAt(definition: DepartmentDefinition, residentId: string, kinds: ReadKind[]): Promise<Array<{ recordType: string; recordId: string; row: RecordRow | undefined }>> {
  const find = definition.personRecordsQuery;
  const parts = kinds.map(({ source, decision }) => {
    const select = recordQuery(source, projectionFor(source, decision)).replace(
      'ANY($1::bigint[])',
      `ANY(ARRAY(SELECT "recordId"::bigint FROM refs WHERE "recordType" = '${source.name}'))`,
    );
    return `SELECT '${source.name}', NULL, NULL, row_to_json(q) FROM (${select}) q`;
  });
  const text =
    `WITH refs AS (SELECT f."recordType", f."recordId", row_number() OVER () AS n FROM (${find}) f WHERE f."recordType" = ANY($2::text[])) ` +
    `SELECT "recordType" AS t, "recordId" AS id, n, NULL::json AS r FROM refs UNION ALL ${parts.join(' UNION ALL ')}`;
  const { rows } = await departmentPools.get(definition.code)!.query<{ t: string; id: string | null; n: string | null; r: RecordRow | null }>(
    prepared(text, [[residentId], kinds.map((k) => k.source.name)]),
  );
  const records = new Map<string, RecordRow>();
  for (const row of rows) if (row.r) records.set(`${row.t}:${row.r.recordId}`, row.r);
  return rows
    .filter((row) => row.id !== null)
    .sort((a, b) => Number(a.n) - Number(b.n))
    .map((row) => ({ recordType: row.t, recordId: row.id!, row: records.get(`${row.t}:${row.id}`) }));
}

// ---------------------------------------------------------------------------------------------
// The operations
// ---------------------------------------------------------------------------------------------

const SHARED_CASE_PLAN = compileOperation(SHARED_CASE_CONTEXT);
const SHARED_CASE_SQL = `
  SELECT c.id, c.case_number AS "caseNumber", c.title, c.category, c.status, c.lead_department AS "leadDepartment",
         c.participating_departments AS "participatingDepartments",
         COALESCE((SELECT json_agg(json_build_object('role', p.role, 'name', p.name, 'hash', p.resident_id_hash) ORDER BY p.position)
                     FROM joint_case_party p WHERE p.joint_case_id = c.id), '[]') AS parties,
         COALESCE((SELECT json_agg(json_build_object('department', l.department, 'recordType', l.record_type, 'recordId', l.record_id)
                                   ORDER BY l.department, l.record_type, l.linked_at, l.id)
                     FROM joint_case_record_link l WHERE l.joint_case_id = c.id), '[]') AS links
    FROM joint_case c WHERE c.id = $1`;

interface CaseRow {
  id: string;
  status: string;
  leadDepartment: string | null;
  participatingDepartments: string[];
  parties: Array<{ role: string; name: string; hash: string | null }>;
  links: Array<{ department: string; recordType: string; recordId: string }>;
}

function canSee(actor: Actor, c: { leadDepartment: string | null; participatingDepartments: string[] }): boolean {
  return actor.department === GOVERNANCE_CENTRE || c.leadDepartment === actor.department || c.participatingDepartments.includes(actor.department);
}

function scopeOf(c: CaseRow | { id: string; status: string; leadDepartment: string | null; participatingDepartments: string[] }): CaseScope {
  return { id: c.id, open: !(FINISHED_STATUSES as readonly string[]).includes(c.status), leadDepartment: c.leadDepartment, participatingDepartments: c.participatingDepartments };
}

/** Q1: a joint case with its parties and every linked record, read live and shaped by agreement. */
async function sharedCaseContext(req: Request): Promise<unknown> {
  const { rows } = await hubPool.query<CaseRow>(prepared(SHARED_CASE_SQL, [req.variables.id]));
  const c = rows[0];
  if (!c || !canSee(req.actor, c)) throw HubError.notFoundOrNoAccess('Joint case');
  const scope = scopeOf(c);
  const subjectHashes = c.parties.map((p) => p.hash).filter((h): h is string => h !== null);
  const links = c.links.slice(0, 50);

  const decisions = new Map<string, AccessDecision>();
  const wanted = new Map<string, Map<string, ReadKind & { ids: string[] }>>();
  for (const link of links) {
    const key = `${link.department}:${link.recordType}`;
    let decision = decisions.get(key);
    if (!decision) decisions.set(key, (decision = decide(req, link.department, link.recordType, scope, 'LINKED_TO_CASE')));
    if (decision.kind === 'DENIED') continue;
    const kinds = wanted.get(link.department) ?? new Map<string, ReadKind & { ids: string[] }>();
    const kind = kinds.get(link.recordType) ?? { source: sourceOf(link.department, link.recordType), decision, ids: [] };
    if (/^\d{1,18}$/.test(link.recordId)) kind.ids.push(link.recordId);
    kinds.set(link.recordType, kind);
    wanted.set(link.department, kinds);
  }
  // Every body at once: one statement each.
  const loaded = new Map<string, RecordRow>();
  await Promise.all(
    [...wanted].map(async ([department, kinds]) => {
      for (const [key, row] of await loadByIds(department, [...kinds.values()])) loaded.set(`${department}:${key}`, row);
      req.sources.add(department);
    }),
  );

  const edges = links.map((link) => {
    const node = { department: link.department, recordType: link.recordType, recordId: link.recordId } as Record<string, unknown>;
    const decision = decisions.get(`${link.department}:${link.recordType}`)!;
    const entry = { department: link.department, recordType: link.recordType, recordId: link.recordId, jointCaseId: c.id, subjectHashes };
    if (decision.kind === 'DENIED') {
      req.access.push({ ...entry, decision: 'DENIED', reason: decision.reason, agreementIds: [] });
      return { node: withDenied(node, 'record', HubError.forbiddenByAgreement(link.department, decision.reason)) };
    }
    const row = loaded.get(`${link.department}:${link.recordType}:${link.recordId}`);
    if (!row) throw new Error(`record ${link.department} ${link.recordType} ${link.recordId} is missing`);
    const shaped = shape(link.department, wanted.get(link.department)!.get(link.recordType)!, row);
    if (decision.kind === 'GRANTED') req.access.push({ ...entry, decision: 'GRANTED', agreementIds: decision.agreementIds, fields: shaped.fields });
    node.record = shaped.record;
    return { node };
  });
  const jointCase = { ...c, parties: c.parties, linkedRecords: { totalCount: c.links.length, edges } };
  return { jointCase: complete(jointCase, SHARED_CASE_PLAN, ['jointCase'], req.errors) };
}

const CASE_SCOPE_SQL = `
  SELECT c.id, c.status, c.lead_department AS "leadDepartment", c.participating_departments AS "participatingDepartments",
         ARRAY(SELECT p.resident_id_hash FROM joint_case_party p WHERE p.joint_case_id = c.id AND p.resident_id_hash IS NOT NULL) AS hashes
    FROM joint_case c WHERE c.id = $1`;

/** Q2 and Q4: a person across every body; each body asked at most once, all at the same time. */
async function personAcrossBodies(req: Request, plan: FieldPlan): Promise<unknown> {
  const residentId = normaliseResidentId(String(req.variables.residentId));
  const subjectHash = hash(residentId);
  let scope: CaseScope | null = null;
  let reach: Reach = 'NOT_IN_CASE';
  if (req.jointCaseId) {
    const { rows } = await hubPool.query(prepared(CASE_SCOPE_SQL, [req.jointCaseId]));
    if (!rows[0] || !canSee(req.actor, rows[0])) throw HubError.notFoundOrNoAccess('Joint case');
    scope = scopeOf(rows[0]);
    if ((rows[0].hashes as string[]).includes(subjectHash)) reach = 'PARTY_TO_CASE';
  }
  const perBody = await Promise.all(
    registeredDepartments.map(async (definition) => {
      const owner = definition.code === req.actor.department;
      const kinds: ReadKind[] = [];
      let denial: { reason: string; considered: number } | null = null;
      const denied: Array<{ recordType: string; reason: string }> = [];
      for (const source of definition.recordTypes) {
        const decision: AccessDecision = owner ? { kind: 'OWNER' } : decide(req, definition.code, source.name, scope, reach);
        if (decision.kind === 'DENIED') {
          if (!denial || decision.considered > denial.considered) denial = decision;
          denied.push({ recordType: source.name, reason: decision.reason });
        } else kinds.push({ source, decision });
      }
      // One entry for the kinds refused before any read, as the hub's access log makes it.
      if (denied.length > 0) {
        req.access.push({
          department: definition.code, recordType: denied.length === 1 ? denied[0].recordType : null, recordTypes: denied.map((d) => d.recordType),
          recordId: null, jointCaseId: scope?.id ?? null, decision: 'DENIED', reason: [...new Set(denied.map((d) => d.reason))].join('; '),
          agreementIds: [], subjectHashes: [subjectHash],
        });
      }
      const at = { department: definition.code, displayName: definition.displayName } as Record<string, unknown>;
      if (kinds.length === 0) return withDenied(at, 'records', HubError.forbiddenByAgreement(definition.code, denial?.reason ?? 'No record kind is shared'));
      const found = await personRecordsAt(definition, residentId, kinds);
      req.sources.add(definition.code);
      const unique = [...new Map(found.map((f) => [`${f.recordType}:${f.recordId}`, f])).values()];
      const edges = [];
      for (const ref of unique.slice(0, 20)) {
        if (!ref.row) continue;
        const kind = kinds.find((k) => k.source.name === ref.recordType)!;
        const shaped = shape(definition.code, kind, ref.row);
        if (kind.decision.kind === 'GRANTED') {
          req.access.push({
            department: definition.code, recordType: ref.recordType, recordId: ref.recordId, jointCaseId: scope?.id ?? null,
            decision: 'GRANTED', agreementIds: kind.decision.agreementIds, fields: shaped.fields, subjectHashes: [subjectHash],
          });
        }
        edges.push({ node: shaped.record });
      }
      at.records = { totalCount: unique.length, edges };
      return at;
    }),
  );
  return { person: complete({ residentIdMasked: maskResidentId(residentId), departments: perBody }, plan, ['person'], req.errors) };
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
  const { rows } = await hubPool.query<{ edges: string }>(prepared(JOINT_CASE_LIST_SQL, [visibleTo, req.variables.first]));
  return `{"data":{"jointCases":{"edges":${rows[0].edges}}}}`;
}

// ---------------------------------------------------------------------------------------------
// HTTP
// ---------------------------------------------------------------------------------------------

function auditRecordsOf(req: Request): AuditRecord[] {
  const request = { requestId: req.requestId, actor: { user: req.actor.user, department: req.actor.department, role: req.actor.role }, purpose: req.purpose };
  return req.access.map((entry) => readAuditRecord(request, entry));
}

/** The caller named by the bearer token's claims (the signature is not checked: see the top). */
function actorOf(authorization: string | undefined): Actor {
  const payload = JSON.parse(Buffer.from((authorization ?? '').split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, string>;
  return { user: payload.sub, department: payload.department, role: payload.role as Role };
}

async function answer(req: Request, operationName: string): Promise<string> {
  if (operationName === 'JointCaseList') return jointCaseList(req);
  let data: unknown;
  if (operationName === 'SharedCaseContext') data = await sharedCaseContext(req);
  else if (operationName === 'PersonAtPolice') data = await personAcrossBodies(req, PERSON_AT_POLICE_PLAN);
  else if (operationName === 'PersonAcrossBodies') data = await personAcrossBodies(req, PERSON_ACROSS_BODIES_PLAN);
  else throw new Error(`unknown operation ${operationName}`);
  const extensions: Record<string, unknown> = {};
  if (req.sources.size > 0) extensions.sources = Object.fromEntries([...req.sources].sort().map((d) => [d, 'UP']));
  if (req.access.length > 0) {
    extensions.access = {
      purpose: req.purpose,
      jointCaseId: req.jointCaseId,
      records: req.access.map((e) => ({
        department: e.department, recordType: e.recordType, ...(e.recordTypes ? { recordTypes: e.recordTypes } : {}), recordId: e.recordId, jointCaseId: e.jointCaseId, decision: e.decision,
        ...(e.reason ? { reason: e.reason } : {}), agreementIds: e.agreementIds, ...(e.fields ? { fields: e.fields } : {}),
      })),
    };
  }
  return JSON.stringify({ ...(req.errors.length > 0 ? { errors: req.errors } : {}), data, ...(Object.keys(extensions).length > 0 ? { extensions } : {}) });
}

async function handle(httpReq: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of httpReq) chunks.push(chunk as Buffer);
  const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { operationName: string; variables?: Record<string, unknown> };
  const purpose = httpReq.headers['x-purpose'];
  const jointCaseId = httpReq.headers['x-joint-case-id'];
  const req: Request = {
    requestId: randomUUID(),
    actor: actorOf(httpReq.headers.authorization),
    purpose: typeof purpose === 'string' ? (purpose as Purpose) : null,
    jointCaseId: typeof jointCaseId === 'string' ? jointCaseId : null,
    variables: body.variables ?? {},
    errors: [],
    access: [],
    sources: new Set(),
    now: new Date(),
  };
  const text = await answer(req, body.operationName);
  // No answer without its audit record: committed (group commit) before the response is sent.
  await audit.append(auditRecordsOf(req));
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
