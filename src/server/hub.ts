import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type http from 'node:http';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { Pool } from 'pg';
import { Purpose } from '../agreements/agreement.enums';
import { PolicyDirectory } from '../agreements/policy-directory';
import type { AuditWriter } from '../audit/audit-writer';
import { UUID } from '../common/ids';
import { Role } from '../auth/actor';
import { AuditCommits, auditPlugin } from '../graphql/audit.plugin';
import { sourceStatusPlugin } from '../graphql/source-status.plugin';
import { TokenService, type TokenSettings, tokenDepartments } from '../auth/token.service';
import { ErrorCode } from '../common/error-code';
import { IDEMPOTENCY_KEY } from '../common/idempotency';
import { HubError } from '../common/hub-error';
import type { Logger } from '../common/logger';
import type { DepartmentDefinition } from '../connectors/department-definition';
import { DepartmentRegistry } from '../connectors/department-registry';
import { type DepartmentResilience, DepartmentSources } from '../connectors/department-sources';
import {
  type DatabaseTargets,
  DEFAULT_HUB_DATABASE_LIMITS,
  type HubDatabaseLimits,
  type PipelineSettings,
} from '../config/config';
import type { RiskThresholds } from '../cases/risk/risk-thresholds';
import { createFormatError, hubUnavailableStatusPlugin } from '../graphql/format-error';
import { BudgetLeases, FairUse, type FairUseLimits, PostgresFairUseStore } from '../graphql/fair-use';
import {
  DEFAULT_QUERY_LIMITS,
  hideSuggestionsPlugin,
  OperationLimits,
  type QueryLimits,
  queryLimitsPlugin,
  queryParseOptions,
  withQueryLimitErrors,
} from '../graphql/query-limits';
import { createRequestContext, type RequestContext, type RequestContextSources } from '../graphql/request-context';
import { boundedSessionSettings, createHubDataSource, type HubDataSource } from '../runtime/hub-data-source';
import { BoundedAuditWriter } from '../observability/audit-deadline';
import { HubMetrics } from '../observability/metrics';
import { observabilityPlugin } from '../observability/observability.plugin';
import { currentObservation } from '../observability/request-observation';
import { hubTracer } from '../observability/tracing';
import { probeReadiness } from './readiness';
import type { RiskScreeningWorker } from '../cases/risk/risk-screening.worker';
import { composeHub, type HubServices } from './composition-root';
import { createHttpServer, type FrontendRoutes } from './http-server';
import { defaultConsoleDir } from './console-files';
import { CorsPolicy } from './cors';
import { TrustedDocuments } from './trusted-documents';
import { FastPath } from './fast-path';
import { CasePageJson } from '../read-room/case-page-json.read';
import { bodyZh } from '../cases/labels-zh';
import { ENUM_LABELS_ZH } from '../graphql/labels.resolver';
import { type DrainOptions, type DrainResult, HttpDrain } from './http-drain';
import type { CasePageSettings } from '../cases/joint-case-page-read';

export interface HubOptions {
  departments: readonly DepartmentDefinition[];
  databases: DatabaseTargets;
  port: number;
  /** 127.0.0.1 in tests; all interfaces by default. */
  host?: string;
  /** Issuer, audience, algorithms, and a verification key or the identity provider's JWKS (see TokenSettings). */
  jwt: Omit<TokenSettings, 'knownDepartments'>;
  departmentStatementTimeoutMs: number;
  /** Each body's read deadline, connection timeout and circuit breaker; defaults in DepartmentDatabase. */
  departmentResilience?: DepartmentResilience;
  production: boolean;
  /** Hostile-query limits; defaults in src/graphql/query-limits.ts. */
  queryLimits?: Partial<QueryLimits>;
  /**
   * Per-user and per-body query cost budgets per minute; defaults in src/graphql/fair-use.ts.
   * `leases` (default true): each replica spends them from leases rather than one statement per request.
   */
  fairUse?: Partial<FairUseLimits> & { leases?: boolean };
  log: Logger;
  /** Bounds on every wait on the hub database and the audit commit; defaults in src/config/defaults.ts. */
  hubDatabase?: Partial<HubDatabaseLimits>;
  /** Per-document work remembered between requests (DOCUMENT_CACHE, QUERY_LIMIT_CACHE) and the fast path (FAST_PATH); all on by default. */
  pipeline?: Partial<PipelineSettings>;
  /** How a page of cases is read (CASE_PAGE_SYNC, CASE_PAGE_PROJECTION, CASE_PAGE_JSON); all on by default. */
  casePages?: Partial<CasePageSettings>;
  /** Access log (default on) and OpenTelemetry spans (default off). */
  observability?: { accessLog?: boolean; tracing?: boolean };
  /** Key of the keyed hash that links a person's records (and finds protected persons). */
  personHashKey: Buffer;
  /**
   * For measurement only (the benchmark's "audit off" variant, bench/hub-server.ts): 'off'
   * leaves the audit plugin out, so reads are neither audited nor reported in
   * `extensions.access`. Never set it in a deployment: the hub's promise is no answer without
   * its audit record. Default 'on'.
   */
  audit?: 'on' | 'off';
  /** The risk rules' thresholds (RISK_* settings); the rules' defaults when absent. */
  riskThresholds?: RiskThresholds;
  /** What browser apps and frontend teams get (README "For frontend teams"). */
  frontend?: FrontendSettings;
}

