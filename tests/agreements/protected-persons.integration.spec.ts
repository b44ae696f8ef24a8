import { Mask } from '../../src/agreements/agreement.enums';
import type { FieldAccess } from '../../src/agreements/access-decision';
import { ProtectedPersonService } from '../../src/agreements/protected-person.service';
import { shapeGrantedRecord } from '../../src/agreements/record-shaper';
import { WithheldField } from '../../src/agreements/withheld-field';
import { isMinorByResidentId, maskName, maskResidentId } from '../../src/common/masks';
import { residentIdCheckCharacter } from '../../src/common/resident-id';
import { PoliceIncident } from '../../src/connectors/police/incident.type';
import { policeDepartment } from '../../src/connectors/police/police.connector';
import { hashResidentId } from '../../src/persons/resident-id-hash';
import { testCluster } from '../support/test-cluster';
import { Role, startTestHub, type TestHub } from '../support/test-hub';

const DRAFT = `mutation($input: DraftAgreementInput!) { draftAgreement(input: $input) { id status } }`;
const APPROVE = `mutation($id: ID!) { approveAgreement(id: $id) { id status } }`;
const MARK = `mutation($rid: String!) { markProtectedPerson(residentId: $rid, kind: DOMESTIC_VIOLENCE_VICTIM) }`;
const LIFT = `mutation($rid: String!) { liftProtection(residentId: $rid, kind: DOMESTIC_VIOLENCE_VICTIM) }`;
const CONTEXT = `query($id: ID!) { jointCase(id: $id) { linkedRecords(first: 100) { edges { node { recordType recordId
  record { ... on PoliceIncident { incidentNumber persons { role name residentId phone address } } } } } } } }`;

interface Person {
  role: string | null;
  name: string | null;
  residentId: string | null;
  phone: string | null;
  address: string | null;
}
interface GqlError {
  message: string;
  path?: Array<string | number>;
  extensions?: Record<string, unknown>;
}
interface Body {
  data?: any;
  errors?: GqlError[];
}

/** The police grant the court every contact detail of an incident's persons, unmasked. */
const CONTACTS_FOR_COURT = {
  title: '派出所向人民法庭提供警情当事人联系方式 (test)',
  provider: 'POLICE',
  consumer: 'COURT',
  purpose: 'JOINT_MEDIATION',
  scope: 'RECORDS_LINKED_TO_PARTICIPATING_CASE',
  consumerRoles: ['MEDIATOR', 'CHIEF'],
  grants: [
    {
      recordType: 'INCIDENT',
      fields: ['persons.name', 'persons.phone', 'persons.address', 'persons.residentId'].map((field) => ({
        field,
        mask: 'NONE',
      })),
    },
  ],
  validFrom: '2026-01-01T00:00:00Z',
  validUntil: '2030-01-01T00:00:00Z',
};

