import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import type { GraphQLRequestContext, HTTPGraphQLResponse } from '@apollo/server';
import { SpanKind, SpanStatusCode, type Tracer } from '@opentelemetry/api';
import { ErrorCode } from '../common/error-code';
import type { Logger } from '../common/logger';
import { AUDIT_UNAVAILABLE_HTTP, type AuditCommits } from '../graphql/audit.plugin';
import type { RequestContext } from '../graphql/request-context';
import type { HubMetrics } from '../observability/metrics';
import { codesOf } from '../observability/observability.plugin';
import {
  elapsedSeconds,
  enterObservation,
  newObservation,
  type RequestObservation,
  safeRequestId,
} from '../observability/request-observation';
import { isConsolePath, sendConsoleFile } from './console-files';
import { type CorsPolicy, isPreflight } from './cors';
import {
  EXPLORER_STATIC_PATH,
  type ExplorerOptions,
  sendExplorerAsset,
  sendExplorerPage,
  wantsExplorer,
} from './explorer';
import type { FastPath } from './fast-path';
import type { TrustedDocumentRequest, TrustedDocuments } from './trusted-documents';

export const GRAPHQL_PATH = '/graphql';
/** Largest request body the hub reads; a larger one is answered 413 PAYLOAD_TOO_LARGE unread. */
export const MAX_BODY_BYTES = 1_000_000;

export const MEDIA_TYPE_JSON = 'application/json';
export const MEDIA_TYPE_GRAPHQL_RESPONSE = 'application/graphql-response+json';

export interface HttpHandlers {
  apollo: ApolloServer<RequestContext>;
  log: Logger;
  /** Builds the request context; throws UNAUTHENTICATED for a missing or bad token. */
  context(req: IncomingMessage, requestId: string): Promise<RequestContext>;
  ready(): Promise<{ ok: boolean; body: unknown }>;
  /** Served at GET /metrics; told of every finished GraphQL request. */
  metrics?: HubMetrics;
  /** One structured line per request (default on). */
  accessLog?: boolean;
  /** Set when tracing is on: each request gets a span. */
  tracer?: Tracer;
  /** What browser apps and frontend teams get: CORS, the explorer, the console, trusted documents. */
  frontend?: FrontendRoutes;
  /** Set when the audit plugin hands over each answer's audit commit: awaited before the answer's first byte. */
  auditCommits?: AuditCommits;
  /** Set when FAST_PATH=on: POST queries Apollo has seen valid are answered past its pipeline. */
  fastPath?: FastPath;
}

