import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  type GraphQLField,
  type GraphQLObjectType,
  isLeafType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { WithheldField } from '../../src/agreements/withheld-field';
import { GOVERNANCE_CENTRE, Role } from '../../src/auth/actor';
import { createLogger } from '../../src/common/logger';
import { createRequestContext } from '../../src/graphql/request-context';
import { JointCaseService } from '../../src/cases/joint-case.service';
import { residentIdCheckCharacter } from '../../src/common/resident-id';
import { hashResidentId } from '../../src/persons/resident-id-hash';
import { HUB_STATEMENTS } from '../../src/runtime/hub-data-source';
import { post } from '../read-room/matrix/own-data-oracle';
import { SHARED_CASE_CONTEXT } from '../../bench/queries';
import { testCluster } from '../support/test-cluster';
import { startTestHub, type TestHub } from '../support/test-hub';

/*
 * A page of cases, and a case read by its id, read only what their query selects
 * (CASE_PAGE_PROJECTION), and a page shows its cases' parties and text synchronously
 * (CASE_PAGE_SYNC). Both must change nothing a caller or the audit sees: every JointCase field,
 * alone and with its neighbours, answers the same, with the same errors and the same audit
 * records, as a hub that reads every column and particular.
 */

const schema = buildSchema(readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8'));
const jointCaseType = schema.getType('JointCase') as GraphQLObjectType;

const needsArguments = (field: GraphQLField<unknown, unknown>) =>
  field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);

/** A selection of every leaf of `type` (and of its objects, two levels down) that needs no arguments. */
function selectionOf(type: GraphQLObjectType, depth: number): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (needsArguments(field)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (isObjectType(named) && depth > 0) parts.push(`${field.name} { ${selectionOf(named, depth - 1)} }`);
    else parts.push(`${field.name} { __typename }`);
  }
  return parts.join(' ');
}

function fieldSelection(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (isLeafType(named)) return field.name;
  return `${field.name} { ${isObjectType(named) ? selectionOf(named, 2) : '__typename'} }`;
}

const FIELDS = Object.values(jointCaseType.getFields());
const ASKED = FIELDS.filter((field) => !needsArguments(field));
/** Fields that cannot be asked without arguments no test can make up. */
const SKIPPED = FIELDS.filter(needsArguments).map((field) => field.name);

interface AuditRow {
  kind: string;
  purpose: string | null;
  joint_case_id: string | null;
  provider: string | null;
  record_type: string | null;
  record_id: string | null;
  field_decisions: Record<string, string> | null;
  agreement_ids: string[];
  detail: unknown;
}

const byText = (list: readonly unknown[]) =>
  [...list].map((x) => JSON.stringify(x, Object.keys(x as object).sort())).sort();

const sortedKeys = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(sortedKeys)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, v]) => [k, sortedKeys(v)]),
        )
      : value;

