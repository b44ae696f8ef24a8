import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, isEnumType } from 'graphql';
import {
  BODY_ZH,
  CATEGORY_ZH,
  ENUM_LABELS_ZH,
  PARTY_ROLE_ZH,
  RISK_LEVEL_ZH,
  ROLE_ZH,
  SOURCE_CHANNEL_ZH,
  STATUS_ZH,
  URGENCY_ZH,
  WARNING_STATUS_ZH,
} from '../../src/cases/labels-zh';
import { caseSharedByCourtAndPolice, type GraphQLResult, Role, startTestHub, type TestHub } from '../support/test-hub';

const PAGE = `query ($filter: JointCaseFilter, $orderBy: JointCaseOrder, $first: Int!, $after: String) {
  jointCases(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id caseNumber status riskLevel deadline createdAt leadDepartment participatingDepartments } }
  }
}`;

type Node = {
  id: string;
  caseNumber: string;
  status: string;
  riskLevel: string | null;
  deadline: string | null;
  createdAt: string;
  leadDepartment: string | null;
};
type Page = {
  jointCases: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ node: Node }>;
  };
};

describe('the work list (jointCases with filter, search and order)', () => {
  let t: TestHub;
  let centre: string;
  let court: string;
  beforeAll(async () => {
    t = await startTestHub();
    // Levels as assessments would leave them (the demo template is not assessed): every kind, spread over the cases.
    await t.databases.sql(
      'hub',
      `UPDATE joint_case SET risk_level = (ARRAY['RED', 'ORANGE', 'YELLOW', 'BLUE'])[1 + abs(hashtext(id::text)) % 4] WHERE status <> 'INTAKE'`,
    );
    // …and the warnings those assessments would raise (src/cases/warnings/early-warning.service.ts).
    await t.databases.sql(
      'hub',
      `INSERT INTO early_warning (id, joint_case_id, level, status, raised_at)
       SELECT gen_random_uuid(), id, risk_level, 'RAISED', created_at FROM joint_case
        WHERE risk_level IN ('RED', 'ORANGE') AND status NOT IN ('CLOSED', 'WITHDRAWN', 'NOT_ACCEPTED')
          AND NOT EXISTS (SELECT 1 FROM early_warning w WHERE w.joint_case_id = joint_case.id)`,
    );
    centre = await t.token('GOVERNANCE_CENTRE', Role.CLERK);
    court = await t.token('COURT', Role.MEDIATOR);
  });
  afterAll(() => t.close());

  const list = async (token: string, variables: Record<string, unknown>) => {
    const { body } = await t.graphql<Page>(PAGE, { token, variables: { first: 100, ...variables } });
    expect(body.errors).toBeUndefined();
    return body.data!.jointCases;
  };

  /** Every page of a list, following endCursor. */
  const all = async (token: string, variables: Record<string, unknown>, first = 7) => {
    const nodes: Node[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page['jointCases'] = await list(token, { ...variables, first, after });
      nodes.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) return nodes;
      after = page.pageInfo.endCursor;
    }
  };

  it('filters by status and risk level, as the hub database holds them', async () => {
    const [pair] = await t.databases.sql<{ status: string; risk_level: string }>(
      'hub',
      `SELECT status, risk_level FROM joint_case WHERE risk_level IS NOT NULL GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1`,
    );
    const rows = await t.databases.sql<{ id: string }>(
      'hub',
      `SELECT id FROM joint_case WHERE status = $1 AND risk_level IN ($2, 'RED') ORDER BY id`,
      [pair.status, pair.risk_level],
    );
    expect(rows.length).toBeGreaterThan(0);
    const got = await all(centre, {
      filter: { status: [pair.status], riskLevel: [...new Set([pair.risk_level, 'RED'])] },
    });
    expect(got.map((n) => n.id).sort()).toEqual(rows.map((r) => r.id));
  });

  it('filters overdue cases: a running clock past its deadline (办理期限 while handled, 回访期限 after an outcome)', async () => {
    const rows = await t.databases.sql<{ id: string }>(
      'hub',
      `SELECT id FROM joint_case
        WHERE (status IN ('ASSIGNED', 'IN_MEDIATION') AND deadline < now())
           OR (status IN ('AGREEMENT_REACHED', 'JUDICIALLY_CONFIRMED', 'REFERRED') AND follow_up_deadline < now())
        ORDER BY id`,
    );
    const got = await all(centre, { filter: { overdue: true } }, 50);
    expect(got.map((n) => n.id).sort()).toEqual(rows.map((r) => r.id));
  });

  it('pages through every sort order without gaps or overlaps, in the order asked', async () => {
    const [{ total }] = await t.databases.sql<{ total: number }>(
      'hub',
      `SELECT count(*)::int AS total FROM joint_case WHERE 'COURT' = ANY(participating_departments) OR lead_department = 'COURT'`,
    );
    for (const orderBy of [
      { field: 'CASE_NUMBER', direction: 'ASC' },
      { field: 'DEADLINE', direction: 'ASC' },
      { field: 'RISK_LEVEL', direction: 'DESC' },
      { field: 'INTAKE_DATE', direction: 'DESC' },
    ]) {
      const got = await all(court, { orderBy });
      expect(new Set(got.map((n) => n.id)).size).toBe(total);
      if (orderBy.field === 'CASE_NUMBER') {
        const numbers = got.map((n) => n.caseNumber);
        const expected = (
          await t.databases.sql<{ case_number: string }>(
            'hub',
            `SELECT case_number FROM joint_case WHERE 'COURT' = ANY(participating_departments) OR lead_department = 'COURT' ORDER BY case_number, id`,
          )
        ).map((r) => r.case_number);
        expect(numbers).toEqual(expected);
      }
      if (orderBy.field === 'RISK_LEVEL') {
        const rank = (l: string | null) => ['RED', 'ORANGE', 'YELLOW', 'BLUE', null].indexOf(l);
        expect(got.map((n) => rank(n.riskLevel))).toEqual([...got.map((n) => rank(n.riskLevel))].sort((a, b) => a - b));
      }
      if (orderBy.field === 'DEADLINE') {
        const times = got.map((n) => (n.deadline ? Date.parse(n.deadline) : Infinity));
        expect(times).toEqual([...times].sort((a, b) => a - b));
      }
    }
  });

  it('refuses a cursor issued for another order', async () => {
    const page = await list(court, { first: 2, orderBy: { field: 'CASE_NUMBER', direction: 'ASC' } });
    const { body } = await t.graphql(PAGE, {
      token: court,
      variables: { first: 2, after: page.pageInfo.endCursor, orderBy: { field: 'DEADLINE', direction: 'ASC' } },
    });
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it("finds cases by part of the case number, and by part of a party's name for the centre", async () => {
    const [one] = await t.databases.sql<{ case_number: string; name: string; id: string }>(
      'hub',
      `SELECT c.case_number, p.name, c.id FROM joint_case c JOIN joint_case_party p ON p.joint_case_id = c.id ORDER BY c.case_number LIMIT 1`,
    );
    const fragment = one.case_number.slice(-6, -1);
    const byNumber = await all(centre, { filter: { search: fragment } }, 100);
    expect(byNumber.map((n) => n.id)).toContain(one.id);
    expect(byNumber.every((n) => n.caseNumber.includes(fragment))).toBe(true);

    const byName = await all(centre, { filter: { search: one.name } }, 100);
    const withName = await t.databases.sql<{ id: string }>(
      'hub',
      `SELECT DISTINCT joint_case_id AS id FROM joint_case_party WHERE name ILIKE '%' || $1 || '%' ORDER BY 1`,
      [one.name],
    );
    expect(byName.map((n) => n.id).sort()).toEqual(withName.map((r) => r.id));
  });

  it("matches a party's name only in cases where the caller sees names in full (its own lead cases)", async () => {
    // A case the court takes part in without leading it: the court sees its parties' names masked.
    const [row] = await t.databases.sql<{ id: string; name: string }>(
      'hub',
      `SELECT c.id, p.name FROM joint_case c JOIN joint_case_party p ON p.joint_case_id = c.id
        WHERE 'COURT' = ANY(c.participating_departments) AND c.lead_department <> 'COURT' ORDER BY c.case_number LIMIT 1`,
    );
    const got = await all(court, { filter: { search: row.name } }, 100);
    expect(got.map((n) => n.id)).not.toContain(row.id);
    expect(got.every((n) => n.leadDepartment === 'COURT' || n.caseNumber.includes(row.name))).toBe(true);
  });

  it('refuses a search of one character or a wildcard flood, with BAD_USER_INPUT', async () => {
    const { body } = await t.graphql(PAGE, { token: centre, variables: { first: 5, filter: { search: '张' } } });
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    // LIKE wildcards are literal characters in a search.
    const literal = await list(centre, { filter: { search: '%%' } });
    expect(literal.totalCount).toBe(0);
  });

  it('pages the early warnings, RED first and then the oldest first', async () => {
    const rows = await t.databases.sql<{ id: string }>(
      'hub',
      `SELECT c.id FROM joint_case c
        WHERE EXISTS (SELECT 1 FROM early_warning w WHERE w.joint_case_id = c.id AND w.status <> 'CLEARED')
          AND c.status NOT IN ('CLOSED', 'WITHDRAWN', 'NOT_ACCEPTED')
        ORDER BY CASE c.risk_level WHEN 'RED' THEN 0 ELSE 1 END, c.created_at, c.id`,
    );
    expect(rows.length).toBeGreaterThan(3);
    const nodes: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { body }: GraphQLResult<{ earlyWarnings: Page['jointCases'] }> = await t.graphql<{
        earlyWarnings: Page['jointCases'];
      }>(
        `query ($after: String) { earlyWarnings(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
        { token: centre, variables: { after } },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data!.earlyWarnings.totalCount).toBe(rows.length);
      nodes.push(...body.data!.earlyWarnings.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!body.data!.earlyWarnings.pageInfo.hasNextPage) break;
      after = body.data!.earlyWarnings.pageInfo.endCursor;
    }
    expect(nodes).toEqual(rows.map((r) => r.id));
  });

  it('labels every value of each labelled enum of the schema', () => {
    const schema = buildSchema(fs.readFileSync(path.join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8'));
    for (const [name, labels] of Object.entries(ENUM_LABELS_ZH)) {
      if (name === 'Body') continue;
      const type = schema.getType(name);
      expect(isEnumType(type)).toBe(true);
      if (!isEnumType(type)) continue;
      const missing = type.getValues().filter((v) => !labels[v.name]);
      expect({ enum: name, missing: missing.map((v) => v.name) }).toEqual({ enum: name, missing: [] });
    }
  });

  it("gives each enum value a screen shows its label beside it, equal to labels-zh's entry for that value", async () => {
    type LabelledCase = {
      status: string;
      statusLabel: string;
      category: string;
      categoryLabel: string;
      sourceChannel: string;
      channelLabel: string;
      riskLevel: string | null;
      riskLevelLabel: string | null;
      urgency: string;
      urgencyLabel: string;
      leadDepartment: string | null;
      leadDepartmentLabel: string | null;
      parties: Array<{ role: string; roleLabel: string }>;
      timeline: Array<{ toStatus: string; toStatusLabel: string; actorRole: string; actorRoleLabel: string }>;
      warning: { level: string; levelLabel: string; status: string; statusLabel: string } | null;
    };
    const { body } = await t.graphql<{
      me: { role: string; roleLabel: string; department: string; departmentLabel: string };
      departments: Array<{ code: string; displayName: string; label: string }>;
      jointCases: { edges: Array<{ node: LabelledCase }> };
    }>(
      `{ me { role roleLabel department departmentLabel } departments { code displayName label }
         jointCases(first: 100) { edges { node {
           status statusLabel category categoryLabel sourceChannel channelLabel riskLevel riskLevelLabel
           urgency urgencyLabel leadDepartment leadDepartmentLabel
           parties { role roleLabel }
           timeline { toStatus toStatusLabel actorRole actorRoleLabel }
           warning { level levelLabel status statusLabel } } } } }`,
      { token: await t.token('GOVERNANCE_CENTRE', Role.CHIEF) },
    );
    expect(body.errors).toBeUndefined();
    const data = body.data!;
    expect(data.me).toEqual({
      role: 'CHIEF',
      roleLabel: ROLE_ZH.CHIEF,
      department: 'GOVERNANCE_CENTRE',
      departmentLabel: '综治中心',
    });
    // A body without a label of its own is named by its display name, up to its English gloss.
    const bodyLabel = new Map(
      data.departments.map((d) => [d.code, BODY_ZH[d.code] ?? d.displayName.replace(/\s*\(.*\)\s*$/, '')]),
    );
    for (const d of data.departments) expect(d.label).toBe(bodyLabel.get(d.code));
    expect(data.departments.find((d) => d.code === 'POLICE')?.label).toBe('派出所');
    const cases = data.jointCases.edges.map((e) => e.node);
    expect(cases.length).toBeGreaterThan(10);
    const seen = { risk: 0, warning: 0, lead: 0 };
    for (const c of cases) {
      expect(c.statusLabel).toBe(STATUS_ZH[c.status]);
      expect(c.categoryLabel).toBe(CATEGORY_ZH[c.category]);
      expect(c.channelLabel).toBe(SOURCE_CHANNEL_ZH[c.sourceChannel]);
      expect(c.urgencyLabel).toBe(URGENCY_ZH[c.urgency]);
      expect(c.riskLevelLabel).toBe(c.riskLevel ? RISK_LEVEL_ZH[c.riskLevel] : null);
      expect(c.leadDepartmentLabel).toBe(c.leadDepartment ? bodyLabel.get(c.leadDepartment) : null);
      for (const p of c.parties) expect(p.roleLabel).toBe(PARTY_ROLE_ZH[p.role]);
      for (const e of c.timeline) {
        expect(e.toStatusLabel).toBe(STATUS_ZH[e.toStatus]);
        expect(e.actorRoleLabel).toBe(ROLE_ZH[e.actorRole]);
      }
      if (c.warning) {
        expect(c.warning.levelLabel).toBe(RISK_LEVEL_ZH[c.warning.level]);
        expect(c.warning.statusLabel).toBe(WARNING_STATUS_ZH[c.warning.status]);
        seen.warning++;
      }
      if (c.riskLevel) seen.risk++;
      if (c.leadDepartment) seen.lead++;
    }
    // A body that sees a party's particulars only in part still gets the labels, with no error on them.
    const caseId = await caseSharedByCourtAndPolice(t.databases);
    const response = await fetch(t.hub.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await t.token('COURT', Role.MEDIATOR)}`,
        'x-purpose': 'JOINT_MEDIATION',
        'x-joint-case-id': caseId,
      },
      body: JSON.stringify({
        query: `query ($id: ID!) { jointCase(id: $id) { statusLabel riskLevelLabel parties { role roleLabel birthDate } } }`,
        variables: { id: caseId },
      }),
    });
    const court = (await response.json()) as {
      data: { jointCase: { parties: Array<{ role: string; roleLabel: string }> } };
      errors?: Array<{ path: Array<string | number> }>;
    };
    expect((court.errors ?? []).filter((e) => String(e.path.at(-1)).endsWith('Label'))).toEqual([]);
    for (const p of court.data.jointCase.parties) expect(p.roleLabel).toBe(PARTY_ROLE_ZH[p.role]);
    // The labels were compared on real values, not only on nulls.
    expect(seen.risk).toBeGreaterThan(0);
    expect(seen.warning).toBeGreaterThan(0);
    expect(seen.lead).toBeGreaterThan(0);
  });
});

