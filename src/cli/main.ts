#!/usr/bin/env node
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GOVERNANCE_CENTRE, Role } from '../auth/actor';
import { TokenService, tokenDepartments } from '../auth/token.service';
import { loadOrCreateLocalKeys } from '../auth/local-keys';
import { createLogger, type Logger } from '../common/logger';
import {
  departmentUrlVariable,
  HUB_DATABASE_URL_VARIABLE,
  type HubConfig,
  loadConfig,
  projectRoot,
} from '../config/config';
import { serviceKeys } from '../config/service-keys';
import { registeredDepartments } from '../connectors/registered-departments';
import { buildHubSchema, printHubSchema } from '../graphql/schema';
import { DepartmentRegistry } from '../connectors/department-registry';
import { type RunningHub, startHub } from '../server/hub';
import { TrustedDocuments } from '../server/trusted-documents';
import { embeddedCredentials, embeddedUrl, ADMIN_USER, type EmbeddedPostgres } from '../runtime/embedded-postgres';
import {
  EMBEDDED_HUB_DATABASE,
  HUB_MIGRATION_DATABASE_URL_VARIABLE,
  migrateAsOwner,
  migrationDatabaseUrl,
  prepareConfiguredDatabases,
} from '../runtime/environment';
import { roleOfUrl, withClient } from '../runtime/provisioning';
import { withEmbeddedCluster } from './embedded-cluster';
import { stopStrayPostgres } from './stray-postgres';
import { acquireHubLock, DataDirectoryInUse, type HubLock } from './hub-lock';

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

/*
 * The demo (the embedded installation, the simulated bodies, their seed) is loaded when a
 * command uses it: a hub on configured databases serves without it, and what a process loads
 * stays resident for its life.
 */
const embeddedInstallation = () => import('../demo/embedded-installation');
const demoBodiesOf = async (of: DepartmentRegistry) => (await import('./reseed')).demoBodiesOf(of);

