import { Role } from '../../src/auth/actor';
import { createLogger } from '../../src/common/logger';
import { createRequestContext, type RequestContextSources } from '../../src/graphql/request-context';

/*
 * A request's logger is a child logger bound to its id and body; most requests log nothing, so it
 * is made on first use (making one with its redaction costs kilobytes and microseconds).
 */
describe("a request's logger", () => {
  const sources = { hubDb: {}, sources: {}, policy: {}, hashResidentId: () => '' } as unknown as RequestContextSources;
  const identity = {
    requestId: 'req-logger-0001',
    actor: { department: 'COURT', role: Role.MEDIATOR, user: 'u' },
    purpose: null,
  };

  it('is made on first use, once, and is the one the context gives', () => {
    const made: unknown[] = [];
    const base = createLogger('silent');
    const ctx = createRequestContext(sources, {
      ...identity,
      log: () => {
        const child = base.child({ requestId: identity.requestId });
        made.push(child);
        return child;
      },
    });
    expect(made).toHaveLength(0);
    const first = ctx.log;
    expect(ctx.log).toBe(first);
    expect(made).toEqual([first]);
    expect(first.bindings()).toMatchObject({ requestId: identity.requestId });
  });

  it('may be given ready-made', () => {
    const log = createLogger('silent');
    expect(createRequestContext(sources, { ...identity, log }).log).toBe(log);
  });
});