export interface FrontendSettings {
  /** CORS_ORIGINS: origins whose browser apps may call the hub; none by default. */
  corsOrigins?: readonly string[];
  /** The explorer at GET /graphql: default on in development, off in production (EXPLORER=on turns it on). */
  explorer?: boolean;
  /** TRUSTED_DOCUMENTS with its manifest; none by default. */
  trustedDocuments?: TrustedDocuments;
  /** The console's build output served at /console; default console/dist, null for none. */
  consoleDir?: string | null;
}

export interface RunningHub {
  url: string;
  port: number;
  registry: DepartmentRegistry;
  sources: DepartmentSources;
  tokens: TokenService;
  hubDb: HubDataSource;
  audit: AuditWriter;
  /** Completes queued risk assessments as the centre (tests wait on `idle()`). */
  riskWorker: RiskScreeningWorker;
  /** The Prometheus metrics served at /metrics. */
  metrics: HubMetrics;
  /** The services as the composition root built them (for the hub's own work and tests). */
  services: HubServices;
  /** What request contexts are made from: `createRequestContext(hub.contextSources, …)`. */
  contextSources: RequestContextSources;
  /**
   * Stops taking requests (new ones on kept-alive connections are answered 503
   * HUB_UNAVAILABLE with `connection: close`), lets in-flight ones finish within the deadline
   * (default 10 s, no idle grace), commits the audit writer's last batch, closes every pool.
   */
  close(options?: Partial<DrainOptions>): Promise<DrainResult>;
}

