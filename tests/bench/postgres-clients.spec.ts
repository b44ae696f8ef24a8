import { postgresClientOf, postgresCpuByClientMs } from '../../bench/postgres-cpu';

/*
 * The benchmark splits Postgres's CPU by whom each process serves, from the application name each
 * pool of the hub and of the limit server sets (src/runtime/hub-data-source.ts, src/graphql/fair-use.ts,
 * src/server/hub.ts, src/connectors/department-database.ts, bench/limit-server.ts).
 */
describe("the benchmark's Postgres clients", () => {
  it.each([
    ['client backend', 'mediation-hub', 'hubDatabase'],
    ['client backend', 'mediation-hub:fair-use', 'hubDatabase'],
    ['client backend', 'mediation-hub:reads', 'hubDatabase'],
    ['client backend', 'bench-limit', 'hubDatabase'],
    ['client backend', 'mediation-hub:audit', 'audit'],
    ['client backend', 'bench-limit:audit', 'audit'],
    ['client backend', 'mediation-hub:WOMENS_FEDERATION', 'bodies'],
    ['client backend', 'bench-limit:POLICE', 'bodies'],
    ['client backend', '', 'other'],
    ['client backend', 'bench-runner', 'other'],
    ['client backend', 'mediation-hub:something-else', 'other'],
    ['autovacuum worker', '', 'background'],
    ['walwriter', '', 'background'],
  ])('%s "%s" is %s', (backendType, applicationName, client) => {
    expect(postgresClientOf(backendType, applicationName)).toBe(client);
  });
});

describe("the benchmark's Postgres CPU by client", () => {
  it('gives each live process its own time, and the postmaster and exited children to background', () => {
    // Ticks (10 ms): 1 the hub's backend, 2 its audit backend, 3 a body's backend that exits
    // during the run (its whole 9 ticks arrive in the postmaster's cutime), 4 a connection opened meanwhile.
    const before = {
      postmaster: 100,
      children: new Map([
        [1, 50],
        [2, 20],
        [3, 5],
      ]),
    };
    const after = {
      postmaster: 100 + 1 + 9,
      children: new Map([
        [1, 80],
        [2, 26],
        [4, 3],
      ]),
    };
    const clients = new Map([
      [1, 'hubDatabase'],
      [2, 'audit'],
      [3, 'bodies'],
      [4, 'bodies'],
    ] as const);
    const used = postgresCpuByClientMs(before, after, clients);
    expect(used).toEqual({ hubDatabase: 300, audit: 60, bodies: 30, background: 50, other: 0 });
    const total = (r: typeof before) => r.postmaster + [...r.children.values()].reduce((a, b) => a + b, 0);
    expect(Object.values(used).reduce((a, b) => a + b, 0)).toBe((total(after) - total(before)) * 10);
  });
});
