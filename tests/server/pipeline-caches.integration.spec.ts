import { Role } from '../../src/auth/actor';
import { auditRowsOf } from '../../bench/requests';
import {
  type Caller,
  corpus,
  type CorpusIds,
  corpusIds,
  type CorpusRequest,
  LINKED_RECORDS_NESTED,
  normalise,
  ownUsers,
  post,
} from '../support/query-corpus';
import { createTestDatabases, startTestHub, type TestDatabases, type TestHub } from '../support/test-hub';

/*
 * The request pipeline remembers per-document work (DOCUMENT_CACHE: parsed and validated
 * documents; QUERY_LIMIT_CACHE: the query-limit and cost checks). Two hubs over the same
 * databases, one with both caches on (the default) and one with both off (the plain Apollo
 * pipeline, every request parsed, validated and checked afresh), must give every request of
 * the corpus the same status and the same body: data, errors and their codes, extensions
 * (the access report included). The corpus runs twice, so the second pass is answered from
 * the caches.
 */

describe('per-document caches in the request pipeline', () => {
  let databases: TestDatabases;
  /** Apollo's pipeline with both caches on. */
  let cached: TestHub;
  /** Apollo's pipeline with both caches off. */
  let plain: TestHub;
  /** The default: both caches on and the fast path for known POST queries (FAST_PATH=on). */
  let fast: TestHub;
  let requests: CorpusRequest[];
  let ids: CorpusIds;

  beforeAll(async () => {
    databases = await createTestDatabases();
    [cached, plain, fast] = await Promise.all([
      startTestHub({ databases, production: true, pipeline: { fastPath: false } }),
      startTestHub({
        databases,
        production: true,
        pipeline: { documentCache: false, queryLimitCache: false, fastPath: false },
      }),
      startTestHub({ databases, production: true }),
    ]);
    ids = await corpusIds(databases, cached);
    requests = corpus(ids);
  });

  afterAll(async () => {
    await Promise.all([cached?.close(), plain?.close(), fast?.close()]);
    await databases?.drop();
  });

  async function send(t: TestHub, request: CorpusRequest) {
    const response = await post(t, request);
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
    return { status: response.status, body: normalise(body) };
  }

  it('answers every request of the corpus as the plain pipeline does, cold and from the caches', async () => {
    const statuses = new Set<number>();
    const codes = new Set<string>();
    for (const pass of ['cold', 'warm']) {
      for (const request of requests) {
        const withCaches = await send(cached, ownUsers(request, pass));
        const without = await send(plain, ownUsers(request, pass));
        expect({ pass, what: request.what, ...withCaches }).toEqual({ pass, what: request.what, ...without });
        statuses.add(withCaches.status);
        for (const error of (withCaches.body as { errors?: Array<{ extensions?: { code?: string } }> }).errors ?? [])
          if (error.extensions?.code) codes.add(error.extensions.code);
      }
    }
    // The corpus reaches answers, refusals and input errors, and the codes that tell them apart.
    expect([...statuses].sort()).toEqual(expect.arrayContaining([200, 400, 401]));
    expect([...codes]).toEqual(
      expect.arrayContaining([
        'FORBIDDEN_BY_AGREEMENT',
        'QUERY_TOO_COMPLEX',
        'BAD_USER_INPUT',
        'GRAPHQL_PARSE_FAILED',
        'GRAPHQL_VALIDATION_FAILED',
        'UNAUTHENTICATED',
      ]),
    );
  });

  it('still refuses a query over the limits before any SQL, with the caches on', async () => {
    const sources = cached.hub.sources.statements;
    const before = ['COURT', 'POLICE', 'hub'].map((code) => sources.count(code));
    const overCost = requests.find((r) => r.what.startsWith('over the cost limit, asking'))!;
    for (let i = 0; i < 2; i++) {
      const { status, body } = await send(cached, overCost);
      expect(status).toBe(400);
      expect((body as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe(
        'QUERY_TOO_COMPLEX',
      );
    }
    expect(['COURT', 'POLICE', 'hub'].map((code) => sources.count(code))).toEqual(before);
  });
  /*
   * The fast path (FAST_PATH=on) answers known POST queries past Apollo's request pipeline. The
   * same corpus sent to a hub with it and to one without (both caches on) must give the same
   * status, media type, headers, body text (the request id aside) and audit records, while the
   * fast path really answers the known valid queries and leaves everything else to Apollo.
   */
  describe('the fast path', () => {
    /** Headers whose value a client or a proxy reads. */
    const RELEVANT_HEADERS = ['content-type', 'cache-control', 'vary', 'retry-after', 'allow', 'connection'];
    let sequence = 0;

    async function fastPathCount(): Promise<number> {
      return (await fast.hub.metrics.fastPathRequests.get()).values[0]?.value ?? 0;
    }

    /** One request as it went out: what the client sees and what the audit holds, the request id aside. */
    async function exchange(t: TestHub, request: CorpusRequest) {
      const requestId = `fast-path-test.${++sequence}`;
      const response = await post(t, request, { 'x-request-id': requestId });
      const text = (await response.text()).replaceAll(requestId, '<request id>');
      return {
        status: response.status,
        headers: Object.fromEntries(
          RELEVANT_HEADERS.flatMap((name) => {
            const value = response.headers.get(name);
            return value === null ? [] : [[name, value]];
          }),
        ),
        text,
        audit: await auditRowsOf(databases.adminUrls.hub, requestId),
      };
    }

    /** Sends `request` to the hub without the fast path, then to the one with it; whether the fast path answered. */
    async function compare(
      label: string,
      request: CorpusRequest,
      options: { errorsInAnyOrder?: boolean; anyRetrySeconds?: boolean } = {},
    ) {
      const apollo = await exchange(cached, request);
      const before = await fastPathCount();
      const withFastPath = await exchange(fast, request);
      const taken = (await fastPathCount()) > before;
      const comparable = (answer: typeof apollo) => {
        let { text } = answer;
        const headers = { ...answer.headers };
        if (options.errorsInAnyOrder) {
          const parsed = JSON.parse(text) as { errors?: unknown[] };
          parsed.errors?.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
          text = JSON.stringify(parsed);
        }
        if (options.anyRetrySeconds) {
          text = text.replace(/retry in \d+ s/, 'retry in N s');
          if (headers['retry-after']) headers['retry-after'] = 'N';
        }
        return { ...answer, text, headers };
      };
      expect({ label, what: request.what, ...comparable(withFastPath) }).toEqual({
        label,
        what: request.what,
        ...comparable(apollo),
      });
      return { taken, answer: withFastPath };
    }

    /** Answered by the fast path once the document is known: valid queries whose variables coerce. */
    const FAST_ONES = [
      'linked records of every body: granted, masked, denied and withheld (Q1)',
      'the same case without a purpose: only own records',
      "a person's police incidents, own records (Q2)",
      'a person across bodies in a domestic-violence case (Q4)',
      'the same person for a body without an agreement',
      'a page of 50 joint cases (Q3)',
      'the same document, 5 joint cases',
      'the second page of joint cases',
      'a page size out of range',
      'nested pages within the cost limit',
      'the first of two operations',
      'the second of two operations',
      'a joint case that is not there',
      'the README case list with linked records, masked and denied per agreement',
      "the README person query: a person's records at every body",
      'a case with the access decision of every field',
      'a case with the access decision of every field, asking for application/graphql-response+json',
      'the same, asking for both media types',
    ];

    it('answers the corpus as Apollo does, and takes the known valid queries past it', async () => {
      // Counts per operation name and outcome, and per error code.
      const counts = async (t: TestHub) => {
        const series: Record<string, number> = {};
        for (const name of ['hub_graphql_requests_total', 'hub_graphql_errors_total'])
          for (const { labels, value } of (await t.hub.metrics.registry.getSingleMetric(name)!.get()).values)
            series[`${name} ${JSON.stringify(labels)}`] = value;
        return series;
      };
      const apolloBefore = await counts(cached);
      const fastBefore = await counts(fast);
      const taken = new Map<string, boolean[]>();
      for (const pass of ['first sight', 'known', 'known again']) {
        for (const request of requests) {
          // Each pass has callers of its own: fair-use budgets are shared by both hubs.
          const outcome = await compare(pass, ownUsers(request, pass));
          taken.set(request.what, [...(taken.get(request.what) ?? []), outcome.taken]);
        }
      }
      // A document's first sight goes through Apollo, which teaches the fast path the document
      // (a later request of the first pass may send it again); then the fast path answers the
      // valid queries and nothing else.
      const seen = new Set<string>();
      for (const request of requests) {
        const fastOne = FAST_ONES.includes(request.what);
        const body = request.body as { operationName?: string; query?: string };
        const key = `${body.operationName}\n${body.query}`;
        const [first, ...known] = taken.get(request.what)!;
        expect({ what: request.what, first }).toEqual({ what: request.what, first: fastOne && seen.has(key) });
        expect({ what: request.what, known }).toEqual({
          what: request.what,
          known: fastOne ? [true, true] : [false, false],
        });
        if (fastOne) seen.add(key);
      }
      expect(FAST_ONES.every((what) => taken.has(what))).toBe(true);
      // The same requests were counted alike (operation names, outcomes, error codes).
      const delta = (after: Record<string, number>, before: Record<string, number>) =>
        Object.fromEntries(
          Object.entries(after)
            .map(([series, value]) => [series, value - (before[series] ?? 0)])
            .filter(([, added]) => added !== 0),
        );
      expect(delta(await counts(fast), fastBefore)).toEqual(delta(await counts(cached), apolloBefore));
    }, 240_000);

    it('answers for a protected person as Apollo does', async () => {
      const federation: Caller = { department: 'WOMENS_FEDERATION', role: Role.MEDIATOR, user: '刘主任' };
      const mark: CorpusRequest = {
        what: 'marking a protected person (a mutation: Apollo)',
        caller: federation,
        body: {
          query: 'mutation ($rid: String!) { markProtectedPerson(residentId: $rid, kind: DOMESTIC_VIOLENCE_VICTIM) }',
          variables: { rid: ids.dvApplicantId },
        },
      };
      const before = await fastPathCount();
      const marked = await exchange(fast, mark);
      expect(marked.status).toBe(200);
      expect(JSON.parse(marked.text).errors).toBeUndefined();
      expect(await fastPathCount()).toBe(before);
      try {
        for (const what of [
          'a person across bodies in a domestic-violence case (Q4)',
          'the same person for a body without an agreement',
          'linked records of every body: granted, masked, denied and withheld (Q1)',
        ]) {
          const outcome = await compare(
            'protected',
            requests.find((r) => r.what === what)!,
          );
          expect({ what, taken: outcome.taken }).toEqual({ what, taken: true });
        }
      } finally {
        const lifted = await exchange(fast, {
          ...mark,
          body: {
            ...(mark.body as object),
            query: (mark.body as { query: string }).query.replace('markProtectedPerson', 'liftProtection'),
          },
        });
        expect(JSON.parse(lifted.text).errors).toBeUndefined();
      }
    });

    it("answers a body's failed read (SOURCE_UNAVAILABLE, extensions.sources) as Apollo does", async () => {
      const q1 = requests.find((r) => r.what.endsWith('(Q1)'))!;
      await databases.sql('COURT', 'ALTER TABLE case_filing RENAME TO case_filing_moved');
      try {
        // The errors of two bodies' reads come in the order the reads end, in either pipeline.
        const { taken, answer } = await compare('a body down', ownUsers(q1, 'body down'), { errorsInAnyOrder: true });
        expect(taken).toBe(true);
        expect(answer.text).toContain('SOURCE_UNAVAILABLE');
        expect(JSON.parse(answer.text).extensions.sources).toEqual(expect.objectContaining({ COURT: 'DOWN' }));
      } finally {
        await databases.sql('COURT', 'ALTER TABLE case_filing_moved RENAME TO case_filing');
      }
    });

    it('withholds the answer (AUDIT_UNAVAILABLE, 503) as Apollo does when the audit cannot be written', async () => {
      const q1 = requests.find((r) => r.what.endsWith('(Q1)'))!;
      await databases.sql('hub', 'REVOKE INSERT ON audit_event FROM hub_app');
      try {
        const { taken, answer } = await compare('audit down', ownUsers(q1, 'audit down'));
        expect(taken).toBe(true);
        expect(answer.status).toBe(503);
        expect(JSON.parse(answer.text)).toEqual({
          errors: [{ message: expect.any(String), extensions: { code: 'AUDIT_UNAVAILABLE' } }],
          data: null,
        });
        expect(answer.audit).toEqual([]);
      } finally {
        await databases.sql('hub', 'GRANT INSERT ON audit_event TO hub_app');
      }
      // Both hubs write again once the audit log takes records.
      expect((await compare('audit back', ownUsers(q1, 'audit down'))).answer.status).toBe(200);
    });

    it('refuses RATE_LIMITED as Apollo does once a user has spent the budget', async () => {
      const nested = (outer: number): CorpusRequest => ({
        what: `nested pages, ${outer} joint cases × 100 linked records`,
        caller: { department: 'GOVERNANCE_CENTRE', role: Role.CLERK, user: 'fair-use-spender' },
        body: { operationName: 'Nested', query: LINKED_RECORDS_NESTED, variables: { outer, inner: 100 } },
      });
      // The user's budget (shared by both hubs through the hub database) is spent 15,151 at a time...
      let spent = false;
      for (let i = 0; i < 30 && !spent; i++) spent = (await exchange(fast, nested(50))).status === 429;
      expect(spent).toBe(true);
      // ...so a request of 24,241 is refused by either hub: less than 15,151 is left, and the
      // budget refills 3,333 a second. The seconds to wait differ by the time between the two.
      const { taken, answer } = await compare('rate limited', nested(80), { anyRetrySeconds: true });
      expect(taken).toBe(true);
      expect(answer.status).toBe(429);
      expect(JSON.parse(answer.text).errors[0].extensions.code).toBe('RATE_LIMITED');
      expect(answer.headers['retry-after']).toMatch(/^\d+$/);
    });

    it('leaves a GET query, a mutation, an unknown document and a bad token to Apollo, with their answers of today', async () => {
      const me = '{ me { user department role } }';
      const token = await fast.token('COURT', Role.MEDIATOR);
      // Known to the fast path by now (POSTed above).
      await fast.graphql(me, { token });
      const before = await fastPathCount();
      const get = async (t: TestHub) => {
        const response = await fetch(`${t.hub.url}?query=${encodeURIComponent(me)}`, {
          headers: { authorization: `Bearer ${await t.token('COURT', Role.MEDIATOR)}` },
        });
        return {
          status: response.status,
          type: response.headers.get('content-type'),
          body: (await response.json()) as { data: { me: { department: string } } },
        };
      };
      const viaGet = await get(fast);
      expect(viaGet).toEqual(await get(cached));
      expect(viaGet.body.data.me.department).toBe('COURT');
      for (const request of [
        {
          what: 'a mutation',
          caller: { department: 'POLICE', role: Role.MEDIATOR },
          body: {
            query: `mutation { liftProtection(residentId: "${ids.policePersonId}", kind: DOMESTIC_VIOLENCE_VICTIM) }`,
          },
        },
        {
          what: 'a document never seen',
          caller: { department: 'COURT' },
          body: { query: '{ me { user } hubInfo { version } }' },
        },
        {
          what: 'a bad token on a known document',
          caller: { department: 'COURT' },
          headers: { authorization: 'Bearer not-a-token' },
          body: { query: me },
        },
      ] satisfies CorpusRequest[]) {
        const { taken, answer } = await compare('to Apollo', request);
        expect({ what: request.what, taken }).toEqual({ what: request.what, taken: false });
        expect(answer.status).not.toBe(500);
      }
      expect(await fastPathCount()).toBe(before);
    });
  });
});