describe('typed access of a linked record', () => {
  let t: TestHub;
  let caseId: string;
  beforeAll(async () => {
    t = await startTestHub();
    caseId = await caseSharedByCourtAndPolice(t.databases);
  });
  afterAll(() => t.close());

  const ask = async (query: string, purpose: string | null) => {
    const token = await t.token('COURT', Role.MEDIATOR);
    const headers: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    if (purpose) {
      headers['x-purpose'] = purpose;
      headers['x-joint-case-id'] = caseId;
    }
    const response = await fetch(t.hub.url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables: { id: caseId } }),
    });
    return (await response.json()) as {
      data: any;
      errors?: Array<{ path: Array<string | number>; extensions: Record<string, unknown> }>;
      extensions?: { access?: { records: Array<Record<string, any>> } };
    };
  };

  it('lists every field of a police record as granted, masked or denied, as the audit records it, and the denied ones fail as fields', async () => {
    const body = await ask(
      `query ($id: ID!) { jointCase(id: $id) { linkedRecords(first: 50) { edges { node {
         department recordType recordId access { field decision mask reason }
         record { ... on PoliceIncident { incidentNumber calledAt category summary place handlingResult } } } } } } }`,
      'JOINT_MEDIATION',
    );
    const police = body.data.jointCase.linkedRecords.edges
      .map((e: any) => e.node)
      .filter((n: any) => n.department === 'POLICE' && n.recordType === 'INCIDENT');
    expect(police.length).toBeGreaterThan(0);
    const link = police[0];
    const decisions = new Set(link.access.map((a: any) => a.decision));
    expect(decisions).toEqual(new Set(['GRANTED', 'MASKED', 'DENIED']));
    for (const a of link.access) {
      if (a.decision === 'MASKED') expect(a.mask).toEqual(expect.any(String));
      if (a.decision === 'DENIED') expect(a.reason).toEqual(expect.any(String));
      if (a.decision === 'GRANTED') expect([a.mask, a.reason]).toEqual([null, null]);
    }
    // The same decisions as the audit's entry for this look (extensions.access reports it).
    const audited = body.extensions!.access!.records.find(
      (r) => r.department === 'POLICE' && r.recordId === link.recordId,
    );
    expect(audited!.fields).toEqual(Object.fromEntries(link.access.map((a: any) => [a.field, a.decision])));
    // A denied field the query selected is null with FORBIDDEN_BY_AGREEMENT; a granted one has its value.
    const denied = link.access.filter((a: any) => a.decision === 'DENIED').map((a: any) => a.field);
    const selectedDenied = denied.filter((f: string) =>
      ['incidentNumber', 'calledAt', 'category', 'summary', 'place', 'handlingResult'].includes(f),
    );
    for (const field of selectedDenied) expect(link.record[field]).toBeNull();
    const errorsForLink = (body.errors ?? []).filter(
      (e) => e.extensions.code === 'FORBIDDEN_BY_AGREEMENT' && e.extensions.department === 'POLICE',
    );
    expect(errorsForLink.length).toBeGreaterThanOrEqual(selectedDenied.length > 0 ? 1 : 0);
  });

  it("lists every field of each of a person's records at another body as granted, masked or denied, as the audit records it", async () => {
    // The women's federation looks at the parties of the domestic-violence cases it takes part in:
    // the police's warning letters about them are granted to it, field by field.
    const parties = await t.databases.sql<{ joint_case_id: string; resident_id: string }>(
      'hub',
      `SELECT p.joint_case_id, p.resident_id FROM joint_case_party p JOIN joint_case c ON c.id = p.joint_case_id
        WHERE 'WOMENS_FEDERATION' = ANY(c.participating_departments) AND c.category = 'DOMESTIC_VIOLENCE'
          AND c.status NOT IN ('CLOSED', 'WITHDRAWN', 'NOT_ACCEPTED') AND p.resident_id IS NOT NULL
        ORDER BY c.case_number, p.position`,
    );
    expect(parties.length).toBeGreaterThan(0);
    const token = await t.token('WOMENS_FEDERATION', Role.MEDIATOR);
    let compared = 0;
    const decisionsSeen = new Set<string>();
    for (const { joint_case_id, resident_id } of parties) {
      const response = await fetch(t.hub.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          'x-purpose': 'JOINT_MEDIATION',
          'x-joint-case-id': joint_case_id,
        },
        body: JSON.stringify({
          query: `query ($rid: String!) { person(residentId: $rid) { departments { department
            records(first: 50) { edges { access { field decision mask reason } node { recordType recordId } } } } } }`,
          variables: { rid: resident_id },
        }),
      });
      const body = (await response.json()) as {
        data: {
          person: {
            departments: Array<{
              department: string;
              records: {
                edges: Array<{
                  access: Array<{ field: string; decision: string; mask: string | null; reason: string | null }>;
                  node: { recordType: string; recordId: string };
                }>;
              } | null;
            }>;
          };
        };
        extensions: { access: { records: Array<Record<string, any>> } };
      };
      for (const at of body.data.person.departments) {
        for (const { access, node } of at.records?.edges ?? []) {
          expect(access.length).toBeGreaterThan(0);
          for (const a of access) {
            if (a.decision === 'MASKED') expect(a.mask).toEqual(expect.any(String));
            if (a.decision === 'DENIED') expect(a.reason).toEqual(expect.any(String));
            if (a.decision === 'GRANTED') expect([a.mask, a.reason]).toEqual([null, null]);
          }
          if (at.department === 'WOMENS_FEDERATION') {
            // The owner sees its own records in full.
            expect(access.every((a) => a.decision === 'GRANTED')).toBe(true);
            continue;
          }
          for (const a of access) decisionsSeen.add(a.decision);
          // The same decisions as the audit's entry for this look (extensions.access reports it).
          const audited = body.extensions.access.records.find(
            (r) => r.department === at.department && r.recordType === node.recordType && r.recordId === node.recordId,
          );
          expect(audited!.fields).toEqual(Object.fromEntries(access.map((a) => [a.field, a.decision])));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(0);
    // Another body's record is not shown whole: some field is masked or denied.
    expect(decisionsSeen.has('GRANTED')).toBe(true);
    expect(decisionsSeen.has('MASKED') || decisionsSeen.has('DENIED')).toBe(true);
  });

  it('gives a screen that leaves the denied fields out zero errors', async () => {
    const first = await ask(
      `query ($id: ID!) { jointCase(id: $id) { linkedRecords(first: 50) { edges { node { department recordType access { field decision } } } } } }`,
      'JOINT_MEDIATION',
    );
    const incident = first.data.jointCase.linkedRecords.edges
      .map((e: any) => e.node)
      .find((n: any) => n.department === 'POLICE' && n.recordType === 'INCIDENT');
    const shown = incident.access
      .filter((a: any) => a.decision !== 'DENIED' && !a.field.includes('.'))
      .map((a: any) => a.field);
    expect(shown.length).toBeGreaterThan(0);
    const second = await ask(
      `query ($id: ID!) { jointCase(id: $id) { linkedRecords(first: 50) { edges { node { access { decision } record { ... on PoliceIncident { ${shown.join(' ')} } } } } } } }`,
      'JOINT_MEDIATION',
    );
    expect(
      (second.errors ?? []).filter(
        (e) =>
          e.extensions.code === 'FORBIDDEN_BY_AGREEMENT' &&
          e.path.includes('record') &&
          e.extensions.department === 'POLICE' &&
          e.extensions.recordType === 'INCIDENT',
      ),
    ).toEqual([]);
  });

  it("offers only the steps the transition table grants the caller's body and role", async () => {
    const [row] = await t.databases.sql<{ id: string }>(
      'hub',
      `SELECT id FROM joint_case WHERE status = 'INTAKE' LIMIT 1`,
    );
    const actions = async (department: string, role: Role) =>
      (
        await t.graphql<{ jointCase: { availableActions: string[] } }>(
          `query ($id: ID!) { jointCase(id: $id) { availableActions } }`,
          { token: await t.token(department, role), variables: { id: row.id } },
        )
      ).body.data!.jointCase.availableActions;
    expect((await actions('GOVERNANCE_CENTRE', Role.CLERK)).sort()).toEqual(['ASSESS', 'WITHDRAW']);
    expect(await actions('GOVERNANCE_CENTRE', Role.SUPERVISOR)).toEqual([]);
  });

  it('gives the Chinese label of every enum value a screen shows', async () => {
    const { body } = await t.graphql<{ enumLabels: Array<{ enum: string; value: string; label: string }> }>(
      '{ enumLabels { enum value label } }',
      { token: await t.token('COURT') },
    );
    const labels = new Map(body.data!.enumLabels.map((l) => [`${l.enum}.${l.value}`, l.label]));
    expect(labels.get('CaseStatus.IN_MEDIATION')).toBe('调解中');
    expect(labels.get('RiskLevel.RED')).toBe('红色');
    expect(labels.get('Role.MEDIATOR')).toBe('调解员');
    expect(labels.get('FieldAccessDecision.MASKED')).toBe('已脱敏');
    expect(labels.get('DisputeCategory.NEIGHBOUR')).toBe('邻里纠纷');
  });
});
