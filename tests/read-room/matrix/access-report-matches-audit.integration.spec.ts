import { Purpose } from '../../../src/agreements/agreement.enums';
import { GOVERNANCE_CENTRE, Role } from '../../../src/auth/actor';
import { startTestHub, type TestHub } from '../../support/test-hub';
import { assessAsCentre, type CaseRow, isOpen, post, readSnapshot, type Snapshot } from './own-data-oracle';

/**
 * For a fixed set of requests — a case page as the court's mediator, a person view, the case
 * list as a participating body, the early warnings as the centre — the response's access
 * report (`extensions.access.records`) and the audit log agree both ways, correlated by the
 * request id the hub answers in `x-request-id`: each reported look has exactly one audit row of
 * that request, each audit row of the request is reported, and everything the response shows
 * from another body (or from the centre's own case data, to another body) is reported.
 */

interface ReportEntry {
  department: string;
  recordType: string | null;
  recordTypes?: string[];
  recordId: string | null;
  jointCaseId: string | null;
  purpose?: string;
  decision: 'GRANTED' | 'DENIED';
  reason?: string;
  agreementIds: string[];
  fields?: Record<string, string>;
}

interface AuditRow {
  kind: string;
  purpose: string | null;
  joint_case_id: string | null;
  provider: string | null;
  record_type: string | null;
  record_id: string | null;
  field_decisions: Record<string, string> | null;
  agreement_ids: string[];
  detail: { decision?: string; recordTypes?: string[] } | null;
}

interface Answer {
  requestId: string;
  caller: { department: string; role: Role; purpose: Purpose | null };
  body: {
    data?: any;
    errors?: unknown[];
    extensions?: { access?: { purpose: string | null; records: ReportEntry[] } };
  };
  rows: AuditRow[];
}

let hub: TestHub;
let snap: Snapshot;
let courtCase: CaseRow;
let residentId: string;
const answers = new Map<string, Answer>();

const sorted = (values: readonly string[] | null | undefined) => [...(values ?? [])].sort();
const sortedFields = (fields: Record<string, string> | null | undefined) =>
  JSON.stringify(Object.fromEntries(Object.entries(fields ?? {}).sort()));

/** One request as a caller, with its audit rows read by the request id the hub answered with. */
async function ask(
  label: string,
  caller: Answer['caller'],
  query: string,
  options: { variables?: Record<string, unknown>; jointCaseId?: string } = {},
): Promise<void> {
  const token = await hub.token(
    caller.department,
    caller.role,
    `${caller.department.toLowerCase()}-${caller.role.toLowerCase()}`,
  );
  const { requestId, body } = await post(hub, token, query, { ...options, purpose: caller.purpose });
  expect(requestId).toMatch(/^[\w.-]{8,64}$/);
  const rows = await hub.databases.sql<AuditRow>(
    'hub',
    `SELECT kind, purpose, joint_case_id, provider, record_type, record_id, field_decisions, agreement_ids::text[] AS agreement_ids, detail
       FROM audit_entry WHERE request_id = $1 AND kind = 'RECORD_READ' ORDER BY seq, entry_no`,
    [requestId],
  );
  answers.set(label, { requestId, caller, body, rows });
}

/**
 * Pairs report entries with audit rows one to one: an itemised entry with the row of the same
 * body, kind, record, case, decision, purpose, agreements and fields; a concealed denial (no
 * kind, no kinds) with a DENIED row of the same body and case. Returns what stays unpaired.
 */
function pair(answer: Answer): { unreported: AuditRow[]; unaudited: ReportEntry[] } {
  const report = answer.body.extensions?.access;
  const requestPurpose = report?.purpose ?? null;
  const left = [...answer.rows];
  const unaudited: ReportEntry[] = [];
  const entries = report?.records ?? [];
  const concealed = (e: ReportEntry) => e.recordType === null && !e.recordTypes;
  const take = (match: (row: AuditRow) => boolean) => {
    const i = left.findIndex(match);
    return i >= 0 ? left.splice(i, 1)[0] : undefined;
  };
  for (const entry of entries.filter((e) => !concealed(e))) {
    const row = take(
      (r) =>
        r.provider === entry.department &&
        r.record_type === entry.recordType &&
        r.record_id === entry.recordId &&
        r.joint_case_id === entry.jointCaseId &&
        r.detail?.decision === entry.decision &&
        JSON.stringify(sorted(r.detail?.recordTypes)) === JSON.stringify(sorted(entry.recordTypes)) &&
        r.purpose === (entry.purpose ?? requestPurpose) &&
        JSON.stringify(sorted(r.agreement_ids)) === JSON.stringify(sorted(entry.agreementIds)) &&
        (entry.decision === 'DENIED' || sortedFields(r.field_decisions) === sortedFields(entry.fields)),
    );
    if (!row) unaudited.push(entry);
  }
  for (const entry of entries.filter(concealed)) {
    const row = take(
      (r) =>
        r.provider === entry.department &&
        r.joint_case_id === entry.jointCaseId &&
        r.detail?.decision === 'DENIED' &&
        r.record_type !== null,
    );
    if (!row) unaudited.push(entry);
  }
  return { unreported: left, unaudited };
}

