import { Role } from '../../src/auth/actor';
import { createRequestContext, type RequestContextSources } from '../../src/graphql/request-context';
import { hashResidentId } from '../../src/persons/resident-id-hash';

/*
 * A request hashes each resident ID number once (a person is looked up at every body, the
 * records of a case name the same persons), with the hub's key; a new request starts afresh.
 */
describe("a request's keyed hash of resident ID numbers", () => {
  const key = Buffer.from('request-hash-test-key-0123456789');
  const hashed: string[] = [];
  const sources = {
    hubDb: {},
    sources: {},
    policy: {},
    hashResidentId: (residentId: string) => {
      hashed.push(residentId);
      return hashResidentId(key, residentId);
    },
  } as unknown as RequestContextSources;
  const identity = {
    requestId: 'req-hash-0001',
    actor: { department: 'POLICE', role: Role.MEDIATOR, user: 'u' },
    purpose: null,
    log: () => {
      throw new Error('not logged');
    },
  };

  it('gives the hub keyed hash, computing it once per number in a request and again in the next', () => {
    const first = createRequestContext(sources, identity);
    const a = '110105194912310021';
    const b = '110105195003150042';
    expect(first.hashResidentId(a)).toBe(hashResidentId(key, a));
    expect(first.hashResidentId(b)).toBe(hashResidentId(key, b));
    expect(first.hashResidentId(a)).toBe(hashResidentId(key, a));
    expect(hashed).toEqual([a, b]);

    const second = createRequestContext(sources, identity);
    expect(second.hashResidentId(a)).toBe(hashResidentId(key, a));
    expect(hashed).toEqual([a, b, a]);
  });
});
