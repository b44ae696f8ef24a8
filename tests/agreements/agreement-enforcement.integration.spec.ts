import { decideAccess } from '../../src/agreements/agreement-policy';
import { maskResidentId } from '../../src/common/masks';
import { startTestHub, type TestHub } from '../support/test-hub';

const CONTEXT = `query($id: ID!) { jointCase(id: $id) { linkedRecords(first: 100) { edges { node { department recordType recordId
  record { ... on PoliceIncident { incidentNumber calledAt place category persons { role name residentId phone } }
           ... on PoliceDomesticViolenceWarning { letterNumber } } } } }
  withheldLinkedRecords { department count reasons } } }`;

interface Incident {
  incidentNumber: string | null;
  calledAt: string | null;
  place: string | null;
  category: string | null;
  persons: Array<{ role: string; name: string; residentId: string; phone: string | null }> | null;
}
type Body = {
  data?: {
    jointCase: {
      linkedRecords: {
        edges: Array<{ node: { department: string; recordType: string; recordId: string; record: Incident | null } }>;
      };
      withheldLinkedRecords: Array<{ department: string; count: number; reasons: string[] }>;
    };
  } | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
  extensions?: {
    access?: {
      purpose: string;
      records: Array<{
        department: string;
        recordType: string;
        recordId: string;
        decision: string;
        agreementIds: string[];
        fields?: Record<string, string>;
        reason?: string;
      }>;
    };
  };
};

async function post(
  t: TestHub,
  token: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
  query = CONTEXT,
): Promise<{ status: number; body: Body }> {
  const response = await fetch(t.hub.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as Body };
}