const reported = (answer: Answer) => answer.body.extensions?.access?.records ?? [];
const itemised = (answer: Answer, department: string, recordType: string, recordId: string, decision = 'GRANTED') =>
  reported(answer).some(
    (e) =>
      e.department === department && e.recordType === recordType && e.recordId === recordId && e.decision === decision,
  );
const concealedDenials = (answer: Answer, department: string) =>
  reported(answer).filter((e) => e.department === department && e.recordType === null && !e.recordTypes).length;

/** What a response shows of a case that the report must list: other bodies' records and reasons, and the centre's own data. */
function shownButUnreported(answer: Answer, jointCase: any): string[] {
  const caller = answer.caller.department;
  const missing: string[] = [];
  for (const edge of jointCase.linkedRecords?.edges ?? []) {
    const { department, recordType, recordId } = edge.node;
    if (department !== caller && !itemised(answer, department, recordType, recordId))
      missing.push(`link ${department}/${recordType}/${recordId}`);
    const record = edge.node.record;
    if (record && department !== caller && !itemised(answer, department, recordType, recordId))
      missing.push(`record ${department}/${recordType}/${recordId}`);
  }
  const concealedNeeded = new Map<string, number>();
  for (const { department, count } of jointCase.withheldLinkedRecords ?? [])
    concealedNeeded.set(department, (concealedNeeded.get(department) ?? 0) + count);
  for (const reason of jointCase.riskReasons ?? []) {
    if (reason.withheld && reason.department)
      concealedNeeded.set(reason.department, (concealedNeeded.get(reason.department) ?? 0) + 1);
    if (!reason.withheld && reason.source && reason.source.department !== caller) {
      const { department, recordType, recordId } = reason.source;
      if (!itemised(answer, department, recordType, recordId))
        missing.push(`reason source ${department}/${recordType}/${recordId}`);
    }
  }
  for (const [department, count] of concealedNeeded) {
    if (concealedDenials(answer, department) < 1 && count > 0)
      missing.push(`withheld ${department} (${count}) with no concealed denial`);
  }
  if (caller !== GOVERNANCE_CENTRE) {
    for (const party of jointCase.parties ?? [])
      if (!itemised(answer, GOVERNANCE_CENTRE, 'CASE_PARTY', party.id)) missing.push(`party ${party.id}`);
    if (jointCase.place !== undefined || jointCase.description !== undefined || jointCase.title !== undefined) {
      if (!itemised(answer, GOVERNANCE_CENTRE, 'JOINT_CASE', jointCase.id))
        missing.push(`case text of ${jointCase.id}`);
    }
  }
  return missing;
}

const CASE_FIELDS = `id title place description
  riskReasons { rule withheld department level description source { department recordType recordId } }
  parties { id name residentId mobile address }
  linkedRecords(first: 50) { edges { node { department recordType recordId record { department recordType recordId } } } }
  withheldLinkedRecords { department count }`;

