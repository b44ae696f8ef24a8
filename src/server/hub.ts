import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { Pool } from 'pg';
import { RequestAccessLog } from '../agreements/access-log';
import { AgreementDryRun } from '../agreements/agreement-dry-run';
import { Purpose } from '../agreements/agreement.enums';
import { AgreementService } from '../agreements/agreement.service';
import { PolicyDirectory } from '../agreements/policy-directory';
import { ProtectedPersonService } from '../agreements/protected-person.service';
import { RequestAccess } from '../agreements/request-access';
import { AuditReportService } from '../audit/audit-report.service';
import { AuditWriter } from '../audit/audit-writer';
import { UUID } from '../cases/joint-case.service';
import { auditPlugin } from '../graphql/audit.plugin';
import { sourceStatusPlugin } from '../graphql/source-status.plugin';
import { hashResidentId } from '../persons/resident-id-hash';
import { TokenService, type TokenSettings, tokenDepartments } from '../auth/token.service';
import { ErrorCode } from '../common/error-code';
import { HubError } from '../common/hub-error';
import type { Logger } from '../common/logger';
import { JointCaseLoaders } from '../cases/joint-case.loaders';
import { JointCaseService } from '../cases/joint-case.service';
import { WorkflowService } from '../cases/workflow/workflow.service';
import type { DepartmentDefinition } from '../connectors/department-definition';
import { DepartmentRegistry } from '../connectors/department-registry';
import { type DepartmentResilience, DepartmentSources } from '../connectors/department-sources';
import { RecordLoaders } from '../connectors/record-loaders';
import type { DatabaseTargets } from '../config/config';
import { createFormatError } from '../graphql/format-error';
import { FairUse, type FairUseLimits } from '../graphql/fair-use';
import {
  DEFAULT_QUERY_LIMITS,
  hideSuggestionsPlugin,
  type QueryLimits,
  queryLimitsPlugin,
  queryParseOptions,
  withQueryLimitErrors,
} from '../graphql/query-limits';
import type { HubServices, RequestContext } from '../graphql/request-context';
import { buildHubSchema } from '../graphql/schema';
import { PersonService } from '../persons/person.service';
import { createHubDataSource } from '../runtime/hub-data-source';
import { createHttpServer } from './http-server';
import { type DrainOptions, type DrainResult, HttpDrain } from './http-drain';

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
  /** Per-user and per-body query cost budgets per minute; defaults in src/graphql/fair-use.ts. */
  fairUse?: Partial<FairUseLimits>;
  log: Logger;
  /** Key of the keyed hash that links a person's records (and finds protected persons). */
  personHashKey: Buffer;
  /**
   * For measurement only (the benchmark's "audit off" variant, bench/hub-server.ts): 'off'
   * leaves the audit plugin out, so reads are neither audited nor reported in
   * `extensions.access`. Never set it in a deployment: the hub's promise is no answer without
   * its audit record. Default 'on'.
   */
  audit?: 'on' | 'off';
}

export interface RunningHub {
  url: string;
  port: number;
  registry: DepartmentRegistry;
  sources: DepartmentSources;
  tokens: TokenService;
  hubDb: DataSource;
  audit: AuditWriter;
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
  const hubDb = createHubDataSource(options.databases.hubUrl, { counter: sources.statements });
  await hubDb.initialize();
  const tokens = new TokenService({ ...options.jwt, knownDepartments: tokenDepartments(registry.codes) });
  const policy = new PolicyDirectory(hubDb, options.databases.hubUrl, log);
  await policy.start();
  const auditPool = new Pool({ connectionString: options.databases.hubUrl, max: 2, application_name: 'mediation-hub:audit' });
  auditPool.on('error', () => undefined);
  const audit = new AuditWriter({ pool: auditPool, log });
  const services: HubServices = {
    registry,
    hubDb,
    jointCases: new JointCaseService(hubDb),
    persons: new PersonService(),
    agreements: new AgreementService(hubDb, registry),
    agreementDryRun: new AgreementDryRun(registry),
    protectedPersons: new ProtectedPersonService(hubDb),
    auditReports: new AuditReportService(hubDb),
    workflow: new WorkflowService(hubDb, registry),
    hashResidentId: (residentId) => hashResidentId(options.personHashKey, residentId),
  };
  const schema = await buildHubSchema(registry);
  services.agreementDryRun.schema = schema;

