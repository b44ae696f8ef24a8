import { generateKeyPair } from 'jose';
import { verifyAuditLog } from '../../src/audit/audit-verifier';
import type { HubOptions } from '../../src/server/hub';
import { isMinorByResidentId } from '../../src/common/masks';
import { withClient } from '../../src/runtime/provisioning';
import { type OptionsHub, Role, startHubWith } from '../security/hub-with-options';
import { testCluster } from '../support/test-cluster';
import { createTestDatabases, TEST_AUDIENCE, TEST_ISSUER, type TestDatabases } from '../support/test-hub';

const DRAFT = `mutation($input: DraftAgreementInput!) { draftAgreement(input: $input) { id status } }`;
const APPROVE = `mutation($id: ID!) { approveAgreement(id: $id) { id status } }`;
const REVOKE = `mutation($id: ID!) { revokeAgreement(id: $id, reason: "终止合作") { id status } }`;
const MARK = `mutation($rid: String!) { markProtectedPerson(residentId: $rid, kind: DOMESTIC_VIOLENCE_VICTIM) }`;
const LIFT = `mutation($rid: String!) { liftProtection(residentId: $rid, kind: DOMESTIC_VIOLENCE_VICTIM) }`;
const INCIDENT = `query($id: ID!) { jointCase(id: $id) { linkedRecords(first: 100) { edges { node { recordType recordId
  record { ... on PoliceIncident { persons { residentId address } } } } } } } }`;
/** Costs 1 + 100 × 4 = 401 (see query-limits.ts) and reads only the hub database. */
const CASE_LIST = '{ jointCases(first: 100) { edges { node { id caseNumber } } } }';
const CASE_LIST_COST = 401;
/** Five case lists in one request: 2,005, more than the budget refills in five seconds. */
const FIVE_CASE_LISTS = `{ ${[1, 2, 3, 4, 5].map((n) => `l${n}: jointCases(first: 100) { edges { node { id caseNumber } } }`).join(' ')} }`;
/** Every user's budget a minute: enough for the reads below, about 50 case lists. */
const USER_BUDGET = 20_000;

/** The police share the incident's persons' addresses with the court, unmasked. */
const ADDRESSES_FOR_COURT = {
  title: '派出所向人民法庭提供警情当事人住址 (two replicas)',
  provider: 'POLICE',
  consumer: 'COURT',
  purpose: 'JOINT_MEDIATION',
  scope: 'RECORDS_LINKED_TO_PARTICIPATING_CASE',
  consumerRoles: ['MEDIATOR', 'CHIEF'],
  grants: [
    {
      recordType: 'INCIDENT',
      fields: ['persons.residentId', 'persons.address'].map((field) => ({ field, mask: 'NONE' })),
    },
  ],
  validFrom: '2026-01-01T00:00:00Z',
  validUntil: '2030-01-01T00:00:00Z',
};

interface Body {
  data?: any;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

/**
 * Two hub processes' worth of hubs (two startHub instances, each with its own pools, policy
 * listener, audit chain and fair-use store) over one hub database, configured alike, as
 * replicas behind a load balancer are: the same JWT keys and person-hash key from settings.
 * Every change goes through one replica and is checked on the other's very next request.
 */
describe('two hub replicas on one hub database', () => {
  let dbs: TestDatabases;
  let a: OptionsHub;
  let b: OptionsHub;
  let caseId: string;
  let incidentId: string;
  let victim: { residentId: string; address: string };
  let agreementId: string;
  let users = 0;

  beforeAll(async () => {
    dbs = await createTestDatabases();
    const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const settings: Partial<HubOptions> = {
      jwt: { issuer: TEST_ISSUER, audience: TEST_AUDIENCE, verificationKey: publicKey, signingKey: privateKey },
      personHashKey: Buffer.from(testCluster().personHashKey, 'base64'),
      fairUse: { userCostPerMinute: USER_BUDGET, bodyCostPerMinute: 100 * USER_BUDGET },
    };
    [a, b] = await Promise.all([startHubWith(settings, dbs), startHubWith(settings, dbs)]);

    // A case the court takes part in, linking a police incident with an adult whose address is on file.
    const links = await dbs.sql<{ id: string; record_id: string }>(
      'hub',
      `SELECT c.id, l.record_id FROM joint_case c JOIN joint_case_record_link l ON l.joint_case_id = c.id AND l.department = 'POLICE' AND l.record_type = 'INCIDENT'
        WHERE ('COURT' = ANY(c.participating_departments) OR c.lead_department = 'COURT') AND c.status NOT IN ('CLOSED', 'WITHDRAWN')
        ORDER BY c.case_number, l.record_id`,
    );
    const persons = await dbs.sql<{ incident_id: string; id_card_no: string; home_address: string | null }>(
      'POLICE',
      `SELECT incident_report_id::text AS incident_id, id_card_no, home_address FROM incident_person WHERE incident_report_id = ANY($1::bigint[]) ORDER BY id`,
      [links.map((l) => l.record_id)],
    );
    for (const link of links) {
      const all = persons.filter((p) => p.incident_id === link.record_id);
      const adult = all.find((p) => p.home_address && !isMinorByResidentId(p.id_card_no));
      if (adult && all.filter((p) => p.id_card_no === adult.id_card_no).length === 1) {
        [caseId, incidentId, victim] = [
          link.id,
          link.record_id,
          { residentId: adult.id_card_no, address: adult.home_address! },
        ];
        break;
      }
    }
    expect(caseId).toBeDefined(); // the seed has such a case
  });

  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await dbs.drop();
  });