export interface FrontendRoutes {
  cors: CorsPolicy;
  /** The explorer at GET /graphql for browsers; null when off (production without EXPLORER=on). */
  explorer: ExplorerOptions | null;
  trustedDocuments: TrustedDocuments;
  /** The console's build output, served at /console; null when not served. */
  consoleDir: string | null;
  /** Development only: issues a token for the console's and the explorer's pickers (POST /dev/token). */
  developmentToken?: (request: { department?: unknown; role?: unknown; user?: unknown }) => Promise<string>;
  /** Development only: the bodies and roles the pickers offer (GET /dev/token). */
  developmentChoices?: () => {
    departments: Array<{ code: string; label: string }>;
    roles: Array<{ code: string; label: string }>;
  };
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) return reject(new BodyTooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        // Stop reading; the 413 goes out with `connection: close`, which ends the upload.
        req.off('data', onData);
        req.pause();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * The media type a GraphQL response to this request gets (GraphQL over HTTP): the newer
 * application/graphql-response+json when the client asks for it at least as strongly as for
 * application/json, application/json otherwise (also when Accept is missing or only a wildcard).
 */
export function responseMediaType(accept: string | undefined): string {
  if (!accept) return MEDIA_TYPE_JSON;
  let graphqlResponse = 0;
  let json = 0;
  for (const part of accept.split(',')) {
    const [type, ...params] = part.trim().toLowerCase().split(';');
    const q = Number(
      params
        .map((p) => p.trim())
        .find((p) => p.startsWith('q='))
        ?.slice(2) ?? 1,
    );
    const weight = Number.isFinite(q) ? q : 0;
    if (type.trim() === MEDIA_TYPE_GRAPHQL_RESPONSE) graphqlResponse = Math.max(graphqlResponse, weight);
    if (type.trim() === MEDIA_TYPE_JSON) json = Math.max(json, weight);
  }
  return graphqlResponse > 0 && graphqlResponse >= json ? MEDIA_TYPE_GRAPHQL_RESPONSE : MEDIA_TYPE_JSON;
}

function sendJson(res: ServerResponse, status: number, body: unknown, contentType = MEDIA_TYPE_JSON): void {
  res.writeHead(status, { 'content-type': `${contentType}; charset=utf-8` });
  res.end(JSON.stringify(body));
}

/** A request the hub refuses before GraphQL sees it, in the GraphQL response shape. */
function sendRequestError(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  code: ErrorCode,
  message: string,
  headers: Record<string, string> = {},
): void {
  const observation = (res as ObservedResponse).observation;
  if (observation) observation.codes = [code];
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  sendJson(res, status, { errors: [{ message, extensions: { code } }] }, responseMediaType(req.headers.accept));
}

type ObservedResponse = ServerResponse & { observation?: RequestObservation };

/** Paths as metric labels: the hub's own, everything else as one. */
const KNOWN_PATHS = new Set(['/graphql', '/health', '/ready', '/metrics', '/console', '/dev/token']);
/** Probes and scrapes come every few seconds: their access-log lines are at debug level. */
const PROBE_PATHS = new Set(['/health', '/ready', '/metrics']);

/**
 * When a response is finished (or its connection lost): the access-log line, the request's
 * metrics and the end of its span. The line names the request, the caller's body and role,
 * the operation, the status, the error codes, the duration and the statements per database —
 * never the user, the query text, its variables or any value read.
 */
function finishObservation(
  handlers: HttpHandlers,
  res: ServerResponse,
  observation: RequestObservation,
  completedBody?: () => string | undefined,
): void {
  const seconds = elapsedSeconds(observation);
  const status = res.writableFinished ? res.statusCode : 499;
  let codes = observation.codes ?? (observation.finalErrors ? codesOf(observation.finalErrors()) : undefined);
  if (!codes && status !== 200) codes = codesOfBody(completedBody?.());
  codes ??= [];
  const path = KNOWN_PATHS.has(observation.path) ? observation.path : 'other';
  handlers.metrics?.httpResponses.inc({ path, status: String(status) });
  if (path === GRAPHQL_PATH)
    handlers.metrics?.observeRequest({
      operation: observation.operation,
      codes,
      seconds,
      department: observation.department,
    });
  if (observation.span) {
    observation.span.setAttribute('http.response.status_code', status);
    if (codes.length > 0) observation.span.setAttribute('hub.error_codes', codes.join(','));
    observation.span.setStatus({ code: status >= 500 ? SpanStatusCode.ERROR : SpanStatusCode.OK });
    observation.span.end();
  }
  if (handlers.accessLog === false) return;
  const line = {
    access: true,
    requestId: observation.requestId,
    method: observation.method,
    path,
    status,
    durationMs: Math.round(seconds * 10_000) / 10,
    ...(observation.operation ? { operation: observation.operation, operationType: observation.operationType } : {}),
    ...(observation.department ? { department: observation.department, role: observation.role } : {}),
    codes,
    statements: observation.statements,
  };
  if (PROBE_PATHS.has(observation.path)) handlers.log.debug(line, 'request');
  else handlers.log.info(line, 'request');
}

function codesOfBody(text: string | undefined): string[] | undefined {
  if (!text) return undefined;
  try {
    const parsed = JSON.parse(text) as { errors?: Array<{ extensions?: Record<string, unknown> }> };
    return codesOf(parsed.errors);
  } catch {
    return undefined;
  }
}

/** Headers no page can send cross-origin without a preflight, which the hub's GET queries carry. */
const PREFLIGHTED_GET_HEADERS = ['authorization', 'x-purpose', 'x-joint-case-id'] as const;

/** Codes of a well-formed request whose GraphQL document or variables were refused before execution. */
const REQUEST_ERROR_CODES = new Set<string>([
  ErrorCode.GRAPHQL_PARSE_FAILED,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  ErrorCode.QUERY_TOO_COMPLEX,
]);

/**
 * GraphQL over HTTP: with application/json a well-formed request is answered 200 even when the
 * document does not parse or validate or the variables do not coerce (the errors say so); with
 * application/graphql-response+json such a request is answered 400, as Apollo Server does.
 * Malformed HTTP requests (bad JSON, no query, ...) stay 400 with either media type.
 */
function statusFor(status: number, contentType: string | undefined, body: string): number {
  if (status !== 400 || !contentType?.startsWith(MEDIA_TYPE_JSON)) return status;
  let result: { data?: unknown; errors?: Array<{ message?: string; extensions?: { code?: string } }> };
  try {
    result = JSON.parse(body) as typeof result;
  } catch {
    return status;
  }
  const requestErrors =
    result.data === undefined &&
    Array.isArray(result.errors) &&
    result.errors.length > 0 &&
    result.errors.every(
      (e) =>
        REQUEST_ERROR_CODES.has(e.extensions?.code ?? '') ||
        // Apollo's variable coercion errors (graphql-js's messages), as opposed to BAD_REQUEST.
        (e.extensions?.code === ErrorCode.BAD_USER_INPUT && /^Variable "\$/.test(e.message ?? '')),
    );
  return requestErrors ? 200 : status;
}

/**
 * A plain node:http server: /health, /ready and /graphql (Apollo Server through its
 * framework-neutral executeHTTPGraphQLRequest), nothing else.
 */
/**
 * Starts observing a request: its observation becomes the current one for everything the
 * request's handling starts (AsyncLocalStorage), it gets a span when tracing is on, and its
 * access-log line and metrics are written once the response is finished or abandoned.
 */
function observeRequest(
  handlers: HttpHandlers,
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
  url: URL,
): { text?: string } {
  const observation = newObservation({
    requestId,
    method: req.method ?? 'GET',
    path: url.pathname,
    tracer: handlers.tracer,
  });
  observation.span = handlers.tracer?.startSpan(
    `${req.method ?? 'GET'} ${KNOWN_PATHS.has(url.pathname) ? url.pathname : 'other'}`,
    {
      kind: SpanKind.SERVER,
      attributes: { 'http.request.method': req.method ?? 'GET', 'url.path': url.pathname, 'hub.request_id': requestId },
    },
  );
  (res as ObservedResponse).observation = observation;
  // Each request's handler begins here, in the asynchronous context of its own request event.
  enterObservation(observation);
  const completedBody: { text?: string } = {};
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    finishObservation(handlers, res, observation, () => completedBody.text);
  };
  res.once('finish', finish);
  res.once('close', finish);
  return completedBody;
}

export function createHttpServer(handlers: HttpHandlers): http.Server {
  // The handler answers every error itself (the catch below); nothing is left for the server to handle.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  return http.createServer(async (req, res) => {
    // A client's id is used only when it is a plain token without personal data (see safeRequestId).
    const requestId = safeRequestId(req.headers['x-request-id']);
    res.setHeader('x-request-id', requestId);
    const url = new URL(req.url ?? '/', 'http://hub.invalid');
    const completedBody = observeRequest(handlers, req, res, requestId, url);
    const frontend = handlers.frontend;
    try {
      if (frontend) {
        frontend.cors.decorate(req, res);
        if (isPreflight(req)) return frontend.cors.preflight(req, res);
        if (
          frontend.explorer &&
          url.pathname.startsWith(EXPLORER_STATIC_PATH) &&
          req.method === 'GET' &&
          sendExplorerAsset(req, res, url)
        )
          return;
        if (frontend.consoleDir && isConsolePath(url.pathname))
          return sendConsoleFile(res, req, url, frontend.consoleDir);
        if (frontend.developmentToken && url.pathname === '/dev/token') {
          if (req.method === 'GET' && frontend.developmentChoices)
            return sendJson(res, 200, frontend.developmentChoices());
          return await sendDevelopmentToken(req, res, frontend.developmentToken);
        }
        if (url.pathname === GRAPHQL_PATH && frontend.explorer && wantsExplorer(req, url))
          return sendExplorerPage(res, frontend.explorer);
      }
      if (url.pathname === '/health' && req.method === 'GET') return sendJson(res, 200, { status: 'UP' });
      if (url.pathname === '/metrics' && req.method === 'GET' && handlers.metrics) {
        const { contentType, text } = await handlers.metrics.exposition();
        res.writeHead(200, { 'content-type': contentType });
        return void res.end(text);
      }
      if (url.pathname === '/ready' && req.method === 'GET') {
        const { ok, body } = await handlers.ready();
        return sendJson(res, ok ? 200 : 503, body);
      }
      if (url.pathname !== GRAPHQL_PATH) return sendJson(res, 404, { error: 'Not found' });

      let body: unknown = undefined;
      if (req.method === 'POST') {
        const text = await readBody(req);
        const contentType = req.headers['content-type'] ?? '';
        if (contentType.includes('application/json')) {
          try {
            body = text ? JSON.parse(text) : undefined;
          } catch {
            return sendRequestError(req, res, 400, ErrorCode.BAD_USER_INPUT, 'The request body is not valid JSON');
          }
          if (Array.isArray(body)) {
            return sendRequestError(
              req,
              res,
              400,
              ErrorCode.BAD_USER_INPUT,
              'Batched requests are not supported: send one operation per request (a JSON object, not an array)',
            );
          }
        } else {
          body = text;
        }
      }
      let search = url.search;
      if (frontend && frontend.trustedDocuments.mode !== 'off') {
        const trusted = applyTrustedDocuments(frontend.trustedDocuments, req.method === 'POST' ? body : undefined, url);
        if (!trusted.ok) return sendRequestError(req, res, 400, ErrorCode.TRUSTED_DOCUMENT_REQUIRED, trusted.reason);
        if (trusted.body !== undefined) body = trusted.body;
        if (trusted.search !== undefined) search = trusted.search;
      }
      let contextValue: RequestContext | undefined;
      let response: HTTPGraphQLResponse | undefined;
      let withheld = false;
      // A query Apollo has seen valid is answered past its pipeline (fast-path.ts), after the
      // trusted documents above; anything else, decided before any side effect, goes to Apollo.
      const fast = handlers.fastPath?.match(req.method, req.headers, body);
      if (fast) {
        const outcome = await handlers.fastPath!.answer(fast, () => handlers.context(req, requestId));
        if (outcome.answered) {
          response = outcome.response;
          withheld = !outcome.committed;
        }
      }
      if (!response) {
        response = await handlers.apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: req.method ?? 'GET', headers: apolloHeaders(req), search, body },
          context: async () => (contextValue = await handlers.context(req, requestId)),
        });
        // No answer before its audit record: the commit ran while Apollo serialised the answer.
        withheld = handlers.auditCommits ? !(await handlers.auditCommits.committed(contextValue)) : false;
      }
      for (const [key, value] of response.headers) res.setHeader(key, value);
      if (withheld) {
        res.statusCode = AUDIT_UNAVAILABLE_HTTP.status;
        res.setHeader('content-type', 'application/json; charset=utf-8');
        completedBody.text = AUDIT_UNAVAILABLE_HTTP.body;
        res.end(AUDIT_UNAVAILABLE_HTTP.body);
      } else if (response.body.kind === 'complete') {
        res.statusCode = statusFor(response.status ?? 200, response.headers.get('content-type'), response.body.string);
        completedBody.text = response.body.string;
        res.end(response.body.string);
      } else {
        res.statusCode = response.status ?? 200;
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        return sendRequestError(req, res, 413, ErrorCode.PAYLOAD_TOO_LARGE, 'The request body is too large', {
          connection: 'close',
        });
      }
      handlers.log.error({ err: error, requestId }, 'request failed outside GraphQL');
      if (!res.headersSent) sendRequestError(req, res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
      else res.end();
    }
  });
}