async function startDemoInstallation(config: HubConfig, personHashKey: Buffer, log: Logger) {
  const { startEmbeddedInstallation } = await embeddedInstallation();
  return startEmbeddedInstallation(config, await demoBodiesOf(registry), personHashKey, log);
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

async function start(config: HubConfig): Promise<void> {
  const log = createLogger(config.observability.logLevel);
  const stopper = new HubStopper(log, config.shutdownTimeoutMs);
  try {
    await serve(config, log, stopper);
  } catch (error) {
    await stopper.postgres?.stop().catch(() => undefined);
    stopper.lock?.release();
    throw error;
  }
}

async function serve(config: HubConfig, log: Logger, stopper: HubStopper): Promise<void> {
  const bound = stopper.boundMs;
  stopper.takeSignals();
  if (!config.databases) {
    // One hub per data directory: its embedded Postgres belongs to the hub that started it.
    try {
      stopper.lock = acquireHubLock(config.dataDir, process.argv.slice(1).join(' '));
    } catch (error) {
      if (error instanceof DataDirectoryInUse) fail(`mediation-hub: ${error.message}`);
      throw error;
    }
    // Its owner is gone: a Postgres it left running would keep the new one from starting.
    await stopStrayPostgres(path.join(config.dataDir, 'postgres'), log);
  }
  // In production: configured keys only, or a refusal listing everything missing.
  const keys = await serviceKeys(config);
  const installation = config.databases ? undefined : await startDemoInstallation(config, keys.personHashKey, log);
  if (installation) {
    stopper.postgres = installation.postgres;
    installation.postgres.watch({
      warn: (details, message) => log.warn(details, message),
      unexpectedExit: (status) => {
        log.error(
          { ...status, log: installation.postgres.logFile },
          'the embedded Postgres stopped unexpectedly; stopping the hub',
        );
        void stopper.stop('POSTGRES_EXITED', 1);
      },
    });
  }
  const databases = config.databases ?? installation!.targets;
  // Production never migrates here and refuses a runtime role that could alter the audit log.
  if (config.databases)
    await prepareConfiguredDatabases(config.databases, {
      production: config.production,
      log,
      migrationUrl: migrationDatabaseUrl(),
    });
  stopper.hub = await startHub({
    departments: registry.all,
    databases,
    port: config.port,
    // JWT_JWKS_URL or a configured public key verifies tokens; the local key only in development.
    jwt: keys.jwt,
    departmentStatementTimeoutMs: config.departmentStatementTimeoutMs,
    departmentResilience: config.departmentResilience,
    hubDatabase: config.hubDatabase,
    observability: config.observability,
    pipeline: config.pipeline,
    casePages: config.casePages,
    fairUse: config.fairUse,
    production: config.production,
    log,
    personHashKey: keys.personHashKey,
    frontend: {
      corsOrigins: config.frontend.corsOrigins,
      explorer: config.frontend.explorer,
      // Read once at start: a manifest that cannot be read stops the start.
      trustedDocuments:
        config.frontend.trustedDocuments === 'off'
          ? undefined
          : TrustedDocuments.load(config.frontend.trustedDocuments, config.frontend.trustedDocumentsFile),
    },
    riskThresholds: config.riskThresholds,
  });
  const hub = stopper.hub;
  if (installation?.seededNow && keys.jwt.signingKey) {
    const token = await hub.tokens.issue(
      { department: GOVERNANCE_CENTRE, role: Role.CLERK, user: '综治中心 演示数据研判' },
      '10m',
    );
    await (await import('../demo/assess-demo-cases')).assessDemoCases(hub.url, token);
  }
  // The demo seed leaves many changed pages; written out now, they do not slow the first stop.
  if (installation?.seededNow)
    await withClient(installation.postgres.adminUrl('postgres'), (client) => client.query('CHECKPOINT'));
  stopper.started();
  process.stdout.write(
    `\nmediation-hub is serving GraphQL at ${hub.url}\n` +
      (installation
        ? `  databases: embedded Postgres on port ${installation.postgres.port} (data in ${path.relative(process.cwd(), config.dataDir) || '.'})${installation.seededNow ? ', demo data seeded' : ''}\n`
        : '  databases: as configured\n') +
      `  get a token:  npx mediation-hub token --department COURT --role MEDIATOR --user 陈调解员\n` +
      `  then:         curl -s ${hub.url} -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' -d '{"query":"{ me { user department role } }"}'\n` +
      `  health:       http://localhost:${hub.port}/health   readiness: http://localhost:${hub.port}/ready\n` +
      `  stop:         Ctrl-C or SIGTERM (drains requests, then stops${installation ? ' Postgres' : ''}; at most ${bound / 1000} s)\n\n`,
  );
}

/** Part of the stop bound kept for the audit's last commit, closing the pools and Postgres's fast shutdown. */
const STOP_RESERVE_MS = 3_000;
/** How long idle keep-alive connections are kept after a stop signal, so their next request gets a 503, not a reset. */
const KEEP_ALIVE_GRACE_MS = 1_000;
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * The order of a stop: stop taking requests, let in-flight ones finish, commit the audit,
 * close the pools, stop the embedded Postgres (which runs in its own process group, so a
 * Ctrl-C reaches only the hub), release the data directory, log "stopped", exit — 0 when
 * nothing was cut off, 1 otherwise — within the bound.
 */
class HubStopper {
  hub?: RunningHub;
  postgres?: EmbeddedPostgres;
  lock?: HubLock;
  private stopping = false;
  private running = false;
  private pendingSignal?: string;

  constructor(
    private readonly log: Logger,
    readonly boundMs: number,
  ) {}

  /**
   * SIGINT (Ctrl-C), SIGTERM (service managers, kill) and SIGHUP (the terminal closed) all
   * drain. The embedded-postgres package registers exit hooks on the same signals (loaded to
   * create a cluster) that stop its servers and exit at once; the hub decides the order, so
   * listeners added by others are removed as they come.
   */
  takeSignals(): void {
    for (const signal of STOP_SIGNALS) {
      process.removeAllListeners(signal);
      process.on(signal, () => this.onSignal(signal));
    }
    process.on('newListener', (event: string | symbol, listener: (...args: unknown[]) => void) => {
      if ((STOP_SIGNALS as readonly (string | symbol)[]).includes(event))
        setImmediate(() => process.removeListener(event, listener));
    });
  }

  started(): void {
    this.running = true;
    if (this.pendingSignal) void this.stop(this.pendingSignal);
  }

  private onSignal(signal: string): void {
    if (this.running || this.stopping) return void this.stop(signal);
    // Still starting: stop once the start is through (bounded, like any stop).
    this.log.warn({ signal }, 'stopping once the start is through');
    this.pendingSignal = signal;
    setTimeout(() => {
      this.log.error(
        { signal },
        'the start did not finish within the stop bound; exiting (the next start stops the Postgres left running)',
      );
      process.exit(1);
    }, this.boundMs);
  }

  async stop(reason: string, failureCode = 0): Promise<void> {
    if (this.stopping) {
      this.log.warn({ signal: reason }, 'already stopping; waiting for in-flight requests');
      return;
    }
    this.stopping = true;
    const began = Date.now();
    const elapsed = () => Date.now() - began;
    // Whatever hangs, the process ends within the bound.
    setTimeout(() => {
      this.log.error({ signal: reason, boundMs: this.boundMs }, 'stopped: the stop took longer than its bound');
      process.exit(1);
    }, this.boundMs);
    this.log.info({ signal: reason, boundMs: this.boundMs }, 'stopping: draining requests');
    let code = failureCode;
    let cutOff: number;
    // Postgres's fast shutdown ends with a checkpoint that writes every changed page; started
    // now, while requests drain, most of that is done before the shutdown begins.
    const checkpoint = this.postgres
      ? withClient(this.postgres.adminUrl('postgres'), (client) => client.query('CHECKPOINT')).catch(() => undefined)
      : undefined;
    try {
      const deadlineMs = Math.max(this.boundMs - STOP_RESERVE_MS, this.boundMs / 2);
      ({ cutOff } = (await this.hub?.close({ deadlineMs, idleGraceMs: Math.min(KEEP_ALIVE_GRACE_MS, deadlineMs) })) ?? {
        cutOff: 0,
      });
      if (cutOff > 0) {
        this.log.error({ cutOff, deadlineMs }, 'stopping: requests still running at the deadline were cut off');
        code = 1;
      }
    } catch (error) {
      this.log.error({ err: error }, 'stopping: the hub did not close cleanly');
      code = 1;
    }
    const drainedMs = elapsed();
    await Promise.race([
      checkpoint,
      new Promise((resolve) => setTimeout(resolve, Math.max(0, this.boundMs - STOP_RESERVE_MS / 2 - elapsed()))),
    ]);
    try {
      if (this.postgres && !(await this.postgres.stop(Math.max(500, this.boundMs - elapsed() - 500)))) code = 1;
    } catch (error) {
      this.log.error({ err: error }, 'stopping: the embedded Postgres did not stop cleanly');
      code = 1;
    }
    this.lock?.release();
    this.log.info({ signal: reason, code, drainedMs, stoppedMs: elapsed() }, 'stopped');
    process.exit(code);
  }
}

async function token(config: HubConfig, args: string[]): Promise<void> {
  if (config.production)
    fail(
      'token issues development tokens, which a production hub never accepts; tokens come from the identity provider',
    );
  const { values } = parseArgs({
    args,
    options: {
      department: { type: 'string' },
      role: { type: 'string' },
      user: { type: 'string' },
      expires: { type: 'string', default: '12h' },
    },
  });
  const known = tokenDepartments(registry.codes);
  if (!values.department || !known.includes(values.department))
    fail(`--department must be one of: ${known.join(', ')}`);
  if (!values.role || !(Object.values(Role) as string[]).includes(values.role))
    fail(`--role must be one of: ${Object.keys(Role).join(', ')}`);
  if (!values.user) fail('--user is required');
  const keys = await loadOrCreateLocalKeys(config.dataDir);
  const tokens = new TokenService({
    ...config.jwt,
    signingKey: keys.signingKey,
    verificationKey: keys.verificationKey,
    knownDepartments: known,
  });
  process.stdout.write(
    `${await tokens.issue({ department: values.department, role: values.role as Role, user: values.user }, values.expires)}\n`,
  );
}

async function databaseUrl(config: HubConfig, name: string | undefined): Promise<void> {
  if (!name) fail('Usage: mediation-hub db url <hub|' + registry.codes.join('|') + '>');
  if (name !== 'hub') registry.get(name);
  if (config.databases) {
    process.stdout.write(`${name === 'hub' ? config.databases.hubUrl : config.databases.departmentUrls[name]}\n`);
    return;
  }
  const names = (await embeddedInstallation()).defaultDatabaseNames(await demoBodiesOf(registry));
  const database = name === 'hub' ? names.hub : names.departments[name];
  const { adminPassword } = embeddedCredentials(config.dataDir);
  process.stdout.write(`${embeddedUrl(config.embeddedPostgresPort, ADMIN_USER, adminPassword, database)}\n`);
}

async function emitSchema(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { out: { type: 'string', default: path.join(projectRoot(), 'schema', 'schema.graphql') } },
  });
  const sdl = printHubSchema(await buildHubSchema(registry));
  fs.mkdirSync(path.dirname(values.out), { recursive: true });
  fs.writeFileSync(values.out, sdl);
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
      if (config.databases)
        fail(
          `seed replaces the embedded demo data only; unset ${HUB_DATABASE_URL_VARIABLE} and ${departmentUrlVariable('…')}`,
        );
      return (await import('./reseed')).reseedEmbedded(config, registry, scale);
    }
    case 'audit': {
      if (rest[0] !== 'verify') fail(USAGE);
      // Loaded here: the verifier (and its progress bar) is for this command only.
      const { runAuditVerify } = await import('../audit/audit-verify.command');
      const verify = (url: string) => runAuditVerify(url, process.stdout);
      const code = config.databases
        ? await verify(config.databases.hubUrl)
        : await withEmbeddedCluster(config, (logins) => verify(logins.adminUrl(EMBEDDED_HUB_DATABASE)));
      return process.exit(code);
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