describe(JointCaseService.name, () => {
  let full: TestHub;
  let projected: TestHub;
  let lead: string;
  let participant: string;

  beforeAll(async () => {
    // The same databases under two hubs: one reads every column and particular of a page.
    // Both hubs spend one budget per user (one database), faster the faster pages are read: this
    // suite compares answers, so no caller may run out of it (RATE_LIMITED).
    const fairUse = { userCostPerMinute: 100_000_000, bodyCostPerMinute: 1_000_000_000 };
    full = await startTestHub({ casePages: { projection: false }, fairUse });
    // Every selection this suite sends is read as its own projection: past the default bound a
    // read would take everything, and a wrong projection would go unseen.
    projected = await startTestHub({ databases: full.databases, fairUse, casePages: { maxProjections: 10_000 } });
    // Risk screening would change cases between the two hubs' answers.
    await full.hub.riskWorker.stop();
    await projected.hub.riskWorker.stop();
    [{ lead }] = await full.databases.sql<{ lead: string }>(
      'hub',
      `SELECT lead_department AS lead FROM joint_case WHERE lead_department IS NOT NULL
        GROUP BY lead_department ORDER BY count(*) DESC, lead_department LIMIT 1`,
    );
    [{ participant }] = await full.databases.sql<{ participant: string }>(
      'hub',
      `SELECT d AS participant FROM joint_case, unnest(participating_departments) d
        WHERE d <> lead_department AND d <> $1 GROUP BY d ORDER BY count(*) DESC, d LIMIT 1`,
      [lead],
    );
  });
  afterAll(async () => {
    await projected?.close();
    await full?.close();
  });

  async function answer(
    t: TestHub,
    department: string,
    role: Role,
    query: string,
    variables?: Record<string, unknown>,
  ) {
    const token = await t.token(department, role, `${department.toLowerCase()}-${role.toLowerCase()}`);
    const { status, requestId, body } = await post(t, token, query, { variables });
    const rows = await t.databases.sql<AuditRow>(
      'hub',
      `SELECT kind, purpose, joint_case_id, provider, record_type, record_id, field_decisions,
              agreement_ids::text[] AS agreement_ids, detail
         FROM audit_entry WHERE request_id = $1`,
      [requestId],
    );
    return {
      status,
      data: sortedKeys(body.data),
      errors: byText((body.errors ?? []).map(({ message, path, extensions }) => ({ message, path, extensions }))),
      access: byText(body.extensions?.access?.records ?? []),
      audit: byText(rows),
    };
  }

  it('asks every JointCase field that takes no required argument', () => {
    // None today: a field that needs arguments would be listed here and skipped.
    expect(SKIPPED).toEqual([]);
    expect(ASKED.map((f) => f.name)).toEqual(expect.arrayContaining(['title', 'parties', 'caseNumber']));
  });

  /** Every field's selection, alone or with its neighbours on either side. */
  const selectionsOf = (how: string) =>
    ASKED.map((field, index) =>
      (how === 'alone' ? [field] : ASKED.slice(Math.max(0, index - 1), index + 2)).map(fieldSelection).join(' '),
    );

  const callers = (): Array<[string, string, Role]> => [
    ['the centre clerk', GOVERNANCE_CENTRE, Role.CLERK],
    ["a lead body's mediator", lead, Role.MEDIATOR],
    ["a participating body's handler", participant, Role.CLERK],
    ['an auditor', lead, Role.AUDITOR],
  ];

  it.each(['alone', 'with its neighbours'])(
    'answers, fails and audits every field %s as the full read does, for every kind of caller',
    async (how) => {
      let compared = 0;
      for (const selection of selectionsOf(how)) {
        const query = `{ jointCases(first: 20) { edges { node { ${selection} } } } }`;
        for (const [who, department, role] of callers()) {
          const expected = await answer(full, department, role, query);
          const got = await answer(projected, department, role, query);
          expect({ who, query, ...got }).toEqual({ who, query, ...expected });
          compared++;
        }
      }
      expect(compared).toBe(ASKED.length * 4);
    },
    600_000,
  );

  it('answers, fails and audits the early warnings as the full read does', async () => {
    // Warnings raised on some open cases, as risk screening would raise them.
    await full.databases.sql(
      'hub',
      `INSERT INTO early_warning (id, joint_case_id, level, status)
       SELECT gen_random_uuid(), c.id, 'RED', 'RAISED' FROM joint_case c
        WHERE c.status NOT IN ('CLOSED', 'WITHDRAWN', 'NOT_ACCEPTED')
          AND NOT EXISTS (SELECT 1 FROM early_warning w WHERE w.joint_case_id = c.id)
        ORDER BY c.case_number LIMIT 12`,
    );
    const work = 'id caseNumber title category status riskLevel createdAt deadline parties { role name roleLabel }';
    for (const selection of [work, ASKED.map(fieldSelection).join(' ')]) {
      const query = `{ earlyWarnings(first: 20) { edges { node { ${selection} } } } }`;
      for (const [who, department, role] of callers()) {
        const expected = await answer(full, department, role, query);
        const got = await answer(projected, department, role, query);
        expect({ who, query, ...got }).toEqual({ who, query, ...expected });
      }
    }
    const { body } = await projected.graphql(`{ earlyWarnings(first: 20) { edges { node { id } } } }`, {
      token: await projected.token(GOVERNANCE_CENTRE, Role.CLERK),
    });
    expect((body.data as { earlyWarnings: { edges: unknown[] } }).earlyWarnings.edges.length).toBeGreaterThan(0);
  }, 300_000);

  describe('a case read by its id', () => {
    let caseIds: string[];

    beforeAll(async () => {
      // The case with most links (records of several bodies), and one the participant takes part in.
      const rows = await full.databases.sql<{ id: string }>(
        'hub',
        `(SELECT c.id FROM joint_case c JOIN joint_case_record_link l ON l.joint_case_id = c.id
           GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1)
         UNION ALL
         (SELECT c.id FROM joint_case c WHERE c.lead_department = $1 AND $2 = ANY(c.participating_departments)
           ORDER BY c.case_number LIMIT 1)`,
        [lead, participant],
      );
      caseIds = rows.map((r) => r.id);
      expect(caseIds).toHaveLength(2);
    });

    const byId = (selection: string) => `query($id: ID!) { jointCase(id: $id) { ${selection} } }`;

    /** The answer, and the statements to the hub's database it took (the same as the full read's). */
    async function counted(t: TestHub, department: string, role: Role, query: string, id: string) {
      t.hub.sources.statements.reset();
      const answered = await answer(t, department, role, query, { id });
      return { ...answered, hubStatements: t.hub.sources.statements.count(HUB_STATEMENTS) };
    }

    it.each(['alone', 'with its neighbours'])(
      'answers, fails and audits every field %s as the full read does, for every kind of caller',
      async (how) => {
        let compared = 0;
        for (const selection of selectionsOf(how)) {
          const query = byId(selection);
          for (const id of caseIds)
            for (const [who, department, role] of callers()) {
              const expected = await counted(full, department, role, query, id);
              const got = await counted(projected, department, role, query, id);
              expect({ who, id, query, ...got }).toEqual({ who, id, query, ...expected });
              compared++;
            }
        }
        expect(compared).toBe(ASKED.length * 4 * 2);
      },
      600_000,
    );

    it("answers and audits the shared case context (the benchmark's Q1) as the full read does", async () => {
      let shown = 0;
      for (const id of caseIds)
        for (const [who, department, role] of callers()) {
          const expected = await answer(full, department, role, SHARED_CASE_CONTEXT, { id });
          const got = await answer(projected, department, role, SHARED_CASE_CONTEXT, { id });
          expect({ who, id, ...got }).toEqual({ who, id, ...expected });
          if ((got.data as { jointCase: unknown } | null)?.jointCase) shown++;
        }
      expect(shown).toBeGreaterThan(0);
    });

    it('reads only the columns its selection needs, with its parties and links, in one statement', async () => {
      const textsOf = async (t: TestHub, selection: string) => {
        const token = await t.token(GOVERNANCE_CENTRE, Role.CLERK);
        const logged = jest.spyOn(t.hub.hubDb.logger, 'logQuery');
        try {
          const { body } = await t.graphql(byId(selection), { token, variables: { id: caseIds[0] } });
          expect(body.errors).toBeUndefined();
          return logged.mock.calls.map(([text]) => text).filter((text) => text.includes('LEFT JOIN joint_case c'));
        } finally {
          logged.mockRestore();
        }
      };
      const [narrow] = await textsOf(projected, 'caseNumber linkedRecords(first: 5) { totalCount }');
      expect(narrow).toContain('c.case_number');
      expect(narrow).toContain('joint_case_party');
      expect(narrow).toContain('joint_case_record_link');
      expect(narrow).not.toContain('c.description');
      // A field whose needs are not declared (the risk reasons' provenance) reads every column.
      const [wide] = await textsOf(projected, 'caseNumber riskReasons { rule }');
      expect(wide).toContain('c.description');
      const [unprojected] = await textsOf(full, 'caseNumber');
      expect(unprojected).toContain('c.description');
    });
  });

  it('reads a page in one statement, whichever fields it selects', async () => {
    const token = await projected.token(participant, Role.CLERK);
    for (const selection of ['caseNumber', 'title parties { name }', 'caseNumber statusLabel parties { roleLabel }']) {
      projected.hub.sources.statements.reset();
      const { body } = await projected.graphql(`{ jointCases(first: 20) { edges { node { ${selection} } } } }`, {
        token,
      });
      expect(body.errors).toBeUndefined();
      expect(projected.hub.sources.statements.count(HUB_STATEMENTS)).toBe(1);
    }
  });

  describe('protected parties and minors on a page', () => {
    let caseId: string;
    let adultId: string;
    let minorId: string;

    beforeAll(async () => {
      const key = Buffer.from(testCluster().personHashKey, 'base64');
      const birth = `${new Date().getUTCFullYear() - 10}0101`;
      minorId = `110105${birth}123`;
      minorId += residentIdCheckCharacter(minorId);
      adultId = `11010519800101456`;
      adultId += residentIdCheckCharacter(adultId);
      caseId = randomUUID();
      // The newest case: first on every page of its bodies. The lead body is not the caller.
      await full.databases.sql(
        'hub',
        `INSERT INTO joint_case (id, case_number, title, category, place, lead_department, participating_departments, created_at)
         VALUES ($1, $2, '邻里纠纷 联系 13812345678', 'NEIGHBOUR', '西湖区文新街道12幢3单元1201室', $3, ARRAY[$3, $4], now() + interval '1 day')`,
        [caseId, `page-${caseId}`, lead, participant],
      );
      for (const [position, name, residentId, mobile, birthDate] of [
        [0, '王大明', adultId, '13812345678', '1980-01-01'],
        [1, '李小红', minorId, '13987654321', `${birth.slice(0, 4)}-01-01`],
      ] as const) {
        await full.databases.sql(
          'hub',
          `INSERT INTO joint_case_party (joint_case_id, position, role, name, resident_id, resident_id_hash, mobile, address, birth_date)
           VALUES ($1, $2, 'APPLICANT', $3, $4, $5, $6, '西湖区文新街道12幢3单元1201室', $7::date)`,
          [caseId, position, name, residentId, hashResidentId(key, residentId), mobile, birthDate],
        );
      }
      // The women's federation marks the adult protected (a body other than the caller).
      const { body } = await projected.graphql(
        `mutation($rid: String!) { markProtectedPerson(residentId: $rid, kind: DOMESTIC_VIOLENCE_VICTIM) }`,
        { token: await projected.token('WOMENS_FEDERATION'), variables: { rid: adultId } },
      );
      expect(body.errors).toBeUndefined();
      // Both hubs learn of the change (LISTEN/NOTIFY) before the test goes on.
      await new Promise((resolve) => setTimeout(resolve, 1500));
    });

    const SELECTION = 'id title place parties { name residentId mobile address birthDate }';

    it('withholds a protected party and masks a minor, as the case read by its id does', async () => {
      const token = await projected.token(participant, Role.CLERK);
      const page = await post(projected, token, `{ jointCases(first: 5) { edges { node { ${SELECTION} } } } }`);
      const index = (page.body.data.jointCases.edges as Array<{ node: { id: string } }>).findIndex(
        (e) => e.node.id === caseId,
      );
      expect(index).toBeGreaterThanOrEqual(0);
      const shown = page.body.data.jointCases.edges[index].node;
      const [adult, minor] = shown.parties;
      // The protected adult: contact and address withheld; the minor: name and ID masked, no birth date.
      expect(adult.mobile).toBeNull();
      expect(adult.address).toBeNull();
      expect(minor.mobile).toBeNull();
      expect(minor.address).toBeNull();
      expect(minor.name).not.toBe('李小红');
      expect(minor.name.startsWith('李')).toBe(true);
      expect(minor.residentId === null || minor.residentId !== minorId).toBe(true);
      expect(minor.birthDate).toBeNull();
      const codes = (page.body.errors ?? [])
        .filter((e) => e.path?.[2] === index)
        .map((e) => `${e.path!.slice(4).join('.')}:${e.extensions?.code}`)
        .sort();
      expect(codes).toEqual(
        expect.arrayContaining([
          'parties.0.mobile:FORBIDDEN_BY_AGREEMENT',
          'parties.0.address:FORBIDDEN_BY_AGREEMENT',
          'parties.1.birthDate:FORBIDDEN_BY_AGREEMENT',
        ]),
      );

      // The same case read by its id (each field through a promise) shows and records the same.
      const one = await post(projected, token, `query($id: ID!) { jointCase(id: $id) { ${SELECTION} } }`, {
        variables: { id: caseId },
      });
      expect(sortedKeys(one.body.data.jointCase)).toEqual(sortedKeys(shown));
      expect((one.body.errors ?? []).map((e) => `${e.path!.slice(1).join('.')}:${e.extensions?.code}`).sort()).toEqual(
        codes,
      );
      const forCase = (records: Array<{ jointCaseId: string | null }>) =>
        byText(records.filter((r) => r.jointCaseId === caseId));
      expect(forCase(page.body.extensions!.access.records)).toEqual(forCase(one.body.extensions!.access.records));
      const recorded = forCase(page.body.extensions!.access.records).join('\n');
      expect(recorded).toContain('CASE_PARTY');
      expect(recorded).toContain('JOINT_CASE');
    });

    it("shows a page's parties and text as values, not promises, with the same withholdings and looks", async () => {
      const { services, contextSources } = projected.hub;
      const ctx = createRequestContext(contextSources, {
        requestId: randomUUID(),
        actor: { department: participant, role: Role.CLERK, user: 'page-clerk' },
        purpose: null,
        log: createLogger('silent'),
      });
      const page = await services.jointCases.listFiltered(ctx, null, null, { first: 5 });
      const jointCase = page.edges.map((e) => e.node).find((c) => c.id === caseId)!;
      expect(jointCase).toBeDefined();
      const parties = services.readRoom.parties(ctx, jointCase);
      const title = services.readRoom.caseText(ctx, jointCase, 'title');
      expect(parties).not.toBeInstanceOf(Promise);
      expect(title).not.toBeInstanceOf(Promise);
      const [adult, minor] = parties as unknown as Array<Record<string, unknown>>;
      expect(adult.mobile).toBeInstanceOf(WithheldField);
      expect(adult.address).toBeInstanceOf(WithheldField);
      expect(minor.name).not.toBe('李小红');
      expect(minor.birthDate).toBeInstanceOf(WithheldField);
      expect(title).not.toContain('13812345678');
      const looks = ctx.accessLog.entries.filter((e) => e.jointCaseId === caseId);
      expect(looks.map((e) => e.recordType).sort()).toEqual(['CASE_PARTY', 'CASE_PARTY', 'JOINT_CASE']);
    });
  });
});