  const queryLimits: QueryLimits = { ...DEFAULT_QUERY_LIMITS, ...options.queryLimits };
  const apollo = new ApolloServer<RequestContext>({
    schema,
    // Query limits (query-limits.ts): the parser stops at the token limit, whose error is reworded here.
    formatError: withQueryLimitErrors(createFormatError(log)),
    parseOptions: queryParseOptions(queryLimits),
    includeStacktraceInErrorResponses: false,
    // Development shows the schema (introspection, "Did you mean ...?"); production does not.
    introspection: !options.production,
    hideSchemaDetailsFromClientErrors: options.production,
    // One operation per HTTP request; a simple (non-preflighted) request is refused as possible CSRF.
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // The process's owner decides the order of a stop (requests drain, then the audit, then the
    // pools); Apollo's own SIGINT/SIGTERM handler would stop it mid-drain and re-raise the signal.
    stopOnTerminationSignals: false,
    plugins: [
      // The default landing page loads from a CDN; an intranet has none.
      ApolloServerPluginLandingPageDisabled(),
      // Answers are per caller and audited, never cached; the default plugin would still wrap
      // every field resolver to compute cache hints.
      ApolloServerPluginCacheControlDisabled(),
      // Refuses hostile queries and charges fair use before anything runs (no SQL for a refusal).
      queryLimitsPlugin({ limits: queryLimits, fairUse: new FairUse(options.fairUse) }),
      ...(options.production ? [hideSuggestionsPlugin()] : []),
      ...(options.audit === 'off' ? [] : [auditPlugin(audit)]),
      sourceStatusPlugin(),
    ],
  });
  await apollo.start();

  const server: http.Server = createHttpServer({
    apollo,
    log,
    async context(req, requestId) {
      let actor;
      try {
        actor = await tokens.verifyAuthorizationHeader(req.headers.authorization);
      } catch (error) {
        const reason = error instanceof HubError ? error : HubError.unauthenticated('The token could not be verified');
        throw new GraphQLError(reason.message, { extensions: { code: reason.code, http: { status: 401 } } });
      }
      const { purpose, jointCaseId } = readRequestScope(req.headers);
      const requestLog = log.child({ requestId, actorDepartment: actor.department });
      return {
        requestId,
        actor,
        jointCaseId,
        log: requestLog,
        services,
        access: new RequestAccess(actor, purpose, policy),
        accessLog: new RequestAccessLog(),
        records: new RecordLoaders(sources, requestLog, services.hashResidentId),
        caseParts: new JointCaseLoaders(hubDb),
      };
    },
    async ready() {
      let hub: 'UP' | 'DOWN' = 'UP';
      try {
        await hubDb.query('SELECT 1');
      } catch (error) {
        log.warn({ err: error }, 'hub database unreachable');
        hub = 'DOWN';
      }
      const departments = await sources.status();
      return { ok: hub === 'UP', body: { status: hub === 'UP' ? 'READY' : 'NOT_READY', hub, departments } };
    },
  });

  const drain = new HttpDrain(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${options.host && options.host !== '0.0.0.0' ? options.host : 'localhost'}:${port}/graphql`;

  return {
    url,
    port,
    registry,
    sources,
    tokens,
    hubDb,
    audit,
    async close(options) {
      const drained = await drain.close({ deadlineMs: 10_000, idleGraceMs: 0, ...options });
      await apollo.stop();
      await audit.close();
      await policy.close();
      await auditPool.end();
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
  const badInput = (message: string) => new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } });
  if (purposeHeader !== undefined && (typeof purposeHeader !== 'string' || !(purposeHeader in Purpose))) {
    throw badInput(`x-purpose must be one of ${Object.keys(Purpose).join(', ')}`);
  }
  if (caseHeader !== undefined && (typeof caseHeader !== 'string' || !UUID.test(caseHeader))) {
    throw badInput('x-joint-case-id must be the id of a joint case');
  }
  return { purpose: (purposeHeader as Purpose | undefined) ?? null, jointCaseId: caseHeader ?? null };
}
