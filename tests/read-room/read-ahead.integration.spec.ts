import { type DirectiveNode, Kind, parse, print, visit } from 'graphql';
import { ReadRoom } from '../../src/read-room/read-room';
import { SHARED_CASE_CONTEXT } from '../../bench/queries';
import { auditRowsOf } from '../../bench/requests';
import { corpus, corpusIds, type CorpusIds, type CorpusRequest, normalise, post } from '../support/query-corpus';
import { createTestDatabases, startTestHub, type TestDatabases, type TestHub } from '../support/test-hub';

/*
 * A page of a case's linked records, and a person's records at every body, are read ahead by
 * the parent field when every child will be shown (`record` / `records` selected without a
 * directive): all together, each child then answered without a promise of its own. Marking
 * those fields `@include(if: true)` means the same, but the hub cannot know it before the query
 * runs, so it reads each on its own. Every request of the corpus must be answered, recorded in
 * the audit and sent to the bodies exactly alike both ways.
 */

const INCLUDE_TRUE: DirectiveNode = {
  kind: Kind.DIRECTIVE,
  name: { kind: Kind.NAME, value: 'include' },
  arguments: [
    { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'if' }, value: { kind: Kind.BOOLEAN, value: true } },
  ],
};

const READ_AHEAD_FIELDS = ['record', 'records'];

/**
 * The query as printed by graphql-js, its `record` and `records` fields carrying `directive`
 * or not: the printer gives each field a line of its own, so both texts place every other
 * field (and so every error's location) alike.
 */
function printedWith(query: string, directive: DirectiveNode | null): string {
  return print(
    visit(parse(query), {
      Field(node) {
        if (!directive || !READ_AHEAD_FIELDS.includes(node.name.value)) return undefined;
        return { ...node, directives: [...(node.directives ?? []), directive] };
      },
    }),
  );
}

/** The corpus's requests whose query selects a record or a person's records, as printed with `directive`. */
function readingRecords(requests: CorpusRequest[], directive: DirectiveNode | null): CorpusRequest[] {
  return requests.flatMap((request) => {
    const body = request.body;
    if (typeof body === 'string' || typeof body.query !== 'string' || !/\brecords?\b/.test(body.query)) return [];
    try {
      return [{ ...request, body: { ...body, query: printedWith(body.query, directive) } }];
    } catch {
      return []; // a query that does not parse reads nothing
    }
  });
}

describe('reading a page of records ahead', () => {
  let databases: TestDatabases;
  let t: TestHub;
  let ids: CorpusIds;
  let sequence = 0;

  beforeAll(async () => {
    databases = await createTestDatabases();
    t = await startTestHub({ databases, production: true });
    ids = await corpusIds(databases, t);
  });

  afterAll(async () => {
    await t?.close();
    await databases?.drop();
  });

  const BODIES = ['COURT', 'POLICE', 'JUDICIAL_OFFICE', 'WOMENS_FEDERATION', 'CIVIL_AFFAIRS', 'SECURITY_COMMITTEE'];

  /** One request: its answer, its audit, the statements each body received, and whether it read ahead. */
  async function exchange(request: CorpusRequest) {
    const requestId = `read-ahead-test.${++sequence}`;
    const links = jest.spyOn(ReadRoom.prototype, 'linkedRecords');
    const persons = jest.spyOn(ReadRoom.prototype, 'personRecordsAhead');
    const before = BODIES.map((code) => t.hub.sources.statements.count(code));
    try {
      const response = await post(t, request, { 'x-request-id': requestId });
      const text = (await response.text()).replaceAll(requestId, '<request id>');
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // compared as text
      }
      return {
        answer: { status: response.status, body: normalise(body) },
        audit: await auditRowsOf(databases.adminUrls.hub, requestId),
        statements: Object.fromEntries(
          BODIES.map((code, i) => [code, t.hub.sources.statements.count(code) - before[i]]),
        ),
        readAhead: links.mock.calls.some((call) => call[3] === true) || persons.mock.calls.length > 0,
      };
    } finally {
      links.mockRestore();
      persons.mockRestore();
    }
  }

  it('answers, audits and reads every request of the corpus as when each record is read on its own', async () => {
    const ahead = readingRecords(corpus(ids), null);
    const onItsOwn = readingRecords(corpus(ids), INCLUDE_TRUE);
    expect(ahead.length).toBeGreaterThanOrEqual(10);
    const readAhead: string[] = [];
    for (const [i, request] of ahead.entries()) {
      const together = await exchange(request);
      const separately = await exchange(onItsOwn[i]);
      expect({ what: request.what, ...together, readAhead: undefined }).toEqual({
        what: request.what,
        ...separately,
        readAhead: undefined,
      });
      expect({ what: request.what, readAhead: separately.readAhead }).toEqual({ what: request.what, readAhead: false });
      if (together.readAhead) readAhead.push(request.what);
    }
    // The benchmark's shared case (Q1) and person views (Q2, Q4) are among those read ahead.
    expect(readAhead).toEqual(
      expect.arrayContaining([
        'linked records of every body: granted, masked, denied and withheld (Q1)',
        "a person's police incidents, own records (Q2)",
        'a person across bodies in a domestic-violence case (Q4)',
        "the README person query: a person's records at every body",
      ]),
    );
  }, 120_000);

  it('reads nothing from the bodies for records a query skips', async () => {
    const caller = { department: 'COURT' };
    const skipped = await exchange({
      what: 'the shared case, its records skipped',
      caller,
      headers: { 'x-purpose': 'JOINT_MEDIATION' },
      body: {
        query: printedWith(SHARED_CASE_CONTEXT, { ...INCLUDE_TRUE, name: { kind: Kind.NAME, value: 'skip' } }),
        variables: { id: ids.sharedCaseId },
      },
    });
    expect(skipped.answer.status).toBe(200);
    expect(skipped.readAhead).toBe(false);
    expect(Object.values(skipped.statements)).toEqual(BODIES.map(() => 0));
    const edges = (
      skipped.answer.body as { data: { jointCase: { linkedRecords: { edges: Array<{ node: object }> } } } }
    ).data.jointCase.linkedRecords.edges;
    expect(edges.length).toBeGreaterThan(0);
    for (const { node } of edges) expect(node).not.toHaveProperty('record');
  });
});
