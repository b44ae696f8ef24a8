import { randomUUID } from 'node:crypto';
import { Field, ObjectType } from 'type-graphql';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { DepartmentDefinition } from '../../src/connectors/department-definition';
import { DepartmentRecord } from '../../src/connectors/department-record.type';
import { DepartmentRegistry } from '../../src/connectors/department-registry';
import { registeredDepartments } from '../../src/connectors/registered-departments';
import { demoBodies } from '../../src/demo/bodies';
import type { DemoBody } from '../../src/demo/demo-body';
import { startTestHub, type TestHub } from '../support/test-hub';

/*
 * A body the product does not ship: a labour inspectorate (劳动监察大队) with one record kind.
 * Everything it needs is in this file; no core file knows about it.
 */

@ObjectType({
  implements: DepartmentRecord,
  description: 'A wage-arrears complaint (欠薪投诉) at the labour inspectorate.',
})
class LabourWageComplaint extends DepartmentRecord {
  @Field(() => String, { nullable: true })
  employerName: string | null;

  @Field(() => String, { nullable: true })
  workerName: string | null;

  @Field(() => String, { nullable: true })
  amountOwed: string | null;
}

class LabourInspectionSystem1764000009000 implements MigrationInterface {
  name = 'LabourInspectionSystem1764000009000';
  async up(db: QueryRunner) {
    await db.query(
      `CREATE TABLE wage_complaint (id bigserial PRIMARY KEY, employer text NOT NULL, worker_name text NOT NULL, worker_id_no char(18) NOT NULL, owed numeric(12,2) NOT NULL)`,
    );
  }
  async down(db: QueryRunner) {
    await db.query('DROP TABLE wage_complaint');
  }
}

const labourInspectorate: DepartmentDefinition = {
  code: 'LABOUR_INSPECTORATE',
  displayName: '劳动监察大队 (labour inspectorate)',
  recordTypes: [
    {
      name: 'WAGE_COMPLAINT',
      graphqlType: LabourWageComplaint,
      from: 'wage_complaint w',
      id: 'w.id',
      fields: { employerName: 'w.employer', workerName: 'w.worker_name', amountOwed: 'w.owed::text' },
    },
  ],
  personRecordsQuery: `SELECT worker_id_no AS "residentId", 'WAGE_COMPLAINT' AS "recordType", id::text AS "recordId" FROM wage_complaint WHERE worker_id_no = ANY($1::bpchar[]) ORDER BY id DESC`,
};

/** Its database for this test, built like a demo body's (the product itself never creates a body's database). */
const labourInspectorateDemo: DemoBody = {
  code: 'LABOUR_INSPECTORATE',
  databaseName: 'dept_labour_inspectorate',
  migrations: [LabourInspectionSystem1764000009000],
  seed: async () => [],
};

describe(DepartmentRegistry.name, () => {
  let t: TestHub;
  let caseId: string;
  let workerId: string;

  beforeAll(async () => {
    t = await startTestHub({
      departments: [...registeredDepartments, labourInspectorate],
      demoBodies: [...demoBodies, labourInspectorateDemo],
    });
    const [party] = await t.databases.sql<{ resident_id: string; joint_case_id: string }>(
      'hub',
      `SELECT resident_id, joint_case_id FROM joint_case_party ORDER BY resident_id LIMIT 1`,
    );
    workerId = party.resident_id;
    const [complaint] = await t.databases.sql<{ id: string }>(
      'LABOUR_INSPECTORATE',
      `INSERT INTO wage_complaint (employer, worker_name, worker_id_no, owed) VALUES ('西湖装饰工程有限公司', '李强', $1, 18600) RETURNING id::text`,
      [workerId],
    );
    caseId = randomUUID();
    await t.databases.sql(
      'hub',
      `INSERT INTO joint_case (id, case_number, title, category, participating_departments) VALUES ($1, 'labour-1', '欠薪', 'WAGES', '{LABOUR_INSPECTORATE,COURT}')`,
      [caseId],
    );
    await t.databases.sql(
      'hub',
      `INSERT INTO joint_case_record_link (joint_case_id, department, record_type, record_id) VALUES ($1, 'LABOUR_INSPECTORATE', 'WAGE_COMPLAINT', $2)`,
      [caseId, complaint.id],
    );
  });
  afterAll(() => t.close());

  it('serves a body registered from outside the core, with its own record type in the schema', async () => {
    const { body } = await t.graphql<{ departments: Array<{ code: string; recordTypes: string[] }> }>(
      `{ departments { code recordTypes } }`,
      {
        token: await t.token('LABOUR_INSPECTORATE'),
      },
    );
    expect(body.data!.departments).toContainEqual({ code: 'LABOUR_INSPECTORATE', recordTypes: ['WAGE_COMPLAINT'] });
  });

  it("links the new body's record to a joint case and reads it live for its owner", async () => {
    const { body } = await t.graphql<{
      jointCase: { linkedRecords: { edges: Array<{ node: { record: Record<string, unknown> } }> } };
    }>(
      `query($id: ID!) { jointCase(id: $id) { linkedRecords { edges { node { record { __typename ... on LabourWageComplaint { employerName amountOwed } } } } } } }`,
      { token: await t.token('LABOUR_INSPECTORATE'), variables: { id: caseId } },
    );
    expect(body.data!.jointCase.linkedRecords.edges[0].node.record).toEqual({
      __typename: 'LabourWageComplaint',
      employerName: '西湖装饰工程有限公司',
      amountOwed: '18600.00',
    });
  });

  it('applies deny-by-default to the new body like to any other', async () => {
    const { body } = await t.graphql<{
      jointCase: {
        linkedRecords: { edges: Array<{ node: { department: string } }> };
        withheldLinkedRecords: unknown[];
      };
    }>(
      `query($id: ID!) { jointCase(id: $id) { linkedRecords { edges { node { department record { recordId } } } } withheldLinkedRecords { department count } } }`,
      { token: await t.token('COURT'), variables: { id: caseId } },
    );
    // No agreement grants the court the new body's records: its link is counted, never named or read.
    expect(body.data!.jointCase.linkedRecords.edges.map((e) => e.node.department)).not.toContain('LABOUR_INSPECTORATE');
    expect(body.data!.jointCase.withheldLinkedRecords).toEqual([{ department: 'LABOUR_INSPECTORATE', count: 1 }]);
  });

  it("includes the new body in a person's view", async () => {
    const { body } = await t.graphql<{
      person: { departments: Array<{ department: string; records: { totalCount: number } | null }> };
    }>(`query($id: String!) { person(residentId: $id) { departments { department records { totalCount } } } }`, {
      token: await t.token('LABOUR_INSPECTORATE'),
      variables: { id: workerId },
    });
    expect(body.data!.person.departments.find((d) => d.department === 'LABOUR_INSPECTORATE')!.records!.totalCount).toBe(
      1,
    );
  });
});
