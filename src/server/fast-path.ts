import type { IncomingHttpHeaders } from 'node:http';
import { type ApolloServerPlugin, HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import {
  type DocumentNode,
  execute,
  type ExecutionResult,
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import type { AuditWriter } from '../audit/audit-writer';
import {
  addAccessExtension,
  auditUnavailableResult,
  settleAuditAppend,
  startAuditAppend,
} from '../graphql/audit.plugin';
import { holdsNoDataForHubUnavailable } from '../graphql/format-error';
import { hideSuggestions, type OperationLimits } from '../graphql/query-limits';
import type { RequestContext } from '../graphql/request-context';
import { addSourcesExtension } from '../graphql/source-status.plugin';
import type { HubMetrics } from '../observability/metrics';
import { noteOperation } from '../observability/observability.plugin';
import { currentObservation } from '../observability/request-observation';
import type { CasePageJson } from '../read-room/case-page-json.read';

/*
 * The fast path (FAST_PATH=on): a POST query whose document Apollo has already parsed,
 * validated and run once is answered here, past Apollo's request pipeline (its hooks, promises
 * and request objects), by the same code the hub's plugins run: the query limits and the
 * fair-use charge, graphql-js `execute` over the same schema, the hub's formatError, the access
 * and source-status extensions, the audit commit awaited before the first byte, the
 * observation of the request. The answers are Apollo's, byte for byte
 * (tests/server/pipeline-caches.integration.spec.ts compares them).
 *
 * What this path does not know how to answer exactly it leaves to Apollo, and it decides so
 * before any side effect (fair-use charge, audit): GET, mutations, subscriptions, documents not
 * seen yet or seen with errors, limit refusals, variables that do not coerce, a context that
 * cannot be built (a bad token), extensions (persisted queries), unusual bodies and Accept headers.
 */

const MEDIA_TYPE_JSON = 'application/json; charset=utf-8';
const MEDIA_TYPE_GRAPHQL_RESPONSE = 'application/graphql-response+json; charset=utf-8';

/** Most documents (with their operation) the fast path knows; least recently used first out. */
export const FAST_PATH_DOCUMENTS = 1000;
/** Most memory the known documents take, estimated as eight times their text (the parsed tree is larger than the text). */
export const FAST_PATH_BYTES = 32 * 2 ** 20;

/** A document and operation Apollo has validated, checked and started to execute. */
interface KnownOperation {
  document: DocumentNode;
  operation: OperationDefinitionNode;
}

/** A request the fast path can take, pending the checks that need its caller and variables. */
export interface FastRequest {
  query: string;
  operationName: string | undefined;
  variables: Record<string, unknown> | undefined;
  known: KnownOperation;
  contentType: string;
}

export type FastOutcome =
  | { answered: true; response: HTTPGraphQLResponse; committed: boolean }
  /** Left to Apollo, before any side effect. */
  | { answered: false };

export interface FastPathOptions {
  schema: GraphQLSchema;
  /** The query-limits plugin's own checks and fair-use charge. */
  limits: OperationLimits;
  /** Apollo's formatError (the hub's, with the query-limit wording). */
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** Production hides graphql-js's "Did you mean ...?" hints (hideSuggestionsPlugin). */
  production: boolean;
  /** The audit writer; absent only when the audit plugin is (the benchmark's "audit off"). */
  audit?: AuditWriter;
  metrics?: HubMetrics;
  /** CASE_PAGE_JSON: a plain page of cases answered with the JSON text Postgres built, when the read room allows. */
  casePageJson?: CasePageJson;
}

const BODY_MEMBERS = new Set(['query', 'operationName', 'variables']);

export class FastPath {
  private readonly known = new LRUCache<string, KnownOperation>({
    max: FAST_PATH_DOCUMENTS,
    maxSize: FAST_PATH_BYTES,
    sizeCalculation: (_, key) => key.length * 8,
  });

  constructor(private readonly options: FastPathOptions) {}

  /**
   * The Apollo plugin that teaches the fast path a document: a query operation that reached
   * execution has parsed, validated and passed the limits' shape checks (which depend on the
   * document alone); the limits' cost and the variables are checked again for every request.
   */
  plugin(): ApolloServerPlugin<RequestContext> {
    return {
      requestDidStart: async () => ({
        executionDidStart: async ({ request, document, operation }) => {
          // Apollo starts execution without an operation when the name matches none (execute reports it).
          if ((operation as OperationDefinitionNode | undefined)?.operation !== 'query') return;
          if (typeof request.query !== 'string') return;
          this.known.set(operationKey(request.operationName, request.query), { document, operation });
        },
      }),
    };
  }

  /** The request as the fast path takes it, or undefined when it is Apollo's (decided from the request alone). */
  match(method: string | undefined, headers: IncomingHttpHeaders, body: unknown): FastRequest | undefined {
    if (method !== 'POST') return undefined;
    if ((headers['content-type'] ?? '').split(';')[0].trim().toLowerCase() !== 'application/json') return undefined;
    const contentType = singleResultContentType(headers.accept);
    if (!contentType || !isRecord(body)) return undefined;
    for (const member of Object.keys(body)) if (!BODY_MEMBERS.has(member)) return undefined;
    const { query, operationName, variables } = body;
    if (typeof query !== 'string') return undefined;
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return undefined;
    if (variables !== undefined && variables !== null && !isRecord(variables)) return undefined;
    const known = this.known.get(operationKey(operationName ?? undefined, query));
    if (!known) return undefined;
    return {
      query,
      operationName: operationName ?? undefined,
      variables: variables ?? undefined,
      known,
      contentType,
    };
  }

  /** Answers the request as Apollo would, or leaves it to Apollo before any side effect. */
  async answer(request: FastRequest, context: () => Promise<RequestContext>): Promise<FastOutcome> {
    const { schema, limits } = this.options;
    const { document, operation } = request.known;
    let cost: number | null;
    try {
      ({ cost } = limits.check(schema, request.query, document, operation, request.variables ?? {}));
    } catch {
      return { answered: false };
    }
    // Variables that do not coerce: Apollo reports them (its wording, code and status).
    if (cost === null) return { answered: false };
    let ctx: RequestContext;
    try {
      ctx = await context();
    } catch {
      return { answered: false };
    }

    // From here on the request is the fast path's: what Apollo does from didResolveOperation on.
    this.options.metrics?.fastPathRequests.inc();
    const observation = currentObservation();
    if (observation) noteOperation(observation, operation.name?.value ?? null, operation.operation);
    try {
      await limits.charge(ctx.actor, cost);
    } catch (error) {
      // Refused before execution (RATE_LIMITED): Apollo's error response, 500 unless the error says otherwise.
      return this.respond(request, ctx, [ensureGraphQLError(error)], undefined, 500);
    }
    // A plain page of cases the read room finds shown as stored: its text as Postgres built it.
    // Otherwise (nothing logged or recorded on the way) graphql-js answers it below.
    const plan = this.options.casePageJson?.planOf(operation);
    if (plan) {
      let data: string | undefined;
      try {
        data = await this.options.casePageJson!.dataOf(ctx, plan, request.variables);
      } catch {
        data = undefined;
      }
      if (data !== undefined) {
        this.options.metrics?.casePageJsonAnswers.inc();
        return this.respond(request, ctx, undefined, undefined, undefined, data);
      }
    }
    let result: ExecutionResult;
    try {
      result = await execute({
        schema,
        document,
        contextValue: ctx,
        variableValues: request.variables,
        operationName: request.operationName,
      });
    } catch (error) {
      return this.respond(request, ctx, [ensureGraphQLError(error)], undefined, 500);
    }
    return this.respond(request, ctx, result.errors ? [...result.errors] : undefined, result);
  }

  /**
   * What Apollo does once execution has ended (or the request was refused): the audit append
   * starts, errors are stripped of hints and formatted, the plugins' willSendResponse add the
   * access and source-status extensions and the 503 of HUB_UNAVAILABLE, and the result is
   * serialised in Apollo's member order; the audit commit is awaited before anything is sent.
   */
  private async respond(
    request: FastRequest,
    ctx: RequestContext,
    errors: GraphQLError[] | undefined,
    result: ExecutionResult | undefined,
    defaultStatus?: number,
    /** The `data` member as JSON text (a page of cases as Postgres built it), in place of `result`. */
    dataText?: string,
  ): Promise<FastOutcome> {
    const { audit } = this.options;
    const append = audit ? startAuditAppend(audit, ctx) : undefined;
    if (errors && this.options.production) hideSuggestions(errors);
    const head = { status: undefined as number | undefined, headers: new HeaderMap() };
    const formatted = errors ? this.formatErrors(errors, head) : undefined;
    const single: { errors?: GraphQLFormattedError[]; data?: unknown; extensions?: Record<string, unknown> } = result
      ? { ...result, errors: formatted }
      : { errors: formatted };
    let status = head.status ?? defaultStatus;
    if (audit) addAccessExtension(single, ctx);
    addSourcesExtension(single, ctx);
    if (holdsNoDataForHubUnavailable(single as Parameters<typeof holdsNoDataForHubUnavailable>[0])) status = 503;
    if (!head.headers.get('content-type')) head.headers.set('content-type', request.contentType);
    // JSON.stringify's text of the same members (an undefined member is left out), `data` as given.
    const text =
      dataText === undefined
        ? `${JSON.stringify({ errors: single.errors, data: single.data, extensions: single.extensions })}\n`
        : `{${single.errors ? `"errors":${JSON.stringify(single.errors)},` : ''}"data":${dataText}${
            single.extensions ? `,"extensions":${JSON.stringify(single.extensions)}` : ''
          }}\n`;
    const committed = append ? await settleAuditAppend(audit!, ctx, append) : true;
    const observation = currentObservation();
    if (observation) observation.finalErrors = () => (committed ? single.errors : auditUnavailableResult().errors);
    return {
      answered: true,
      committed,
      response: { status, headers: head.headers, body: { kind: 'complete', string: text } },
    };
  }

  /** Apollo's normalizeAndFormatErrors: the code defaults to INTERNAL_SERVER_ERROR, `extensions.http` goes to the response head. */
  private formatErrors(errors: readonly GraphQLError[], head: { status?: number; headers: HeaderMap }) {
    return errors.map((error): GraphQLFormattedError => {
      try {
        const extensions: Record<string, unknown> = {
          ...error.extensions,
          code: error.extensions.code ?? 'INTERNAL_SERVER_ERROR',
        };
        const http = extensions.http as { status?: unknown; headers?: unknown } | undefined;
        if (
          http &&
          typeof http === 'object' &&
          (!('status' in http) || typeof http.status === 'number') &&
          (!('headers' in http) || http.headers instanceof Map)
        ) {
          if (http.status) head.status = http.status as number;
          for (const [name, value] of (http.headers as Map<string, string> | undefined) ?? [])
            head.headers.set(name, value);
          delete extensions.http;
        }
        return this.options.formatError({ ...error.toJSON(), extensions }, error);
      } catch {
        return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
      }
    });
  }
}

/** A document names each of its operations once, or has one anonymous operation: the request's name picks it. */
function operationKey(operationName: string | undefined, query: string): string {
  return `${operationName ?? ''}\n${query}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value);
}

function ensureGraphQLError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  if (error instanceof Error) return new GraphQLError(error.message, { originalError: error });
  return new GraphQLError(`Unexpected error value: ${String(error)}`);
}

/** The media ranges whose negotiation the fast path knows; anything else is negotiated by Apollo. */
const KNOWN_RANGES: Record<string, { types: string[]; specificity: number }> = {
  'application/json': { types: [MEDIA_TYPE_JSON], specificity: 6 },
  'application/graphql-response+json': { types: [MEDIA_TYPE_GRAPHQL_RESPONSE], specificity: 6 },
  'application/*': { types: [MEDIA_TYPE_JSON, MEDIA_TYPE_GRAPHQL_RESPONSE], specificity: 4 },
  '*/*': { types: [MEDIA_TYPE_JSON, MEDIA_TYPE_GRAPHQL_RESPONSE], specificity: 0 },
};

/**
 * The content type Apollo gives a single result (its negotiation of Accept over application/json,
 * then application/graphql-response+json: quality, then specificity, then the order in Accept,
 * then its own order), for Accept headers made of the ranges above with at most a `q`; undefined
 * for any other Accept (Apollo negotiates it, or answers 406).
 */
export function singleResultContentType(accept: string | undefined): string | undefined {
  if (!accept) return MEDIA_TYPE_JSON;
  const candidates = [MEDIA_TYPE_JSON, MEDIA_TYPE_GRAPHQL_RESPONSE].map((type, index) => ({
    type,
    index,
    q: 0,
    s: -1,
    o: -1,
  }));
  const ranges = accept.split(',');
  for (let o = 0; o < ranges.length; o++) {
    const [range, ...params] = ranges[o].split(';').map((part) => part.trim().toLowerCase());
    const known = KNOWN_RANGES[range];
    if (!known || params.length > 1) return undefined;
    let q = 1;
    if (params.length === 1) {
      const match = /^q=(0(\.\d{0,3})?|1(\.0{0,3})?)$/.exec(params[0]);
      if (!match) return undefined;
      q = Number(match[1]);
    }
    for (const candidate of candidates) {
      if (!known.types.includes(candidate.type)) continue;
      // The best range for a type: the most specific, then the highest quality, then the later one.
      if (known.specificity > candidate.s || (known.specificity === candidate.s && q >= candidate.q)) {
        candidate.s = known.specificity;
        candidate.q = q;
        candidate.o = o;
      }
    }
  }
  const [best] = candidates
    .filter((c) => c.q > 0)
    .sort((a, b) => b.q - a.q || b.s - a.s || a.o - b.o || a.index - b.index);
  return best?.type;
}