beforeAll(async () => {
  hub = await startTestHub();
  const initial = await readSnapshot(hub);
  await assessAsCentre(hub, [...initial.cases.keys()].sort());
  snap = await readSnapshot(hub);

  // An open case the court takes part in, with police links (an agreement grants them) and
  // links of a body that grants the court nothing.
  const linksOf = (c: CaseRow) => snap.links.get(c.id) ?? [];
  // Preferably one with sessions and noted steps, so the case page shows the case's work text too.
  const withWork = new Set(
    (
      await hub.databases.sql<{ id: string }>(
        'hub',
        `SELECT joint_case_id AS id FROM joint_session INTERSECT SELECT joint_case_id FROM joint_case_history WHERE note IS NOT NULL`,
      )
    ).map((r) => r.id),
  );
  courtCase = [...snap.cases.values()]
    .filter(
      (c) =>
        isOpen(c) &&
        (c.lead_department === 'COURT' || c.participating_departments.includes('COURT')) &&
        linksOf(c).some((l) => l.department === 'POLICE') &&
        linksOf(c).some((l) => ['WOMENS_FEDERATION', 'CIVIL_AFFAIRS', 'SECURITY_COMMITTEE'].includes(l.department)) &&
        c.risk_reasons.length > 0,
    )
    .sort(
      (a, b) =>
        (withWork.has(b.id) ? 1 : 0) - (withWork.has(a.id) ? 1 : 0) || a.case_number.localeCompare(b.case_number),
    )[0];
  residentId = (snap.parties.get(courtCase.id) ?? []).find((p) => p.resident_id !== null)!.resident_id!;

  await ask(
    'case page as the court mediator',
    { department: 'COURT', role: Role.MEDIATOR, purpose: Purpose.JOINT_MEDIATION },
    `query($id: ID!) { jointCase(id: $id) { ${CASE_FIELDS} timeline { action note } sessions { place minutes outcome } } }`,
    {
      variables: { id: courtCase.id },
      jointCaseId: courtCase.id,
    },
  );
  await ask(
    'person view as the court mediator',
    { department: 'COURT', role: Role.MEDIATOR, purpose: Purpose.JOINT_MEDIATION },
    `query($rid: String!) { person(residentId: $rid) { departments { department records(first: 1) { totalCount edges { node { department recordType recordId } } } } } }`,
    { variables: { rid: residentId }, jointCaseId: courtCase.id },
  );
  // A person view that reads and counts another body's records: the women's federation looks
  // at a party of a domestic-violence case it takes part in, whose police records it is granted
  // (warning letters, by the parties' scope). The party with the most such records is chosen.
  const PERSON_QUERY = `query($rid: String!) { person(residentId: $rid) { departments { department records(first: 1) { totalCount edges { node { department recordType recordId } } } } } }`;
  const federation = { department: 'WOMENS_FEDERATION', role: Role.MEDIATOR, purpose: Purpose.JOINT_MEDIATION };
  const candidates = [...snap.cases.values()]
    .filter(
      (c) =>
        isOpen(c) &&
        c.participating_departments.includes('WOMENS_FEDERATION') &&
        c.risk_reasons.some((r) => r.rule === 'dv-warning-letter'),
    )
    .sort((a, b) => a.case_number.localeCompare(b.case_number))
    .flatMap((c) =>
      (snap.parties.get(c.id) ?? [])
        .filter((p) => p.resident_id !== null)
        .map((p) => ({ jointCaseId: c.id, residentId: p.resident_id! })),
    );
  const token = await hub.token(federation.department, federation.role);
  let best: { jointCaseId: string; residentId: string; count: number } | null = null;
  for (const candidate of candidates) {
    const probe = await post(hub, token, PERSON_QUERY, {
      variables: { rid: candidate.residentId },
      jointCaseId: candidate.jointCaseId,
      purpose: federation.purpose,
    });
    const count =
      probe.body.data?.person.departments.find((d: any) => d.department === 'POLICE')?.records?.totalCount ?? 0;
    if (count > (best?.count ?? 0)) best = { ...candidate, count };
  }
  // The police issue the person a second warning letter, so the view has a record beyond its page of one.
  await hub.databases.sql(
    'POLICE',
    `INSERT INTO dv_warning_letter (letter_no, issued_on, abuser_name, victim_name, victim_id_card_no) VALUES ('西公(家)告字〔2026〕900号', DATE '2026-03-02', '某甲', '某乙', $1)`,
    [best!.residentId],
  );
  await ask("person view as the women's federation", federation, PERSON_QUERY, {
    variables: { rid: best!.residentId },
    jointCaseId: best!.jointCaseId,
  });
  await ask(
    "case list as the women's federation",
    { department: 'WOMENS_FEDERATION', role: Role.MEDIATOR, purpose: Purpose.JOINT_MEDIATION },
    `{ jointCases(first: 20) { edges { node { ${CASE_FIELDS.replace('record { department recordType recordId }', '')} } } } }`,
  );
  await ask(
    'early warnings as the centre',
    { department: GOVERNANCE_CENTRE, role: Role.CLERK, purpose: null },
    `{ earlyWarnings(first: 20) { edges { node { ${CASE_FIELDS.replace('record { department recordType recordId }', '')} } } } }`,
  );
}, 120_000);

afterAll(async () => {
  await hub?.close();
});

const LABELS = [
  'case page as the court mediator',
  'person view as the court mediator',
  "person view as the women's federation",
  "case list as the women's federation",
  'early warnings as the centre',
];

