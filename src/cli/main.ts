#!/usr/bin/env node
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GOVERNANCE_CENTRE, Role } from '../auth/actor';
import { assessDemoCases } from '../demo/assess-demo-cases';
import { TokenService, tokenDepartments } from '../auth/token.service';
import { loadOrCreateLocalKeys } from '../auth/local-keys';
import { createLogger } from '../common/logger';
import { departmentUrlVariable, HUB_DATABASE_URL_VARIABLE, type HubConfig, loadConfig, projectRoot } from '../config/config';
import { serviceKeys } from '../config/service-keys';
import { registeredDepartments } from '../connectors/registered-departments';
import { buildHubSchema, printHubSchema } from '../graphql/schema';
import { DepartmentRegistry } from '../connectors/department-registry';
import { startHub } from '../server/hub';
import { embeddedCredentials, embeddedUrl, ADMIN_USER } from '../runtime/embedded-postgres';
import {
  defaultDatabaseNames,
  EMBEDDED_HUB_DATABASE,
  HUB_MIGRATION_DATABASE_URL_VARIABLE,
  migrateAsOwner,
  migrationDatabaseUrl,
  prepareConfiguredDatabases,
  startEmbeddedInstallation,
} from '../runtime/environment';
import { roleOfUrl } from '../runtime/provisioning';
import { runAuditVerify } from '../audit/audit-verify.command';
import { withEmbeddedCluster } from './embedded-cluster';
import { stopStrayPostgres } from './stray-postgres';
import { reseedEmbedded } from './reseed';

const USAGE = `mediation-hub — the "3+N" joint mediation data hub

Usage:
  mediation-hub start                       serve GraphQL (embedded Postgres and demo data unless configured)
  mediation-hub token --department POLICE --role MEDIATOR --user <name> [--expires 12h]
                                            print a development token signed with the local key
  mediation-hub db url <hub|COURT|POLICE|…> print a database's connection URL (for psql)
  mediation-hub seed --scale N              replace the embedded demo data with N times the default set
  mediation-hub audit verify                walk the audit log's hash chains; exits 1 naming the first bad position
  mediation-hub migrate                     apply the hub database's migrations as its owner (HUB_MIGRATION_DATABASE_URL)
                                            and grant the runtime role of HUB_DATABASE_URL its privileges
  mediation-hub schema emit [--out FILE]    write the schema's SDL (default schema/schema.graphql)
`;

const registry = new DepartmentRegistry(registeredDepartments);

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

async function start(config: HubConfig): Promise<void> {
  const log = createLogger(config.observability.logLevel);
  // In production: configured keys only, or a refusal listing everything missing.
  const keys = await serviceKeys(config);
  // A Postgres left running by a crashed earlier start would keep the new one from starting.
  if (!config.databases) await stopStrayPostgres(path.join(config.dataDir, 'postgres'), log);
  const installation = config.databases ? undefined : await startEmbeddedInstallation(config, registry.all, keys.personHashKey, log);
  const databases = config.databases ?? installation!.targets;
  // Production never migrates here and refuses a runtime role that could alter the audit log.
  if (config.databases) await prepareConfiguredDatabases(config.databases, { production: config.production, log, migrationUrl: migrationDatabaseUrl() });
  const hub = await startHub({
    departments: registry.all,
    databases,
    port: config.port,
    // JWT_JWKS_URL or a configured public key verifies tokens; the local key only in development.
    jwt: keys.jwt,
    departmentStatementTimeoutMs: config.departmentStatementTimeoutMs,
    departmentResilience: config.departmentResilience,
    hubDatabase: config.hubDatabase,
    observability: config.observability,
    fairUse: config.fairUse,
    production: config.production,
    log,
    personHashKey: keys.personHashKey,
  });
  if (installation?.seededNow && keys.jwt.signingKey) {
    const token = await hub.tokens.issue({ department: GOVERNANCE_CENTRE, role: Role.CLERK, user: '综治中心 演示数据研判' }, '10m');
    await assessDemoCases(hub.url, token);
  }
  process.stdout.write(
    `\nmediation-hub is serving GraphQL at ${hub.url}\n` +
      (installation ? `  databases: embedded Postgres on port ${installation.postgres.port} (data in ${path.relative(process.cwd(), config.dataDir) || '.'})${installation.seededNow ? ', demo data seeded' : ''}\n` : '  databases: as configured\n') +
      `  get a token:  npx mediation-hub token --department COURT --role MEDIATOR --user 陈调解员\n` +
      `  then:         curl -s ${hub.url} -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' -d '{"query":"{ me { user department role } }"}'\n` +
      `  health:       http://localhost:${hub.port}/health   readiness: http://localhost:${hub.port}/ready\n\n`,
  );

  // embedded-postgres stops its server on SIGINT/SIGTERM by itself and exits right after,
  // which would cut the draining requests off their databases: the hub decides the order.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.removeAllListeners(signal);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      log.warn({ signal }, 'already stopping; waiting for in-flight requests');
      return;
    }
    stopping = true;
    log.info({ signal }, 'stopping: draining requests');
    let code = 0;
    const began = Date.now();
    try {
      // Stops accepting, waits for in-flight requests (each commits its audit records before
      // answering), then flushes and closes the audit writer and the pools.
      await withDeadline(hub.close(), SHUTDOWN_TIMEOUT_MS, 'draining requests');
    } catch (error) {
      log.error({ err: error }, 'stopping: the hub did not close cleanly');
      code = 1;
    }
    const drainedMs = Date.now() - began;
    try {
      await installation?.postgres.stop();
    } catch (error) {
      log.error({ err: error }, 'stopping: the embedded Postgres did not stop cleanly');
      code = 1;
    }
    log.info({ code, drainedMs, stoppedMs: Date.now() - began }, 'stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

/** Longest a SIGTERM waits for in-flight requests (SHUTDOWN_TIMEOUT_MS, default 25 s). */
const SHUTDOWN_TIMEOUT_MS = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 25_000);

