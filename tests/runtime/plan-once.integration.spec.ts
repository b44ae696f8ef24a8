import type { PoolClient } from 'pg';
import { CASES_WITH_PARTS_SQL } from '../../src/cases/joint-case.sql';
import { CaseProjections } from '../../src/cases/joint-case-page-read';
import { GOVERNANCE_CENTRE } from '../../src/auth/actor';
import { Role, startTestHub, type TestHub } from '../support/test-hub';

/*
 * Sessions that run only named statements plan each once (PLAN_ONCE, src/common/hub-statement.ts):
 * the hub's named reads, on sessions of their own (src/runtime/hub-data-source.ts), and every
 * read of a body (src/connectors/department-database.ts). With Postgres's default choice, a
 * statement whose parameters are an array of ids or a page's LIMIT is planned again at every
 * execution.
 */
describe('named statements', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub();
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  /** Runs a case read seven times as one named statement on `client`; its plans, as pg_prepared_statements counts them. */
  async function plansOf(client: PoolClient): Promise<{ generic: number; custom: number }> {
    const ids = [(await client.query<{ id: string }>('SELECT id FROM joint_case ORDER BY id LIMIT 1')).rows[0].id];
    for (let i = 0; i < 7; i++)
      await client.query({ name: 'named_reads_test', text: CASES_WITH_PARTS_SQL, values: [ids] });
    const { rows } = await client.query<{ generic: string; custom: string }>(
      `SELECT generic_plans AS generic, custom_plans AS custom FROM pg_prepared_statements WHERE name = 'named_reads_test'`,
    );
    return { generic: Number(rows[0].generic), custom: Number(rows[0].custom) };
  }

  it("plan the hub's case read once on the named reads' sessions, where the shared pool plans it at every execution", async () => {
    const driver = t.hub.hubDb.driver as unknown as { obtainMasterConnection(): Promise<[PoolClient, () => void]> };
    const reads = await t.hub.hubDb.namedReads!.connect();
    const [shared, releaseShared] = await driver.obtainMasterConnection();
    try {
      expect(await plansOf(reads)).toEqual({ generic: 7, custom: 0 });
      expect(await plansOf(shared)).toEqual({ generic: 0, custom: 7 });
    } finally {
      reads.release();
      releaseShared();
    }
  });

  it("answer the hub's reads of cases over HTTP from the named reads' sessions", async () => {
    const token = await t.token(GOVERNANCE_CENTRE, Role.CLERK);
    const page = await t.graphql<{ jointCases: { edges: Array<{ node: { id: string } }> } }>(
      '{ jointCases(first: 5) { edges { node { id caseNumber } } } }',
      { token },
    );
    const id = page.body.data!.jointCases.edges[0].node.id;
    const one = await t.graphql(`{ jointCase(id: "${id}") { id caseNumber parties { name } } }`, { token });
    expect(one.body.errors).toBeUndefined();
    // pg_stat_activity shows each session's last statement: the named reads' sessions ran the case reads.
    const rows = await t.hub.hubDb.query<Array<{ query: string }>>(
      `SELECT query FROM pg_stat_activity WHERE application_name = 'mediation-hub:reads'`,
    );
    // The case read by its id reads the columns its query selects and what the read room decides by
    // (CASE_PAGE_PROJECTION). (Its first kilobyte: track_activity_query_size.)
    const caseRead = new CaseProjections().singleCase([
      'id',
      'caseNumber',
      'status',
      'leadDepartment',
      'participatingDepartments',
    ])!.sql;
    expect(rows.some((row) => row.query.length > 100 && caseRead.startsWith(row.query))).toBe(true);
  });

  it("plan a body's reads once, on sessions that refuse writes", async () => {
    const police = t.hub.sources.get('POLICE').db;
    const [{ id }] = await police.query<{ id: string }>(
      'SELECT id::text AS id FROM incident_report ORDER BY id LIMIT 1',
    );
    for (let i = 0; i < 7; i++)
      await police.query('SELECT i.jq_no FROM incident_report i WHERE i.id = ANY($1::bigint[])', [[id]]);
    // One read at a time: the pool hands back the session it last used.
    const plans = await police.query<{ generic: string; custom: string }>(
      `SELECT generic_plans AS generic, custom_plans AS custom FROM pg_prepared_statements
        WHERE statement LIKE 'SELECT i.jq_no %'`,
    );
    expect(plans.map(({ generic, custom }) => ({ generic: Number(generic), custom: Number(custom) }))).toEqual([
      { generic: 7, custom: 0 },
    ]);
    const [settings] = await police.query<Record<string, string>>(
      `SELECT current_setting('plan_cache_mode') AS plans, current_setting('default_transaction_read_only') AS read_only`,
    );
    expect(settings).toEqual({ plans: 'force_generic_plan', read_only: 'on' });
  });
});
