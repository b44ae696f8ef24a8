import { registeredDepartments } from '../../src/connectors/registered-departments';
import { PersonService } from '../../src/persons/person.service';
import { startTestHub, type TestHub } from '../support/test-hub';

const PERSON = `query($residentId: String!) { person(residentId: $residentId) { residentIdMasked
  departments { department records(first: 50) { totalCount edges { node { __typename department recordType recordId } } } } } }`;

interface PersonResult {
  person: {
    residentIdMasked: string;
    departments: Array<{
      department: string;
      records: {
        totalCount: number;
        edges: Array<{ node: { department: string; recordType: string; recordId: string } }>;
      } | null;
    }>;
  } | null;
}

interface PagedResult {
  person: {
    departments: Array<{
      department: string;
      records: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: Array<{ node: { recordType: string; recordId: string } }>;
      };
    }>;
  };
}

describe(PersonService.name, () => {
  let t: TestHub;
  let residentId: string;

  beforeAll(async () => {
    t = await startTestHub();
    // A party of the showcase family dispute: known to the police, the women's federation, civil affairs and the court.
    const [party] = await t.databases.sql<{ resident_id: string }>(
      'hub',
      `SELECT p.resident_id FROM joint_case_party p JOIN joint_case c ON c.id = p.joint_case_id
        WHERE c.category = 'FAMILY_MARRIAGE' AND p.role = 'APPLICANT' ORDER BY c.case_number LIMIT 1`,
    );
    residentId = party.resident_id;
  });
  afterAll(() => t.close());

  it("reads the caller's own body live and denies every other body with FORBIDDEN_BY_AGREEMENT", async () => {
    const { body } = await t.graphql<PersonResult>(PERSON, {
      token: await t.token('POLICE'),
      variables: { residentId },
    });
    const person = body.data!.person!;
    expect(person.residentIdMasked).toBe(`${residentId.slice(0, 6)}********${residentId.slice(14)}`);
    const police = person.departments.find((d) => d.department === 'POLICE')!;
    expect(police.records!.totalCount).toBeGreaterThan(0);
    for (const { node } of police.records!.edges) expect(node.department).toBe('POLICE');
    const others = person.departments.filter((d) => d.department !== 'POLICE');
    expect(others.length).toBe(registeredDepartments.length - 1);
    for (const other of others) expect(other.records).toBeNull();
    expect(body.errors!.map((e) => e.extensions!.department).sort()).toEqual(others.map((o) => o.department).sort());
    expect(body.errors!.every((e) => e.extensions!.code === 'FORBIDDEN_BY_AGREEMENT')).toBe(true);
    // One denial per body in the access report (and the audit), naming every kind it refused.
    const access = (
      body.extensions as {
        access: { records: Array<{ department: string; recordTypes?: string[]; decision: string; reason: string }> };
      }
    ).access;
    expect(access.records.map((r) => r.department).sort()).toEqual(others.map((o) => o.department).sort());
    for (const entry of access.records) {
      const kinds = t.hub.registry.get(entry.department).recordTypes.map((k) => k.name);
      expect(entry.decision).toBe('DENIED');
      expect(entry.recordTypes).toEqual(kinds);
      expect(entry.reason).toMatch(/purpose|agreement/);
    }
  });

  it("pages through a person's records at a body: the pages join up to the whole list, in the same order", async () => {
    const token = await t.token('POLICE');
    const pageQuery = `query($residentId: String!, $after: String) { person(residentId: $residentId) { departments { department
      records(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { recordType recordId } } } } } }`;
    const whole = (
      await t.graphql<PersonResult>(PERSON, { token, variables: { residentId } })
    ).body.data!.person!.departments.find((d) => d.department === 'POLICE')!.records!;
    expect(whole.totalCount).toBeGreaterThan(1);
    const paged: Array<{ recordType: string; recordId: string }> = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const { body }: { body: { data?: PagedResult | null } } = await t.graphql<PagedResult>(pageQuery, {
        token,
        variables: { residentId, after },
      });
      const records: PagedResult['person']['departments'][number]['records'] = body.data!.person.departments.find(
        (d) => d.department === 'POLICE',
      )!.records;
      expect(records.totalCount).toBe(whole.totalCount);
      paged.push(...records.edges.map((e) => e.node));
      if (!records.pageInfo.hasNextPage) break;
      after = records.pageInfo.endCursor;
    }
    expect(paged).toEqual(whole.edges.map((e) => ({ recordType: e.node.recordType, recordId: e.node.recordId })));
  });

  it("finds the same person's records at the court for a court user", async () => {
    const { body } = await t.graphql<PersonResult>(PERSON, {
      token: await t.token('COURT'),
      variables: { residentId },
    });
    const court = body.data!.person!.departments.find((d) => d.department === 'COURT')!;
    expect(court.records!.edges.map((e) => e.node.recordType)).toContain('CASE_FILING');
  });

  it('accepts a lower-case x as check character', async () => {
    const [withX] = await t.databases.sql<{ id_card_no: string }>(
      'COURT',
      `SELECT id_card_no FROM case_party WHERE id_card_no LIKE '%X' LIMIT 1`,
    );
    const { body } = await t.graphql<PersonResult>(PERSON, {
      token: await t.token('COURT'),
      variables: { residentId: withX.id_card_no.toLowerCase() },
    });
    expect(body.data!.person!.departments.find((d) => d.department === 'COURT')!.records!.totalCount).toBeGreaterThan(
      0,
    );
  });

  it('returns an empty list for a valid number no body knows', async () => {
    const { body } = await t.graphql<PersonResult>(PERSON, {
      token: await t.token('COURT'),
      variables: { residentId: '11010519491231002X' },
    });
    expect(body.data!.person!.departments.find((d) => d.department === 'COURT')!.records).toEqual({
      totalCount: 0,
      edges: [],
    });
  });

  it.each([
    ['a wrong check character', '110105194912310021', /wrong check character/],
    ['an impossible birth date', '110105194902300024', /impossible birth date/],
    ['the wrong shape', '12345', /17 digits/],
  ])('refuses a resident ID number with %s as BAD_USER_INPUT, asking no body', async (_label, value, reason) => {
    t.hub.sources.statements.reset();
    const { body } = await t.graphql<PersonResult>(PERSON, {
      token: await t.token('COURT'),
      variables: { residentId: value },
    });
    expect(body.data).toBeNull();
    expect(body.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'residentId' });
    expect(body.errors![0].message).toMatch(reason);
    expect(t.hub.sources.statements.count()).toBe(0);
  });
});
