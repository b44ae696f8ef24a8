import { classifyFailure, SourceBreaker, SourceFailure } from '../../src/connectors/circuit-breaker';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const failing = () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));

describe(SourceBreaker.name, () => {
  const breakers: SourceBreaker[] = [];
  const breaker = (options: Partial<ConstructorParameters<typeof SourceBreaker>[0]> = {}) => {
    const b = new SourceBreaker({
      department: 'POLICE',
      deadlineMs: 200,
      failureThreshold: 3,
      resetTimeoutMs: 150,
      ...options,
    });
    breakers.push(b);
    return b;
  };
  afterAll(() => breakers.forEach((b) => b.shutdown()));

  it('cuts a read off at the deadline as TIMEOUT', async () => {
    const b = breaker();
    const started = Date.now();
    const error = await b.run(() => new Promise(() => undefined)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceFailure);
    expect((error as SourceFailure).status).toBe('TIMEOUT');
    expect(Date.now() - started).toBeLessThan(400);
  });

  it('opens after N consecutive failures and then fails fast without calling the read', async () => {
    const b = breaker();
    for (let i = 0; i < 3; i++) await expect(b.run(failing)).rejects.toMatchObject({ status: 'DOWN' });
    expect(b.state).toBe('OPEN');
    const read = jest.fn(() => Promise.resolve(1));
    await expect(b.run(read)).rejects.toMatchObject({ status: 'CIRCUIT_OPEN', department: 'POLICE' });
    expect(read).not.toHaveBeenCalled();
  });

  it('does not count a statement the body answered with an error (it is reachable), but still fails the read', async () => {
    const b = breaker();
    const refused = () => Promise.reject(Object.assign(new Error('relation "x" does not exist'), { code: '42P01' }));
    for (let i = 0; i < 5; i++) await expect(b.run(refused)).rejects.toMatchObject({ status: 'DOWN', code: '42P01' });
    expect(b.state).toBe('CLOSED');
  });

  it('counts reads over the latency budget as failures: they return their rows, then the breaker opens', async () => {
    const b = breaker({ deadlineMs: 1000, slowCallMs: 40 });
    const outcomes: Array<{ status: string; slow: boolean }> = [];
    b.observe(({ status, slow }) => outcomes.push({ status, slow }));
    const slowRead = async () => {
      await sleep(60);
      return 'row';
    };
    for (let i = 0; i < 3; i++) await expect(b.run(slowRead)).resolves.toBe('row');
    expect(b.state).toBe('OPEN');
    expect(outcomes).toEqual([
      { status: 'UP', slow: true },
      { status: 'UP', slow: true },
      { status: 'UP', slow: true },
    ]);
    await expect(b.run(slowRead)).rejects.toMatchObject({ status: 'CIRCUIT_OPEN' });
    expect(outcomes.at(-1)).toEqual({ status: 'CIRCUIT_OPEN', slow: false });
  });

  it('does not count reads within the latency budget, and a slow probe keeps the breaker open', async () => {
    const b = breaker({ deadlineMs: 1000, slowCallMs: 40 });
    for (let i = 0; i < 10; i++) await b.run(() => Promise.resolve(1));
    expect(b.state).toBe('CLOSED');
    for (let i = 0; i < 3; i++) await b.run(failing).catch(() => undefined);
    await sleep(200);
    expect(b.state).toBe('HALF_OPEN');
    await expect(b.run(() => sleep(60).then(() => 'late'))).resolves.toBe('late');
    expect(b.state).toBe('OPEN');
    await sleep(200);
    await expect(b.run(() => Promise.resolve('quick'))).resolves.toBe('quick');
    expect(b.state).toBe('CLOSED');
  });

  it('does not open on failures that successes interrupt', async () => {
    const b = breaker({ failureThreshold: 10 });
    for (let i = 0; i < 12; i++) {
      await b.run(failing).catch(() => undefined);
      await b.run(() => Promise.resolve(1));
      await b.run(() => Promise.resolve(1));
    }
    expect(b.state).toBe('CLOSED');
  });

  it('half-open: lets one probe through, holds the reads that arrive meanwhile, and lets them all through once it succeeds', async () => {
    const b = breaker();
    for (let i = 0; i < 3; i++) await b.run(failing).catch(() => undefined);
    await sleep(200);
    expect(b.state).toBe('HALF_OPEN');
    let calls = 0;
    const read = async () => {
      calls++;
      await sleep(30);
      return 'row';
    };
    await expect(Promise.all([b.run(read), b.run(read), b.run(read)])).resolves.toEqual(['row', 'row', 'row']);
    expect(calls).toBe(3);
    expect(b.state).toBe('CLOSED');
  });

  it('half-open: a failed probe opens it again, and the held reads fail fast', async () => {
    const b = breaker();
    for (let i = 0; i < 3; i++) await b.run(failing).catch(() => undefined);
    await sleep(200);
    const held = jest.fn(() => Promise.resolve(1));
    const results = await Promise.allSettled([b.run(failing), b.run(held)]);
    expect(results.map((r) => (r.status === 'rejected' ? (r.reason as SourceFailure).status : 'OK'))).toEqual([
      'DOWN',
      'CIRCUIT_OPEN',
    ]);
    expect(held).not.toHaveBeenCalled();
    expect(b.state).toBe('OPEN');
  });
});

describe(classifyFailure.name, () => {
  it.each([
    [{ code: 'EOPENBREAKER' }, 'CIRCUIT_OPEN'],
    [{ code: 'ETIMEDOUT' }, 'TIMEOUT'],
    [{ code: '57014', message: 'canceling statement due to statement timeout' }, 'TIMEOUT'],
    [{ message: 'timeout exceeded when trying to connect' }, 'TIMEOUT'],
    [{ message: 'Connection terminated due to connection timeout' }, 'TIMEOUT'],
    [{ message: 'Query read timeout' }, 'TIMEOUT'],
    [{ code: 'ECONNREFUSED' }, 'DOWN'],
    [{ code: '55000', message: 'database "x" is not currently accepting connections' }, 'DOWN'],
    [{ code: '42P01', message: 'relation "case_filing" does not exist' }, 'DOWN'],
  ])('%j → %s', (error, status) => {
    expect(classifyFailure(error)).toBe(status);
  });
});
