import { generateKeyPair } from 'jose';
import { QueryFailedError } from 'typeorm';
import { Role } from '../../src/auth/actor';
import { createLogger, REDACTED } from '../../src/common/logger';
import { residentIdCheckCharacter } from '../../src/common/resident-id';
import { registeredDepartments } from '../../src/connectors/registered-departments';
import { type RunningHub, startHub } from '../../src/server/hub';
import { captured, personalDataIn } from '../support/log-capture';
import { testCluster } from '../support/test-cluster';
import { createTestDatabases, type TestDatabases, TEST_AUDIENCE, TEST_ISSUER } from '../support/test-hub';

const residentId = (first17: string) => first17 + residentIdCheckCharacter(first17);
const APPLICANT_ID = residentId('33010619800101234');
const RESPONDENT_ID = residentId('33010619750505123');
const APPLICANT_MOBILE = '13812345678';
const RESPONDENT_MOBILE = '13987654321';
const INTAKE = {
  title: '楼道堆物引发邻里纠纷',
  category: 'NEIGHBOUR',
  description: `三楼住户长期在楼道堆放杂物，联系电话 ${APPLICANT_MOBILE}，身份证 ${APPLICANT_ID}。`,
  sourceChannel: 'WALK_IN',
  peopleInvolved: 2,
  occurredAt: '2026-11-01T10:00:00Z',
  parties: [
    {
      role: 'APPLICANT',
      name: '王芳',
      residentId: APPLICANT_ID,
      mobile: APPLICANT_MOBILE,
      address: '杭州市西湖区北山街道曙光社区3幢2单元401室',
    },
    { role: 'RESPONDENT', name: '李强', residentId: RESPONDENT_ID, mobile: RESPONDENT_MOBILE },
  ],
};

