import { postgresClientOf } from '../../bench/postgres-cpu';

/*
 * The benchmark splits Postgres's CPU by whom each process serves, from the application name each
 * pool of the hub and of the limit server sets (src/runtime/hub-data-source.ts, src/graphql/fair-use.ts,
 * src/server/hub.ts, src/connectors/department-database.ts, bench/limit-server.ts).
 */
describe("the benchmark's Postgres clients", () => {
  it.each([
    ['client backend', 'mediation-hub', 'hubDatabase'],
    ['client backend', 'mediation-hub:fair-use', 'hubDatabase'],
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
