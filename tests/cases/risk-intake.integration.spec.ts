import { residentIdCheckCharacter } from '../../src/common/resident-id';
import { Role, startTestHub, type TestHub } from '../support/test-hub';

/**
 * Risk and early warning end to end: the governance centre takes a case in (openJointCase),
 * the risk is assessed at once from the parties' history at the other bodies, read live under
 * the demo RISK_SCREENING agreements, stored on the case with its reasons and their sources,
 * and every read is in the response's access extension and in the audit log.
 */

const OPEN = `mutation($input: OpenJointCaseInput!) { openJointCase(input: $input) {
  id riskLevel assessedAt riskReasons { rule level description source { department recordType recordId } sources { recordId } } } }`;
const READ = `query($id: ID!) { jointCase(id: $id) { riskLevel riskReasons { rule level source { recordId } } } }`;

interface Reason {
  rule: string;
  level: string;
  description: string;
  source: { department: string; recordType: string; recordId: string } | null;
  sources: Array<{ recordId: string }> | null;
}
interface Opened {
  openJointCase: { id: string; riskLevel: string; assessedAt: string | null; riskReasons: Reason[] };
}
interface AccessExtension {
  records: Array<{
    department: string;
    recordType: string;
    recordId: string | null;
    purpose?: string;
    decision: string;
    jointCaseId: string | null;
  }>;
}