/** Assembles and starts one hub process. Stateless: any number can serve the same databases. */
export async function startHub(options: HubOptions): Promise<RunningHub> {
  const { log } = options;
  const registry = new DepartmentRegistry(options.departments);
  const sources = new DepartmentSources(
    registry,
    options.databases.departmentUrls,
    { statementTimeoutMs: options.departmentStatementTimeoutMs, ...options.departmentResilience },
    log,
  );
  const limits: HubDatabaseLimits = { ...DEFAULT_HUB_DATABASE_LIMITS, ...options.hubDatabase };
  const hubDb = createHubDataSource(options.databases.hubUrl, { counter: sources.statements, limits });
  await hubDb.initialize();
  const tokens = new TokenService({ ...options.jwt, knownDepartments: tokenDepartments(registry.codes) });
  const policy = new PolicyDirectory(hubDb, options.databases.hubUrl, log);
  await policy.start();
  // The audit batch statement may run up to the audit commit deadline; its lock waits and
  // connection waits are bounded like every other hub session.
  const auditPool = new Pool({
    connectionString: options.databases.hubUrl,
    max: 2,
    application_name: 'mediation-hub:audit',
    ...boundedSessionSettings(limits, limits.auditCommitTimeoutMs),
  });
  auditPool.on('error', () => undefined);
  const metrics = new HubMetrics({
    breakers: () => registry.codes.map((code) => ({ department: code, state: sources.get(code).db.breaker.state })),
    pools: () => [
      { name: 'hub', usage: () => poolUsage(driverPool(hubDb)) },
      { name: 'hub-reads', usage: () => poolUsage(hubDb.namedReads) },
      { name: 'audit', usage: () => poolUsage(auditPool) },
      ...registry.codes.map((code) => ({ name: code, usage: () => sources.get(code).db.poolUsage })),
    ],
  });
  for (const code of registry.codes)
    sources.get(code).db.breaker.observe((outcome) => metrics.observeBodyRead(outcome));
  const audit = new BoundedAuditWriter({ pool: auditPool, log, commitTimeoutMs: limits.auditCommitTimeoutMs, metrics });
  const queryLimits: QueryLimits = { ...DEFAULT_QUERY_LIMITS, ...options.queryLimits };
  const { schema, riskWorker, contextSources, services } = await composeHub({
    hubDb,
    registry,
    sources,
    policy,
    audit,
    personHashKey: options.personHashKey,
    queryLimits,
    production: options.production,
    riskThresholds: options.riskThresholds,
    casePages: options.casePages,
    log,
  });

  const { leases: fairUseLeases = true, ...fairUseLimits } = options.fairUse ?? {};
  const fairUseBuckets = new PostgresFairUseStore(options.databases.hubUrl, log);
  const fairUseStore = fairUseLeases ? new BudgetLeases(fairUseBuckets) : fairUseBuckets;
  const pipeline: PipelineSettings = {
    documentCache: true,
    queryLimitCache: true,
    fastPath: true,
    ...options.pipeline,
  };
  // Each answer's audit commit, awaited by the HTTP layer after serialisation, before the first byte.
  const auditCommits = options.audit === 'off' ? undefined : new AuditCommits();
  // Refuses hostile queries and charges fair use before anything runs (no body's database is read for a refusal).
  // Budgets live in the hub database, so every replica spends from the same ones (through leases:
  // a slice at a time, see BudgetLeases).
  // The checks are remembered per document, operation and cost variables unless QUERY_LIMIT_CACHE=off;
  // fair use is charged for every request. Shared by Apollo's plugin and the fast path.
  const operationLimits = new OperationLimits({
    limits: queryLimits,
    fairUse: new FairUse(fairUseLimits, fairUseStore),
    cache: pipeline.queryLimitCache,
  });
  // Query limits (query-limits.ts): the parser stops at the token limit, whose error is reworded here.
  const formatError = withQueryLimitErrors(createFormatError(log));
  // FAST_PATH (fast-path.ts): known valid POST queries past Apollo's pipeline; it keeps documents,
  // so it is off with DOCUMENT_CACHE=off.
  const fastPath =
    pipeline.fastPath && pipeline.documentCache
      ? new FastPath({
          schema,
          limits: operationLimits,
          formatError,
          production: options.production,
          audit: options.audit === 'off' ? undefined : audit,
          metrics,
          // CASE_PAGE_JSON (on unless set off): plain pages of cases as Postgres built them.
          ...(options.casePages?.json === false ? {} : { casePageJson: new CasePageJson(hubDb, schema) }),
        })
      : undefined;
  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError,
    parseOptions: queryParseOptions(queryLimits),
    // Parsed and validated documents are kept (Apollo's bounded default store) unless DOCUMENT_CACHE=off.
    ...(pipeline.documentCache ? {} : { documentStore: null }),
    includeStacktraceInErrorResponses: false,
    // Development shows the schema (introspection, "Did you mean ...?"); production does not.
    introspection: !options.production,
    hideSchemaDetailsFromClientErrors: options.production,
    // One operation per HTTP request; a simple (non-preflighted) request is refused as possible CSRF
    // (a GET query carrying the hub's own headers counts as preflighted: see http-server.ts).
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // Automatic persisted queries keep each process's own cache, which replicas behind a load
    // balancer do not share; in production they are off (clients send the query text).
    ...(options.production ? { persistedQueries: false as const } : {}),
    // The process's owner decides the order of a stop (requests drain, then the audit, then the
    // pools); Apollo's own SIGINT/SIGTERM handler would stop it mid-drain and re-raise the signal.
    stopOnTerminationSignals: false,
    plugins: [
      // The default landing page loads from a CDN; an intranet has none.
      ApolloServerPluginLandingPageDisabled(),
      // Answers are per caller and audited, never cached; the default plugin would still wrap
      // every field resolver to compute cache hints.
      ApolloServerPluginCacheControlDisabled(),
      queryLimitsPlugin(operationLimits),
      ...(options.production ? [hideSuggestionsPlugin()] : []),
      ...(options.audit === 'off' ? [] : [auditPlugin(audit, auditCommits)]),
      sourceStatusPlugin(),
      hubUnavailableStatusPlugin(),
      observabilityPlugin(),
      ...(fastPath ? [fastPath.plugin()] : []),
    ],
  });
  await apollo.start();

  const server: http.Server = createHttpServer({
    apollo,
    auditCommits,
    fastPath,
    frontend: frontendRoutes(options, tokens, registry),
    log,
    metrics,
    accessLog: options.observability?.accessLog ?? true,
    tracer: hubTracer(options.observability?.tracing ?? false),
    async context(req, requestId) {
      let actor;
      try {
        actor = await tokens.verifyAuthorizationHeader(req.headers.authorization);
      } catch (error) {
        const reason = error instanceof HubError ? error : HubError.unauthenticated('The token could not be verified');
        throw new GraphQLError(reason.message, { extensions: { code: reason.code, http: { status: 401 } } });
      }
      const observation = currentObservation();
      if (observation) {
        observation.department = actor.department;
        observation.role = actor.role;
      }
      const { purpose, jointCaseId } = readRequestScope(req.headers);
      const idempotencyKey = readIdempotencyKey(req.headers);
      return createRequestContext(contextSources, {
        requestId,
        actor,
        purpose,
        jointCaseId,
        idempotencyKey,
        log: () => log.child({ requestId, actorDepartment: actor.department }),
      });
    },
    ready: () => probeReadiness({ hubDb, auditPool, sources, timeoutMs: limits.readyTimeoutMs, log }),
  });

  const drain = new HttpDrain(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  riskWorker.start();
  const url = `http://${options.host && options.host !== '0.0.0.0' ? options.host : 'localhost'}:${port}/graphql`;

  return {
    url,
    port,
    registry,
    sources,
    tokens,
    hubDb,
    audit,
    riskWorker,
    metrics,
    services,
    contextSources,
    async close(options) {
      const drained = await drain.close({ deadlineMs: 10_000, idleGraceMs: 0, ...options });
      await apollo.stop();
      await riskWorker.stop();
      await audit.close();
      await policy.close();
      await auditPool.end();
      await fairUseStore.close();
      await sources.close();
      await hubDb.destroy();
      return drained;
    },
  };
}

