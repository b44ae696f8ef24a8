import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Cross-origin requests from browser apps on other origins (CORS_ORIGINS, an allow-list of
 * exact origins; none by default). The hub answers with bearer tokens, never cookies, so
 * credentials stay off. A request from an origin not on the list gets no CORS headers: the
 * browser keeps the answer from the page (and its preflight is refused with 403).
 */

/** Methods a browser app may use: queries as GET or POST, mutations as POST. */
export const CORS_METHODS = ['GET', 'POST', 'OPTIONS'] as const;

/** Request headers the hub reads (README "Example queries", "Operations"). */
export const CORS_REQUEST_HEADERS = [
  'authorization',
  'content-type',
  'accept',
  'x-purpose',
  'x-joint-case-id',
  'idempotency-key',
  'x-request-id',
  'apollo-require-preflight',
  'x-apollo-operation-name',
] as const;

/** Response headers a page may read besides the CORS-safelisted ones. */
export const CORS_EXPOSED_HEADERS = ['x-request-id', 'retry-after'] as const;

/** How long a browser may cache a preflight answer (seconds). */
export const CORS_MAX_AGE_SECONDS = 600;

/** Origins as configured: `scheme://host[:port]`, no path, no trailing slash. */
export function parseCorsOrigins(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
    .map((origin) => new URL(origin).origin);
}

export class CorsPolicy {
  private readonly origins: ReadonlySet<string>;

  constructor(origins: readonly string[]) {
    this.origins = new Set(origins);
  }

  get enabled(): boolean {
    return this.origins.size > 0;
  }

  allows(origin: string | undefined): origin is string {
    return origin !== undefined && this.origins.has(origin);
  }

  /** The CORS headers of an actual (non-preflight) response. */
  decorate(req: IncomingMessage, res: ServerResponse): void {
    if (!this.enabled) return;
    res.setHeader('vary', 'Origin');
    const origin = req.headers.origin;
    if (!this.allows(origin)) return;
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-expose-headers', CORS_EXPOSED_HEADERS.join(', '));
  }

  /**
   * Answers a preflight (OPTIONS with Access-Control-Request-Method): 204 with the allowed
   * methods, headers and max-age for an allowed origin asking for an allowed method and
   * headers; 403 without CORS headers otherwise.
   */
  preflight(req: IncomingMessage, res: ServerResponse): void {
    const origin = req.headers.origin;
    const method = String(req.headers['access-control-request-method'] ?? '').toUpperCase();
    const asked = String(req.headers['access-control-request-headers'] ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean);
    const knownHeaders: ReadonlySet<string> = new Set(CORS_REQUEST_HEADERS);
    res.setHeader('vary', 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers');
    if (
      !this.allows(origin) ||
      !(CORS_METHODS as readonly string[]).includes(method) ||
      asked.some((h) => !knownHeaders.has(h))
    ) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('CORS preflight refused: origin, method or headers not allowed');
      return;
    }
    res.writeHead(204, {
      'access-control-allow-origin': origin,
      'access-control-allow-methods': CORS_METHODS.join(', '),
      'access-control-allow-headers': CORS_REQUEST_HEADERS.join(', '),
      'access-control-max-age': String(CORS_MAX_AGE_SECONDS),
    });
    res.end();
  }
}

/** A CORS preflight, as opposed to any other OPTIONS request. */
export function isPreflight(req: IncomingMessage): boolean {
  return (
    req.method === 'OPTIONS' &&
    req.headers.origin !== undefined &&
    req.headers['access-control-request-method'] !== undefined
  );
}
