import { JointCaseService } from '../../src/cases/joint-case.service';
import { registeredDepartments } from '../../src/connectors/registered-departments';
import { DEMO_AGREEMENTS } from '../../src/demo/demo-agreements';
import { Role, startTestHub, type TestHub } from '../support/test-hub';

/**
 * Deny by default, for every body the hub serves and every kind of record it owns (so a body
 * added later is covered without touching this file): a linked record of another body is
 * refused, without a statement to its owner, to a body that takes part in the case but has no
 * agreement for that kind, and the case itself is invisible to a body that takes no part in it.
 */

interface Link {
  joint_case_id: string;
  record_id: string;
  lead_department: string | null;
  participating_departments: string[];
}
interface Body {
  data?: any;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

const WITHHELD = `query($id: ID!) { jointCase(id: $id) { linkedRecords(first: 100) {
  edges { node { department recordType recordId record { recordId } } } } withheldLinkedRecords { department count } } }`;
const CASE = `query($id: ID!) { jointCase(id: $id) { id caseNumber linkedRecords(first: 100) { edges { node { recordId record { recordId } } } } } }`;

const CODES = registeredDepartments.map((d) => d.code);
const hasDemoAgreement = (provider: string, consumer: string, recordType: string) =>
  DEMO_AGREEMENTS.some(
    (a) => a.provider === provider && a.consumer === consumer && a.grants.some((g) => g.recordType === recordType),
  );
const takesPart = (link: Link, code: string) =>
  link.lead_department === code || link.participating_departments.includes(code);

describe(JointCaseService.name, () => {
  let t: TestHub;

  beforeAll(async () => {
    t = await startTestHub();
  });
  afterAll(() => t.close());

  async function post(query: string, variables: Record<string, unknown>, department: string): Promise<Body> {
    const response = await fetch(t.hub.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await t.token(department, Role.MEDIATOR)}`,
        'x-purpose': 'JOINT_MEDIATION',
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Body;
  }

  /** Seeded links of one kind, in open cases, with who takes part in each case. */
  function linksOf(provider: string, recordType: string): Promise<Link[]> {
    return t.databases.sql<Link>(
      'hub',
      `SELECT l.joint_case_id, l.record_id, c.lead_department, c.participating_departments
         FROM joint_case_record_link l JOIN joint_case c ON c.id = l.joint_case_id
        WHERE l.department = $1 AND l.record_type = $2 AND c.status NOT IN ('CLOSED', 'WITHDRAWN')
        ORDER BY c.case_number, l.record_id`,
      [provider, recordType],
    );
  }

  describe.each(registeredDepartments.map((d) => [d.code, d] as const))('records of %s', (provider, definition) => {
    describe.each(definition.recordTypes.map((s) => [s.name]))('of kind %s', (recordType) => {
      it('are withheld from another body that takes part in the case but has no agreement for the kind — counted, never named — with no statement to the owner', async () => {
        const links = await linksOf(provider, recordType);
        const candidates = links.flatMap((link) =>
          CODES.filter((c) => c !== provider && takesPart(link, c) && !hasDemoAgreement(provider, c, recordType)).map(
            (consumer) => ({ link, consumer }),
          ),
        );
        if (candidates.length === 0) {
          // Say so rather than pass silently: every other body of every such case holds an agreement for the kind.
          const others = links.flatMap((l) => CODES.filter((c) => c !== provider && takesPart(l, c)));
          expect(others.every((c) => hasDemoAgreement(provider, c, recordType))).toBe(true);
          return;
        }
        const { link, consumer } = candidates[0];
        t.hub.sources.statements.reset();
        const body = await post(WITHHELD, { id: link.joint_case_id }, consumer);
        const listed = (
          body.data.jointCase.linkedRecords.edges as Array<{
            node: { department: string; recordType: string; recordId: string };
          }>
        ).map((e) => e.node);
        // The owner is asked only for the kinds the consumer is granted (all in one statement), never for the withheld one.
        expect(t.hub.sources.statements.count(provider)).toBe(listed.some((l) => l.department === provider) ? 1 : 0);
        expect(listed).not.toContainEqual(expect.objectContaining({ department: provider, recordType }));
        expect(body.data.jointCase.withheldLinkedRecords).toContainEqual({
          department: provider,
          count: expect.any(Number),
        });
        expect(JSON.stringify(body)).not.toContain(recordType);
      });

      it('are denied to a body outside the case, which does not see the case at all, with no statement to the owner', async () => {
        const links = await linksOf(provider, recordType);
        const candidates = links.flatMap((link) =>
          CODES.filter((c) => c !== provider && !takesPart(link, c)).map((outsider) => ({ link, outsider })),
        );
        if (candidates.length === 0) {
          // Say so rather than pass silently: every other body takes part in every such case.
          expect(links.every((l) => CODES.every((c) => c === provider || takesPart(l, c)))).toBe(true);
          return;
        }
        const { link, outsider } = candidates[0];
        t.hub.sources.statements.reset();
        const body = await post(CASE, { id: link.joint_case_id }, outsider);
        expect(t.hub.sources.statements.count(provider)).toBe(0);
        expect(body.data ?? null).toBeNull();
        expect(body.errors!.map((e) => e.extensions!.code)).toEqual(['NOT_FOUND_OR_NO_ACCESS']);
      });

      it('is linked to at least one open seeded case, so the checks above ran on real data', async () => {
        expect((await linksOf(provider, recordType)).length).toBeGreaterThan(0);
      });
    });
  });
});
