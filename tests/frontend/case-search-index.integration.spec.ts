import { caseListPageSql, sortOf } from '../../src/cases/joint-case-list';
import { type JointCaseFilter, JointCaseOrderField, SortDirection } from '../../src/cases/joint-case-list.input';
import { Role, startTestHub, type TestHub } from '../support/test-hub';

/**
 * The work list stays on its indexes as the hub grows: with the demo cases copied to about
 * 16,000 (and their parties), a search by part of a party's name or of a case number reads the
 * bigram indexes (migration CaseListSearch), and a list narrowed to one lead body or handler its
 * own index in its default order (migration CaseListNarrowIndexes), not every row.
 */
describe('the work list search at scale', () => {
  let t: TestHub;
  const COPIES = 400;
  beforeAll(async () => {
    t = await startTestHub();
    await t.databases.sql(
      'hub',
      `WITH src AS (SELECT c, g, gen_random_uuid() AS nid FROM joint_case c, generate_series(1, ${COPIES}) g),
            cases AS (INSERT INTO joint_case
                      SELECT (jsonb_populate_record(s.c, jsonb_build_object('id', s.nid, 'case_number', (s.c).case_number || '-' || s.g, 'idempotency_key', NULL))).* FROM src s
                      RETURNING id)
       INSERT INTO joint_case_party
       SELECT (jsonb_populate_record(p, jsonb_build_object('id', gen_random_uuid(), 'joint_case_id', s.nid, 'name', p.name || s.g))).*
         FROM src s JOIN joint_case_party p ON p.joint_case_id = (s.c).id`,
    );
    await t.databases.sql('hub', 'ANALYZE joint_case; ANALYZE joint_case_party');
  }, 300_000);
  afterAll(() => t.close());

  it('finds a party by part of her name and a case by part of its number through the bigram indexes', async () => {
    const [{ total }] = await t.databases.sql<{ total: number }>(
      'hub',
      'SELECT count(*)::int AS total FROM joint_case',
    );
    expect(total).toBeGreaterThan(10_000);
    const [{ name }] = await t.databases.sql<{ name: string }>(
      'hub',
      `SELECT name FROM joint_case_party WHERE name ~ '\\d{3}$' LIMIT 1`,
    );
    const plan = (
      await t.databases.sql<{ 'QUERY PLAN': string }>(
        'hub',
        `EXPLAIN SELECT p.joint_case_id FROM joint_case_party p WHERE search_bigrams(p.name) @> search_bigrams($1) AND p.name ILIKE '%' || $1 || '%'`,
        [name],
      )
    )
      .map((r) => r['QUERY PLAN'])
      .join('\n');
    expect(plan).toContain('joint_case_party_name_search_idx');

    const token = await t.token('GOVERNANCE_CENTRE', Role.CLERK);
    const query = `query ($search: String!) { jointCases(first: 20, filter: { search: $search }) { edges { node { id caseNumber } } } }`;
    const byName = await t.graphql<{ jointCases: { edges: unknown[] } }>(query, { token, variables: { search: name } });
    expect(byName.body.errors).toBeUndefined();
    expect(byName.body.data!.jointCases.edges.length).toBeGreaterThan(0);
    const [{ case_number: caseNumber }] = await t.databases.sql<{ case_number: string }>(
      'hub',
      `SELECT case_number FROM joint_case WHERE case_number LIKE '%-321' ORDER BY case_number LIMIT 1`,
    );
    const fragment = caseNumber.slice(-8);
    const byNumber = await t.graphql<{ jointCases: { edges: Array<{ node: { caseNumber: string } }> } }>(query, {
      token,
      variables: { search: fragment },
    });
    const numbers = byNumber.body.data!.jointCases.edges.map((e) => e.node.caseNumber);
    expect(numbers).toContain(caseNumber);
    expect(numbers.every((n) => n.includes(fragment))).toBe(true);
  }, 120_000);

  it("reads a body's or a handler's work list, newest first, by its own index, whatever else it filters", async () => {
    const [{ lead, handler }] = await t.databases.sql<{ lead: string; handler: string }>(
      'hub',
      `SELECT (SELECT lead_department FROM joint_case WHERE lead_department IS NOT NULL GROUP BY 1 ORDER BY count(*) LIMIT 1) AS lead,
              (SELECT handler FROM joint_case WHERE handler IS NOT NULL GROUP BY 1 ORDER BY count(*) LIMIT 1) AS handler`,
    );
    const planOf = async (filter: JointCaseFilter, indexName: string) => {
      const { sql, values } = caseListPageSql(
        {
          actor: { department: lead, role: Role.MEDIATOR, user: 'plan' },
          filter,
          sort: sortOf({ field: JointCaseOrderField.INTAKE_DATE, direction: SortDirection.DESC }),
          page: { first: 20 },
          now: new Date(),
        },
        'c.id',
      );
      const plan = (await t.databases.sql<{ 'QUERY PLAN': string }>('hub', `EXPLAIN ${sql}`, values))
        .map((r) => r['QUERY PLAN'])
        .join('\n');
      expect({ filter, uses: plan.includes(indexName), sorts: /\bSort\b/.test(plan) }).toEqual({
        filter,
        uses: true,
        sorts: false,
      });
    };
    await planOf({ leadDepartment: lead }, 'joint_case_lead_created_idx');
    await planOf({ leadDepartment: lead, overdue: true }, 'joint_case_lead_created_idx');
    await planOf({ handler }, 'joint_case_handler_created_idx');
  }, 60_000);
});