/** The request's headers as Apollo takes them. */
function apolloHeaders(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  // A GET query with the bearer token, x-purpose or x-joint-case-id was preflighted by any
  // browser that sent it cross-origin (none of them is CORS-safelisted): Apollo's CSRF rule,
  // which knows only its own headers, takes it as such. POSTs keep the rule unchanged.
  if (req.method === 'GET' && PREFLIGHTED_GET_HEADERS.some((name) => Boolean(req.headers[name])))
    headers.set('apollo-require-preflight', 'true');
  return headers;
}

/**
 * Puts a trusted document's text in place of its id (POST body or GET parameters) and takes the
 * persisted-query extension off, so Apollo runs the listed text; refuses what the list does not allow.
 */
function applyTrustedDocuments(
  trusted: TrustedDocuments,
  body: unknown,
  url: URL,
): { ok: true; body?: unknown; search?: string } | { ok: false; reason: string } {
  if (body !== undefined) {
    if (typeof body !== 'object' || body === null) return { ok: true };
    const request = body as TrustedDocumentRequest & Record<string, unknown>;
    const outcome = trusted.resolve(request);
    if (!outcome.ok) return outcome;
    if (outcome.query === undefined) return { ok: true };
    const { documentId: _id, extensions, ...rest } = request;
    const kept = withoutPersistedQuery(extensions);
    return { ok: true, body: { ...rest, query: outcome.query, ...(kept ? { extensions: kept } : {}) } };
  }
  const params = url.searchParams;
  let extensions: unknown;
  try {
    extensions = params.has('extensions') ? JSON.parse(params.get('extensions')!) : undefined;
  } catch {
    extensions = undefined;
  }
  const outcome = trusted.resolve({
    query: params.get('query') ?? undefined,
    documentId: params.get('documentId') ?? undefined,
    extensions,
  });
  if (!outcome.ok) return outcome;
  if (outcome.query === undefined) return { ok: true };
  const next = new URLSearchParams(params);
  next.delete('documentId');
  next.set('query', outcome.query);
  const rest = withoutPersistedQuery(extensions);
  if (rest) next.set('extensions', JSON.stringify(rest));
  else next.delete('extensions');
  return { ok: true, search: `?${next.toString()}` };
}

