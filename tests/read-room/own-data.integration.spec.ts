import { residentIdCheckCharacter } from '../../src/common/resident-id';
import { hashResidentId } from '../../src/persons/resident-id-hash';
import { testCluster } from '../support/test-cluster';
import { Role, startTestHub, type TestHub } from '../support/test-hub';

/**
 * What the hub holds and derives itself leaves only through the read room: stored risk reasons,
 * parties' particulars, the case's place and description, link references — decided, shaped and
 * audited like the bodies' records. Each `describe` reproduces one way they used to leak.
 */

const DAY = 86_400_000;
let sequence = 700;
/** A resident ID number in an area code the demo seed never uses; `years` old today. */
function residentId(years: number, female = true): string {
  const birth = new Date(Date.now() - (years * 365.25 + 40) * DAY).toISOString().slice(0, 10).replace(/-/g, '');
  const seq = sequence++ * 2 + (female ? 0 : 1);
  const first17 = `330109${birth}${String(seq % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}
const hash = (id: string) => hashResidentId(Buffer.from(testCluster().personHashKey, 'base64'), id);

const CASE = `query($id: ID!) { jointCase(id: $id) {
  id riskLevel title place description
  riskReasons { rule withheld department level description source { department recordType recordId } }
  parties { role name residentId mobile address }
  linkedRecords(first: 50) { edges { node { department recordType recordId } } }
  withheldLinkedRecords { department count } } }`;

interface Reason {
  rule: string;
  withheld: boolean;
  department: string | null;
  level: string;
  description: string;
  source: { department: string; recordType: string; recordId: string } | null;
}
interface CaseView {
  id: string;
  riskLevel: string;
  title: string;
  place: string | null;
  description: string | null;
  riskReasons: Reason[];
  parties: Array<{
    role: string;
    name: string;
    residentId: string | null;
    mobile: string | null;
    address: string | null;
  } | null>;
  linkedRecords: { edges: Array<{ node: { department: string; recordType: string; recordId: string } }> };
  withheldLinkedRecords: Array<{ department: string; count: number }>;
}

describe('the read room: data the hub holds or derives', () => {
  let t: TestHub;
  const victim = residentId(34);
  const abuser = residentId(36, false);
  const child = residentId(9);
  const stranger = residentId(50, false);
  let caseId: string;
  let letterId: string;
  let incidentId: string;
  let strangerIncidentId: string;

  async function call<T>(
    query: string,
    options: {
      department: string;
      role?: Role;
      purpose?: string;
      caseId?: string;
      variables?: Record<string, unknown>;
    },
  ) {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      authorization: `Bearer ${await t.token(options.department, options.role ?? Role.MEDIATOR)}`,
    };
    if (options.purpose) headers['x-purpose'] = options.purpose;
    if (options.caseId) headers['x-joint-case-id'] = options.caseId;
    const response = await fetch(t.hub.url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables: options.variables ?? {} }),
    });
    return {
      status: response.status,
      requestId: response.headers.get('x-request-id')!,
      body: (await response.json()) as {
        data?: T;
        errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
        extensions?: { access?: { records: Array<Record<string, unknown>> } };
      },
    };
  }
  const readCase = (department: string, role: Role = Role.MEDIATOR, purpose?: string) =>
    call<{ jointCase: CaseView }>(CASE, { department, role, purpose, variables: { id: caseId } });

  async function auditOf(requestId: string) {
    return t.databases.sql<{
      kind: string;
      provider: string | null;
      record_type: string | null;
      record_id: string | null;
      purpose: string | null;
      subject_hashes: string[];
      actor_user: string;
      detail: Record<string, unknown>;
    }>(
      'hub',
      `SELECT kind, provider, record_type, record_id, purpose, subject_hashes, actor_user, detail FROM audit_entry WHERE request_id = $1 ORDER BY seq, entry_no`,
      [requestId],
    );
  }

  beforeAll(async () => {
    t = await startTestHub();
    // The police know the couple: a warning letter (abuser → victim) and a call-out at their home.
    [{ id: letterId }] = await t.databases.sql<{ id: string }>(
      'POLICE',
      `INSERT INTO dv_warning_letter (letter_no, issued_on, abuser_name, abuser_id_card_no, victim_name, victim_id_card_no, victim_address)
       VALUES ($1, $2, '钱大勇', $3, '孙小梅', $4, '杭州市西湖区北山街道曙光社区12幢3单元1201室') RETURNING id::text`,
      [`GJS-ROOM-${Date.now()}`, new Date(Date.now() - 300 * DAY).toISOString().slice(0, 10), abuser, victim],
    );
    [{ id: incidentId }] = await t.databases.sql<{ id: string }>(
      'POLICE',
      `INSERT INTO incident_report (jq_no, call_received_at, incident_address, incident_category, brief_facts)
       VALUES ($1, $2, '杭州市西湖区北山街道曙光社区12幢3单元1201室', 'FAMILY_DISPUTE', '孙小梅报警称被殴打，电话13812345678') RETURNING id::text`,
      [`JQ-ROOM-${Date.now()}`, new Date(Date.now() - 20 * DAY)],
    );
    await t.databases.sql(
      'POLICE',
      `INSERT INTO incident_person (incident_report_id, involvement, person_name, id_card_no) VALUES ($1, 'PARTY', '孙小梅', $2)`,
      [incidentId, victim],
    );
    // Another call-out, about people who are not parties.
    [{ id: strangerIncidentId }] = await t.databases.sql<{ id: string }>(
      'POLICE',
      `INSERT INTO incident_report (jq_no, call_received_at, incident_address, incident_category) VALUES ($1, $2, '杭州市西湖区某路1号', 'NEIGHBOUR_DISPUTE') RETURNING id::text`,
      [`JQ-OTHER-${Date.now()}`, new Date(Date.now() - 5 * DAY)],
    );
    await t.databases.sql(
      'POLICE',
      `INSERT INTO incident_person (incident_report_id, involvement, person_name, id_card_no) VALUES ($1, 'PARTY', '周路人', $2)`,
      [strangerIncidentId, stranger],
    );

    const opened = await call<{ openJointCase: { id: string } }>(
      `mutation($input: OpenJointCaseInput!) { openJointCase(input: $input) { id } }`,
      {
        department: 'GOVERNANCE_CENTRE',
        role: Role.CLERK,
        variables: {
          input: {
            title: '孙小梅与钱大勇婚姻家庭纠纷',
            category: 'DOMESTIC_VIOLENCE',
            description: '申请人住曙光社区12幢3单元1201室，联系电话13812345678，称长期遭受家暴',
            sourceChannel: 'WALK_IN',
            peopleInvolved: 3,
            occurredAt: new Date(Date.now() - DAY).toISOString(),
            place: '杭州市西湖区北山街道曙光社区12幢3单元1201室',
            parties: [
              {
                role: 'APPLICANT',
                name: '孙小梅',
                residentId: victim,
                mobile: '13812345678',
                address: '杭州市西湖区北山街道曙光社区12幢3单元1201室',
              },
              {
                role: 'RESPONDENT',
                name: '钱大勇',
                residentId: abuser,
                mobile: '13900001111',
                address: '杭州市西湖区北山街道曙光社区12幢3单元1201室',
              },
              {
                role: 'RELATED_PERSON',
                name: '钱小宝',
                residentId: child,
                mobile: '13700002222',
                address: '杭州市西湖区北山街道曙光社区12幢3单元1201室',
              },
            ],
          },
        },
      },
    );
    expect(opened.body.errors).toBeUndefined();
    caseId = opened.body.data!.openJointCase.id;
    const step = async (mutation: string, role: Role) => {
      const result = await call<{ r: { __typename: string } }>(mutation, {
        department: 'GOVERNANCE_CENTRE',
        role,
        variables: { id: caseId },
      });
      expect(result.body.errors).toBeUndefined();
      expect(result.body.data!.r.__typename).toBe('JointCase');
    };
    await step(`mutation($id: ID!) { r: assessJointCase(id: $id) { __typename } }`, Role.CLERK);
    await step(
      `mutation($id: ID!) { r: assignJointCase(id: $id, input: { leadDepartment: "JUDICIAL_OFFICE", participatingDepartments: ["COURT", "POLICE", "SECURITY_COMMITTEE"], handler: "司法所 王调解员" }) { __typename } }`,
      Role.CHIEF,
    );
    // The police link the call-out at the couple's home, which names the victim.
    const linked = await call(
      `mutation($id: ID!, $r: RecordReferenceInput!) { linkRecordToCase(id: $id, record: $r) { id } }`,
      {
        department: 'POLICE',
        variables: { id: caseId, r: { department: 'POLICE', recordType: 'INCIDENT', recordId: incidentId } },
      },
    );
    expect(linked.body.errors).toBeUndefined();
    await t.hub.riskWorker.idle();
  });

  afterAll(() => t.close());

  describe('risk reasons (finding 1)', () => {
    it('shows the centre its reasons in full and records each look at the cited records', async () => {
      const { body, requestId } = await readCase('GOVERNANCE_CENTRE', Role.CLERK);
      const letter = body.data!.jointCase.riskReasons.find((r) => r.source?.recordType === 'DV_WARNING_LETTER')!;
      expect(letter).toMatchObject({
        rule: 'dv-warning-letter',
        withheld: false,
        department: 'POLICE',
        level: 'RED',
        source: { recordId: letterId },
      });
      const audited = await auditOf(requestId);
      expect(audited).toContainEqual(
        expect.objectContaining({
          kind: 'RECORD_READ',
          provider: 'POLICE',
          record_type: 'DV_WARNING_LETTER',
          record_id: letterId,
          purpose: 'RISK_SCREENING',
        }),
      );
      // The persons the letter names are its subjects: the victim and the abuser, not the child.
      const look = audited.find((a) => a.record_id === letterId)!;
      expect([...look.subject_hashes].sort()).toEqual([hash(victim), hash(abuser)].sort());
    });

    it.each([Role.MEDIATOR, Role.ADMIN, Role.AUDITOR])(
      "withholds from the security committee's %s what police records reveal, keeping level and body, and audits the refusal",
      async (role) => {
        const { body, requestId } = await readCase('SECURITY_COMMITTEE', role, 'JOINT_MEDIATION');
        const fromPolice = body.data!.jointCase.riskReasons.filter((r) => r.department === 'POLICE');
        expect(fromPolice.length).toBeGreaterThan(0);
        for (const reason of fromPolice) {
          expect(reason).toMatchObject({ rule: 'withheld', withheld: true, source: null });
          expect(reason.description).not.toMatch(/告诫|报警|\d{4}-\d{2}/);
        }
        expect(body.data!.jointCase.riskLevel).toBe('RED');
        const audited = await auditOf(requestId);
        expect(
          audited.filter((a) => a.provider === 'POLICE' && a.detail.decision === 'DENIED').map((a) => a.record_id),
        ).toContain(letterId);
        // The caller's access report names the body only, not the kind or the record.
        for (const entry of body.extensions!.access!.records.filter((r) => r.department === 'POLICE')) {
          expect(entry).toMatchObject({ recordType: null, recordId: null, decision: 'DENIED' });
        }
      },
    );

    it("shows the police their own records' reasons in full (the owner)", async () => {
      const { body } = await readCase('POLICE');
      const letter = body.data!.jointCase.riskReasons.find((r) => r.rule === 'dv-warning-letter');
      expect(letter).toMatchObject({ withheld: false, source: { recordId: letterId } });
    });

    it("re-assesses after a participant's link as the centre, keeping the centre's findings", async () => {
      const { body } = await readCase('GOVERNANCE_CENTRE', Role.CLERK);
      expect(body.data!.jointCase.riskLevel).toBe('RED');
      expect(body.data!.jointCase.riskReasons.map((r) => r.rule)).toContain('dv-warning-letter');
      const screenings = await t.databases.sql<{ actor_user: string; actor_department: string }>(
        'hub',
        `SELECT DISTINCT actor_user, actor_department FROM audit_entry WHERE joint_case_id = $1 AND purpose = 'RISK_SCREENING' AND kind = 'RECORD_READ' AND actor_department <> 'GOVERNANCE_CENTRE'`,
        [caseId],
      );
      expect(screenings).toEqual([]);
      const [{ n }] = await t.databases.sql<{ n: number }>(
        'hub',
        `SELECT count(*)::int AS n FROM risk_assessment_request WHERE joint_case_id = $1`,
        [caseId],
      );
      expect(n).toBe(0);
    });
  });

  describe('parties, place and description (finding 2)', () => {
    beforeAll(async () => {
      const marked = await call(
        `mutation($id: String!) { markProtectedPerson(residentId: $id, kind: DOMESTIC_VIOLENCE_VICTIM) }`,
        { department: 'POLICE', variables: { id: victim } },
      );
      expect(marked.body.errors).toBeUndefined();
    });

    it("withholds a marked victim's mobile and address from every body but the centre and the police who marked her", async () => {
      for (const department of ['COURT', 'JUDICIAL_OFFICE', 'SECURITY_COMMITTEE']) {
        const { body } = await readCase(department);
        const [applicant] = body.data!.jointCase.parties;
        expect({ department, mobile: applicant!.mobile, address: applicant!.address }).toEqual({
          department,
          mobile: null,
          address: null,
        });
        expect(
          body.errors!.filter((e) => e.extensions?.code === 'FORBIDDEN_BY_AGREEMENT' && e.path?.includes('parties'))
            .length,
        ).toBeGreaterThanOrEqual(2);
      }
      const police = (await readCase('POLICE')).body.data!.jointCase.parties[0]!;
      expect(police.mobile).toBe('138****5678');
      const centre = (await readCase('GOVERNANCE_CENTRE', Role.CLERK)).body.data!.jointCase.parties[0]!;
      expect(centre).toMatchObject({ mobile: '13812345678', residentId: victim });
    });

    it("withholds the case's place and masks the room and phone in its description when a party is protected", async () => {
      const { body } = await readCase('COURT');
      expect(body.data!.jointCase.place).toBeNull();
      expect(body.data!.jointCase.description).not.toContain('1201');
      expect(body.data!.jointCase.description).not.toContain('13812345678');
      expect(body.data!.jointCase.description).toContain('家暴');
      const lead = (await readCase('JUDICIAL_OFFICE')).body.data!.jointCase;
      expect(lead.place).toBeNull();
      expect(lead.description).not.toContain('1201');
      const centre = (await readCase('GOVERNANCE_CENTRE', Role.CLERK)).body.data!.jointCase;
      expect(centre.place).toContain('1201室');
    });

    it('shows a minor as surname + 某 with the ID number masked, and no contact, to every body but the centre', async () => {
      for (const department of ['COURT', 'JUDICIAL_OFFICE']) {
        const child = (await readCase(department)).body.data!.jointCase.parties[2]!;
        expect(child).toEqual({
          role: 'RELATED_PERSON',
          name: '钱某',
          residentId: expect.stringMatching(/^330109\*{8}\d{3}[\dX]$/),
          mobile: null,
          address: null,
        });
      }
    });

    it("prints a minor as surname + 某 in another body's work ledger, in full only in the centre's", async () => {
      const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
      const from = `${today}T00:00:00+08:00`;
      const until = new Date(Date.parse(from) + DAY).toISOString();
      const ledger = async (department: string) => {
        const { body } = await call<{ exportWorkLedger: { contentBase64: string } }>(
          `mutation($from: DateTimeISO!, $until: DateTimeISO!) { exportWorkLedger(from: $from, until: $until, format: CSV) { contentBase64 } }`,
          { department, role: Role.CHIEF, variables: { from, until } },
        );
        expect(body.errors).toBeUndefined();
        return Buffer.from(body.data!.exportWorkLedger.contentBase64, 'base64').toString('utf8');
      };
      const court = await ledger('COURT');
      expect(court).toContain('钱某（关系人）');
      expect(court).not.toContain('钱小宝');
      expect(await ledger('GOVERNANCE_CENTRE')).toContain('钱小宝');
    });

    it('shows an auditor no ID number or contact and a masked name', async () => {
      const party = (await readCase('COURT', Role.AUDITOR)).body.data!.jointCase.parties[1]!;
      expect(party).toEqual({ role: 'RESPONDENT', name: '钱**', residentId: null, mobile: null, address: null });
    });

    it("withholds an incident's place when it names a protected person, even where an agreement grants the place", async () => {
      const { body } = await call<{
        jointCase: {
          linkedRecords: {
            edges: Array<{
              node: { recordId: string; record: { place: string | null; summary: string | null } | null };
            }>;
          };
        };
      }>(
        `query($id: ID!) { jointCase(id: $id) { linkedRecords { edges { node { recordId record { ... on PoliceIncident { place summary } } } } } } }`,
        { department: 'COURT', purpose: 'JOINT_MEDIATION', caseId: undefined, variables: { id: caseId } },
      );
      const incident = body.data!.jointCase.linkedRecords.edges.find((e) => e.node.recordId === incidentId)!.node
        .record!;
      expect(incident.place).toBeNull();
      expect(incident.summary).not.toContain('13812345678');
    });

    it('records every look by another body at the parties, naming each party as its subject', async () => {
      const { requestId } = await readCase('COURT');
      const looks = (await auditOf(requestId)).filter(
        (a) => a.provider === 'GOVERNANCE_CENTRE' && a.record_type === 'CASE_PARTY',
      );
      expect(looks.map((a) => a.subject_hashes[0]).sort()).toEqual([hash(victim), hash(abuser), hash(child)].sort());
    });
  });

  describe('linking (finding 3)', () => {
    const LINK = `mutation($id: ID!, $r: RecordReferenceInput!, $reason: String) { linkRecordToCase(id: $id, record: $r, reason: $reason) { id } }`;
    const link = (department: string, role: Role, record: Record<string, string>, reason?: string, id = caseId) =>
      call(LINK, { department, role, variables: { id, r: record, reason } });

    it('refuses an auditor or an administrator of the centre', async () => {
      for (const role of [Role.AUDITOR, Role.ADMIN]) {
        const { body } = await link(
          'GOVERNANCE_CENTRE',
          role,
          { department: 'POLICE', recordType: 'INCIDENT', recordId: strangerIncidentId },
          'test',
        );
        expect(body.errors![0].extensions!.code).toBe('FORBIDDEN');
      }
    });

    it('refuses a record of a body that takes no part in the case, linked by the centre', async () => {
      const { body } = await link(
        'GOVERNANCE_CENTRE',
        Role.CLERK,
        { department: 'CIVIL_AFFAIRS', recordType: 'SOCIAL_ASSISTANCE', recordId: '1' },
        'test',
      );
      expect(body.errors![0].extensions!.code).toBe('FORBIDDEN');
    });

    it('answers a record the owner does not hold as not found', async () => {
      const { body } = await link(
        'POLICE',
        Role.MEDIATOR,
        { department: 'POLICE', recordType: 'INCIDENT', recordId: '999999999' },
        'test',
      );
      expect(body.errors![0].extensions!.code).toBe('NOT_FOUND_OR_NO_ACCESS');
    });

    it('refuses a record that names no party unless a reason is given, then audits the link with its reason', async () => {
      const record = { department: 'POLICE', recordType: 'INCIDENT', recordId: strangerIncidentId };
      const refused = await link('POLICE', Role.MEDIATOR, record);
      expect(refused.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      const accepted = await link('POLICE', Role.MEDIATOR, record, '同一楼栋的相关警情');
      expect(accepted.body.errors).toBeUndefined();
      expect(await auditOf(accepted.requestId)).toContainEqual(
        expect.objectContaining({
          kind: 'LINK_CHANGE',
          detail: expect.objectContaining({
            change: 'LINKED',
            recordId: strangerIncidentId,
            namesParty: false,
            reason: '同一楼栋的相关警情',
          }),
        }),
      );
      const [history] = await t.databases.sql<{ note: string }>(
        'hub',
        `SELECT note FROM joint_case_history WHERE joint_case_id = $1 AND action = 'LINK' ORDER BY at DESC LIMIT 1`,
        [caseId],
      );
      expect(history.note).toBe('同一楼栋的相关警情');
      await t.hub.riskWorker.idle();

      const removed = await call(
        `mutation($id: ID!, $r: RecordReferenceInput!) { unlinkRecordFromCase(id: $id, record: $r, reason: "误关联") { id } }`,
        {
          department: 'POLICE',
          variables: { id: caseId, r: record },
        },
      );
      expect(removed.body.errors).toBeUndefined();
      expect(await auditOf(removed.requestId)).toContainEqual(
        expect.objectContaining({
          kind: 'LINK_CHANGE',
          detail: expect.objectContaining({ change: 'UNLINKED', reason: '误关联' }),
        }),
      );
    });

    it('refuses a link to a finished case', async () => {
      const [{ id }] = await t.databases.sql<{ id: string }>(
        'hub',
        `SELECT id FROM joint_case WHERE status = 'CLOSED' LIMIT 1`,
      );
      const { body } = await link(
        'GOVERNANCE_CENTRE',
        Role.CLERK,
        { department: 'POLICE', recordType: 'INCIDENT', recordId: strangerIncidentId },
        'test',
        id,
      );
      expect(body.errors![0].extensions!.code).toBe('INVALID_TRANSITION');
    });
  });

  describe('link references (finding 4)', () => {
    it('names to the court only the kinds an agreement grants it, and counts the rest by body', async () => {
      // The letter is linked too, by the centre: the court has no agreement for warning letters.
      const linked = await call(
        `mutation($id: ID!, $r: RecordReferenceInput!) { linkRecordToCase(id: $id, record: $r) { id } }`,
        {
          department: 'GOVERNANCE_CENTRE',
          role: Role.CLERK,
          variables: { id: caseId, r: { department: 'POLICE', recordType: 'DV_WARNING_LETTER', recordId: letterId } },
        },
      );
      expect(linked.body.errors).toBeUndefined();
      const { body } = await readCase('COURT', Role.MEDIATOR, 'JOINT_MEDIATION');
      const listed = body.data!.jointCase.linkedRecords.edges.map((e) => `${e.node.recordType}:${e.node.recordId}`);
      expect(listed).toContain(`INCIDENT:${incidentId}`);
      expect(listed).not.toContain(`DV_WARNING_LETTER:${letterId}`);
      expect(body.data!.jointCase.withheldLinkedRecords).toContainEqual({ department: 'POLICE', count: 1 });
      expect(JSON.stringify(body)).not.toContain('DV_WARNING_LETTER');
    });
  });

  describe('subjects (finding 5)', () => {
    it("keeps a read of a record naming only the victim out of the respondent's subject access report", async () => {
      await readCaseRecords('COURT');
      const report = async (id: string) =>
        (
          await call<{ subjectAccessReport: { entries: Array<{ recordType: string | null; provider: string }> } }>(
            `query($id: String!) { subjectAccessReport(residentId: $id) { entries { provider recordType } } }`,
            { department: 'GOVERNANCE_CENTRE', role: Role.CLERK, variables: { id } },
          )
        ).body;
      const abuserReport = await report(abuser);
      expect(abuserReport.errors).toBeUndefined();
      expect(
        abuserReport.data!.subjectAccessReport.entries.filter(
          (e) => e.provider === 'POLICE' && e.recordType === 'INCIDENT',
        ),
      ).toEqual([]);
      const victimReport = await report(victim);
      expect(
        victimReport.data!.subjectAccessReport.entries.some(
          (e) => e.provider === 'POLICE' && e.recordType === 'INCIDENT',
        ),
      ).toBe(true);
    });

    async function readCaseRecords(department: string) {
      const { body } = await call(
        `query($id: ID!) { jointCase(id: $id) { linkedRecords { edges { node { record { recordId } } } } } }`,
        {
          department,
          purpose: 'JOINT_MEDIATION',
          variables: { id: caseId },
        },
      );
      expect(body.data).toBeDefined();
    }
  });

  describe('the audit (finding 6)', () => {
    it('records a person view scoped by a case the body takes no part in, and refuses it', async () => {
      const { body, requestId } = await call(
        `query($id: String!) { person(residentId: $id) { departments { department records { totalCount } } } }`,
        {
          department: 'WOMENS_FEDERATION',
          purpose: 'JOINT_MEDIATION',
          caseId,
          variables: { id: victim },
        },
      );
      expect(body.errors!.some((e) => e.extensions?.code === 'NOT_FOUND_OR_NO_ACCESS')).toBe(true);
      const denied = (await auditOf(requestId)).filter((a) => a.detail.decision === 'DENIED');
      expect(denied.length).toBeGreaterThan(0);
      for (const row of denied) expect(row.subject_hashes).toEqual([hash(victim)]);
    });

    it('answers a cursor beyond any list as bad input, not as a body down', async () => {
      const after = Buffer.from('offset:99999999999999999999').toString('base64url');
      const { body } = await call(
        `query($id: String!, $after: String) { person(residentId: $id) { departments { department records(after: $after) { totalCount } } } }`,
        {
          department: 'POLICE',
          variables: { id: victim, after },
        },
      );
      const police = body.errors!.filter((e) => e.path?.includes('records'));
      expect(police.length).toBeGreaterThan(0);
      expect(police.every((e) => e.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
    });
  });
});
