import { Role, startTestHub, type TestHub } from '../support/test-hub';

const STATISTICS = `query($from: DateTimeISO!, $until: DateTimeISO!) {
  caseStatistics(from: $from, until: $until, groupBy: GRID) { from until total { casesTakenIn earlyWarnings } } }`;
const LEDGER = `mutation($from: DateTimeISO!, $until: DateTimeISO!) {
  exportWorkLedger(from: $from, until: $until, format: CSV) { filename rowCount } }`;

/** The case whose warning status a caller tries to learn by differencing: taken in at 10:00 on 5 March 2025 in Shanghai. */
const TARGET_TAKEN_IN = '2025-03-05T10:00:00.000+08:00';
const oneMsLater = new Date(new Date(TARGET_TAKEN_IN).getTime() + 1).toISOString();

interface Statistics {
  caseStatistics: { from: string; until: string; total: { casesTakenIn: number; earlyWarnings: string } };
}

describe('statistics and ledger periods', () => {
  let t: TestHub;

  beforeAll(async () => {
    t = await startTestHub();
    // Six early warnings in the first days of March 2025 (enough for exact counts), then the target.
    const cases: Array<[string, string, string]> = [
      ...[1, 1, 2, 2, 3, 4].map((day, i): [string, string, string] => [
        `DIFF-0${i + 1}`,
        `2025-03-0${day}T09:00:00+08:00`,
        'RED',
      ]),
      ['DIFF-TARGET', TARGET_TAKEN_IN, 'ORANGE'],
      ['DIFF-LATER', '2025-03-05T15:00:00+08:00', 'BLUE'],
    ];
    for (const [caseNumber, createdAt, risk] of cases) {
      await t.databases.sql(
        'hub',
        `INSERT INTO joint_case (case_number, created_at, status, lead_department, participating_departments, category, source_channel, grid, risk_level, people_involved, title)
         VALUES ($1, $2, 'ASSESSED', 'JUDICIAL_OFFICE', ARRAY['JUDICIAL_OFFICE'], 'NEIGHBOUR', 'WALK_IN', '曙光社区第1网格', $3, 2, '差分测试')`,
        [caseNumber, createdAt, risk],
      );
    }
  });
  afterAll(() => t.close());

  async function statistics(from: string, until: string, department = 'GOVERNANCE_CENTRE', role = Role.SUPERVISOR) {
    return (
      await t.graphql<Statistics>(STATISTICS, { token: await t.token(department, role), variables: { from, until } })
    ).body;
  }

  it.each([
    ['until', '2025-03-01T00:00:00+08:00', TARGET_TAKEN_IN],
    ['until', '2025-03-01T00:00:00+08:00', oneMsLater],
    ['from', TARGET_TAKEN_IN, '2025-04-01T00:00:00+08:00'],
    ['from', oneMsLater, '2025-04-01T00:00:00+08:00'],
    // Midnight UTC is 08:00 in Shanghai: not the start of a day there.
    ['from', '2025-03-01T00:00:00Z', '2025-04-01T00:00:00+08:00'],
  ])(
    'refuses a period whose %s is not the start of a Shanghai day with BAD_USER_INPUT (%s – %s)',
    async (field, from, until) => {
      const body = await statistics(from, until);
      expect(body.data ?? null).toBeNull();
      expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(body.errors![0].message).toBe(
        `"${field}" must be the start of a day in Asia/Shanghai (00:00 at +08:00), e.g. 2026-05-01T00:00:00+08:00`,
      );
    },
  );

  it('cannot be differenced down to one case: two periods a millisecond apart are never both answered', async () => {
    const before = await statistics('2025-03-01T00:00:00+08:00', TARGET_TAKEN_IN);
    const after = await statistics('2025-03-01T00:00:00+08:00', oneMsLater);
    // Before the change both were answered, "6" and "7": the difference was the target's warning.
    expect([before.data ?? null, after.data ?? null]).toEqual([null, null]);
    for (const role of [Role.CHIEF, Role.SUPERVISOR]) {
      const body = await statistics('2025-03-01T00:00:00+08:00', oneMsLater, 'JUDICIAL_OFFICE', role);
      expect(body.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('answers periods of whole Shanghai days, however the instant is written', async () => {
    const throughFourth = await statistics('2025-03-01T00:00:00+08:00', '2025-03-05T00:00:00+08:00');
    expect(throughFourth.errors).toBeUndefined();
    expect(throughFourth.data!.caseStatistics.total).toEqual({ casesTakenIn: 6, earlyWarnings: '6' });
    // The same day start written in UTC.
    const throughFifth = await statistics('2025-02-28T16:00:00Z', '2025-03-05T16:00:00Z');
    expect(throughFifth.errors).toBeUndefined();
    expect(throughFifth.data!.caseStatistics).toMatchObject({
      from: '2025-02-28T16:00:00.000Z',
      until: '2025-03-05T16:00:00.000Z',
      total: { casesTakenIn: 8, earlyWarnings: '7' },
    });
  });

  it('holds the work ledger to the same whole days', async () => {
    const token = await t.token('GOVERNANCE_CENTRE', Role.SUPERVISOR);
    const refused = await t.graphql(LEDGER, {
      token,
      variables: { from: '2025-03-01T00:00:00+08:00', until: oneMsLater },
    });
    expect(refused.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'until' });
    const answered = await t.graphql<{ exportWorkLedger: { filename: string; rowCount: number } }>(LEDGER, {
      token,
      variables: { from: '2025-03-01T00:00:00+08:00', until: '2025-03-06T00:00:00+08:00' },
    });
    expect(answered.body.errors).toBeUndefined();
    expect(answered.body.data!.exportWorkLedger).toEqual({
      filename: '工作台账_2025-03-01_2025-03-05.csv',
      rowCount: 8,
    });
  });
});