const DAY = 24 * 60 * 60 * 1000;
let sequence = 500;
/** A 40-year-old in an area code the demo seed never uses. */
function residentId(): string {
  const birth = new Date(Date.now() - (40 * 365 + 30) * DAY).toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `330108${birth}${String(sequence++).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

describe('openJointCase risk assessment', () => {
  let t: TestHub;

  beforeAll(async () => {
    t = await startTestHub();
  });
  afterAll(() => t.close());

  async function open(partyId: string, extra: Record<string, unknown> = {}) {
    const response = await fetch(t.hub.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await t.token('GOVERNANCE_CENTRE', Role.CLERK)}`,
      },
      body: JSON.stringify({
        query: OPEN,
        variables: {
          input: {
            title: '邻里噪音纠纷',
            category: 'NEIGHBOUR',
            description: '楼上楼下噪音纠纷，多次报警',
            sourceChannel: 'WALK_IN',
            peopleInvolved: 2,
            occurredAt: new Date(Date.now() - DAY).toISOString(),
            parties: [
              { role: 'APPLICANT', name: '赵一鸣', residentId: partyId },
              { role: 'RESPONDENT', name: '钱二丰', residentId: residentId() },
            ],
            ...extra,
          },
        },
      }),
    });
    return (await response.json()) as { data?: Opened; errors?: unknown[]; extensions?: { access?: AccessExtension } };
  }

  it('stores the level and reasons drawn from police history, naming the records, and audits the RISK_SCREENING reads', async () => {
    const party = residentId();
    const incidents: string[] = [];
    for (const days of [200, 40]) {
      const [{ id }] = await t.databases.sql<{ id: string }>(
        'POLICE',
        `INSERT INTO incident_report (jq_no, call_received_at, incident_address, incident_category) VALUES ($1, $2, '杭州市滨江区测试社区5幢', 'NEIGHBOUR_DISPUTE') RETURNING id::text`,
        [`JQ-INTAKE-${days}-${Date.now()}`, new Date(Date.now() - days * DAY)],
      );
      await t.databases.sql(
        'POLICE',
        `INSERT INTO incident_person (incident_report_id, involvement, person_name, id_card_no) VALUES ($1, 'PARTY', '赵一鸣', $2)`,
        [id, party],
      );
      incidents.push(id);
    }
    const [{ id: letter }] = await t.databases.sql<{ id: string }>(
      'POLICE',
      `INSERT INTO dv_warning_letter (letter_no, issued_on, abuser_name, abuser_id_card_no, victim_name) VALUES ($1, $2, '赵一鸣', $3, '孙三') RETURNING id::text`,
      [`GJS-INTAKE-${Date.now()}`, new Date(Date.now() - 300 * DAY).toISOString().slice(0, 10), party],
    );

    const body = await open(party);
    expect(body.errors).toBeUndefined();
    const opened = body.data!.openJointCase;
    expect(opened.riskLevel).toBe('RED');
    expect(opened.assessedAt).not.toBeNull();
    expect(opened.riskReasons.map((r) => [r.rule, r.level]).sort()).toEqual([
      ['dv-warning-letter', 'RED'],
      ['repeated-call-outs', 'YELLOW'],
    ]);
    const callOuts = opened.riskReasons.find((r) => r.rule === 'repeated-call-outs')!;
    expect(callOuts.source).toEqual({ department: 'POLICE', recordType: 'INCIDENT', recordId: incidents[1] });
    expect(callOuts.sources!.map((s) => s.recordId)).toEqual([incidents[1], incidents[0]]);
    expect(opened.riskReasons.find((r) => r.rule === 'dv-warning-letter')!.source).toEqual({
      department: 'POLICE',
      recordType: 'DV_WARNING_LETTER',
      recordId: letter,
    });

    const reads = body.extensions!.access!.records.filter((r) => r.decision === 'GRANTED');
    expect(reads.map((r) => `${r.recordType}:${r.recordId}`).sort()).toEqual(
      [`DV_WARNING_LETTER:${letter}`, ...incidents.map((i) => `INCIDENT:${i}`)].sort(),
    );
    for (const read of reads)
      expect(read).toMatchObject({ department: 'POLICE', purpose: 'RISK_SCREENING', jointCaseId: opened.id });

    const audited = await t.databases.sql<{ record_id: string; purpose: string }>(
      'hub',
      `SELECT record_id, purpose FROM audit_entry WHERE joint_case_id = $1 AND kind = 'RECORD_READ' AND provider = 'POLICE' ORDER BY record_id`,
      [opened.id],
    );
    expect(audited.map((a) => a.purpose)).toEqual(['RISK_SCREENING', 'RISK_SCREENING', 'RISK_SCREENING']);
    expect(audited.map((a) => a.record_id).sort()).toEqual([letter, ...incidents].sort());
    // Stored on the case: read back in a later request.
    const again = await t.graphql<{ jointCase: { riskLevel: string; riskReasons: Array<{ rule: string }> } }>(READ, {
      token: await t.token('GOVERNANCE_CENTRE', Role.CLERK),
      variables: { id: opened.id },
    });
    expect(again.body.data!.jointCase.riskLevel).toBe('RED');
    expect(again.body.data!.jointCase.riskReasons.map((r) => r.rule).sort()).toEqual([
      'dv-warning-letter',
      'repeated-call-outs',
    ]);
    // Showing the reasons again is a look at the records they cite, audited again.
    const [{ n }] = await t.databases.sql<{ n: number }>(
      'hub',
      `SELECT count(*)::int AS n FROM audit_entry WHERE joint_case_id = $1 AND kind = 'RECORD_READ' AND provider = 'POLICE' AND purpose = 'RISK_SCREENING'`,
      [opened.id],
    );
    expect(n).toBe(6);
  });

  it('gives a case whose parties no body knows BLUE and no reasons, with no reads', async () => {
    const body = await open(residentId());
    expect(body.errors).toBeUndefined();
    expect(body.data!.openJointCase).toMatchObject({ riskLevel: 'BLUE', riskReasons: [] });
    expect((body.extensions?.access?.records ?? []).filter((r) => r.decision === 'GRANTED')).toEqual([]);
  });

  it('raises the level one step for an urgent case', async () => {
    const body = await open(residentId(), { urgency: 'URGENT', peopleInvolved: 12 });
    expect(body.errors).toBeUndefined();
    expect(body.data!.openJointCase.riskLevel).toBe('RED');
    expect(body.data!.openJointCase.riskReasons.map((r) => [r.rule, r.level])).toEqual([
      ['people-involved', 'ORANGE'],
      ['urgency', 'RED'],
    ]);
  });
});
