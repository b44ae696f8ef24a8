import type { Writable } from 'node:stream';
import {
  context as otelContext,
  type Span,
  type SpanContext,
  type SpanKind,
  type SpanStatus,
  trace,
  type Tracer,
} from '@opentelemetry/api';
import { generateKeyPair } from 'jose';
import { Role } from '../../src/auth/actor';
import { createLogger } from '../../src/common/logger';
import { residentIdCheckCharacter } from '../../src/common/resident-id';
import { registeredDepartments } from '../../src/connectors/registered-departments';
import { type HubOptions, type RunningHub, startHub } from '../../src/server/hub';
import { databaseOf, startDatabase, stopDatabase } from '../resilience/resilience-hub';
import { captured, personalDataIn } from '../support/log-capture';
import { testCluster } from '../support/test-cluster';
import {
  caseSharedByCourtAndPolice,
  createTestDatabases,
  type TestDatabases,
  TEST_AUDIENCE,
  TEST_ISSUER,
} from '../support/test-hub';

/** README's first example: the shared context of joint cases (cost 7,651). */
const CASE_LIST = `{ jointCases(first: 5) { edges { node {
  id caseNumber title category leadDepartment participatingDepartments parties { role name }
  linkedRecords(first: 50) { edges { node { department recordType recordId record { __typename
    ... on CourtCaseFiling { caseNumber causeOfAction stage parties { role name } }
    ... on PoliceIncident { incidentNumber calledAt category summary }
    ... on PeopleMediationCase { caseNumber outcome agreementNumber } } } } } } } } }`;
const CONTEXT = `query CaseContext($id: ID!) { jointCase(id: $id) { caseNumber
  linkedRecords(first: 20) { edges { node { department recordType recordId
    record { __typename recordId ... on PoliceIncident { incidentNumber summary persons { name residentId } } } } } } } }`;
const PERSON = `query PersonAcrossBodies($id: String!) { person(residentId: $id) { residentIdMasked departments { department records(first: 5) { totalCount } } } }`;
const MEDIATION = { 'x-purpose': 'JOINT_MEDIATION' };
const RESIDENT_ID = '33010619800101234' + residentIdCheckCharacter('33010619800101234');

interface Answer {
  status: number;
  requestId: string | null;
  body: { data?: any; errors?: Array<{ extensions?: { code?: string } }>; extensions?: any };
}

/** The error codes of an answer, each once, in order: what its access-log line and metrics say. */
const codesOf = (answer: Answer) => [...new Set((answer.body.errors ?? []).map((e) => e.extensions!.code!))];
const outcomeOf = (answer: Answer) => codesOf(answer)[0] ?? 'OK';

