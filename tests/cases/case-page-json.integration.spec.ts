import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, type GraphQLObjectType, isLeafType, isNonNullType } from 'graphql';
import { GOVERNANCE_CENTRE, Role } from '../../src/auth/actor';
import { residentIdCheckCharacter } from '../../src/common/resident-id';
import { hashResidentId } from '../../src/persons/resident-id-hash';
import { HUB_STATEMENTS } from '../../src/runtime/hub-data-source';
import { JOINT_CASE_LIST } from '../../bench/queries';
import { testCluster } from '../support/test-cluster';
import { startTestHub, type TestHub } from '../support/test-hub';

/*
 * CASE_PAGE_JSON: the fast path answers a plain page of cases with the JSON text Postgres built,
 * when the read room finds every case and party on it shown as stored with no look to record.
 * Two hubs over the same databases, one with it and one without, must answer every request with
 * the same status, media type and body text, byte for byte, and the same audit records; the
 * page is spliced where it is plain and shown as stored (the centre's handlers), and answered
 * by graphql-js everywhere else.
 */

const schema = buildSchema(readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8'));
const leavesOf = (type: string) =>
  Object.values((schema.getType(type) as GraphQLObjectType).getFields())
    .filter((f) => isLeafType(getNamedType(f.type)) && !f.args.some((a) => isNonNullType(a.type)))
    .map((f) => f.name);
const CASE_LEAVES = leavesOf('JointCase');
const PARTY_LEAVES = leavesOf('CaseParty');

/** The page's plain fields as the hub stores them: columns without a resolver of their own, and its text. */
const PLAIN_CASE_FIELDS = [
  'id',
  'caseNumber',
  'category',
  'status',
  'sourceChannel',
  'urgency',
  'riskLevel',
  'assessedAt',
  'riskUnavailableSources',
  'handler',
  'handlerDepartment',
  'deadline',
  'agreementReachedAt',
  'confirmationNumber',
  'confirmedOn',
  'referralChannel',
  'referralRecordId',
  'closedAt',
  'version',
  'leadDepartment',
  'participatingDepartments',
  'community',
  'grid',
  'peopleInvolved',
  'occurredAt',
  'createdAt',
  'consentToMediate',
  'manualRiskLevel',
  'handlingStoppedAt',
  'followUpDeadline',
  'extensionCount',
  'judicialConfirmationStatus',
  'judicialConfirmationAppliedOn',
  'judicialConfirmationRecordId',
  'satisfaction',
  'title',
  'description',
  'place',
  'agreementTerms',
  'failureReason',
  'followUpNote',
];
/** The particulars the read room decides by the caller's standing (case-viewer.ts PARTY_FIELDS). */
const GOVERNED = [
  'name',
  'residentId',
  'mobile',
  'address',
  'documentNumber',
  'gender',
  'ethnicity',
  'birthDate',
  'legalRepresentative',
  'agentName',
  'agentRelation',
];
const PLAIN_PARTY_FIELDS = PARTY_LEAVES.filter((f) => f !== 'roleLabel');

const RELEVANT_HEADERS = ['content-type', 'cache-control', 'vary'];

describe('CASE_PAGE_JSON: a plain page of cases as Postgres built it', () => {
  let off: TestHub;
  let on: TestHub;
  let lead: string;
  let participant: string;
  let sequence = 0;

  beforeAll(async () => {
    off = await startTestHub({ casePages: { json: false } });
    on = await startTestHub({ databases: off.databases });
    // Risk screening would change cases between the two hubs' answers.
    await off.hub.riskWorker.stop();
    await on.hub.riskWorker.stop();
    [{ lead }] = await off.databases.sql<{ lead: string }>(
      'hub',
      `SELECT lead_department AS lead FROM joint_case WHERE lead_department IS NOT NULL
        GROUP BY lead_department ORDER BY count(*) DESC, lead_department LIMIT 1`,
    );
    [{ participant }] = await off.databases.sql<{ participant: string }>(
      'hub',
      `SELECT d AS participant FROM joint_case, unnest(participating_departments) d
        WHERE d <> lead_department AND d <> $1 GROUP BY d ORDER BY count(*) DESC, d LIMIT 1`,
      [lead],
    );
  }, 120_000);
  afterAll(async () => {
    await on?.close();
    await off?.close();
  });

  const callers = (): Array<[string, string, Role]> => [
    ['the centre clerk', GOVERNANCE_CENTRE, Role.CLERK],
    ["a lead body's mediator", lead, Role.MEDIATOR],
    ["a participating body's handler", participant, Role.CLERK],
    ['an auditor', lead, Role.AUDITOR],
    ["the centre's auditor", GOVERNANCE_CENTRE, Role.AUDITOR],
  ];

  const statementsOf = (t: TestHub) => t.hub.sources.statements.count(HUB_STATEMENTS);

  async function counter(t: TestHub, name: 'fastPathRequests' | 'casePageJsonAnswers'): Promise<number> {
    return (await t.hub.metrics[name].get()).values[0]?.value ?? 0;
  }

  async function auditRows(t: TestHub, requestId: string): Promise<string[]> {
    const rows = await t.databases.sql<Record<string, unknown>>(
      'hub',
      `SELECT kind, actor_user, actor_department, actor_role, purpose, joint_case_id, provider, record_type, record_id,
              subject_hashes, field_decisions, agreement_ids::text[] AS agreement_ids, detail
         FROM audit_entry WHERE request_id = $1`,
      [requestId],
    );
    return rows.map((row) => JSON.stringify(row, Object.keys(row).sort())).sort();
  }

  async function send(t: TestHub, token: string, query: string, variables?: Record<string, unknown>) {
    const requestId = `case-page-json.${++sequence}`;
    const response = await fetch(t.hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': requestId },
      body: JSON.stringify({ query, ...(variables ? { variables } : {}) }),
    });
    return {
      status: response.status,
      headers: Object.fromEntries(RELEVANT_HEADERS.map((name) => [name, response.headers.get(name)])),
      text: (await response.text()).replaceAll(requestId, '<request id>'),
      audit: await auditRows(t, requestId),
    };
  }

  /**
   * The document sent twice to each hub (the second time it is known: the fast path answers it);
   * the second answers compared byte for byte. Whether the hub with CASE_PAGE_JSON spliced it.
   */
  async function compare(
    department: string,
    role: Role,
    query: string,
    variables?: Record<string, unknown>,
    /** The page was read, found not as stored, and read again by graphql-js. */
    { readAgain = false } = {},
  ) {
    const user = `${department.toLowerCase()}-${role.toLowerCase()}`;
    const [tokenOff, tokenOn] = [await off.token(department, role, user), await on.token(department, role, user)];
    await send(off, tokenOff, query, variables);
    await send(on, tokenOn, query, variables);
    const fastOff = await counter(off, 'fastPathRequests');
    const fastOn = await counter(on, 'fastPathRequests');
    const splicedBefore = await counter(on, 'casePageJsonAnswers');
    // The hub's statements of each second answer: a page that is not spliced is read once all the same.
    off.hub.sources.statements.reset();
    const expected = { ...(await send(off, tokenOff, query, variables)), statements: statementsOf(off) };
    on.hub.sources.statements.reset();
    const got = { ...(await send(on, tokenOn, query, variables)), statements: statementsOf(on) - (readAgain ? 1 : 0) };
    // Both second answers came from the fast path; the hub without CASE_PAGE_JSON never splices.
    expect((await counter(off, 'fastPathRequests')) - fastOff).toBe(1);
    expect((await counter(on, 'fastPathRequests')) - fastOn).toBe(1);
    expect(await counter(off, 'casePageJsonAnswers')).toBe(0);
    expect({ department, role, query, variables, ...got }).toEqual({ department, role, query, variables, ...expected });
    return { spliced: (await counter(on, 'casePageJsonAnswers')) > splicedBefore, answer: got };
  }

  it("answers the benchmark's work list (Q3) as graphql-js does, spliced for the centre's clerk only", async () => {
    for (const [who, department, role] of callers()) {
      const { spliced, answer } = await compare(department, role, JOINT_CASE_LIST, { first: 50 });
      expect({ who, spliced }).toEqual({ who, spliced: who === 'the centre clerk' });
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.text).data.jointCases.edges.length).toBeGreaterThan(0);
    }
  }, 300_000);

  it('answers every JointCase field alone as graphql-js does, spliced where it is plain', async () => {
    const spliced: string[] = [];
    for (const field of CASE_LEAVES) {
      const query = `{ jointCases(first: 20) { edges { node { ${field} } } } }`;
      if ((await compare(GOVERNANCE_CENTRE, Role.CLERK, query)).spliced) spliced.push(field);
    }
    expect(spliced.sort()).toEqual([...PLAIN_CASE_FIELDS].sort());
  }, 300_000);

  it('answers the plain fields together, and each with a field that is not, for every kind of caller', async () => {
    const all = `${PLAIN_CASE_FIELDS.join(' ')} parties { ${PLAIN_PARTY_FIELDS.join(' ')} }`;
    for (const [who, department, role] of callers()) {
      const { spliced } = await compare(department, role, `{ jointCases(first: 50) { edges { node { ${all} } } } }`);
      expect({ who, spliced }).toEqual({ who, spliced: who === 'the centre clerk' });
    }
    for (const other of ['statusLabel', 'overdue', 'availableActions', 'parties { roleLabel }']) {
      const query = `{ jointCases(first: 20) { edges { node { id title ${other} } } } }`;
      expect({ other, ...(await compare(GOVERNANCE_CENTRE, Role.CLERK, query)) }).toMatchObject({
        other,
        spliced: false,
      });
    }
  }, 300_000);

  it('answers the parties with each particular as graphql-js does, for every kind of caller', async () => {
    for (const particular of PARTY_LEAVES) {
      const query = `{ jointCases(first: 20) { edges { node { id parties { ${particular} } } } } }`;
      for (const [who, department, role] of callers()) {
        const { spliced } = await compare(department, role, query);
        expect({ who, particular, spliced }).toEqual({
          who,
          particular,
          // The centre's auditor is shown a party's id, role, kind and document type as stored, and no look is recorded.
          spliced:
            particular !== 'roleLabel' &&
            (who === 'the centre clerk' || (who === "the centre's auditor" && !GOVERNED.includes(particular))),
        });
      }
    }
  }, 600_000);

  it('leaves aliases, fragments, __typename, directives, page info, counts and cursors to graphql-js', async () => {
    const documents = [
      '{ jointCases(first: 5) { edges { node { number: caseNumber } } } }',
      '{ list: jointCases(first: 5) { edges { node { caseNumber } } } }',
      '{ jointCases(first: 5) { edges { node { ...C } } } } fragment C on JointCase { caseNumber }',
      '{ jointCases(first: 5) { edges { node { ... on JointCase { caseNumber } } } } }',
      '{ jointCases(first: 5) { edges { node { __typename caseNumber } } } }',
      '{ jointCases(first: 5) { __typename edges { node { caseNumber } } } }',
      '{ jointCases(first: 5) { edges { node { caseNumber @include(if: true) } } } }',
      'query($skip: Boolean!) { jointCases(first: 5) { edges { node { caseNumber @skip(if: $skip) } } } }',
      '{ jointCases(first: 5) { edges { cursor node { caseNumber } } } }',
      '{ jointCases(first: 5) { pageInfo { hasNextPage } edges { node { caseNumber } } } }',
      '{ jointCases(first: 5) { totalCount edges { node { caseNumber } } } }',
      '{ jointCases(first: 5) { edges { node { caseNumber caseNumber } } } }',
      '{ jointCases(first: 5) { edges { node { id linkedRecords(first: 1) { totalCount } } } } }',
      '{ jointCases(first: 5) { edges { node { caseNumber } } } me { department } }',
    ];
    for (const query of documents) {
      const variables = query.includes('$skip') ? { skip: false } : undefined;
      expect({ query, ...(await compare(GOVERNANCE_CENTRE, Role.CLERK, query, variables)) }).toMatchObject({
        query,
        spliced: false,
      });
    }
  }, 300_000);

  it('answers pages by size, cursor, filter and order as graphql-js does, refusals included', async () => {
    const query = `query($first: Int!, $after: String, $filter: JointCaseFilter, $orderBy: JointCaseOrder) {
      jointCases(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
        edges { node { id caseNumber status riskLevel deadline parties { role name } } } } }`;
    const token = await off.token(GOVERNANCE_CENTRE, Role.CLERK);
    const cursorOf = async (orderBy: unknown) => {
      const { body } = await off.graphql<{ jointCases: { pageInfo: { endCursor: string } } }>(
        `query($o: JointCaseOrder) { jointCases(first: 7, orderBy: $o) { pageInfo { endCursor } } }`,
        { token, variables: { o: orderBy } },
      );
      return body.data!.jointCases.pageInfo.endCursor;
    };
    const byDeadline = { field: 'DEADLINE', direction: 'ASC' };
    const cases: Array<[Record<string, unknown>, boolean]> = [
      [{ first: 1 }, true],
      [{ first: 100 }, true],
      [{ first: 7, after: await cursorOf(null) }, true],
      [{ first: 7, orderBy: byDeadline, after: await cursorOf(byDeadline) }, true],
      [{ first: 10, orderBy: { field: 'RISK_LEVEL' } }, true],
      [{ first: 10, orderBy: { field: 'CASE_NUMBER', direction: 'ASC' } }, true],
      [{ first: 10, filter: { status: ['INTAKE', 'ASSIGNED', 'IN_MEDIATION'], riskLevel: ['RED', 'ORANGE'] } }, true],
      [{ first: 10, filter: { leadDepartment: lead, overdue: false } }, true],
      [{ first: 10, filter: { search: '纠纷' } }, true],
      [{ first: 10, filter: { intakeFrom: '2020-01-01T00:00:00Z', unassessed: false } }, true],
      [{ first: 10, filter: { status: ['CLOSED'], category: ['NEIGHBOUR'] } }, true],
      // Refused by the page: graphql-js answers with its error.
      [{ first: 0 }, false],
      [{ first: 101 }, false],
      [{ first: 5, after: 'not-a-cursor' }, false],
      [{ first: 5, orderBy: byDeadline, after: await cursorOf(null) }, false],
      [{ first: 5, filter: { search: 'x' } }, false],
      [{ first: 5, filter: { leadDepartment: 'not a code' } }, false],
    ];
    for (const [variables, splice] of cases) {
      const { spliced } = await compare(GOVERNANCE_CENTRE, Role.CLERK, query, variables);
      expect({ variables, spliced }).toEqual({ variables, spliced: splice });
    }
  }, 300_000);

  it('answers the early warnings as graphql-js does', async () => {
    await off.databases.sql(
      'hub',
      `INSERT INTO early_warning (id, joint_case_id, level, status)
       SELECT gen_random_uuid(), c.id, 'RED', 'RAISED' FROM joint_case c
        WHERE c.status NOT IN ('CLOSED', 'WITHDRAWN', 'NOT_ACCEPTED')
          AND NOT EXISTS (SELECT 1 FROM early_warning w WHERE w.joint_case_id = c.id)
        ORDER BY c.case_number LIMIT 12`,
    );
    const query = `query($first: Int!, $filter: JointCaseFilter) { earlyWarnings(first: $first, filter: $filter) {
      edges { node { id caseNumber title category status riskLevel createdAt deadline parties { role name } } } } }`;
    for (const [who, department, role] of callers()) {
      for (const variables of [{ first: 20 }, { first: 3, filter: { category: ['NEIGHBOUR', 'FAMILY_MARRIAGE'] } }]) {
        const { spliced, answer } = await compare(department, role, query, variables);
        expect({ who, variables, spliced }).toEqual({ who, variables, spliced: who === 'the centre clerk' });
        if (variables.first === 20) expect(JSON.parse(answer.text).data.earlyWarnings.edges.length).toBeGreaterThan(0);
      }
    }
  }, 300_000);

  it('leaves a page holding a value graphql-js would not serialise as stored to graphql-js', async () => {
    const [newest] = await off.databases.sql<{ id: string; category: string }>(
      'hub',
      'SELECT id, category FROM joint_case ORDER BY created_at DESC, id DESC LIMIT 1',
    );
    // A category outside the enum (no constraint holds the column to it): graphql-js answers an error.
    await off.databases.sql('hub', `UPDATE joint_case SET category = 'NOT_A_CATEGORY' WHERE id = $1`, [newest.id]);
    try {
      const { spliced, answer } = await compare(
        GOVERNANCE_CENTRE,
        Role.CLERK,
        JOINT_CASE_LIST,
        { first: 50 },
        {
          readAgain: true,
        },
      );
      expect(spliced).toBe(false);
      expect(JSON.parse(answer.text).errors.length).toBeGreaterThan(0);
    } finally {
      await off.databases.sql('hub', 'UPDATE joint_case SET category = $2 WHERE id = $1', [newest.id, newest.category]);
    }
  }, 120_000);

  describe('a page holding a protected party, a minor and text JSON escapes', () => {
    let caseId: string;

    beforeAll(async () => {
      const key = Buffer.from(testCluster().personHashKey, 'base64');
      const birth = `${new Date().getUTCFullYear() - 10}0101`;
      let minorId = `110105${birth}123`;
      minorId += residentIdCheckCharacter(minorId);
      let adultId = `11010519800101456`;
      adultId += residentIdCheckCharacter(adultId);
      caseId = randomUUID();
      // The newest case: first on every page of its bodies. Text that JSON escapes (quotes, a
      // backslash, control characters, a line separator, characters outside the BMP).
      await off.databases.sql(
        'hub',
        `INSERT INTO joint_case (id, case_number, title, category, place, lead_department, participating_departments, created_at, deadline)
         VALUES ($1, $2, $3, 'NEIGHBOUR', '西湖区文新街道12幢3单元1201室', $4, ARRAY[$4, $5],
                 now() + interval '1 day', '2026-12-31 23:59:59.999999+08')`,
        [
          caseId,
          `page-json-${caseId}`,
          '邻里"纠纷"\\ 联系 13812345678\n\t\u0001\u001f\u007f\u2028 😀 </script>',
          lead,
          participant,
        ],
      );
      for (const [position, name, residentId, birthDate] of [
        [0, '王大明', adultId, '1980-01-01'],
        [1, '李小红', minorId, `${birth.slice(0, 4)}-01-01`],
      ] as const) {
        await off.databases.sql(
          'hub',
          `INSERT INTO joint_case_party (joint_case_id, position, role, name, resident_id, resident_id_hash, mobile, address, birth_date)
           VALUES ($1, $2, 'APPLICANT', $3, $4, $5, '13812345678', '西湖区文新街道12幢3单元1201室', $6::date)`,
          [caseId, position, name, residentId, hashResidentId(key, residentId), birthDate],
        );
      }
      const { body } = await on.graphql(
        `mutation($rid: String!) { markProtectedPerson(residentId: $rid, kind: DOMESTIC_VIOLENCE_VICTIM) }`,
        { token: await on.token('WOMENS_FEDERATION'), variables: { rid: adultId } },
      );
      expect(body.errors).toBeUndefined();
      // Both hubs learn of the change (LISTEN/NOTIFY) before the test goes on.
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }, 60_000);

    it('answers it as graphql-js does for every kind of caller: spliced only where shown as stored', async () => {
      const selection = `id title place description deadline createdAt parties {
        ${PLAIN_PARTY_FIELDS.join(' ')} }`;
      const query = `{ jointCases(first: 5) { edges { node { ${selection} } } } }`;
      for (const [who, department, role] of [
        ...callers(),
        ['the marking body', 'WOMENS_FEDERATION', Role.MEDIATOR] as [string, string, Role],
      ]) {
        const { spliced, answer } = await compare(department, role, query);
        // The centre's handlers are shown every particular of the case's parties as stored.
        expect({ who, spliced }).toEqual({ who, spliced: who === 'the centre clerk' });
        if (department === lead || department === participant || department === GOVERNANCE_CENTRE)
          expect(answer.text).toContain(caseId);
      }
    }, 300_000);
  });
});