describe(ProtectedPersonService.name, () => {
  let t: TestHub;
  let caseId: string;
  let incidentId: string;
  /** Two adults of the incident, with phone and address on file at the police. */
  let protectedPerson: { residentId: string; phone: string; address: string };
  let otherPerson: { residentId: string; phone: string; address: string };

  async function gql(
    query: string,
    variables: Record<string, unknown>,
    department: string,
    role: Role = Role.MEDIATOR,
    headers: Record<string, string> = {},
  ): Promise<Body> {
    const response = await fetch(t.hub.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await t.token(department, role)}`,
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Body;
  }

  /** The incident as a body sees it through the case, with its edge index and the errors on it. */
  async function incidentAs(department: string): Promise<{ persons: Person[]; errors: GqlError[]; edge: number }> {
    const headers: Record<string, string> = department === 'POLICE' ? {} : { 'x-purpose': 'JOINT_MEDIATION' };
    const body = await gql(CONTEXT, { id: caseId }, department, Role.MEDIATOR, headers);
    const edges = body.data.jointCase.linkedRecords.edges as Array<{
      node: { recordType: string; recordId: string; record: { persons: Person[] } | null };
    }>;
    const edge = edges.findIndex((e) => e.node.recordType === 'INCIDENT' && e.node.recordId === incidentId);
    expect(edge).toBeGreaterThanOrEqual(0);
    expect(edges[edge].node.record).not.toBeNull();
    const errors = (body.errors ?? []).filter((e) => e.path?.[3] === edge);
    return { persons: edges[edge].node.record!.persons, errors, edge };
  }

  const personOf = (persons: Person[], residentId: string) => {
    const found = persons.filter((p) => p.residentId === residentId);
    expect(found).toHaveLength(1);
    return found[0];
  };

  async function protect(residentId: string): Promise<void> {
    const body = await gql(MARK, { rid: residentId }, 'WOMENS_FEDERATION');
    expect(body.errors).toBeUndefined();
    expect(body.data.markProtectedPerson).toBe(true);
  }

  async function lift(residentId: string): Promise<void> {
    const body = await gql(LIFT, { rid: residentId }, 'WOMENS_FEDERATION');
    expect(body.errors).toBeUndefined();
    expect(body.data.liftProtection).toBe(true);
  }

  beforeAll(async () => {
    t = await startTestHub();
    const links = await t.databases.sql<{ id: string; record_id: string }>(
      'hub',
      `SELECT c.id, l.record_id FROM joint_case c JOIN joint_case_record_link l ON l.joint_case_id = c.id AND l.department = 'POLICE' AND l.record_type = 'INCIDENT'
        WHERE ('COURT' = ANY(c.participating_departments) OR c.lead_department = 'COURT') AND c.status NOT IN ('CLOSED', 'WITHDRAWN')
        ORDER BY c.case_number, l.record_id`,
    );
    const persons = await t.databases.sql<{
      incident_id: string;
      id_card_no: string;
      phone_no: string | null;
      home_address: string | null;
    }>(
      'POLICE',
      `SELECT incident_report_id::text AS incident_id, id_card_no, phone_no, home_address FROM incident_person WHERE incident_report_id = ANY($1::bigint[]) ORDER BY id`,
      [links.map((l) => l.record_id)],
    );
    for (const link of links) {
      const adults = persons.filter(
        (p) => p.incident_id === link.record_id && p.phone_no && p.home_address && !isMinorByResidentId(p.id_card_no),
      );
      const distinct = [...new Map(adults.map((p) => [p.id_card_no, p])).values()];
      const all = persons.filter((p) => p.incident_id === link.record_id);
      if (distinct.length >= 2 && new Set(all.map((p) => p.id_card_no)).size === all.length) {
        caseId = link.id;
        incidentId = link.record_id;
        [protectedPerson, otherPerson] = distinct
          .slice(0, 2)
          .map((p) => ({ residentId: p.id_card_no, phone: p.phone_no!, address: p.home_address! }));
        break;
      }
    }
    expect(caseId).toBeDefined(); // the seed has such a case

    const drafted = await gql(DRAFT, { input: CONTACTS_FOR_COURT }, 'COURT', Role.CHIEF);
    expect(drafted.errors).toBeUndefined();
    const id = drafted.data.draftAgreement.id;
    expect((await gql(APPROVE, { id }, 'POLICE', Role.CHIEF)).data.approveAgreement.status).toBe('DRAFT');
    expect((await gql(APPROVE, { id }, 'COURT', Role.CHIEF)).data.approveAgreement.status).toBe('ACTIVE');
  });
  afterAll(() => t.close());

  it('shows a court mediator the phone and address of every person of the incident in full under the agreement', async () => {
    const { persons, errors } = await incidentAs('COURT');
    expect(errors).toEqual([]);
    for (const person of [protectedPerson, otherPerson]) {
      expect(personOf(persons, person.residentId)).toMatchObject({ phone: person.phone, address: person.address });
    }
  });

  it("hides a protected person's phone and address from the court on the very next request, saying why, and leaves the other person's", async () => {
    await protect(protectedPerson.residentId);
    try {
      const { persons, errors, edge } = await incidentAs('COURT');
      const index = persons.findIndex((p) => p.residentId === protectedPerson.residentId);
      expect(persons[index]).toMatchObject({ phone: null, address: null });
      expect(personOf(persons, otherPerson.residentId)).toMatchObject({
        phone: otherPerson.phone,
        address: otherPerson.address,
      });
      const onProtected = errors.filter((e) => e.path?.[7] === index);
      expect(onProtected.map((e) => e.path)).toEqual(
        expect.arrayContaining([
          ['jointCase', 'linkedRecords', 'edges', edge, 'node', 'record', 'persons', index, 'phone'],
          ['jointCase', 'linkedRecords', 'edges', edge, 'node', 'record', 'persons', index, 'address'],
        ]),
      );
      expect(onProtected).toHaveLength(2);
      for (const error of onProtected) {
        expect(error.message).toMatch(/protected/);
        expect(error.extensions).toMatchObject({
          code: 'FORBIDDEN_BY_AGREEMENT',
          department: 'POLICE',
          recordType: 'INCIDENT',
        });
      }
      expect(errors.filter((e) => e.path?.[7] !== index)).toEqual([]); // nothing about the other person is withheld
    } finally {
      await lift(protectedPerson.residentId);
    }
  });

  it('still shows the police, as owner, everything about the protected person', async () => {
    await protect(protectedPerson.residentId);
    try {
      const { persons, errors } = await incidentAs('POLICE');
      expect(errors).toEqual([]);
      expect(personOf(persons, protectedPerson.residentId)).toMatchObject({
        phone: protectedPerson.phone,
        address: protectedPerson.address,
      });
    } finally {
      await lift(protectedPerson.residentId);
    }
  });

  it("restores the court's view once the women's federation lifts its protection", async () => {
    await protect(protectedPerson.residentId);
    expect(personOf((await incidentAs('COURT')).persons, protectedPerson.residentId).phone).toBeNull();
    await lift(protectedPerson.residentId);
    const { persons, errors } = await incidentAs('COURT');
    expect(errors).toEqual([]);
    expect(personOf(persons, protectedPerson.residentId)).toMatchObject({
      phone: protectedPerson.phone,
      address: protectedPerson.address,
    });
  });

  it.each([
    ['a civil affairs mediator', 'CIVIL_AFFAIRS', Role.MEDIATOR],
    ['a civil affairs chief', 'CIVIL_AFFAIRS', Role.CHIEF],
    ["an administrator of the women's federation", 'WOMENS_FEDERATION', Role.ADMIN],
  ])('refuses a protection mark by %s with FORBIDDEN and changes nothing', async (_label, department, role) => {
    const body = await gql(MARK, { rid: protectedPerson.residentId }, department, role);
    expect(body.data ?? null).toBeNull();
    expect(body.errors!.map((e) => e.extensions!.code)).toEqual(['FORBIDDEN']);
    const rows = await t.databases.sql('hub', `SELECT 1 FROM protected_person WHERE lifted_at IS NULL`);
    expect(rows).toEqual([]);
    expect(personOf((await incidentAs('COURT')).persons, protectedPerson.residentId).phone).toBe(protectedPerson.phone);
  });

  it("audits marking and lifting as PROTECTION_CHANGE with the person's keyed hash, never the number", async () => {
    const before = await t.databases.sql<{ n: number }>(
      'hub',
      `SELECT count(*)::int AS n FROM audit_event WHERE kind = 'PROTECTION_CHANGE'`,
    );
    await protect(otherPerson.residentId);
    await lift(otherPerson.residentId);
    const rows = await t.databases.sql<{
      subject_hashes: string[];
      detail: Record<string, unknown>;
      actor_department: string;
      row: string;
    }>(
      'hub',
      `SELECT subject_hashes, detail, actor_department, row_to_json(e)::text AS row FROM audit_event e
        WHERE kind = 'PROTECTION_CHANGE' ORDER BY occurred_at, seq OFFSET $1`,
      [before[0].n],
    );
    const expectedHash = hashResidentId(Buffer.from(testCluster().personHashKey, 'base64'), otherPerson.residentId);
    expect(rows.map((r) => r.detail)).toEqual([
      { change: 'MARKED', kind: 'DOMESTIC_VIOLENCE_VICTIM' },
      { change: 'LIFTED', kind: 'DOMESTIC_VIOLENCE_VICTIM' },
    ]);
    for (const row of rows) {
      expect(row.actor_department).toBe('WOMENS_FEDERATION');
      expect(row.subject_hashes).toEqual([expectedHash]);
      expect(row.subject_hashes[0]).toMatch(/^[0-9a-f]{64}$/);
      expect(row.row).not.toContain(otherPerson.residentId);
    }
    const stored = await t.databases.sql<{ resident_id_hash: string }>(
      'hub',
      `SELECT resident_id_hash FROM protected_person WHERE resident_id_hash = $1`,
      [expectedHash],
    );
    expect(stored.length).toBeGreaterThan(0);
    const raw = await t.databases.sql('hub', `SELECT 1 FROM protected_person WHERE resident_id_hash = $1`, [
      otherPerson.residentId,
    ]);
    expect(raw).toEqual([]);
  });
});

describe(shapeGrantedRecord.name, () => {
  const source = policeDepartment.recordTypes.find((s) => s.name === 'INCIDENT')!;

  function residentIdBornOn(birth: Date, sequence: string): string {
    const ymd = birth.toISOString().slice(0, 10).replace(/-/g, '');
    const first17 = `330106${ymd}${sequence}`;
    return first17 + residentIdCheckCharacter(first17);
  }

  const today = new Date();
  const CHILD_ID = residentIdBornOn(
    new Date(Date.UTC(today.getUTCFullYear() - 10, today.getUTCMonth(), Math.min(today.getUTCDate(), 28))),
    '124',
  );
  const ADULT_ID = residentIdBornOn(new Date(Date.UTC(1985, 2, 15)), '457');

  function incident(): PoliceIncident {
    return Object.assign(new PoliceIncident(), {
      department: 'POLICE',
      recordType: 'INCIDENT',
      recordId: '42',
      incidentNumber: 'J330106202605150001',
      persons: [
        {
          role: 'VICTIM',
          name: '欧阳娜娜',
          residentId: CHILD_ID,
          phone: '13812345678',
          address: '杭州市西湖区北山街道曙光社区12幢3单元1201室',
        },
        {
          role: 'PARTY',
          name: '张伟强',
          residentId: ADULT_ID,
          phone: '13987654321',
          address: '杭州市西湖区西溪街道古荡湾社区28幢2单元1802室',
        },
      ],
    });
  }

  function granted(fields: Record<string, Mask>) {
    return {
      kind: 'GRANTED' as const,
      agreementIds: ['agreement-1'],
      fields: new Map<string, FieldAccess>(
        Object.entries(fields).map(([field, mask]) => [field, { mask, agreementId: 'agreement-1' }]),
      ),
    };
  }

  /** Why a shaped field is withheld (FORBIDDEN_BY_AGREEMENT when selected); fails for a shown field. */
  const withheldReason = (value: unknown): string => {
    expect(value).toBeInstanceOf(WithheldField);
    const { error } = value as WithheldField;
    expect(error.code).toBe('FORBIDDEN_BY_AGREEMENT');
    return error.message;
  };

  const shape = (fields: Record<string, Mask>) =>
    shapeGrantedRecord(incident(), {
      department: 'POLICE',
      source,
      decision: granted(fields),
      hashResidentId: (id) => id,
      protectionOf: () => new Set(),
    });

  it('builds a child ten years old and an adult (the fixture)', () => {
    expect(isMinorByResidentId(CHILD_ID)).toBe(true);
    expect(isMinorByResidentId(ADULT_ID)).toBe(false);
  });

  it.each([[Mask.NAME], [Mask.NONE]])(
    "shows a minor's name as surname + 某 while an adult's keeps its granted mask (%s)",
    (mask) => {
      const { record, fields } = shape({
        incidentNumber: Mask.NONE,
        'persons.name': mask,
        'persons.residentId': Mask.RESIDENT_ID,
      });
      const [child, adult] = (record as PoliceIncident).persons!;
      expect(child.name).toBe('欧阳某');
      expect(adult.name).toBe(mask === Mask.NAME ? maskName('张伟强') : '张伟强');
      expect(adult.name).toBe(mask === Mask.NAME ? '张**' : '张伟强');
      expect(child.residentId).toBe(maskResidentId(CHILD_ID));
      expect(fields['persons.name']).toBe('MASKED');
    },
  );

  it("withholds a minor's phone and address even when granted, saying the person is protected, and shows the adult's", () => {
    const { record, fields } = shape({
      'persons.name': Mask.NAME,
      'persons.phone': Mask.NONE,
      'persons.address': Mask.NONE,
    });
    const [child, adult] = (record as PoliceIncident).persons!;
    expect(withheldReason(child.phone)).toMatch(/protected/);
    expect(withheldReason(child.address)).toMatch(/protected/);
    expect(adult.phone).toBe('13987654321');
    expect(adult.address).toBe('杭州市西湖区西溪街道古荡湾社区28幢2单元1802室');
    expect(fields['persons.phone']).toBe('DENIED');
    // The ID number was not granted: read only to find the minor, it does not leave.
    expect(withheldReason(child.residentId)).toMatch(/No agreement grants the field persons.residentId/);
  });
});
