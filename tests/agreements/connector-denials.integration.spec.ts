import { startTestHub, type TestHub } from '../support/test-hub';

describe('explore', () => {
  let t: TestHub;
  beforeAll(async () => { t = await startTestHub(); });
  afterAll(() => t.close());
  it('explores', async () => {
    const links = await t.databases.sql('hub', `SELECT l.department, l.record_type, count(*)::int n, count(DISTINCT c.id)::int cases,
      array_agg(DISTINCT c.status) statuses, array_agg(DISTINCT array_to_string(c.participating_departments, ',') || '|' || coalesce(c.lead_department,'-')) parts
      FROM joint_case_record_link l JOIN joint_case c ON c.id = l.joint_case_id GROUP BY 1,2 ORDER BY 1,2`);
    console.log(JSON.stringify(links, null, 1));
    console.log(await t.databases.sql('hub', `SELECT count(*) FROM joint_case`));
    console.log(await t.databases.sql('hub', `SELECT count(*) FROM protected_person`));
    console.log(await t.databases.sql('POLICE', `SELECT * FROM incident_person LIMIT 3`));
  });
});
