import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { residentIdCheckCharacter } from '../../src/common/resident-id';
import { TrustedDocuments } from '../../src/server/trusted-documents';
import { startHubWith } from '../security/hub-with-options';
import { caseSharedByCourtAndPolice, Role, startTestHub, type TestHub } from '../support/test-hub';

/*
 * The centre's console (console/, served by the hub at /console from its build output) driven
 * in Debian's headless Chromium (`apt-get install -y chromium`; CHROMIUM_PATH overrides the
 * path). Screenshots of the main screens go to docs/console/ (shown in the README).
 */

jest.setTimeout(120_000);

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = path.join(__dirname, '..', '..', 'docs', 'console');
const CONSOLE_BUILD = path.join(__dirname, '..', '..', 'console', 'dist', 'index.html');
const MANIFEST = path.join(__dirname, '..', '..', 'console', 'src', 'gql', 'persisted-documents.json');

function residentId(birth: string, sequence: string): string {
  const first17 = `330106${birth}${sequence}`;
  return first17 + residentIdCheckCharacter(first17);
}

describe('the console in a real browser', () => {
  let t: TestHub;
  let browser: Browser;
  let page: Page;
  let origin: string;

  beforeAll(async () => {
    expect(fs.existsSync(CHROMIUM)).toBe(true);
    expect(fs.existsSync(CONSOLE_BUILD)).toBe(true);
    t = await startTestHub();
    // Levels as the centre's assessments leave them (the demo template is not assessed), so the list shows 红橙黄蓝.
    await t.databases.sql(
      'hub',
      `UPDATE joint_case SET risk_level = (ARRAY['RED', 'ORANGE', 'YELLOW', 'BLUE'])[1 + abs(hashtext(id::text)) % 4] WHERE status <> 'INTAKE'`,
    );
    origin = new URL(t.hub.url).origin;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--font-render-hinting=none'],
    });
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      acceptDownloads: true,
    });
    page = await context.newPage();
    fs.mkdirSync(SHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const signInAs = async (department: string, role: string, user: string, at = origin) => {
    await page.goto(`${at}/console/`);
    await page.evaluate('sessionStorage.clear()');
    await page.reload();
    await page.locator('select[name=department]').selectOption(department);
    await page.locator('select[name=role]').selectOption(role);
    await page.locator('input[name=user]').fill(user);
    await page.locator('button[name=dev-sign-in]').click();
    await page.getByTestId('who').waitFor();
  };

  it('shows a court mediator the showcase case with a granted, a masked and a denied field rendered as such', async () => {
    await signInAs('COURT', 'MEDIATOR', '陈调解员');
    await page.locator('table.cases tbody tr').first().waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'case-list.png') });

    const caseId = await caseSharedByCourtAndPolice(t.databases);
    await page.goto(`${origin}/console/#/cases/${caseId}`);
    const police = page.locator('.record[data-record^="POLICE:INCIDENT:"]').first();
    await police.waitFor();
    const granted = police.locator('tr[data-decision=GRANTED]').first();
    const masked = police.locator('tr[data-decision=MASKED]').first();
    const denied = police.locator('tr[data-decision=DENIED]').first();
    await expect(granted.locator('.value').textContent()).resolves.toMatch(/\S/);
    await expect(granted.locator('.decision').textContent()).resolves.toBe('已授权');
    await expect(masked.locator('.mask').textContent()).resolves.toMatch(/^已脱敏：/);
    await expect(masked.locator('.value').textContent()).resolves.toMatch(/\S/);
    await expect(denied.locator('.denied').textContent()).resolves.toMatch(/^无权查看/);
    expect(await denied.locator('.value').count()).toBe(0);
    // The page's own header choice: without a purpose the police record is not shown at all.
    await police.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'case-detail-access.png'), fullPage: true });
    await page.locator('select[name=purpose]').selectOption('');
    await page
      .locator('.record[data-record^="POLICE:INCIDENT:"]')
      .first()
      .waitFor({ state: 'detached', timeout: 15_000 });
  });

  let openedCaseId = '';

  it("takes a dispute in at the window (受理), with the hub's validation messages, and assesses it (研判) as the centre clerk", async () => {
    await signInAs('GOVERNANCE_CENTRE', 'CLERK', '王受理');
    await page.goto(`${origin}/console/#/intake`);
    const form = page.locator('form.intake');
    await form.locator('input[name=title]').fill('楼上漏水致楼下墙面受损');
    await form.locator('textarea[name=description]').fill('楼上卫生间漏水，楼下墙面发霉，双方就维修费用协商未果。');
    await form.locator('input[name=place]').fill('西湖区文三路 88 号 3 幢');
    await form.locator('input[name=community]').fill('文三社区');
    await form.locator('input[name=applicantName]').fill('李春华');
    await form.locator('input[name=applicantId]').fill('330106198001011234');
    await form.locator('input[name=respondentName]').fill('赵建国');
    await form.locator('input[name=respondentId]').fill(residentId('19750505', '123'));
    await form.locator('button[name=open-case]').click();
    // The applicant's number fails its check character: the hub says which field and why.
    const problem = page.locator('.problems li').first();
    await problem.waitFor();
    await expect(problem.textContent()).resolves.toMatch(/residentId/);
    await page.screenshot({ path: path.join(SHOTS, 'intake-validation.png') });

    await form.locator('input[name=applicantId]').fill(residentId('19800101', '234'));
    await form.locator('button[name=open-case]').click();
    await page.getByTestId('case-status').filter({ hasText: '已受理' }).waitFor();
    openedCaseId = /#\/cases\/([0-9a-f-]+)/.exec(page.url())![1];

    // 研判 is offered to the clerk, and 指派 is not (the centre's chief or supervisor assigns).
    await expect(page.locator('button[name=assign]').count()).resolves.toBe(0);
    await page.locator('button[name=assess]').click();
    await page.getByTestId('case-status').filter({ hasText: '已研判' }).waitFor();
    await expect(page.locator('button[name=assess]').count()).resolves.toBe(0);
    await expect(page.locator('button[name=assign]').count()).resolves.toBe(0);
  });

  it('assigns the case (分流交办) as the centre chief', async () => {
    await signInAs('GOVERNANCE_CENTRE', 'CHIEF', '周主任');
    await page.goto(`${origin}/console/#/cases/${openedCaseId}`);
    const assign = page.locator('form.assign');
    await assign.waitFor();
    await assign.locator('input[name=lead]').fill('JUDICIAL_OFFICE');
    await assign.locator('input[name=others]').fill('COURT, POLICE');
    await assign.locator('input[name=handler]').fill('孙调解员');
    await page.screenshot({ path: path.join(SHOTS, 'case-assign.png'), fullPage: true });
    await assign.locator('button[name=assign]').click();
    await page.getByTestId('case-status').filter({ hasText: '已交办' }).waitFor();
    await expect(page.locator('.case-head').textContent()).resolves.toContain('孙调解员');
  });

  it("records a 三长会商 (with the hub's message when a chief is missing), the agreement reached, the follow-up and closes the case as the lead body's chief", async () => {
    await signInAs('JUDICIAL_OFFICE', 'CHIEF', '吴所长');
    await page.goto(`${origin}/console/#/cases/${openedCaseId}`);
    // Steps the transition table does not give the lead body's chief now are not offered.
    await page.locator('button[name=start-mediation]').click();
    await page.getByTestId('case-status').filter({ hasText: '调解中' }).waitFor();
    await expect(page.locator('button[name=close]').count()).resolves.toBe(0);

    const session = page.locator('form.step-record-session');
    await session.locator('select[name=sessionType]').selectOption('THREE_CHIEFS_CONSULTATION');
    await session.locator('input[name=place]').fill('文三社区综治中心调解室');
    await session.locator('textarea[name=attendees]').fill('JUDICIAL_OFFICE 吴所长\nCOURT 陈法官');
    await session.locator('textarea[name=minutes]').fill('三方听取双方陈述，查看漏水现场照片，提出维修费用分担方案。');
    await session.locator('input[name=outcome]').fill('双方同意按方案分担维修费用');
    await session.locator('button[name=record-session]').click();
    // 三长会商 needs the police station too: the hub names who is missing, the form keeps what was typed.
    const refusal = page.locator('.refusal');
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toMatch(/POLICE[\s\S]*BAD_USER_INPUT|BAD_USER_INPUT[\s\S]*POLICE/);
    await expect(refusal.locator('.problems code').first().textContent()).resolves.toBe('attendees');
    await session.locator('textarea[name=attendees]').fill('JUDICIAL_OFFICE 吴所长\nCOURT 陈法官\nPOLICE 刘所长');
    await session.locator('button[name=record-session]').click();
    await page.locator('.sessions li[data-session-type=THREE_CHIEFS_CONSULTATION]').waitFor();
    await expect(page.locator('.refusal').count()).resolves.toBe(0);
    await expect(page.locator('.sessions li').first().textContent()).resolves.toContain('三长会商');
    await page.locator('.sessions').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'case-session.png'), fullPage: true });

    const outcome = page.locator('form.step-reach-agreement');
    await outcome.locator('textarea[name=terms]').fill('楼上住户承担维修费用 3000 元，于三十日内一次付清。');
    await outcome.locator('input[name=organisation]').fill('西湖区文三社区人民调解委员会');
    await outcome.locator('input[name=documentNumber]').fill(`文三调字〔2026〕第${Date.now() % 100000}号`);
    await outcome.locator('textarea[name=facts]').fill('楼上卫生间漏水致楼下墙面受损，双方就维修费用协商未果。');
    await outcome.locator('input[name=obligation]').fill('支付维修费用 3000 元');
    await outcome.locator('input[name=performanceMethod]').fill('银行转账，一次付清');
    await outcome.locator('button[name=reach-agreement]').click();
    await page.getByTestId('case-status').filter({ hasText: '达成协议' }).waitFor();
    await expect(page.getByTestId('mediation-agreement').textContent()).resolves.toContain('人民调解');
    await expect(page.getByTestId('agreement-terms').textContent()).resolves.toContain('3000 元');
    await page.getByTestId('mediation-agreement').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'case-outcome.png'), fullPage: true });

    const followUp = page.locator('form.step-follow-up');
    await followUp.locator('textarea[name=note]').fill('电话回访，维修费用已付清，双方关系缓和。');
    await followUp.locator('select[name=performanceStatus]').selectOption('PERFORMED');
    await followUp.locator('select[name=satisfaction]').selectOption('SATISFIED');
    await followUp.locator('button[name=follow-up]').click();
    await page.getByTestId('case-status').filter({ hasText: '回访中' }).waitFor();
    await expect(page.getByTestId('follow-up').textContent()).resolves.toContain('满意');

    await page.locator('form.step-close input[name=note]').fill('协议已履行，结案。');
    await page.locator('button[name=close]').click();
    await page.getByTestId('case-status').filter({ hasText: '已结案' }).waitFor();
    await expect(page.locator('form.step').count()).resolves.toBe(0);
    await expect(page.locator('.timeline').textContent()).resolves.toContain('已结案');
  });

  it('shows the reason of a step the hub refused', async () => {
    // A case in intake, open in the clerk's page; someone else assesses it meanwhile.
    await signInAs('GOVERNANCE_CENTRE', 'CLERK', '王受理');
    const [row] = await t.databases.sql<{ id: string }>(
      'hub',
      `SELECT id FROM joint_case WHERE status = 'INTAKE' ORDER BY case_number LIMIT 1`,
    );
    await page.goto(`${origin}/console/#/cases/${row.id}`);
    await page.locator('button[name=assess]').waitFor();
    const other = await t.graphql(`mutation ($id: ID!) { assessJointCase(id: $id) { __typename } }`, {
      token: await t.token('GOVERNANCE_CENTRE', Role.CLERK, '另一位受理员'),
      variables: { id: row.id },
    });
    expect(other.body.errors).toBeUndefined();
    await page.locator('button[name=assess]').click();
    const refusal = page.locator('.refusal');
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toMatch(/操作未执行：.+（(CONFLICT|INVALID_TRANSITION)/);
    await page.screenshot({ path: path.join(SHOTS, 'refused-step.png') });
  });

  it('shows the early warnings and exports the work ledger (台账) as CSV', async () => {
    await signInAs('GOVERNANCE_CENTRE', 'CHIEF', '周主任');
    await page.goto(`${origin}/console/#/warnings`);
    await page.locator('h2', { hasText: '预警' }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'warnings.png') });
    await page.goto(`${origin}/console/#/statistics`);
    await page.locator('.chart svg').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'statistics.png'), fullPage: true });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('button[name=export-csv]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const file = await download.path();
    const text = fs.readFileSync(file, 'utf8');
    expect(text.split('\r\n').length).toBeGreaterThan(2);
    expect(text).toContain('案件编号');
    await page.locator('.exported').waitFor();
  });

  it("shows the centre a citizen's subject access report: the court's look at the case's police record", async () => {
    const caseId = await caseSharedByCourtAndPolice(t.databases);
    const parties = await t.databases.sql<{ resident_id: string }>(
      'hub',
      `SELECT resident_id FROM joint_case_party WHERE joint_case_id = $1 AND resident_id IS NOT NULL ORDER BY position`,
      [caseId],
    );
    // The party whom the court mediator's look in the first test concerned (as the hub's own report says).
    const token = await t.token('GOVERNANCE_CENTRE', Role.CLERK, '王受理');
    let subject: string | undefined;
    for (const { resident_id } of parties) {
      const report = await t.graphql<{ subjectAccessReport: { entries: Array<{ readBy: string; provider: string }> } }>(
        'query ($rid: String!) { subjectAccessReport(residentId: $rid) { entries { readBy provider } } }',
        { token, variables: { rid: resident_id } },
      );
      if (report.body.data?.subjectAccessReport.entries.some((e) => e.readBy === 'COURT' && e.provider === 'POLICE')) {
        subject = resident_id;
        break;
      }
    }
    expect(subject).toBeDefined();
    await signInAs('GOVERNANCE_CENTRE', 'CLERK', '王受理');
    await page.locator('header nav a', { hasText: '查阅记录报告' }).click();
    await page.locator('input[name=residentId]').fill(subject!);
    await page.locator('button[name=subject-access]').click();
    const look = page.locator('table.subject-access tr[data-read-by=COURT][data-provider=POLICE]').first();
    await look.waitFor();
    await expect(look.textContent()).resolves.toMatch(/人民法庭派出所/);
    await expect(look.textContent()).resolves.toContain('联合调解');
    await expect(page.getByTestId('subject').textContent()).resolves.toContain('********');
    await page.screenshot({ path: path.join(SHOTS, 'subject-access.png') });
  });

  it("shows the women's federation a party's police records field by field on 人员查询, for its case", async () => {
    const parties = await t.databases.sql<{ joint_case_id: string; resident_id: string }>(
      'hub',
      `SELECT p.joint_case_id, p.resident_id FROM joint_case_party p JOIN joint_case c ON c.id = p.joint_case_id
        WHERE 'WOMENS_FEDERATION' = ANY(c.participating_departments) AND c.category = 'DOMESTIC_VIOLENCE'
          AND c.status NOT IN ('CLOSED', 'WITHDRAWN', 'NOT_ACCEPTED') AND p.resident_id IS NOT NULL
        ORDER BY c.case_number, p.position`,
    );
    const token = await t.token('WOMENS_FEDERATION', Role.MEDIATOR, '郑干事');
    let found: { joint_case_id: string; resident_id: string } | undefined;
    for (const party of parties) {
      const response = await fetch(t.hub.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          'x-purpose': 'JOINT_MEDIATION',
          'x-joint-case-id': party.joint_case_id,
        },
        body: JSON.stringify({
          query: `query ($rid: String!) { person(residentId: $rid) { departments { department records(first: 1) { totalCount } } } }`,
          variables: { rid: party.resident_id },
        }),
      });
      const body = (await response.json()) as {
        data: { person: { departments: Array<{ department: string; records: { totalCount: number } | null }> } };
      };
      if ((body.data.person.departments.find((d) => d.department === 'POLICE')?.records?.totalCount ?? 0) > 0) {
        found = party;
        break;
      }
    }
    expect(found).toBeDefined();
    await signInAs('WOMENS_FEDERATION', 'MEDIATOR', '郑干事');
    await page.goto(`${origin}/console/#/person`);
    await page.locator('input[name=residentId]').fill(found!.resident_id);
    await page.locator('select[name=purpose]').selectOption('JOINT_MEDIATION');
    await page.locator('input[name=caseId]').fill(found!.joint_case_id);
    await page.locator('button[name=person-search]').click();
    const police = page.locator('.person-body[data-department=POLICE] .record').first();
    await police.waitFor();
    await expect(police.locator('tr[data-decision=GRANTED]').count()).resolves.toBeGreaterThan(0);
    const withheld =
      (await police.locator('tr[data-decision=MASKED]').count()) +
      (await police.locator('tr[data-decision=DENIED]').count());
    expect(withheld).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, 'person.png'), fullPage: true });
  });

  it('works the same against a hub that runs only its trusted documents (TRUSTED_DOCUMENTS=only)', async () => {
    const strict = await startHubWith(
      { frontend: { trustedDocuments: TrustedDocuments.load('only', MANIFEST) } },
      t.databases,
    );
    try {
      const at = new URL(strict.hub.url).origin;
      await signInAs('COURT', 'MEDIATOR', '陈调解员', at);
      await page.locator('table.cases tbody tr').first().waitFor();
      await page.locator('select[name=order]').selectOption({ index: 3 });
      await page.locator('table.cases tbody tr').first().waitFor();
      expect(await page.locator('.error').count()).toBe(0);
      // What is not in the console's manifest is refused by that hub.
      const other = await fetch(strict.hub.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await t.token('COURT')}` },
        body: JSON.stringify({ query: '{ me { user } }' }),
      });
      expect(
        ((await other.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code,
      ).toBe('TRUSTED_DOCUMENT_REQUIRED');
    } finally {
      await strict.close();
    }
  });

  it('loads the explorer and every file it fetches from the hub itself', async () => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${origin}/graphql`);
    await page.locator('.graphiql-container .graphiql-query-editor').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(SHOTS, 'explorer.png') });
    expect(requested.length).toBeGreaterThan(3);
    expect(
      requested.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')),
    ).toEqual([]);
  }, 60_000);
});
