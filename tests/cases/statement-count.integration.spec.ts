import { randomUUID } from 'node:crypto';
import { RecordLoaders } from '../../src/read-room/record-loaders';
import { HUB_STATEMENTS } from '../../src/runtime/hub-data-source';
import { Role, startTestHub, type TestHub } from '../support/test-hub';

const CONTEXT = `query($id: ID!) { jointCase(id: $id) { caseNumber parties { name }
  linkedRecords(first: 100) { edges { node { record { recordId ... on PoliceIncident { incidentNumber persons { name } } } } } } } }`;

/** A joint case linked to the first `count` police records of each kind. */
async function caseLinkedTo(t: TestHub, count: number): Promise<string> {
  const id = randomUUID();
  await t.databases.sql(
    'hub',
    `INSERT INTO joint_case (id, case_number, title, category, participating_departments) VALUES ($1, $2, 'N+1 probe', 'NEIGHBOUR', '{POLICE}')`,
    [id, `probe-${id}`],
  );
  for (const [recordType, table] of [
    ['INCIDENT', 'incident_report'],
    ['POLICE_MEDIATION', 'public_security_mediation'],
  ]) {
    const rows = await t.databases.sql<{ id: string }>('POLICE', `SELECT id::text FROM ${table} ORDER BY id LIMIT $1`, [
      count,
    ]);
    for (const row of rows) {
      await t.databases.sql(
        'hub',
        `INSERT INTO joint_case_record_link (joint_case_id, department, record_type, record_id) VALUES ($1, 'POLICE', $2, $3)`,
        [id, recordType, row.id],
      );
    }
  }
  return id;
}