function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

async function token(config: HubConfig, args: string[]): Promise<void> {
  if (config.production) fail('token issues development tokens, which a production hub never accepts; tokens come from the identity provider');
  const { values } = parseArgs({
    args,
    options: { department: { type: 'string' }, role: { type: 'string' }, user: { type: 'string' }, expires: { type: 'string', default: '12h' } },
  });
  const known = tokenDepartments(registry.codes);
  if (!values.department || !known.includes(values.department)) fail(`--department must be one of: ${known.join(', ')}`);
  if (!values.role || !(Object.values(Role) as string[]).includes(values.role)) fail(`--role must be one of: ${Object.keys(Role).join(', ')}`);
  if (!values.user) fail('--user is required');
  const keys = await loadOrCreateLocalKeys(config.dataDir);
  const tokens = new TokenService({ ...config.jwt, signingKey: keys.signingKey, verificationKey: keys.verificationKey, knownDepartments: known });
  process.stdout.write(`${await tokens.issue({ department: values.department, role: values.role as Role, user: values.user }, values.expires)}\n`);
}

function databaseUrl(config: HubConfig, name: string | undefined): void {
  if (!name) fail('Usage: mediation-hub db url <hub|' + registry.codes.join('|') + '>');
  if (name !== 'hub') registry.get(name);
  if (config.databases) {
    process.stdout.write(`${name === 'hub' ? config.databases.hubUrl : config.databases.departmentUrls[name]}\n`);
    return;
  }
  const names = defaultDatabaseNames(registry.all);
  const database = name === 'hub' ? names.hub : names.departments[name];
  const { adminPassword } = embeddedCredentials(config.dataDir);
  process.stdout.write(`${embeddedUrl(config.embeddedPostgresPort, ADMIN_USER, adminPassword, database)}\n`);
}

async function emitSchema(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { out: { type: 'string', default: path.join(projectRoot(), 'schema', 'schema.graphql') } } });
  const sdl = printHubSchema(await buildHubSchema(registry));
  fs.mkdirSync(path.dirname(values.out!), { recursive: true });
  fs.writeFileSync(values.out!, sdl);
  process.stdout.write(`schema written to ${values.out}\n`);
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const config = loadConfig(registry.codes);
  switch (command) {
    case 'start':
      return start(config);
    case 'token':
      return token(config, rest);
    case 'db':
      if (rest[0] !== 'url') fail(USAGE);
      return databaseUrl(config, rest[1]);
    case 'seed': {
      const { values } = parseArgs({ args: rest, options: { scale: { type: 'string', default: '1' } } });
      const scale = Number(values.scale);
      if (!Number.isInteger(scale) || scale < 1) fail('--scale must be a whole number of at least 1');
      if (config.databases) fail(`seed replaces the embedded demo data only; unset ${HUB_DATABASE_URL_VARIABLE} and ${departmentUrlVariable('…')}`);
      return reseedEmbedded(config, registry, scale);
    }
    case 'audit': {
      if (rest[0] !== 'verify') fail(USAGE);
      const verify = (url: string) => runAuditVerify(url, process.stdout);
      const code = config.databases
        ? await verify(config.databases.hubUrl)
        : await withEmbeddedCluster(config, (logins) => verify(logins.adminUrl(EMBEDDED_HUB_DATABASE)));
      process.exit(code);
    }
    case 'migrate': {
      const ownerUrl = migrationDatabaseUrl();
      if (!ownerUrl) {
        fail(
          `Set ${HUB_MIGRATION_DATABASE_URL_VARIABLE} to the hub database's owner login (and ${HUB_DATABASE_URL_VARIABLE} to the runtime login to grant);` +
            ' the embedded default migrates on start',
        );
      }
      const runtimeUrl = process.env[HUB_DATABASE_URL_VARIABLE];
      const { grantedTo } = await migrateAsOwner(ownerUrl, runtimeUrl ? roleOfUrl(runtimeUrl) : undefined);
      process.stdout.write(
        `hub database is up to date${grantedTo ? `; runtime role "${grantedTo}" granted its privileges` : `; no ${HUB_DATABASE_URL_VARIABLE}, so no runtime role was granted`}\n`,
      );
      return;
    }
    case 'schema':
      if (rest[0] !== 'emit') fail(USAGE);
      return emitSchema(rest.slice(1));
    default:
      process.stdout.write(USAGE);
      if (command && command !== 'help' && command !== '--help') process.exit(2);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`mediation-hub: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