  /** A request of its own user each time (the fair-use test below spends one user's budget). */
  async function gql(
    hub: OptionsHub,
    query: string,
    variables: Record<string, unknown>,
    department: string,
    role = Role.MEDIATOR,
  ): Promise<Body> {
    const token = await hub.token(department, role, `${department.toLowerCase()}-${++users}`);
    const headers: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    if (department !== 'POLICE') headers['x-purpose'] = 'JOINT_MEDIATION';
    const response = await fetch(hub.hub.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as Body;
  }

  /** The incident's person as the court sees it through `hub`, and the errors on that record. */
  async function victimAsCourtThrough(hub: OptionsHub) {
    const body = await gql(hub, INCIDENT, { id: caseId }, 'COURT');
    const edges = body.data.jointCase.linkedRecords.edges as Array<{
      node: {
        recordType: string;
        recordId: string;
        record: { persons: Array<{ residentId: string | null; address: string | null }> } | null;
      };
    }>;
    const edge = edges.findIndex((e) => e.node.recordType === 'INCIDENT' && e.node.recordId === incidentId);
    expect(edge).toBeGreaterThanOrEqual(0);
    const errors = (body.errors ?? []).filter((e) => e.path?.[3] === edge);
    const record = edges[edge].node.record;
    return { record, person: record?.persons.find((p) => p.residentId === victim.residentId), errors };
  }

  it('accepts a token issued by either replica on both, and one signed with other keys on neither', async () => {
    const fromA = await a.token('COURT', Role.MEDIATOR, 'judge-a');
    const fromB = await b.token('POLICE', Role.MEDIATOR, 'officer-b');
    for (const hub of [a, b]) {
      expect((await hub.graphql('{ me { user department } }', { token: fromA })).body).toEqual({
        data: { me: { user: 'judge-a', department: 'COURT' } },
      });
      expect((await hub.graphql('{ me { user department } }', { token: fromB })).body).toEqual({
        data: { me: { user: 'officer-b', department: 'POLICE' } },
      });
    }
    // A replica configured with keys of its own is what the settings prevent: its tokens are refused.
    const stranger = await startHubWith({}, dbs);
    try {
      const refused = await b.graphql('{ me { user } }', { token: await stranger.token('COURT') });
      expect(refused.status).toBe(401);
      expect(refused.body.errors![0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
    } finally {
      await stranger.close();
    }
  });

  it('serves an agreement approved through A on B at once', async () => {
    const drafted = await gql(a, DRAFT, { input: ADDRESSES_FOR_COURT }, 'COURT', Role.CHIEF);
    expect(drafted.errors).toBeUndefined();
    agreementId = drafted.data.draftAgreement.id;
    expect((await gql(b, APPROVE, { id: agreementId }, 'POLICE', Role.CHIEF)).data.approveAgreement.status).toBe(
      'DRAFT',
    );
    expect((await gql(a, APPROVE, { id: agreementId }, 'COURT', Role.CHIEF)).data.approveAgreement.status).toBe(
      'ACTIVE',
    );
    const { person, errors } = await victimAsCourtThrough(b);
    expect(errors).toEqual([]);
    expect(person).toEqual({ residentId: victim.residentId, address: victim.address });
  });

  it("hides a person protected through A on B's next request, and shows the address again once lifted through B, every time", async () => {
    // Each round trip is a change on one replica and a read on the other right after its answer.
    for (let round = 0; round < 5; round++) {
      expect((await gql(a, MARK, { rid: victim.residentId }, 'WOMENS_FEDERATION')).data).toEqual({
        markProtectedPerson: true,
      });
      const hidden = await victimAsCourtThrough(b);
      expect(hidden.person).toEqual({ residentId: victim.residentId, address: null });
      expect(hidden.errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN_BY_AGREEMENT']);

      expect((await gql(b, LIFT, { rid: victim.residentId }, 'WOMENS_FEDERATION')).data).toEqual({
        liftProtection: true,
      });
      const shown = await victimAsCourtThrough(a);
      expect(shown.person).toEqual({ residentId: victim.residentId, address: victim.address });
    }
  });

  it('counts a budget spent on A on B: the two together grant one budget, not two', async () => {
    const token = await a.token('CIVIL_AFFAIRS', Role.MEDIATOR, 'spender');
    const replicas = [a, b];
    let served = 0;
    let refused: Awaited<ReturnType<OptionsHub['graphql']>> | undefined;
    // Alternate between the replicas until one refuses; each replica alone would grant the whole budget.
    for (let i = 0; i < 200 && !refused; i++) {
      const response = await replicas[i % 2].graphql(CASE_LIST, { token });
      if (response.status === 429) refused = response;
      else {
        expect(response.status).toBe(200);
        served++;
      }
    }
    expect(refused?.body.errors![0].extensions).toEqual({ code: 'RATE_LIMITED' });
    // One budget: about USER_BUDGET / CASE_LIST_COST = 49 lists, a few more for the refill while they ran.
    expect(served).toBeGreaterThanOrEqual(Math.floor(USER_BUDGET / CASE_LIST_COST));
    expect(served).toBeLessThan(Math.floor(USER_BUDGET / CASE_LIST_COST) + 8);
    // The other replica refuses the same user too (what is left, plus a moment's refill, is far
    // from five lists' cost), and still serves everyone else.
    const other = replicas[served % 2 === 0 ? 1 : 0];
    const again = await other.graphql(FIVE_CASE_LISTS, { token });
    expect(again.status).toBe(429);
    expect(again.body.errors![0].extensions).toEqual({ code: 'RATE_LIMITED' });
    expect(Number(again.headers.get('retry-after'))).toBeGreaterThanOrEqual(4);
    expect(
      (await other.graphql(FIVE_CASE_LISTS, { token: await other.token('CIVIL_AFFAIRS', Role.MEDIATOR, 'colleague') }))
        .status,
    ).toBe(200);
  });

  it("refuses on B's next request the records of an agreement revoked through A", async () => {
    expect((await victimAsCourtThrough(b)).person).toEqual({ residentId: victim.residentId, address: victim.address });
    expect((await gql(a, REVOKE, { id: agreementId }, 'POLICE', Role.CHIEF)).data.revokeAgreement.status).toBe(
      'REVOKED',
    );
    // What is left is what the seed's own agreement grants: masked ID numbers, no address.
    const { record, person, errors } = await victimAsCourtThrough(b);
    expect(person).toBeUndefined();
    expect(record!.persons.length).toBeGreaterThan(0);
    for (const shown of record!.persons) {
      expect(shown.address).toBeNull();
      expect(shown.residentId).toMatch(/\*/);
    }
    expect(errors.length).toBeGreaterThan(0);
    expect(new Set(errors.map((e) => e.extensions?.code))).toEqual(new Set(['FORBIDDEN_BY_AGREEMENT']));
  });

  it('keeps one audit chain per replica, both with the reads above, and both verify', async () => {
    // Every answer above was sent after its audit records committed: nothing is waiting to be written.
    const heads = await dbs.sql<{ chain_id: string; head_seq: string }>(
      'hub',
      'SELECT chain_id, head_seq::text FROM audit_chain WHERE chain_id = ANY($1::uuid[])',
      [[a.hub.audit.chainId, b.hub.audit.chainId]],
    );
    expect(heads.map((h) => h.chain_id).sort()).toEqual([a.hub.audit.chainId, b.hub.audit.chainId].sort());
    for (const head of heads) expect(Number(head.head_seq)).toBeGreaterThan(0);
    // Reads of the police's records by the court went through both replicas, and were audited by each.
    const reads = await dbs.sql<{ chain_id: string; n: number }>(
      'hub',
      `SELECT chain_id, count(*)::int AS n FROM audit_entry WHERE provider = 'POLICE' AND actor_department = 'COURT' GROUP BY chain_id`,
    );
    expect(reads.map((r) => r.chain_id).sort()).toEqual([a.hub.audit.chainId, b.hub.audit.chainId].sort());
    const verification = await withClient(dbs.adminUrls.hub, (client) => verifyAuditLog(client));
    expect(verification).toEqual({ ok: true, chains: expect.any(Number), events: expect.any(Number) });
    expect((verification as { chains: number }).chains).toBeGreaterThanOrEqual(2);
  });
});
