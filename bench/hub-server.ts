import 'reflect-metadata';
import { serveBenchIpc, serverConfig } from './server-probe';
import { loadOrCreateLocalKeys } from '../src/auth/local-keys';
import { createLogger } from '../src/common/logger';
import { Writable } from 'node:stream';
import { type DatabaseTargets, loadConfig } from '../src/config/config';
import { registeredDepartments } from '../src/connectors/registered-departments';
import { startHub } from '../src/server/hub';

/** What bench/run.ts hands to this process. */
export interface HubServerConfig {
  dataDir: string;
  databases: DatabaseTargets;
  audit: 'on' | 'off';
}

/**
 * The hub's log, passed through to stdout, counting the lines at level error (50) and above:
 * a body that fails or times out is answered 200 with SOURCE_UNAVAILABLE, which autocannon
 * counts as a success, but the hub logs every such read once ("department read failed").
 */
let errorsLogged = 0;
const log = new Writable({
  write(chunk: Buffer, _encoding, done) {
    const text = chunk.toString('utf8');
    for (const match of text.matchAll(/"level":(\d+)/g)) if (Number(match[1]) >= 50) errorsLogged++;
    process.stdout.write(chunk, () => done());
  },
});

/**
 * The hub as `mediation-hub start` assembles it (production settings), with two differences
 * for measurement: fair-use budgets are lifted (one benchmark user spends a minute's budget in
 * about a second), and for the "audit off" variant the audit plugin is left out. The request
 * pipeline's switches (DOCUMENT_CACHE, QUERY_LIMIT_CACHE) and FAIR_USE_LEASES are read from the
 * environment by the hub's own configuration, as `mediation-hub start` reads them: the lab mode
 * (`npm run bench -- --lab`) starts one process per set of switches.
 */
async function main(): Promise<void> {
  const config = serverConfig<HubServerConfig>();
  const { pipeline, fairUse, casePages } = loadConfig(
    registeredDepartments.map((d) => d.code),
    process.env,
  );
  const keys = await loadOrCreateLocalKeys(config.dataDir);
  const hub = await startHub({
    departments: registeredDepartments,
    databases: config.databases,
    port: 0,
    host: '127.0.0.1',
    jwt: {
      issuer: 'mediation-hub',
      audience: 'mediation-hub',
      verificationKey: keys.verificationKey,
      signingKey: keys.signingKey,
    },
    departmentStatementTimeoutMs: 5000,
    production: true,
    fairUse: {
      userCostPerMinute: Number.MAX_SAFE_INTEGER,
      bodyCostPerMinute: Number.MAX_SAFE_INTEGER,
      leases: fairUse.leases,
    },
    log: createLogger(process.env.LOG_LEVEL ?? 'warn', log),
    personHashKey: keys.personHashKey,
    audit: config.audit,
    pipeline,
    casePages,
  });
  const counter = hub.sources.statements;
  serveBenchIpc(hub.port, () => ({
    errorsLogged,
    hubCounter: Object.fromEntries(
      [...registeredDepartments.map((d) => d.code), 'hub'].map((code) => [code, counter.count(code)]),
    ),
  }));
  process.once('SIGTERM', () => {
    void hub.close().finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`hub-server: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
