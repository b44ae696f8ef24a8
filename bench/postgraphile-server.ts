import { serveBenchIpc, serverConfig } from './server-probe';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/*
 * PostGraphile's entry points are subpath exports, which this project's module resolution
 * (node10, for CommonJS) cannot type: they are loaded with require() and typed as far as used.
 */
/* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/unbound-method */
process.env.GRAPHILE_ENV ??= 'production';
interface PostGraphileInstance {
  createServ(grafserv: unknown): { addTo(server: import('node:http').Server): Promise<void> };
  release(): Promise<void> | void;
}
const { postgraphile } = require('postgraphile') as { postgraphile(preset: unknown): PostGraphileInstance };
const { makePgService } = require('postgraphile/adaptors/pg') as {
  makePgService(options: { connectionString: string; schemas: string[] }): unknown;
};
const { grafserv } = require('postgraphile/grafserv/node') as { grafserv: unknown };
const { PostGraphileAmberPreset } = require('postgraphile/presets/amber') as { PostGraphileAmberPreset: unknown };
/* eslint-enable @typescript-eslint/no-require-imports, @typescript-eslint/unbound-method */

/** What bench/run.ts hands to this process. */
export interface PostGraphileServerConfig {
  /** The police database, through the same read-only role the hub uses. */
  connectionString: string;
}

/**
 * The peer: PostGraphile v5 (the Amber preset, its defaults) over one body's database, the
 * police station's. Started by the runner with bench/polyfill-with-resolvers loaded first.
 */
async function main(): Promise<void> {
  const config = serverConfig<PostGraphileServerConfig>();
  const pgl = postgraphile({
    extends: [PostGraphileAmberPreset],
    pgServices: [makePgService({ connectionString: config.connectionString, schemas: ['public'] })],
    grafserv: { graphqlPath: '/graphql', watch: false },
    grafast: { explain: false },
  });
  const serv = pgl.createServ(grafserv);
  const server = createServer();
  server.keepAliveTimeout = 65_000;
  await serv.addTo(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  serveBenchIpc((server.address() as AddressInfo).port);
  process.once('SIGTERM', () => {
    server.close();
    server.closeIdleConnections();
    void Promise.resolve(pgl.release()).finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`postgraphile-server: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