describe(decideAccess.name, () => {
  let t: TestHub;
  let caseId: string;
  let incidentId: string;
  const asCourt = { 'x-purpose': 'JOINT_MEDIATION' };

  beforeAll(async () => {
    t = await startTestHub();
    const [row] = await t.databases.sql<{ id: string; record_id: string }>(
      'hub',
      `SELECT c.id, l.record_id FROM joint_case c JOIN joint_case_record_link l ON l.joint_case_id = c.id AND l.department = 'POLICE' AND l.record_type = 'INCIDENT'
        WHERE 'COURT' = ANY(c.participating_departments) ORDER BY c.case_number LIMIT 1`,
    );
    caseId = row.id;
    incidentId = row.record_id;
  });
  afterAll(() => t.close());

  async function ownerIncident(): Promise<Incident> {
    const { body } = await post(t, await t.token('POLICE'), { id: caseId });
    return body.data!.jointCase.linkedRecords.edges.find(
      (e) => e.node.recordId === incidentId && e.node.recordType === 'INCIDENT',
    )!.node.record!;
  }

  /** The incident as the caller got it: null when listed but not read, undefined when withheld from the list. */
  function incidentOf(body: Body): Incident | null | undefined {
    return body.data!.jointCase.linkedRecords.edges.find(
      (e) => e.node.recordId === incidentId && e.node.recordType === 'INCIDENT',
    )?.node.record;
  }

  /** Why the police links were withheld from the caller. */
  function withheldPolice(body: Body): string[] {
    return body.data!.jointCase.withheldLinkedRecords.find((w) => w.department === 'POLICE')?.reasons ?? [];
  }

  it('shows a court mediator the police fields granted, masked and denied as the agreement says', async () => {
    const owner = await ownerIncident();
    const { body } = await post(t, await t.token('COURT'), { id: caseId }, asCourt);
    const incident = incidentOf(body)!;
    expect(incident.incidentNumber).toBe(owner.incidentNumber); // granted as held
    expect(incident.category).toBe(owner.category);
    expect(incident.calledAt).toBe(owner.calledAt!.slice(0, 7)); // masked to year-month
    expect(incident.place).toMatch(/(社区|村)$/);
    expect(owner.place!.startsWith(incident.place!)).toBe(true);
    for (const [i, person] of incident.persons!.entries()) {
      expect(person.name).toMatch(/^.{1,2}\*+$/u);
      expect(person.residentId).toBe(maskResidentId(owner.persons![i].residentId));
      expect(person.phone).toBeNull(); // denied
    }
    const edge = body.data!.jointCase.linkedRecords.edges.findIndex(
      (e) => e.node.recordId === incidentId && e.node.recordType === 'INCIDENT',
    );
    const phoneErrors = body.errors!.filter((e) => e.extensions!.field === 'persons.phone' && e.path![3] === edge);
    expect(phoneErrors.length).toBe(incident.persons!.length);
    expect(phoneErrors[0].extensions).toMatchObject({
      code: 'FORBIDDEN_BY_AGREEMENT',
      department: 'POLICE',
      recordType: 'INCIDENT',
    });
  });

  it('says in extensions.access, per record, which fields were granted, masked or denied and under which agreement', async () => {
    const { body } = await post(t, await t.token('COURT'), { id: caseId }, asCourt);
    const [{ id: agreementId }] = await t.databases.sql<{ id: string }>(
      'hub',
      `SELECT id FROM agreement WHERE provider = 'POLICE' AND consumer = 'COURT'`,
    );
    const entry = body.extensions!.access!.records.find(
      (r) => r.recordType === 'INCIDENT' && r.recordId === incidentId,
    )!;
    expect(body.extensions!.access!.purpose).toBe('JOINT_MEDIATION');
    expect(entry).toMatchObject({ department: 'POLICE', decision: 'GRANTED', agreementIds: [agreementId] });
    expect(entry.fields).toMatchObject({
      incidentNumber: 'GRANTED',
      calledAt: 'MASKED',
      'persons.name': 'MASKED',
      'persons.phone': 'DENIED',
      handlingOfficer: 'DENIED',
    });
  });

  it("never selects a field no agreement grants from the owner's database", async () => {
    await t.databases.sql('POLICE', 'ALTER TABLE incident_person RENAME COLUMN phone_no TO phone_no_moved');
    try {
      const { body } = await post(t, await t.token('COURT'), { id: caseId }, asCourt);
      expect(incidentOf(body)!.incidentNumber).toEqual(expect.any(String)); // the court's read did not touch the column
      const owner = await post(t, await t.token('POLICE'), { id: caseId });
      expect(owner.body.errors!.some((e) => e.extensions!.code === 'SOURCE_UNAVAILABLE')).toBe(true); // the owner's full read does
    } finally {
      await t.databases.sql('POLICE', 'ALTER TABLE incident_person RENAME COLUMN phone_no_moved TO phone_no');
    }
  });

  it('denies a record kind the agreement does not name, saying why', async () => {
    const [dv] = await t.databases.sql<{ id: string }>(
      'hub',
      `SELECT c.id FROM joint_case c JOIN joint_case_record_link l ON l.joint_case_id = c.id AND l.record_type = 'DV_WARNING_LETTER' WHERE 'COURT' = ANY(c.participating_departments) LIMIT 1`,
    );
    const { body } = await post(t, await t.token('COURT'), { id: dv.id }, asCourt);
    // Withheld from the list, the reason naming no kind: the court may not learn a warning letter exists.
    expect(body.data!.jointCase.linkedRecords.edges.map((e) => e.node.recordType)).not.toContain('DV_WARNING_LETTER');
    expect(withheldPolice(body)).toEqual([
      'No agreement grants the caller these records for this purpose, role and case',
    ]);
    expect(JSON.stringify(body)).not.toContain('DV_WARNING_LETTER');
  });

  it.each([
    ['no purpose', {}, /states no purpose/],
    // The refusal names no agreement: its title would tell the kind of the withheld record.
    [
      'another purpose',
      { 'x-purpose': 'STATISTICS' },
      /^No agreement grants the caller these records for this purpose, role and case$/,
    ],
  ])('denies the police records when the request states %s', async (_label, headers, reason) => {
    const { body } = await post(t, await t.token('COURT'), { id: caseId }, headers);
    expect(incidentOf(body)).toBeUndefined();
    expect(withheldPolice(body).some((r) => reason.test(r))).toBe(true);
  });

  it.each([['ADMIN'], ['AUDITOR']])("never grants another body's records to the %s role", async (role) => {
    const { body } = await post(t, await t.token('COURT', role as never), { id: caseId }, asCourt);
    expect(incidentOf(body)).toBeUndefined();
    expect(withheldPolice(body).some((r) => new RegExp(`${role} role never receives`).test(r))).toBe(true);
  });

  it('grants a clerk as well as a mediator, as the agreement lists both', async () => {
    const { body } = await post(t, await t.token('COURT', 'CLERK' as never), { id: caseId }, asCourt);
    expect(incidentOf(body)!.incidentNumber).toEqual(expect.any(String));
  });

  it('stops granting once the joint case is closed', async () => {
    await t.databases.sql('hub', `UPDATE joint_case SET status = 'CLOSED' WHERE id = $1`, [caseId]);
    try {
      const { body } = await post(t, await t.token('COURT'), { id: caseId }, asCourt);
      expect(incidentOf(body)).toBeUndefined();
      expect(withheldPolice(body).some((r) => /closed/.test(r))).toBe(true);
    } finally {
      await t.databases.sql('hub', `UPDATE joint_case SET status = 'INTAKE' WHERE id = $1`, [caseId]);
    }
  });

  it("commits an audit record for every look at another body's records before answering, with hashed subjects only", async () => {
    const requestId = `audit-probe-${Date.now().toString(36)}`;
    await post(t, await t.token('COURT'), { id: caseId }, { ...asCourt, 'x-request-id': requestId });
    const rows = await t.databases.sql<{
      provider: string;
      record_type: string;
      record_id: string;
      field_decisions: Record<string, string> | null;
      subject_hashes: string[];
      purpose: string;
      joint_case_id: string;
    }>(
      'hub',
      'SELECT provider, record_type, record_id, field_decisions, subject_hashes, purpose, joint_case_id FROM audit_entry WHERE request_id = $1',
      [requestId],
    );
    const incident = rows.find((r) => r.record_type === 'INCIDENT' && r.record_id === incidentId)!;
    expect(incident).toMatchObject({ provider: 'POLICE', purpose: 'JOINT_MEDIATION', joint_case_id: caseId });
    expect(incident.field_decisions).toMatchObject({ incidentNumber: 'GRANTED', 'persons.phone': 'DENIED' });
    expect(rows.some((r) => r.provider !== 'POLICE' && r.field_decisions === null)).toBe(true); // denied kinds are audited too
    const ids = await t.databases.sql<{ resident_id: string }>(
      'hub',
      'SELECT resident_id FROM joint_case_party WHERE joint_case_id = $1',
      [caseId],
    );
    // The subjects of a read are the persons the record names; a withheld reference read nothing, so names none.
    expect(incident.subject_hashes.length).toBeGreaterThan(0);
    for (const row of rows) {
      for (const hash of row.subject_hashes) {
        expect(hash).toMatch(/^[0-9a-f]{64}$/);
        expect(ids.map((i) => i.resident_id)).not.toContain(hash);
      }
    }
  });

  it('returns no department data when the audit log cannot be written', async () => {
    await t.databases.sql('hub', 'REVOKE INSERT ON audit_event FROM hub_app');
    try {
      const { status, body } = await post(t, await t.token('COURT'), { id: caseId }, asCourt);
      expect(status).toBe(503);
      expect(body.data ?? null).toBeNull();
      expect(body.errors).toEqual([{ message: expect.any(String), extensions: { code: 'AUDIT_UNAVAILABLE' } }]);
      expect(JSON.stringify(body)).not.toMatch(/J\d{6}|incidentNumber/);
    } finally {
      await t.databases.sql('hub', 'GRANT INSERT ON audit_event TO hub_app');
    }
    const { body } = await post(t, await t.token('COURT'), { id: caseId }, asCourt);
    expect(incidentOf(body)!.incidentNumber).toEqual(expect.any(String));
  });
});