describe(RecordLoaders.name, () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub();
  });
  afterAll(() => t.close());

  async function statementsFor(query: string, variables: Record<string, unknown>, department: string) {
    const token = await t.token(department);
    t.hub.sources.statements.reset();
    const { body } = await t.graphql(query, { token, variables });
    // Other bodies' records are denied (no agreements yet); nothing else may fail.
    expect((body.errors ?? []).filter((e) => e.extensions?.code !== 'FORBIDDEN_BY_AGREEMENT')).toEqual([]);
    return {
      department: t.hub.sources.statements.count(department),
      hub: t.hub.sources.statements.count(HUB_STATEMENTS),
    };
  }

  it('sends the same number of statements for a case with one linked record per kind as for one with many', async () => {
    const small = await statementsFor(CONTEXT, { id: await caseLinkedTo(t, 1) }, 'POLICE');
    const large = await statementsFor(CONTEXT, { id: await caseLinkedTo(t, 25) }, 'POLICE');
    // One statement at the hub (the case with its parties and links), one at the owner for all its kinds.
    expect(small).toEqual({ department: 1, hub: 1 });
    expect(large).toEqual(small);
  });

  it('reads a list of cases with all their linked records in one statement per part and per body', async () => {
    const list = `{ jointCases(first: 50) { edges { node { parties { name } linkedRecords(first: 100) { edges { node { record { recordId } } } } } } } }`;
    const centreToken = await t.token('GOVERNANCE_CENTRE');
    t.hub.sources.statements.reset();
    await t.graphql(list, { token: centreToken });
    // The centre owns no department records: nothing is sent to any body.
    expect(t.hub.sources.statements.count()).toBe(t.hub.sources.statements.count(HUB_STATEMENTS));
    const police = await statementsFor(list, {}, 'POLICE');
    expect(police.department).toBe(1); // INCIDENT, POLICE_MEDIATION, DV_WARNING_LETTER together
    expect(police.hub).toBe(2); // the page with its parties, the links
  });

  it('counts the visible cases only when the query asks for the total', async () => {
    const token = await t.token('POLICE');
    const hubStatementsFor = async (query: string) => {
      t.hub.sources.statements.reset();
      const { body } = await t.graphql<{ jointCases: { totalCount?: number } }>(query, { token });
      expect(body.errors).toBeUndefined();
      return { statements: t.hub.sources.statements.count(HUB_STATEMENTS), data: body.data!.jointCases };
    };
    expect(
      (await hubStatementsFor(`{ jointCases(first: 5) { edges { node { caseNumber parties { name } } } } }`))
        .statements,
    ).toBe(1);
    const counted = await hubStatementsFor(`{ jointCases(first: 5) { totalCount edges { node { caseNumber } } } }`);
    expect(counted.statements).toBe(2); // the page, the count
    const [{ total }] = await t.databases.sql<{ total: number }>(
      'hub',
      `SELECT count(*)::int AS total FROM joint_case WHERE lead_department = 'POLICE' OR 'POLICE' = ANY(participating_departments)`,
    );
    expect(counted.data.totalCount).toBe(total);
  });

  it('reads the mediation agreements of a page of cases in one statement, however long the page', async () => {
    const token = await t.token('GOVERNANCE_CENTRE');
    // The risk worker's periodic look at its queue would be counted too: paused while counting.
    await t.hub.riskWorker.stop();
    try {
      t.hub.sources.statements.reset();
      const { body } = await t.graphql<{ jointCases: { edges: unknown[] } }>(
        `{ jointCases(first: 20) { edges { node { caseNumber mediationAgreement { documentNumber } } } } }`,
        { token },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data!.jointCases.edges.length).toBeGreaterThan(1);
      expect(t.hub.sources.statements.count(HUB_STATEMENTS)).toBe(2); // the page, the agreements
    } finally {
      t.hub.riskWorker.start();
    }
  });

  it('reads the case a person query acts for once, however many bodies it asks', async () => {
    const id = await caseLinkedTo(t, 1);
    const [{ residentId }] = await t.databases.sql<{ residentId: string }>(
      'hub',
      `SELECT resident_id AS "residentId" FROM joint_case_party WHERE resident_id IS NOT NULL ORDER BY id LIMIT 1`,
    );
    t.hub.sources.statements.reset();
    const response = await fetch(t.hub.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await t.token('POLICE')}`,
        'x-purpose': 'JOINT_MEDIATION',
        'x-joint-case-id': id,
      },
      body: JSON.stringify({
        query: `query($rid: String!) { person(residentId: $rid) { departments { department records(first: 5) { totalCount } } } }`,
        variables: { rid: residentId },
      }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      data: { person: unknown } | null;
      errors?: Array<{ extensions?: { code?: string } }>;
    };
    expect(body.data!.person).not.toBeNull();
    expect((body.errors ?? []).filter((e) => e.extensions?.code !== 'FORBIDDEN_BY_AGREEMENT')).toEqual([]);
    // The case and its parties, in one statement, for every body asked.
    expect(t.hub.sources.statements.count(HUB_STATEMENTS)).toBe(1);
  });

  it('asks each of the eight bodies once, in one statement each, for a person view that touches them all', async () => {
    // The centre screens risk with seven bodies; the women's federation grants it complaints for this test.
    const draft = await t.graphql<{ draftAgreement: { id: string } }>(
      `mutation($input: DraftAgreementInput!) { draftAgreement(input: $input) { id } }`,
      {
        token: await t.token('GOVERNANCE_CENTRE', Role.CHIEF, '综治中心主任'),
        variables: {
          input: {
            title: '妇联向综治中心提供当事人维权投诉用于预警研判',
            provider: 'WOMENS_FEDERATION',
            consumer: 'GOVERNANCE_CENTRE',
            purpose: 'RISK_SCREENING',
            scope: 'RECORDS_OF_PARTIES_TO_PARTICIPATING_CASE',
            consumerRoles: ['CLERK'],
            grants: [{ recordType: 'RIGHTS_COMPLAINT', fields: [{ field: 'complaintType', mask: 'NONE' }] }],
            validFrom: '2026-01-01T00:00:00+08:00',
            validUntil: '2028-01-01T00:00:00+08:00',
          },
        },
      },
    );
    expect(draft.body.errors).toBeUndefined();
    const agreementId = draft.body.data!.draftAgreement.id;
    for (const [department, user] of [
      ['WOMENS_FEDERATION', '妇联主席'],
      ['GOVERNANCE_CENTRE', '综治中心主任'],
    ] as const) {
      const { body } = await t.graphql(`mutation($id: ID!) { approveAgreement(id: $id) { status } }`, {
        token: await t.token(department, Role.CHIEF, user),
        variables: { id: agreementId },
      });
      expect(body.errors).toBeUndefined();
    }
    const id = await caseLinkedTo(t, 1);
    const [{ residentId }] = await t.databases.sql<{ residentId: string }>(
      'hub',
      `SELECT resident_id AS "residentId" FROM joint_case_party WHERE resident_id IS NOT NULL ORDER BY id LIMIT 1`,
    );
    await t.databases.sql(
      'hub',
      `INSERT INTO joint_case_party (joint_case_id, position, role, name, resident_id, resident_id_hash) SELECT $1, 0, role, name, resident_id, resident_id_hash FROM joint_case_party WHERE resident_id = $2 LIMIT 1`,
      [id, residentId],
    );
    t.hub.sources.statements.reset();
    const response = await fetch(t.hub.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await t.token('GOVERNANCE_CENTRE', Role.CLERK)}`,
        'x-purpose': 'RISK_SCREENING',
        'x-joint-case-id': id,
      },
      body: JSON.stringify({
        query: `query($rid: String!) { person(residentId: $rid) { departments { department records(first: 20) { totalCount } } } }`,
        variables: { rid: residentId },
      }),
    });
    const body = (await response.json()) as {
      data: { person: { departments: Array<{ department: string; records: unknown }> } } | null;
      errors?: Array<{ extensions?: { code?: string } }>;
    };
    expect(body.data!.person.departments.map((d) => d.department).sort()).toHaveLength(8);
    expect(body.data!.person.departments.every((d) => d.records !== null)).toBe(true);
    // Every body is asked, each in one statement (its lookup and its granted records together).
    for (const code of t.hub.registry.codes)
      expect({ code, statements: t.hub.sources.statements.count(code) }).toEqual({ code, statements: 1 });
    expect(t.hub.registry.codes).toHaveLength(8);
  });
});