function withoutPersistedQuery(extensions: unknown): Record<string, unknown> | undefined {
  if (!extensions || typeof extensions !== 'object') return undefined;
  const { persistedQuery: _pq, ...rest } = extensions as Record<string, unknown>;
  return Object.keys(rest).length > 0 ? rest : undefined;
}

/** POST /dev/token {department, role, user} → {token}: development only, for the pickers. */
async function sendDevelopmentToken(
  req: IncomingMessage,
  res: ServerResponse,
  issue: NonNullable<FrontendRoutes['developmentToken']>,
): Promise<void> {
  if (req.method !== 'POST' || !(req.headers['content-type'] ?? '').includes('application/json')) {
    return sendRequestError(req, res, 405, ErrorCode.BAD_USER_INPUT, 'POST a JSON object {department, role, user}', {
      allow: 'GET, POST',
    });
  }
  let request: Record<string, unknown>;
  try {
    request = JSON.parse(await readBody(req)) as Record<string, unknown>;
  } catch {
    return sendRequestError(req, res, 400, ErrorCode.BAD_USER_INPUT, 'The request body is not valid JSON');
  }
  try {
    sendJson(res, 200, { token: await issue(request ?? {}) });
  } catch (error) {
    return sendRequestError(
      req,
      res,
      400,
      ErrorCode.BAD_USER_INPUT,
      error instanceof Error ? error.message : 'No token for that body and role',
    );
  }
}

export type { GraphQLRequestContext };