async function observedHub(databases: TestDatabases, stream: Writable, more: Partial<HubOptions> = {}) {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  const hub = await startHub({
    departments: registeredDepartments,
    databases: databases.targets,
    port: 0,
    host: '127.0.0.1',
    jwt: { issuer: TEST_ISSUER, audience: TEST_AUDIENCE, verificationKey: publicKey, signingKey: privateKey },
    departmentStatementTimeoutMs: 5000,
    production: false,
    log: createLogger('info', stream),
    personHashKey: Buffer.from(testCluster().personHashKey, 'base64'),
    ...more,
  });
  const post = async (
    query: string,
    variables: Record<string, unknown>,
    options: { department?: string; user?: string | null; headers?: Record<string, string> } = {},
  ): Promise<Answer> => {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
    if (options.user !== null) {
      const department = options.department ?? 'COURT';
      headers.authorization = `Bearer ${await hub.tokens.issue({ department, role: Role.MEDIATOR, user: options.user ?? `${department.toLowerCase()}-user` })}`;
    }
    const response = await fetch(hub.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return {
      status: response.status,
      requestId: response.headers.get('x-request-id'),
      body: (await response.json()) as Answer['body'],
    };
  };
  return { hub, post, base: hub.url.replace(/\/graphql$/, '') };
}

describe('observability', () => {
  let databases: TestDatabases;
  let caseId: string;

  beforeAll(async () => {
    databases = await createTestDatabases();
    caseId = await caseSharedByCourtAndPolice(databases);
  });
  afterAll(() => databases?.drop());

  describe('metrics, access log and request ids', () => {
    const { stream, lines } = captured();
    let hub: RunningHub;
    let post: Awaited<ReturnType<typeof observedHub>>['post'];
    let base: string;
    const answers: Record<string, Answer> = {};
    const badIds = {
      residentId: RESIDENT_ID,
      mobile: 'call-13812345678',
      tooLong: 'a'.repeat(65),
      unsafe: 'abc def<script>',
      chinese: '请求编号一二三四五六',
    };

    beforeAll(async () => {
      ({ hub, post, base } = await observedHub(databases, stream, { fairUse: { userCostPerMinute: 8000 } }));
      answers.context = await post(
        CONTEXT,
        { id: caseId },
        { headers: { ...MEDIATION, 'x-request-id': 'desk-7.case_page-0001' } },
      );
      answers.person = await post(PERSON, { id: RESIDENT_ID }, { department: 'POLICE' });
      answers.unauthenticated = await post('{ me { user } }', {}, { user: null });
      answers.firstHeavy = await post(CASE_LIST, {}, { user: 'heavy-user' });
      answers.rateLimited = await post(CASE_LIST, {}, { user: 'heavy-user' });
      for (const [name, id] of Object.entries(badIds)) {
        answers[`bad:${name}`] = await post(
          CONTEXT,
          { id: caseId },
          { headers: { ...MEDIATION, 'x-request-id': encodeURI(id) === id ? id : encodeURIComponent(id) } },
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 100)); // the last access-log lines are written on 'finish'
    });
    afterAll(() => hub?.close());

    it('answers as usual', () => {
      expect(answers.context.status).toBe(200);
      expect(answers.context.body.data.jointCase.caseNumber).toBeDefined();
      expect(answers.context.body.extensions.sources).toEqual({ COURT: 'UP', POLICE: 'UP' });
      expect(answers.person.status).toBe(200);
      expect(answers.unauthenticated.status).toBe(401);
      expect(answers.firstHeavy.status).toBe(200);
      expect(answers.rateLimited.status).toBe(429);
      expect(answers.rateLimited.body.errors![0].extensions!.code).toBe('RATE_LIMITED');
    });

    it('keeps a plain request id and replaces one holding personal data or unsafe characters, before echoing, logging or auditing it', async () => {
      expect(answers.context.requestId).toBe('desk-7.case_page-0001');
      for (const name of Object.keys(badIds)) {
        const given = (badIds as Record<string, string>)[name];
        const answer = answers[`bad:${name}`];
        expect(answer.status).toBe(200);
        expect(answer.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
        expect(answer.requestId).not.toBe(given);
      }
      // The audit has the replacements, never what was sent.
      const stored = await databases.sql<{ request_id: string }>(
        'hub',
        'SELECT DISTINCT request_id FROM audit_event WHERE request_id = ANY($1::text[])',
        [[...Object.values(badIds), ...Object.keys(badIds).map((name) => answers[`bad:${name}`].requestId)]],
      );
      expect(stored.map((r) => r.request_id).sort()).toEqual(
        Object.keys(badIds)
          .map((name) => answers[`bad:${name}`].requestId)
          .sort(),
      );
      expect(
        await databases.sql('hub', 'SELECT 1 FROM audit_event WHERE request_id = $1', ['desk-7.case_page-0001']),
      ).not.toEqual([]);
      expect(lines.join('\n')).not.toContain(RESIDENT_ID);
      expect(lines.join('\n')).not.toContain('13812345678');
    });

    it('writes one access-log line per request: who (body, role), what (operation), outcome, duration, statements per body — no personal data, no query text, no values', () => {
      const access = lines
        .map((line) => ({ line, entry: JSON.parse(line) }))
        .filter(({ entry }) => entry.access === true && entry.path === '/graphql');
      expect(access).toHaveLength(Object.keys(answers).length);
      const byId = new Map(access.map(({ entry }) => [entry.requestId, entry]));
      for (const answer of Object.values(answers)) expect(byId.has(answer.requestId)).toBe(true);

      const context = byId.get(answers.context.requestId);
      // Some linked records are not shared with the court: FORBIDDEN_BY_AGREEMENT beside the data.
      expect(context).toMatchObject({
        msg: 'request',
        method: 'POST',
        status: 200,
        operation: 'CaseContext',
        operationType: 'query',
        department: 'COURT',
        role: 'MEDIATOR',
        codes: codesOf(answers.context),
      });
      for (const answer of Object.values(answers)) expect(byId.get(answer.requestId).codes).toEqual(codesOf(answer));
      expect(context.durationMs).toBeGreaterThan(0);
      expect(context.statements.COURT).toBeGreaterThanOrEqual(1);
      expect(context.statements.POLICE).toBeGreaterThanOrEqual(1);
      expect(context.statements.hub).toBeGreaterThanOrEqual(1);
      expect(byId.get(answers.unauthenticated.requestId)).toMatchObject({ status: 401, codes: ['UNAUTHENTICATED'] });
      expect(byId.get(answers.unauthenticated.requestId).department).toBeUndefined();
      expect(byId.get(answers.rateLimited.requestId)).toMatchObject({
        status: 429,
        codes: ['RATE_LIMITED'],
        operation: '(anonymous)',
        department: 'COURT',
      });
      expect(byId.get(answers.person.requestId)).toMatchObject({
        status: 200,
        operation: 'PersonAcrossBodies',
        department: 'POLICE',
      });

      for (const { line, entry } of access) {
        expect(personalDataIn(line)).toEqual([]);
        expect(line).not.toMatch(/jointCase\(|linkedRecords|residentId|heavy-user|court-user|police-user|楼道/);
        expect(line).not.toContain(caseId);
        expect(Object.keys(entry).sort()).toEqual(
          expect.arrayContaining([
            'access',
            'requestId',
            'method',
            'path',
            'status',
            'durationMs',
            'codes',
            'statements',
          ]),
        );
      }
    });

    it('exposes the series at GET /metrics in the Prometheus text format', async () => {
      const response = await fetch(`${base}/metrics`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      const text = await response.text();
      const value = (series: string) => {
        const line = text.split('\n').find((l) => l.startsWith(`${series} `));
        return line === undefined ? undefined : Number(line.slice(series.length + 1));
      };
      const contextOutcome = outcomeOf(answers.context);
      for (const name of Object.keys(badIds)) expect(outcomeOf(answers[`bad:${name}`])).toBe(contextOutcome);
      expect(value(`hub_graphql_requests_total{operation="CaseContext",outcome="${contextOutcome}"}`)).toBe(
        1 + Object.keys(badIds).length,
      );
      expect(
        value(`hub_graphql_requests_total{operation="PersonAcrossBodies",outcome="${outcomeOf(answers.person)}"}`),
      ).toBe(1);
      expect(value('hub_graphql_requests_total{operation="(none)",outcome="UNAUTHENTICATED"}')).toBe(1);
      expect(value('hub_graphql_requests_total{operation="(anonymous)",outcome="RATE_LIMITED"}')).toBe(1);
      expect(
        value(`hub_graphql_request_duration_seconds_count{operation="CaseContext",outcome="${contextOutcome}"}`),
      ).toBe(1 + Object.keys(badIds).length);
      expect(
        value(
          `hub_graphql_request_duration_seconds_bucket{le="+Inf",operation="CaseContext",outcome="${contextOutcome}"}`,
        ),
      ).toBe(1 + Object.keys(badIds).length);
      expect(value('hub_graphql_errors_total{code="RATE_LIMITED"}')).toBe(1);
      expect(value('hub_graphql_errors_total{code="UNAUTHENTICATED"}')).toBe(1);
      expect(value('hub_fair_use_refusals_total{body="COURT"}')).toBe(1);
      expect(value('hub_http_responses_total{path="/graphql",status="429"}')).toBe(1);
      expect(value('hub_body_read_duration_seconds_count{body="POLICE",status="UP"}')).toBeGreaterThanOrEqual(1);
      expect(value('hub_body_breaker_state{body="POLICE"}')).toBe(0);
      expect(value('hub_audit_batch_rows_count')).toBeGreaterThanOrEqual(1);
      expect(value('hub_audit_commit_duration_seconds_count{outcome="COMMITTED"}')).toBeGreaterThanOrEqual(
        1 + Object.keys(badIds).length,
      );
      expect(value('hub_db_pool_connections{pool="hub",state="total"}')).toBeGreaterThanOrEqual(1);
      expect(value('hub_db_pool_connections{pool="audit",state="waiting"}')).toBe(0);
      expect(value('hub_db_pool_connections{pool="POLICE",state="total"}')).toBeGreaterThanOrEqual(1);
      expect(text).toContain('# TYPE hub_audit_commit_failures_total counter');
      expect(text).toContain('hub_process_resident_memory_bytes');
      // Labels name operations, bodies and codes only (values are floats, whose digits mean nothing).
      const labels = [...text.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]).join('\n');
      expect(personalDataIn(labels)).toEqual([]);
      expect(labels).not.toMatch(/heavy-user|court-user|residentId/);
    });
  });

  describe('warnings about a failing body', () => {
    it('are written once per body per interval, with the count of those left out, not once per request', async () => {
      const { stream, lines } = captured();
      const { hub, post } = await observedHub(databases, stream, {
        departmentResilience: { breakerFailureThreshold: 100 },
      });
      const police = databaseOf(databases.adminUrls.departments.POLICE);
      try {
        expect((await post(CONTEXT, { id: caseId }, { headers: MEDIATION })).body.extensions.sources.POLICE).toBe('UP');
        await stopDatabase(police);
        for (let i = 0; i < 8; i++) {
          const answer = await post(CONTEXT, { id: caseId }, { headers: MEDIATION });
          expect(answer.body.extensions.sources.POLICE).toBe('DOWN');
        }
      } finally {
        await startDatabase(police);
        await hub.close();
      }
      const warnings = lines
        .map((line) => JSON.parse(line))
        .filter((entry) => /^department read (failed|refused)/.test(entry.msg));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatchObject({ department: 'POLICE', status: 'DOWN', suppressed: 0 });
      // The access log still has a line for every request.
      expect(
        lines.filter((line) => JSON.parse(line).access === true && JSON.parse(line).path === '/graphql'),
      ).toHaveLength(9);
    });
  });

  describe('OpenTelemetry spans (TRACING=on)', () => {
    const spans: RecordingSpan[] = [];
    beforeAll(() => {
      trace.setGlobalTracerProvider({ getTracer: () => new RecordingTracer(spans) });
    });
    afterAll(() => trace.disable());

    it('traces request → each body read → audit commit, and nothing when tracing is off', async () => {
      const { stream } = captured();
      // A user of its own: the requests above may spend the default user's fair-use budget for
      // this minute (RATE_LIMITED) when the suite runs quickly.
      const asTraced = { headers: MEDIATION, user: 'traced-user' };
      const off = await observedHub(databases, stream);
      try {
        expect((await off.post(CONTEXT, { id: caseId }, asTraced)).status).toBe(200);
      } finally {
        await off.hub.close();
      }
      expect(spans).toEqual([]);

      const on = await observedHub(databases, stream, { observability: { tracing: true } });
      try {
        const answer = await on.post(CONTEXT, { id: caseId }, asTraced);
        expect(answer.status).toBe(200);
      } finally {
        await on.hub.close();
      }
      const roots = spans.filter((s) => !s.parent);
      expect(roots.map((s) => s.name)).toEqual(['graphql query CaseContext']);
      const [root] = roots;
      expect(root.attributes).toMatchObject({
        'http.request.method': 'POST',
        'url.path': '/graphql',
        'http.response.status_code': 200,
        'graphql.operation.name': 'CaseContext',
      });
      const children = spans.filter((s) => s.parent === root);
      const reads = children.filter((s) => s.name === 'body read');
      expect(new Set(reads.map((s) => s.attributes['hub.body']))).toEqual(new Set(['COURT', 'POLICE']));
      const commits = children.filter((s) => s.name === 'audit commit');
      expect(commits).toHaveLength(1);
      expect(commits[0].attributes['hub.audit.records']).toBeGreaterThan(0);
      expect(spans.every((s) => s.ended)).toBe(true);
      expect(JSON.stringify(spans.map((s) => s.attributes))).not.toMatch(/\d{17}[\dX]/);
    });
  });
});

/** The least of an OpenTelemetry SDK a test needs: spans kept in memory with their parent. */
class RecordingSpan implements Span {
  attributes: Record<string, unknown> = {};
  ended = false;
  status?: SpanStatus;
  private readonly context: SpanContext = {
    traceId: '0af7651916cd43dd8448eb211c80319c',
    spanId: Math.random().toString(16).slice(2, 18).padEnd(16, '0'),
    traceFlags: 1,
  };

  constructor(
    public name: string,
    readonly kind: SpanKind | undefined,
    readonly parent: RecordingSpan | undefined,
  ) {}

  spanContext(): SpanContext {
    return this.context;
  }
  setAttribute(key: string, value: unknown): this {
    this.attributes[key] = value;
    return this;
  }
  setAttributes(attributes: Record<string, unknown>): this {
    Object.assign(this.attributes, attributes);
    return this;
  }
  addEvent(): this {
    return this;
  }
  addLink(): this {
    return this;
  }
  addLinks(): this {
    return this;
  }
  setStatus(status: SpanStatus): this {
    this.status = status;
    return this;
  }
  updateName(name: string): this {
    this.name = name;
    return this;
  }
  end(): void {
    this.ended = true;
  }
  isRecording(): boolean {
    return !this.ended;
  }
  recordException(): void {}
}

class RecordingTracer implements Tracer {
  constructor(private readonly spans: RecordingSpan[]) {}

  startSpan(
    name: string,
    options: { kind?: SpanKind; attributes?: Record<string, unknown> } = {},
    context = otelContext.active(),
  ): Span {
    const parent = trace.getSpan(context);
    const span = new RecordingSpan(name, options.kind, parent instanceof RecordingSpan ? parent : undefined);
    span.setAttributes(options.attributes ?? {});
    this.spans.push(span);
    return span;
  }

  startActiveSpan(): never {
    throw new Error('not used by the hub');
  }
}
