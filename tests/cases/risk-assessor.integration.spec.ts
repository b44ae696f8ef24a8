import { randomUUID } from 'node:crypto';
import type { AccessLogEntry } from '../../src/agreements/access-log';
import { PolicyDirectory } from '../../src/agreements/policy-directory';
import { type Actor, GOVERNANCE_CENTRE, Role } from '../../src/auth/actor';
import { JointCasePartyEntity } from '../../src/cases/joint-case-party.entity';
import { JointCaseEntity } from '../../src/cases/joint-case.entity';
import { JointCaseService } from '../../src/cases/joint-case.service';
import { RiskAssessor } from '../../src/cases/risk/risk-assessor';
import { type RiskAssessment, RiskLevel } from '../../src/cases/risk/risk.model';
import { riskRules } from '../../src/cases/risk/rules';
import { createLogger } from '../../src/common/logger';
import { residentIdCheckCharacter } from '../../src/common/resident-id';
import { DEMO_AGREEMENTS } from '../../src/demo/demo-agreements';
import { createRequestContext, type RequestContext } from '../../src/graphql/request-context';
import { ReadRoom } from '../../src/read-room/read-room';
import { hashResidentId } from '../../src/persons/resident-id-hash';
import { testCluster } from '../support/test-cluster';
import { startTestHub, type TestHub } from '../support/test-hub';

/**
 * The documented risk rules (src/cases/risk/rules), each with a case that triggers it and one
 * that does not, on a real hub: cases and parties written to the hub database, the parties'
 * history written to the bodies' own databases, and read back live under the demo
 * RISK_SCREENING agreements through the same decision, loading and access-log machinery as
 * every other read.
 */

const log = createLogger('silent');
const personKey = Buffer.from(testCluster().personHashKey, 'base64');
const hash = (residentId: string) => hashResidentId(personKey, residentId);
const DAY = 24 * 60 * 60 * 1000;

// Test persons live in an area code the demo seed never uses (it uses 330106), so no seeded history is theirs.
const AREA = '330108';
let sequence = 100;
let serial = 0;
const unique = () => `${Date.now().toString(36)}${(serial++).toString(36)}`;