describe('logs carry no personal data', () => {
  const { stream, lines } = captured();
  let databases: TestDatabases;
  let hub: RunningHub;
  const statuses: string[] = [];

  beforeAll(async () => {
    databases = await createTestDatabases();
    const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    // As tests/support/test-hub.ts starts a hub, but logging at debug into a buffer.
    hub = await startHub({
      departments: registeredDepartments,
      databases: databases.targets,
      port: 0,
      host: '127.0.0.1',
      jwt: { issuer: TEST_ISSUER, audience: TEST_AUDIENCE, verificationKey: publicKey, signingKey: privateKey },
      departmentStatementTimeoutMs: 5000,
      production: false,
      log: createLogger('debug', stream),
      personHashKey: Buffer.from(testCluster().personHashKey, 'base64'),
    });
  });
  afterAll(async () => {
    await hub?.close();
    await databases?.drop();
  });

  async function as(
    department: string,
    role: Role,
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) {
    const token = await hub.tokens.issue({ department, role, user: `${department}-${role}` });
    const response = await fetch(hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as {
      data?: any;
      errors?: Array<{ message: string; extensions: { code: string } }>;
    };
    statuses.push(...(body.errors ?? []).map((e) => e.extensions.code));
    return body;
  }
  const open = (input: Record<string, unknown>) =>
    as(
      'GOVERNANCE_CENTRE',
      Role.CLERK,
      'mutation($input: OpenJointCaseInput!) { openJointCase(input: $input) { id } }',
      { input },
    );
  const PERSON = `query($id: String!) { person(residentId: $id) { residentIdMasked departments { department records(first: 20) { totalCount } } } }`;
  const CASE = `query($id: ID!) { jointCase(id: $id) { linkedRecords(first: 100) { edges { node { recordId record { ... on PoliceIncident { incidentNumber persons { name residentId phone } } } } } } } }`;

  /** Breaks something under the running hub, runs `work`, and repairs it. */
  async function broken(database: string, breakIt: string, repair: string, work: () => Promise<unknown>) {
    await databases.sql(database, breakIt);
    try {
      await work();
    } finally {
      await databases.sql(database, repair);
    }
  }

  it('logs failures at debug level without a resident ID number or mobile number in any line', async () => {
    const [{ id_card_no: knownPerson }] = await databases.sql<{ id_card_no: string }>(
      'POLICE',
      'SELECT id_card_no FROM incident_person ORDER BY id LIMIT 1',
    );
    const [linked] = await databases.sql<{ id: string }>(
      'hub',
      `SELECT c.id FROM joint_case c JOIN joint_case_record_link l ON l.joint_case_id = c.id AND l.department = 'POLICE' AND l.record_type = 'INCIDENT'
        WHERE 'COURT' = ANY(c.participating_departments) ORDER BY c.case_number LIMIT 1`,
    );

    // Validation errors with personal data in the input.
    const wrongCheck = APPLICANT_ID.slice(0, 17) + (APPLICANT_ID[17] === '0' ? '1' : '0');
    await open({ ...INTAKE, parties: [{ ...INTAKE.parties[0], residentId: wrongCheck }] });
    await open({ ...INTAKE, parties: [{ ...INTAKE.parties[0], mobile: '138123456789' }] });
    await open({ ...INTAKE, parties: [{ ...INTAKE.parties[0], mobile: '23812345678' }] });
    await as('COURT', Role.MEDIATOR, PERSON, { id: wrongCheck });
    await as('COURT', Role.MEDIATOR, PERSON, { id: `${knownPerson}1` });

    // Bodies whose reads fail while a person (by ID number) or a case's records are read.
    await broken(
      'POLICE',
      'ALTER TABLE incident_person RENAME TO incident_person_moved',
      'ALTER TABLE incident_person_moved RENAME TO incident_person',
      async () => {
        await as('POLICE', Role.MEDIATOR, PERSON, { id: knownPerson });
        await as(
          'COURT',
          Role.MEDIATOR,
          PERSON,
          { id: knownPerson },
          { 'x-purpose': 'JOINT_MEDIATION', 'x-joint-case-id': linked.id },
        );
        await as('COURT', Role.MEDIATOR, CASE, { id: linked.id }, { 'x-purpose': 'JOINT_MEDIATION' });
      },
    );
    await broken(
      'COURT',
      'ALTER TABLE case_filing RENAME TO case_filing_moved',
      'ALTER TABLE case_filing_moved RENAME TO case_filing',
      () => as('COURT', Role.MEDIATOR, CASE, { id: linked.id }),
    );

    // The hub's own statements failing with the parties' data in their parameters …
    await broken(
      'hub',
      'ALTER TABLE joint_case_party RENAME COLUMN address TO address_moved',
      'ALTER TABLE joint_case_party RENAME COLUMN address_moved TO address',
      () => open(INTAKE),
    );
    // … in a unique violation's detail: Key (resident_id)=(330106…) already exists …
    await broken(
      'hub',
      `CREATE UNIQUE INDEX log_probe_unique ON joint_case_party (resident_id) WHERE resident_id = '${APPLICANT_ID}'`,
      'DROP INDEX log_probe_unique',
      async () => {
        await open(INTAKE);
        await open(INTAKE);
      },
    );
    // … and in a check violation's detail: Failing row contains (…, 13987654321, …).
    await broken(
      'hub',
      `ALTER TABLE joint_case_party ADD CONSTRAINT log_probe_check CHECK (mobile IS DISTINCT FROM '${RESPONDENT_MOBILE}') NOT VALID`,
      'ALTER TABLE joint_case_party DROP CONSTRAINT log_probe_check',
      () => open(INTAKE),
    );
    // The audit log failing under a read of another body's records.
    await broken(
      'hub',
      'ALTER TABLE audit_event RENAME TO audit_event_moved',
      'ALTER TABLE audit_event_moved RENAME TO audit_event',
      () => as('COURT', Role.MEDIATOR, CASE, { id: linked.id }, { 'x-purpose': 'JOINT_MEDIATION' }),
    );
    // A bad token carrying an ID number, and malformed requests.
    await fetch(hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${APPLICANT_ID}.${APPLICANT_MOBILE}.x` },
      body: '{"query":"{ me { user } }"}',
    });
    await fetch(hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"query": "${APPLICANT_ID}`,
    });

    // The battery reached the paths that log, and answered as documented.
    expect(statuses).toEqual(
      expect.arrayContaining(['BAD_USER_INPUT', 'SOURCE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR', 'AUDIT_UNAVAILABLE']),
    );
    await new Promise((resolve) => setImmediate(resolve));
    const entries = lines.map(
      (line) => JSON.parse(line) as { msg: string; level: number; err?: Record<string, any>; time: string },
    );
    const messages = entries.map((e) => e.msg);
    expect(messages).toEqual(
      expect.arrayContaining([
        'department read failed',
        'unexpected error while answering a request',
        'audit batch failed',
        'audit write failed; withholding the response',
      ]),
    );
    // A request's own lines carry its id and body (its logger is made when it first logs).
    expect(entries.find((e) => e.msg === 'department read failed')).toMatchObject({
      requestId: expect.any(String),
      actorDepartment: expect.any(String),
    });
    const sqlErrors = entries.filter((e) => e.msg === 'unexpected error while answering a request').map((e) => e.err!);
    expect(sqlErrors.map((e) => e.code)).toEqual(expect.arrayContaining(['42703', '23505', '23514'])); // still useful: code, constraint, table
    expect(sqlErrors.find((e) => e.code === '23505')).toMatchObject({
      constraint: 'log_probe_unique',
      table: 'joint_case_party',
    });

    // Not one line carries a resident ID number or a mobile number.
    const leaks = lines.flatMap((line) => personalDataIn(line).map((found) => ({ found, line })));
    expect(leaks).toEqual([]);
    for (const value of [APPLICANT_ID, RESPONDENT_ID, APPLICANT_MOBILE, RESPONDENT_MOBILE, knownPerson, wrongCheck]) {
      expect(lines.filter((line) => line.includes(value))).toEqual([]);
    }
  });

  it('redacts personal fields by name, strips statement values from errors, and scrubs every message', () => {
    const { stream: out, lines: logged } = captured();
    const log = createLogger('debug', out);
    const pgError = Object.assign(new Error('duplicate key value violates unique constraint "party_resident_id_key"'), {
      code: '23505',
      detail: `Key (id_card_no)=(${APPLICANT_ID}) already exists.`,
      where: `SQL statement "INSERT INTO party VALUES ('${RESPONDENT_ID}')"`,
      table: 'party',
      constraint: 'party_resident_id_key',
    });
    const typeormError = new QueryFailedError(
      'INSERT INTO joint_case_party (name, resident_id, mobile) VALUES ($1, $2, $3)',
      ['王芳', APPLICANT_ID, APPLICANT_MOBILE],
      pgError,
    );
    log.error({ err: typeormError }, 'insert failed');
    log.error(new Error(`invalid input syntax for type bigint: "${APPLICANT_ID}"`, { cause: pgError }));
    log.warn(
      {
        party: { residentId: APPLICANT_ID, mobile: APPLICANT_MOBILE, phone: RESPONDENT_MOBILE },
        residentId: RESPONDENT_ID,
      },
      'party',
    );
    log.info({ req: { headers: { authorization: 'Bearer abc.def.ghi', cookie: 'session=1' } } }, 'request');
    log.debug(
      { deep: { a: { b: { c: [`call ${APPLICANT_MOBILE} or +86${RESPONDENT_MOBILE}`, Number(APPLICANT_MOBILE)] } } } },
      `message naming ${APPLICANT_ID}`,
    );
    log.child({ person: APPLICANT_ID }).info('child binding');
    const hash = 'ab13812345678cd' + 'e'.repeat(49);
    log.info({ subjectHash: hash, at: new Date('2026-01-01T00:00:00Z') }, 'keeps hashes and dates');

    expect(logged).toHaveLength(7);
    const leaks = logged.flatMap((line) => personalDataIn(line).map((found) => ({ found, line })));
    expect(leaks).toEqual([]);
    const [typeorm, caused, party, request, , child, kept] = logged.map((line) => JSON.parse(line));
    expect(typeorm.err).toMatchObject({
      type: 'QueryFailedError',
      code: '23505',
      constraint: 'party_resident_id_key',
      query: expect.stringContaining('INSERT INTO joint_case_party'),
    });
    expect(typeorm.err).not.toHaveProperty('parameters');
    expect(typeorm.err).not.toHaveProperty('detail');
    expect(typeorm.err.driverError).not.toHaveProperty('detail');
    expect(typeorm.err.driverError).not.toHaveProperty('where');
    expect(caused.msg).toMatch(/^invalid input syntax for type bigint: "\*{18}"$/);
    expect(caused.err.cause).toMatchObject({ code: '23505' });
    expect(party.party).toEqual({ residentId: REDACTED, mobile: REDACTED, phone: REDACTED });
    expect(party.residentId).toBe(REDACTED);
    expect(request.req.headers).toEqual({ authorization: REDACTED, cookie: REDACTED });
    expect(child.person).toBe('*'.repeat(18));
    expect(kept.subjectHash).toBe(hash);
    expect(kept.time).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
});