describe('the access report of a response and the audit log of its request', () => {
  it.each(LABELS)('%s: every reported look has exactly one audit row, and every audit row is reported', (label) => {
    const answer = answers.get(label)!;
    // Withheld particulars answer FORBIDDEN_BY_AGREEMENT; nothing else goes wrong.
    expect(
      (answer.body.errors ?? []).map((e: any) => e.extensions?.code).filter((c) => c !== 'FORBIDDEN_BY_AGREEMENT'),
    ).toEqual([]);
    expect(reported(answer).length).toBeGreaterThan(0);
    expect(answer.rows.length).toBeGreaterThan(0);
    const { unreported, unaudited } = pair(answer);
    expect({ unreported, unaudited }).toEqual({ unreported: [], unaudited: [] });
    expect(answer.rows.length).toBe(reported(answer).length);
  });

  it.each(LABELS.filter((l) => !l.startsWith('person')))(
    "%s: everything shown from another body, or from the centre's case data, is reported",
    (label) => {
      const answer = answers.get(label)!;
      const data = answer.body.data;
      const cases: any[] = data.jointCase
        ? [data.jointCase]
        : data.jointCases
          ? data.jointCases.edges.map((e: any) => e.node)
          : data.earlyWarnings.edges.map((e: any) => e.node);
      expect(cases.length).toBeGreaterThan(0);
      expect(cases.flatMap((c) => shownButUnreported(answer, c).map((m) => `${c.id}: ${m}`))).toEqual([]);
    },
  );

  it.each(['person view as the court mediator', "person view as the women's federation"])(
    '%s: every record shown or counted at another body is reported, and each refused body is reported as denied',
    (label) => {
      const answer = answers.get(label)!;
      const departments: any[] = answer.body.data.person.departments;
      const missing: string[] = [];
      for (const at of departments) {
        if (at.department === answer.caller.department) continue;
        if (at.records === null) {
          if (!reported(answer).some((e) => e.department === at.department && e.decision === 'DENIED'))
            missing.push(`${at.department} refused but not reported`);
          continue;
        }
        for (const { node } of at.records.edges)
          if (!itemised(answer, node.department, node.recordType, node.recordId))
            missing.push(`${node.department}/${node.recordType}/${node.recordId}`);
        // A record counted in totalCount beyond the page is a look at its existence too.
        const granted = reported(answer).filter(
          (e) => e.department === at.department && e.decision === 'GRANTED' && e.recordId !== null,
        );
        if (granted.length < at.records.totalCount)
          missing.push(`${at.department}: ${at.records.totalCount} counted, ${granted.length} reported`);
      }
      expect(missing).toEqual([]);
    },
  );

  it("the person view read another body's records and counted more than its page", () => {
    const police = answers
      .get("person view as the women's federation")!
      .body.data.person.departments.find((d: any) => d.department === 'POLICE');
    expect(police.records.edges.length).toBe(1);
    expect(police.records.totalCount).toBeGreaterThan(1);
  });

  it("case page: the look at the case's text names every text field the court was shown or refused", () => {
    const answer = answers.get('case page as the court mediator')!;
    const page = answer.body.data.jointCase;
    const refused = new Set(
      ((answer.body.errors ?? []) as Array<{ path?: Array<string | number> }>).map((e) =>
        (e.path ?? [])
          .filter((p) => typeof p === 'string')
          .slice(1)
          .join('.'),
      ),
    );
    const texts: Array<[string, unknown]> = [
      ['title', page.title],
      ['place', page.place],
      ['description', page.description],
      ...page.timeline.map((t: any): [string, unknown] => ['timeline.note', t.note]),
      ...page.sessions.flatMap((x: any): Array<[string, unknown]> => [
        ['sessions.place', x.place],
        ['sessions.minutes', x.minutes],
        ['sessions.outcome', x.outcome],
      ]),
    ];
    const looked = texts.filter(([field, value]) => value !== null || refused.has(field)).map(([field]) => field);
    expect(looked).toEqual(expect.arrayContaining(['title', 'timeline.note', 'sessions.minutes']));
    const entry = reported(answer).find(
      (e) => e.department === GOVERNANCE_CENTRE && e.recordType === 'JOINT_CASE' && e.recordId === page.id,
    )!;
    expect(entry).toBeDefined();
    expect([...new Set(looked)].filter((field) => !(field in (entry.fields ?? {})))).toEqual([]);
  });

  it("exercised granted reads, concealed denials and the centre's own data on the way", () => {
    const all = LABELS.map((l) => answers.get(l)!);
    const entries = all.flatMap(reported);
    expect(entries.some((e) => e.decision === 'GRANTED' && e.department !== GOVERNANCE_CENTRE)).toBe(true);
    expect(entries.some((e) => e.decision === 'DENIED' && e.recordType === null && !e.recordTypes)).toBe(true);
    expect(entries.some((e) => e.department === GOVERNANCE_CENTRE && e.recordType === 'CASE_PARTY')).toBe(true);
    expect(entries.some((e) => e.department === GOVERNANCE_CENTRE && e.recordType === 'JOINT_CASE')).toBe(true);
    expect(new Set(all.map((a) => a.requestId)).size).toBe(all.length);
  });
});
