import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import type { GraphQLRequestContext } from '@apollo/server';
import type { Logger } from '../common/logger';
import type { RequestContext } from '../graphql/request-context';

export const GRAPHQL_PATH = '/graphql';
export const MAX_BODY_BYTES = 1_000_000;

export interface HttpHandlers {
  apollo: ApolloServer<RequestContext>;
  log: Logger;
  /** Builds the request context; throws UNAUTHENTICATED for a missing or bad token. */
  context(req: IncomingMessage, requestId: string): Promise<RequestContext>;
  ready(): Promise<{ ok: boolean; body: unknown }>;
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLarge());
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.-]{8,64}$/.test(given) ? given : randomUUID();
}

/**
 * A plain node:http server: /health, /ready and /graphql (Apollo Server through its
 * framework-neutral executeHTTPGraphQLRequest), nothing else.
 */
export function createHttpServer(handlers: HttpHandlers): http.Server {
  return http.createServer(async (req, res) => {
    const requestId = requestIdOf(req);
    res.setHeader('x-request-id', requestId);
    const url = new URL(req.url ?? '/', 'http://hub.invalid');
    try {
      if (url.pathname === '/health' && req.method === 'GET') return sendJson(res, 200, { status: 'UP' });
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
            return sendJson(res, 400, { errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_USER_INPUT' } }] });
          }
        } else {
          body = text;
        }
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const response = await handlers.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: () => handlers.context(req, requestId),
      });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        res.end(response.body.string);
      } else {
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (error) {
      if (error instanceof BodyTooLarge) return sendJson(res, 413, { errors: [{ message: 'The request body is too large', extensions: { code: 'BAD_USER_INPUT' } }] });
      handlers.log.error({ err: error, requestId }, 'request failed outside GraphQL');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    }
  });
}

export type { GraphQLRequestContext };