/** A valid resident ID number of a person of that age today (plus `days` to move the birthday). */
function residentIdAged(years: number, days = 0): string {
  const now = new Date();
  const birth = new Date(Date.UTC(now.getUTCFullYear() - years, now.getUTCMonth(), now.getUTCDate()) - days * DAY);
  const first17 = `${AREA}${birth.toISOString().slice(0, 10).replace(/-/g, '')}${String(sequence++).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}
const adult = () => residentIdAged(40, 17);
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);
const dateDaysAgo = (days: number) => daysAgo(days).toISOString().slice(0, 10);

describe(RiskAssessor.name, () => {
  let t: TestHub;
  let policy: PolicyDirectory;
  let assessor: RiskAssessor;

  beforeAll(async () => {
    t = await startTestHub();
    policy = new PolicyDirectory(t.hub.hubDb, t.databases.targets.hubUrl, log);
    await policy.start();
    assessor = new RiskAssessor(new ReadRoom({ registry: t.hub.registry, cases: new JointCaseService(t.hub.hubDb) }));
  });
  afterAll(async () => {
    await policy.close();
    await t.close();
  });

  // ---- a RequestContext made the one way the hub makes them, over this test's own policy directory ----
  function context(actor: Partial<Actor> = {}): RequestContext {
    const who: Actor = { user: 'centre-clerk', department: GOVERNANCE_CENTRE, role: Role.CLERK, ...actor };
    return createRequestContext(
      { ...t.hub.contextSources, policy, hashResidentId: hash },
      { requestId: randomUUID(), actor: who, purpose: null, log },
    );
  }

  // ---- the hub's own records: a case and its parties ----

  interface PartyInput {
    role?: 'APPLICANT' | 'RESPONDENT' | 'RELATED_PERSON';
    name?: string;
    residentId: string | null;
  }
  interface CaseInput {
    category?: string;
    peopleInvolved?: number;
    urgency?: 'NORMAL' | 'URGENT';
    status?: string;
    parties?: PartyInput[];
  }
  interface DraftedCase {
    jointCase: JointCaseEntity;
    parties: JointCasePartyEntity[];
  }

  async function draftCase(input: CaseInput = {}): Promise<DraftedCase> {
    const [{ id }] = await t.databases.sql<{ id: string }>(
      'hub',
      `INSERT INTO joint_case (case_number, title, category, status, people_involved, urgency, source_channel, participating_departments)
       VALUES ($1, '预警研判测试', $2, $3, $4, $5, 'WALK_IN', '{}') RETURNING id`,
      [
        `(2026)测试预警${unique()}号`,
        input.category ?? 'NEIGHBOUR',
        input.status ?? 'INTAKE',
        input.peopleInvolved ?? 2,
        input.urgency ?? 'NORMAL',
      ],
    );
    const parties = input.parties ?? [{ residentId: adult() }];
    for (const [position, party] of parties.entries()) {
      await t.databases.sql(
        'hub',
        `INSERT INTO joint_case_party (joint_case_id, position, role, name, resident_id, resident_id_hash) VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          id,
          position,
          party.role ?? (position === 0 ? 'APPLICANT' : 'RESPONDENT'),
          party.name ?? `测试${position}`,
          party.residentId,
          party.residentId && hash(party.residentId),
        ],
      );
    }
    return {
      jointCase: await t.hub.hubDb.getRepository(JointCaseEntity).findOneByOrFail({ id }),
      parties: await t.hub.hubDb
        .getRepository(JointCasePartyEntity)
        .find({ where: { jointCaseId: id }, order: { position: 'ASC' } }),
    };
  }

  async function assess(drafted: DraftedCase, ctx = context()): Promise<RiskAssessment & { log: AccessLogEntry[] }> {
    const result = await assessor.assess(ctx, drafted.jointCase, drafted.parties);
    return { ...result, log: ctx.accessLog.entries };
  }

  async function assessParty(residentId: string, input: CaseInput = {}) {
    return assess(await draftCase({ ...input, parties: [{ residentId, name: '王小明' }] }));
  }

  /** Statements sent to the bodies' own databases since the last reset (the hub's own are not counted). */
  const departmentStatements = () =>
    t.hub.registry.codes.reduce((sum, code) => sum + t.hub.sources.statements.count(code), 0);
  const rulesOf = (result: RiskAssessment) => result.reasons.map((r) => r.rule);
  const reasonsOf = (result: RiskAssessment, rule: string) => result.reasons.filter((r) => r.rule === rule);

  // ---- the bodies' own records of a person ----

  async function incident(residentId: string, calledAt: Date): Promise<string> {
    const [{ id }] = await t.databases.sql<{ id: string }>(
      'POLICE',
      `INSERT INTO incident_report (jq_no, call_received_at, incident_address, incident_category, brief_facts)
       VALUES ($1, $2, '杭州市滨江区测试社区1幢1单元101室', 'FAMILY_DISPUTE', '测试警情') RETURNING id::text`,
      [`JQ-RISK-${unique()}`, calledAt],
    );
    await t.databases.sql(
      'POLICE',
      `INSERT INTO incident_person (incident_report_id, involvement, person_name, id_card_no) VALUES ($1, 'PARTY', '王小明', $2)`,
      [id, residentId],
    );
    return id;
  }

  async function policeMediation(residentId: string, outcome: 'SETTLED' | 'FAILED'): Promise<string> {
    const incidentId = await incident(residentId, daysAgo(800)); // outside the call-out window
    const [{ id }] = await t.databases.sql<{ id: string }>(
      'POLICE',
      `INSERT INTO public_security_mediation (mediation_no, incident_report_id, mediated_on, mediation_result) VALUES ($1, $2, $3, $4) RETURNING id::text`,
      [`ZATJ-RISK-${unique()}`, incidentId, dateDaysAgo(790), outcome],
    );
    return id;
  }

  async function warningLetter(abuser: string, victim: string, issuedOn: string): Promise<string> {
    const [{ id }] = await t.databases.sql<{ id: string }>(
      'POLICE',
      `INSERT INTO dv_warning_letter (letter_no, issued_on, abuser_name, abuser_id_card_no, victim_name, victim_id_card_no, victim_address, facts)
       VALUES ($1, $2, '李大壮', $3, '王小明', $4, '杭州市滨江区测试社区2幢', '测试告诫') RETURNING id::text`,
      [`GJS-RISK-${unique()}`, issuedOn, abuser, victim],
    );
    return id;
  }

  async function peopleMediation(residentId: string, outcome: 'SETTLED' | 'FAILED' | 'IN_PROGRESS'): Promise<string> {
    const [{ id }] = await t.databases.sql<{ id: string }>(
      'JUDICIAL_OFFICE',
      `INSERT INTO mediation_case (case_no, accepted_on, dispute_category, committee_name, mediator_name, mediation_outcome)
       VALUES ($1, $2, 'NEIGHBOUR', '测试人民调解委员会', '调解员', $3) RETURNING id::text`,
      [`RT-RISK-${unique()}`, dateDaysAgo(200), outcome],
    );
    await t.databases.sql(
      'JUDICIAL_OFFICE',
      `INSERT INTO mediation_party (mediation_case_id, party_role, party_name, id_card_no) VALUES ($1, 'APPLICANT', '王小明', $2)`,
      [id, residentId],
    );
    return id;
  }

  async function assistance(
    residentId: string,
    status: 'ACTIVE' | 'ENDED',
    programme = 'MINIMUM_LIVING_ALLOWANCE',
  ): Promise<string> {
    const [{ id }] = await t.databases.sql<{ id: string }>(
      'CIVIL_AFFAIRS',
      `INSERT INTO assistance_entitlement (programme, beneficiary_name, id_card_no, residence_address, household_size, monthly_amount, granted_on, entitlement_status)
       VALUES ($1, '王小明', $2, '杭州市滨江区测试社区3幢', 2, 1120.00, $3, $4) RETURNING id::text`,
      [programme, residentId, dateDaysAgo(400), status],
    );
    return id;
  }

  // ---- changing the policy the way an agreement change does: SQL, then the announcement ----

  async function riskAgreementOf(provider: string): Promise<{ id: string; grants: unknown }> {
    const [row] = await t.databases.sql<{ id: string; grants: unknown }>(
      'hub',
      `SELECT id, grants FROM agreement WHERE provider = $1 AND consumer = 'GOVERNANCE_CENTRE' AND purpose = 'RISK_SCREENING'`,
      [provider],
    );
    expect(row).toBeDefined();
    return row;
  }

  /** Runs the change, announces it, and waits until the directory no longer serves the old policy. */
  async function changePolicy(
    sql: string,
    values: unknown[],
    settled: (agreements: Awaited<ReturnType<PolicyDirectory['current']>>['activeAgreements']) => boolean,
  ): Promise<void> {
    await t.databases.sql('hub', sql, values);
    await t.databases.sql('hub', `SELECT pg_notify('hub_policy_changed', '')`);
    for (let i = 0; i < 100; i++) {
      if (settled((await policy.current()).activeAgreements)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the policy change was not picked up');
  }

  // ===================================================================================

  describe('the demo RISK_SCREENING agreements', () => {
    it('grant the governance centre every field the rules read, and nothing the rules do not read', () => {
      const risk = DEMO_AGREEMENTS.filter((a) => a.purpose === 'RISK_SCREENING');
      expect(risk.map((a) => a.provider).sort()).toEqual([
        'CIVIL_AFFAIRS',
        'COURT',
        'JUDICIAL_OFFICE',
        'LABOUR',
        'PETITIONS',
        'POLICE',
        'SECURITY_COMMITTEE',
      ]);
      for (const a of risk) {
        expect(a).toMatchObject({ consumer: GOVERNANCE_CENTRE, scope: 'RECORDS_OF_PARTIES_TO_PARTICIPATING_CASE' });
        expect([...a.consumerRoles].sort()).toEqual(['CHIEF', 'CLERK', 'MEDIATOR', 'SUPERVISOR']);
      }
      const granted = risk
        .flatMap((a) => a.grants.flatMap((g) => g.fields.map((f) => `${a.provider}.${g.recordType}.${f.field}`)))
        .sort();
      const read = [
        ...new Set(
          riskRules.flatMap((r) =>
            (r.sources ?? []).flatMap((s) => s.fields.map((f) => `${s.department}.${s.recordType}.${f}`)),
          ),
        ),
      ].sort();
      expect(granted).toEqual(read);
    });
  });

  describe('combining reasons', () => {
    it('gives BLUE and no reasons to a case no rule applies to', async () => {
      const result = await assessParty(adult());
      expect(result).toEqual({
        level: RiskLevel.BLUE,
        reasons: [],
        unavailableSources: [],
        provenance: {},
        log: expect.any(Array),
      });
    });

    it('gives the highest level of any reason', async () => {
      const party = residentIdAged(10); // minor: a care marker, BLUE
      await warningLetter(adult(), party, dateDaysAgo(100)); // RED
      const result = await assessParty(party, { peopleInvolved: 12 }); // ORANGE
      expect(result.reasons.map((r) => r.level).sort()).toEqual([RiskLevel.BLUE, RiskLevel.ORANGE, RiskLevel.RED]);
      expect(result.level).toBe(RiskLevel.RED);
    });
  });

  describe('people involved (群体性纠纷)', () => {
    it.each([
      [35, RiskLevel.RED],
      [30, RiskLevel.RED],
      [29, RiskLevel.ORANGE],
      [10, RiskLevel.ORANGE],
      [9, RiskLevel.YELLOW],
      [5, RiskLevel.YELLOW],
    ])('makes %i people involved %s', async (people, level) => {
      const result = await assessParty(adult(), { peopleInvolved: people });
      expect(reasonsOf(result, 'people-involved')).toEqual([
        { rule: 'people-involved', level, description: expect.stringContaining(`${people} 人`), source: null },
      ]);
      expect(result.level).toBe(level);
    });

    it('raises nothing for 4 people', async () => {
      const result = await assessParty(adult(), { peopleInvolved: 4 });
      expect(rulesOf(result)).not.toContain('people-involved');
      expect(result.level).toBe(RiskLevel.BLUE);
    });
  });

  describe('category', () => {
    it('makes a domestic-violence dispute ORANGE', async () => {
      const result = await assessParty(adult(), { category: 'DOMESTIC_VIOLENCE' });
      expect(reasonsOf(result, 'category')).toEqual([
        { rule: 'category', level: RiskLevel.ORANGE, description: expect.stringContaining('家庭暴力'), source: null },
      ]);
      expect(result.level).toBe(RiskLevel.ORANGE);
    });

    it('raises nothing for a family or neighbour dispute', async () => {
      for (const category of ['FAMILY_MARRIAGE', 'NEIGHBOUR']) {
        const result = await assessParty(adult(), { category });
        expect(result.reasons).toEqual([]);
      }
    });
  });

  describe('urgency', () => {
    it.each([
      ['nothing else', {}, RiskLevel.YELLOW],
      ['a domestic-violence category', { category: 'DOMESTIC_VIOLENCE' }, RiskLevel.RED],
      ['5 people involved', { peopleInvolved: 5 }, RiskLevel.ORANGE],
      ['35 people involved (already RED)', { peopleInvolved: 35 }, RiskLevel.RED],
    ])('raises the level by one step over %s', async (_label, input, level) => {
      const result = await assessParty(adult(), { ...input, urgency: 'URGENT' });
      expect(reasonsOf(result, 'urgency')).toEqual([
        { rule: 'urgency', level, description: expect.stringContaining('紧急'), source: null },
      ]);
      expect(result.level).toBe(level);
    });

    it('raises nothing for a normal case', async () => {
      const result = await assessParty(adult(), { category: 'DOMESTIC_VIOLENCE', urgency: 'NORMAL' });
      expect(rulesOf(result)).toEqual(['category']);
      expect(result.level).toBe(RiskLevel.ORANGE);
    });
  });

  describe('repeated police call-outs (反复报警)', () => {
    it('makes 2 incidents of a party in the last 12 months YELLOW, naming both incidents, the latest as source', async () => {
      const party = adult();
      const older = await incident(party, daysAgo(200));
      const latest = await incident(party, daysAgo(20));
      const result = await assessParty(party);
      expect(reasonsOf(result, 'repeated-call-outs')).toEqual([
        {
          rule: 'repeated-call-outs',
          level: RiskLevel.YELLOW,
          description: expect.stringContaining('报警 2 次'),
          source: { department: 'POLICE', recordType: 'INCIDENT', recordId: latest },
          sources: [
            { department: 'POLICE', recordType: 'INCIDENT', recordId: latest },
            { department: 'POLICE', recordType: 'INCIDENT', recordId: older },
          ],
        },
      ]);
      expect(result.level).toBe(RiskLevel.YELLOW);
    });

    it('makes 3 incidents of a party in the last 12 months ORANGE', async () => {
      const party = adult();
      for (const days of [300, 100, 5]) await incident(party, daysAgo(days));
      const result = await assessParty(party);
      expect(reasonsOf(result, 'repeated-call-outs').map((r) => [r.level, r.sources?.length])).toEqual([
        [RiskLevel.ORANGE, 3],
      ]);
    });

    it('counts only incidents of the last 12 months: one recent and two older raise nothing', async () => {
      const party = adult();
      for (const days of [400, 380, 30]) await incident(party, daysAgo(days));
      const result = await assessParty(party);
      expect(rulesOf(result)).not.toContain('repeated-call-outs');
      // The incidents were read all the same (so the window, not a failed read, kept them out).
      expect(result.log.filter((e) => e.recordType === 'INCIDENT' && e.decision === 'GRANTED')).toHaveLength(3);
    });

    it('counts per party: one incident of each of two parties raises nothing', async () => {
      const [a, b] = [adult(), adult()];
      await incident(a, daysAgo(10));
      await incident(b, daysAgo(20));
      const result = await assess(await draftCase({ parties: [{ residentId: a }, { residentId: b }] }));
      expect(rulesOf(result)).not.toContain('repeated-call-outs');
    });
  });

  describe('earlier domestic-violence warning letter (家庭暴力告诫书)', () => {
    it('makes a letter naming a party (as victim or as abuser) RED, naming the letter, its date only to the month', async () => {
      const [victim, abuser] = [adult(), adult()];
      const issuedOn = dateDaysAgo(500);
      const letter = await warningLetter(abuser, victim, issuedOn);
      for (const party of [victim, abuser]) {
        const result = await assessParty(party);
        expect(reasonsOf(result, 'dv-warning-letter')).toEqual([
          {
            rule: 'dv-warning-letter',
            level: RiskLevel.RED,
            description: expect.stringContaining(issuedOn.slice(0, 7)),
            source: { department: 'POLICE', recordType: 'DV_WARNING_LETTER', recordId: letter },
          },
        ]);
        expect(result.reasons[0].description).not.toContain(issuedOn); // masked to the month by the agreement
        expect(result.level).toBe(RiskLevel.RED);
      }
    });

    it('raises nothing for a party no letter names', async () => {
      await warningLetter(adult(), adult(), dateDaysAgo(50));
      const result = await assessParty(adult());
      expect(rulesOf(result)).not.toContain('dv-warning-letter');
    });
  });

  describe('failed earlier mediation (调解不成)', () => {
    it("makes a failed people's mediation of the judicial office YELLOW, naming it", async () => {
      const party = adult();
      const id = await peopleMediation(party, 'FAILED');
      const result = await assessParty(party);
      expect(reasonsOf(result, 'failed-mediation')).toEqual([
        {
          rule: 'failed-mediation',
          level: RiskLevel.YELLOW,
          description: expect.stringContaining('人民调解不成'),
          source: { department: 'JUDICIAL_OFFICE', recordType: 'PEOPLE_MEDIATION_CASE', recordId: id },
        },
      ]);
      expect(result.level).toBe(RiskLevel.YELLOW);
    });

    it('makes a failed police mediation YELLOW, naming it', async () => {
      const party = adult();
      const id = await policeMediation(party, 'FAILED');
      const result = await assessParty(party);
      expect(reasonsOf(result, 'failed-mediation')).toEqual([
        {
          rule: 'failed-mediation',
          level: RiskLevel.YELLOW,
          description: expect.stringContaining('治安调解不成'),
          source: { department: 'POLICE', recordType: 'POLICE_MEDIATION', recordId: id },
        },
      ]);
    });

    it('raises nothing for settled or running mediations', async () => {
      const party = adult();
      await peopleMediation(party, 'SETTLED');
      await peopleMediation(party, 'IN_PROGRESS');
      await policeMediation(party, 'SETTLED');
      const result = await assessParty(party);
      expect(result.reasons).toEqual([]);
      expect(
        result.log
          .filter((e) => e.decision === 'GRANTED')
          .map((e) => e.recordType)
          .sort(),
      ).toEqual(['INCIDENT', 'PEOPLE_MEDIATION_CASE', 'PEOPLE_MEDIATION_CASE', 'POLICE_MEDIATION']);
    });
  });

  describe('vulnerable party', () => {
    it.each([
      ['a minor (10)', () => residentIdAged(10), '未成年'],
      ['a 17-year-old', () => residentIdAged(17, 300), '未成年'],
      ['an elderly party (75)', () => residentIdAged(75), '高龄'],
      ['a party who turned 70 today', () => residentIdAged(70), '高龄'],
    ])(
      'gives %s a care marker (关爱), by the birth date in the ID number, leaving the level BLUE',
      async (_label, id, word) => {
        const result = await assessParty(id());
        expect(reasonsOf(result, 'vulnerable-party-age')).toEqual([
          {
            rule: 'vulnerable-party-age',
            level: RiskLevel.BLUE,
            description: expect.stringContaining(word),
            source: null,
            care: true,
          },
        ]);
        expect(result.level).toBe(RiskLevel.BLUE);
      },
    );

    it.each([
      ['an 18-year-old', () => residentIdAged(18)],
      ['a 69-year-old', () => residentIdAged(69, -1)],
    ])('raises nothing for %s', async (_label, id) => {
      expect((await assessParty(id())).reasons).toEqual([]);
    });

    it('gives a party on subsistence allowance or extreme-poverty support a care marker (帮扶) naming the entitlement, never a level', async () => {
      for (const [programme, word] of [
        ['MINIMUM_LIVING_ALLOWANCE', '低保'],
        ['EXTREME_POVERTY_SUPPORT', '特困供养'],
      ]) {
        const party = adult();
        const id = await assistance(party, 'ACTIVE', programme);
        const result = await assessParty(party);
        expect(reasonsOf(result, 'vulnerable-party-assistance')).toEqual([
          {
            rule: 'vulnerable-party-assistance',
            level: RiskLevel.BLUE,
            description: expect.stringContaining(word),
            source: { department: 'CIVIL_AFFAIRS', recordType: 'SOCIAL_ASSISTANCE', recordId: id },
            care: true,
          },
        ]);
        expect(result.level).toBe(RiskLevel.BLUE);
      }
    });

    it('raises nothing for an ended entitlement', async () => {
      const party = adult();
      await assistance(party, 'ENDED');
      const result = await assessParty(party);
      expect(result.reasons).toEqual([]);
      expect(result.log.filter((e) => e.recordType === 'SOCIAL_ASSISTANCE' && e.decision === 'GRANTED')).toHaveLength(
        1,
      );
    });
  });

  describe('reading only as far as agreements allow', () => {
    it('logs every granted read for RISK_SCREENING with the case, the fields, the agreement and the persons the record names', async () => {
      const party = adult();
      const abuser = adult();
      const letter = await warningLetter(abuser, party, dateDaysAgo(30));
      const drafted = await draftCase({ parties: [{ residentId: party }] });
      const result = await assess(drafted);
      const police = await riskAgreementOf('POLICE');
      expect(result.log).toEqual([
        {
          department: 'POLICE',
          recordType: 'DV_WARNING_LETTER',
          recordId: letter,
          jointCaseId: drafted.jointCase.id,
          decision: 'GRANTED',
          purpose: 'RISK_SCREENING',
          agreementIds: [police.id],
          subjectHashes: [hash(abuser), hash(party)],
          fields: expect.objectContaining({
            issuedOn: 'MASKED',
            letterNumber: 'DENIED',
            victimName: 'DENIED',
            victimAddress: 'DENIED',
            facts: 'DENIED',
          }),
        },
      ]);
      // What the reason reveals of the letter is kept with it: the date as drawn (to the month), and whom it names.
      expect(result.provenance).toEqual({
        [`POLICE/DV_WARNING_LETTER/${letter}`]: {
          fields: { issuedOn: 'DATE_TO_YEAR_MONTH' },
          subjectHashes: [hash(abuser), hash(party)],
        },
      });
    });

    it('reads nothing and logs nothing for a case whose parties have no resident ID number', async () => {
      const drafted = await draftCase({ parties: [{ residentId: null }] });
      t.hub.sources.statements.reset();
      const result = await assess(drafted);
      expect(result).toMatchObject({ level: RiskLevel.BLUE, reasons: [], log: [] });
      expect(departmentStatements()).toBe(0);
    });

    it('drops every police reason when the police RISK_SCREENING agreement is suspended, logs the denials, and sends the police nothing', async () => {
      const party = adult();
      await warningLetter(adult(), party, dateDaysAgo(60));
      for (const days of [90, 60, 30]) await incident(party, daysAgo(days));
      await policeMediation(party, 'FAILED');
      const drafted = await draftCase({ parties: [{ residentId: party }] });
      const before = await assess(drafted);
      expect(rulesOf(before).sort()).toEqual(['dv-warning-letter', 'failed-mediation', 'repeated-call-outs']);
      expect(before.level).toBe(RiskLevel.RED);

      const { id } = await riskAgreementOf('POLICE');
      await changePolicy(
        `UPDATE agreement SET status = 'SUSPENDED' WHERE id = $1`,
        [id],
        (active) => !active.some((a) => a.id === id),
      );
      try {
        t.hub.sources.statements.reset();
        const after = await assess(drafted);
        expect(after.reasons).toEqual([]);
        expect(after.level).toBe(RiskLevel.BLUE);
        expect(after.unavailableSources).toEqual([]); // denied is not "unavailable"
        expect(t.hub.sources.statements.count('POLICE')).toBe(0);
        // One denial for the body, naming every kind refused and why.
        const denials = after.log.filter((e) => e.decision === 'DENIED');
        expect(denials).toHaveLength(1);
        const [denial] = denials;
        expect(denial).toMatchObject({
          department: 'POLICE',
          recordType: null,
          recordId: null,
          jointCaseId: drafted.jointCase.id,
          purpose: 'RISK_SCREENING',
          agreementIds: [],
          subjectHashes: [hash(party)],
        });
        expect([...denial.recordTypes!].sort()).toEqual(['DV_WARNING_LETTER', 'INCIDENT', 'POLICE_MEDIATION']);
        for (const kind of denial.recordTypes!) expect(denial.reason).toContain(kind);
        expect(after.log.filter((e) => e.decision === 'GRANTED' && e.department === 'POLICE')).toEqual([]);
      } finally {
        await changePolicy(`UPDATE agreement SET status = 'ACTIVE' WHERE id = $1`, [id], (active) =>
          active.some((a) => a.id === id),
        );
      }
      expect(rulesOf(await assess(drafted)).sort()).toEqual([
        'dv-warning-letter',
        'failed-mediation',
        'repeated-call-outs',
      ]);
    });

    it('uses only granted fields: an entitlement whose status the agreement does not grant raises nothing', async () => {
      const party = adult();
      await assistance(party, 'ACTIVE');
      const drafted = await draftCase({ parties: [{ residentId: party }] });
      expect(rulesOf(await assess(drafted))).toEqual(['vulnerable-party-assistance']);

      const { id, grants } = await riskAgreementOf('CIVIL_AFFAIRS');
      const programmeOnly = [{ recordType: 'SOCIAL_ASSISTANCE', fields: [{ field: 'programme', mask: 'NONE' }] }];
      const grantsStatus = (
        active: Awaited<ReturnType<PolicyDirectory['current']>>['activeAgreements'],
        wanted: boolean,
      ) => active.some((a) => a.id === id && JSON.stringify(a.grants).includes('"status"') === wanted);
      await changePolicy(
        `UPDATE agreement SET grants = $2 WHERE id = $1`,
        [id, JSON.stringify(programmeOnly)],
        (active) => grantsStatus(active, false),
      );
      try {
        const after = await assess(drafted);
        expect(after.reasons).toEqual([]);
        const [read] = after.log.filter((e) => e.recordType === 'SOCIAL_ASSISTANCE');
        expect(read).toMatchObject({
          decision: 'GRANTED',
          purpose: 'RISK_SCREENING',
          fields: expect.objectContaining({ programme: 'GRANTED', status: 'DENIED' }),
        });
      } finally {
        await changePolicy(`UPDATE agreement SET grants = $2 WHERE id = $1`, [id, JSON.stringify(grants)], (active) =>
          grantsStatus(active, true),
        );
      }
    });

    it("gives a body with no RISK_SCREENING agreement (a court mediator assessing) none of the history reasons, only the case's own", async () => {
      const party = residentIdAged(8);
      await warningLetter(adult(), party, dateDaysAgo(60));
      await assistance(party, 'ACTIVE');
      await peopleMediation(party, 'FAILED');
      const drafted = await draftCase({ parties: [{ residentId: party }], peopleInvolved: 6 });
      const centre = await assess(drafted);
      expect(rulesOf(centre).sort()).toEqual([
        'dv-warning-letter',
        'failed-mediation',
        'people-involved',
        'vulnerable-party-age',
        'vulnerable-party-assistance',
      ]);

      t.hub.sources.statements.reset();
      const court = await assess(
        drafted,
        context({ user: 'court-mediator', department: 'COURT', role: Role.MEDIATOR }),
      );
      expect(rulesOf(court).sort()).toEqual(['people-involved', 'vulnerable-party-age']);
      expect(court.level).toBe(RiskLevel.YELLOW);
      // The court reads only its own records (protection orders), of which the party has none.
      expect(departmentStatements()).toBe(1);
      expect(new Set(court.log.map((e) => `${e.decision}:${e.department}`))).toEqual(
        new Set([
          'DENIED:POLICE',
          'DENIED:JUDICIAL_OFFICE',
          'DENIED:CIVIL_AFFAIRS',
          'DENIED:SECURITY_COMMITTEE',
          'DENIED:PETITIONS',
          'DENIED:LABOUR',
        ]),
      );
    });

    it('gives an auditor of the centre none of the history reasons (the role is never granted)', async () => {
      const party = adult();
      await warningLetter(adult(), party, dateDaysAgo(60));
      const drafted = await draftCase({ parties: [{ residentId: party }] });
      expect((await assess(drafted, context({ role: Role.SUPERVISOR }))).level).toBe(RiskLevel.RED);
      const audited = await assess(drafted, context({ role: Role.AUDITOR }));
      expect(audited.reasons).toEqual([]);
      expect(audited.log.every((e) => e.decision === 'DENIED')).toBe(true);
    });

    it('reads nothing of the parties of a closed case', async () => {
      const party = adult();
      await warningLetter(adult(), party, dateDaysAgo(60));
      const open = await assess(await draftCase({ parties: [{ residentId: party }] }));
      expect(open.level).toBe(RiskLevel.RED);
      const closed = await assess(await draftCase({ parties: [{ residentId: party }], status: 'CLOSED' }));
      expect(closed.reasons).toEqual([]);
      expect(closed.log.filter((e) => e.decision === 'GRANTED')).toEqual([]);
    });
  });

  describe('a body that is down', () => {
    it('does not fail the assessment: the body is skipped and named in unavailableSources, the others still count', async () => {
      const party = adult();
      await assistance(party, 'ACTIVE');
      const letter = await warningLetter(adult(), party, dateDaysAgo(60));
      const drafted = await draftCase({ parties: [{ residentId: party }] });
      expect(rulesOf(await assess(drafted)).sort()).toEqual(['dv-warning-letter', 'vulnerable-party-assistance']);

      await t.databases.sql(
        'CIVIL_AFFAIRS',
        'ALTER TABLE assistance_entitlement RENAME TO assistance_entitlement_moved',
      );
      try {
        const result = await assess(drafted);
        expect(result.unavailableSources).toEqual(['CIVIL_AFFAIRS']);
        expect(result.reasons.map((r) => [r.rule, r.source?.recordId])).toEqual([['dv-warning-letter', letter]]);
        expect(result.level).toBe(RiskLevel.RED);
      } finally {
        await t.databases.sql(
          'CIVIL_AFFAIRS',
          'ALTER TABLE assistance_entitlement_moved RENAME TO assistance_entitlement',
        );
      }
    });
  });
});
