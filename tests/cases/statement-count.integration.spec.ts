import { randomUUID } from 'node:crypto';
import { RecordLoaders } from '../../src/connectors/record-loaders';
import { HUB_STATEMENTS } from '../../src/runtime/hub-data-source';
import { startTestHub, type TestHub } from '../support/test-hub';

const CONTEXT = `query($id: ID!) { jointCase(id: $id) { caseNumber parties { name }
  linkedRecords(first: 100) { edges { node { record { recordId ... on PoliceIncident { incidentNumber persons { name } } } } } } } }`;

/** A joint case linked to the first `count` police records of each kind. */
async function caseLinkedTo(t: TestHub, count: number): Promise<string> {
  const id = randomUUID();
  await t.databases.sql('hub', `INSERT INTO joint_case (id, case_number, title, category, participating_departments) VALUES ($1, $2, 'N+1 probe', 'NEIGHBOUR', '{POLICE}')`, [id, `probe-${id}`]);
  for (const [recordType, table] of [['INCIDENT', 'incident_report'], ['POLICE_MEDIATION', 'public_security_mediation']]) {
    const rows = await t.databases.sql<{ id: string }>('POLICE', `SELECT id::text FROM ${table} ORDER BY id LIMIT $1`, [count]);
    for (const row of rows) {
      await t.databases.sql('hub', `INSERT INTO joint_case_record_link (joint_case_id, department, record_type, record_id) VALUES ($1, 'POLICE', $2, $3)`, [id, recordType, row.id]);
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
    return { department: t.hub.sources.statements.count(department), hub: t.hub.sources.statements.count(HUB_STATEMENTS) };
  }

  it('sends the same number of statements for a case with one linked record per kind as for one with many', async () => {
    const small = await statementsFor(CONTEXT, { id: await caseLinkedTo(t, 1) }, 'POLICE');
    const large = await statementsFor(CONTEXT, { id: await caseLinkedTo(t, 25) }, 'POLICE');
    // One statement per record kind at the owner, three at the hub (case, parties, links).
    expect(small).toEqual({ department: 2, hub: 3 });
    expect(large).toEqual(small);
  });

  it('reads a list of cases with all their linked records in one statement per part and record kind', async () => {
    const list = `{ jointCases(first: 50) { edges { node { parties { name } linkedRecords(first: 100) { edges { node { record { recordId } } } } } } } }`;
    const centreToken = await t.token('GOVERNANCE_CENTRE');
    t.hub.sources.statements.reset();
    await t.graphql(list, { token: centreToken });
    // The centre owns no department records: nothing is sent to any body.
    expect(t.hub.sources.statements.count()).toBe(t.hub.sources.statements.count(HUB_STATEMENTS));
    const police = await statementsFor(list, {}, 'POLICE');
    expect(police.department).toBeLessThanOrEqual(3); // INCIDENT, POLICE_MEDIATION, DV_WARNING_LETTER
    expect(police.hub).toBe(4); // count, page, parties, links
  });
});