/**
 * The purpose (x-purpose) and joint case (x-joint-case-id) a request says it reads other
 * bodies' records for. Both are optional here; agreements decide whether they are needed.
 */
function readRequestScope(headers: http.IncomingHttpHeaders): { purpose: Purpose | null; jointCaseId: string | null } {
  const purposeHeader = headers['x-purpose'];
  const caseHeader = headers['x-joint-case-id'];
  const badInput = (message: string) =>
    new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } });
  // An allow-list of the enum's values, not `purposeHeader in Purpose`: that is also true for
  // "toString", "__proto__" or "constructor", which would then be stored as the audit's purpose.
  if (purposeHeader !== undefined && (typeof purposeHeader !== 'string' || !PURPOSES.has(purposeHeader))) {
    throw badInput(`x-purpose must be one of ${[...PURPOSES].join(', ')}`);
  }
  if (caseHeader !== undefined && (typeof caseHeader !== 'string' || !UUID.test(caseHeader))) {
    throw badInput('x-joint-case-id must be the id of a joint case');
  }
  return { purpose: (purposeHeader as Purpose | undefined) ?? null, jointCaseId: caseHeader ?? null };
}

/** The Idempotency-Key a creating write may carry; anything else sent there is refused. */
function readIdempotencyKey(headers: http.IncomingHttpHeaders): string | null {
  const key = headers['idempotency-key'];
  if (key === undefined) return null;
  if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)) {
    throw new GraphQLError('Idempotency-Key must be 1 to 128 letters, digits or . _ : -', {
      extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
    });
  }
  return key;
}

/** The browser-facing routes: CORS, the explorer, the console, trusted documents, the development token route. */
function frontendRoutes(options: HubOptions, tokens: TokenService, registry: DepartmentRegistry): FrontendRoutes {
  const departments = registry.codes;
  const settings = options.frontend ?? {};
  const explorerOn = settings.explorer ?? !options.production;
  const development = !options.production && options.jwt.signingKey !== undefined;
  const pickerBodies = tokenDepartments(departments);
  return {
    cors: new CorsPolicy(settings.corsOrigins ?? []),
    explorer: explorerOn
      ? { picker: development ? { departments: pickerBodies, roles: Object.values(Role) } : undefined }
      : null,
    trustedDocuments: settings.trustedDocuments ?? TrustedDocuments.none(),
    consoleDir: settings.consoleDir === undefined ? defaultConsoleDir() : settings.consoleDir,
    developmentToken: development
      ? async ({ department, role, user }) => {
          if (typeof department !== 'string' || !pickerBodies.includes(department))
            throw new Error(`department must be one of ${pickerBodies.join(', ')}`);
          if (typeof role !== 'string' || !(Object.values(Role) as string[]).includes(role))
            throw new Error(`role must be one of ${Object.values(Role).join(', ')}`);
          const name = typeof user === 'string' && user.trim() ? user.trim().slice(0, 40) : `${department} ${role}`;
          return tokens.issue({ department, role: role as Role, user: name }, '12h');
        }
      : undefined,
    developmentChoices: development
      ? () => ({
          departments: pickerBodies.map((code) => ({ code, label: bodyZh(code, registry) })),
          roles: Object.values(Role).map((code) => ({ code, label: ENUM_LABELS_ZH.Role[code] ?? code })),
        })
      : undefined,
  };
}

/** The purposes a request may name (x-purpose): exactly the values of the Purpose enum. */
const PURPOSES: ReadonlySet<string> = new Set<string>(Object.values(Purpose));

/** The TypeORM data source's pg pool (its master pool; the hub has no replicas). */
function driverPool(dataSource: DataSource): Pool | undefined {
  return (dataSource.driver as unknown as { master?: Pool }).master;
}

function poolUsage(pool: Pool | null | undefined): { total: number; idle: number; waiting: number } {
  return { total: pool?.totalCount ?? 0, idle: pool?.idleCount ?? 0, waiting: pool?.waitingCount ?? 0 };
}
