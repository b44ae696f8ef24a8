import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import net from 'node:net';
import { ErrorCode } from '../common/error-code';
import { MEDIA_TYPE_JSON, responseMediaType } from './http-server';

export interface DrainOptions {
  /** Longest in-flight requests may take to finish; after it their connections are closed. */
  deadlineMs: number;
  /**
   * How long idle keep-alive connections stay open after the stop began, so a client that
   * sends its next request on one gets a clear 503 (and closes it) rather than a reset
   * connection. 0 closes them at once (tests, embedded use).
   */
  idleGraceMs: number;
}

export interface DrainResult {
  /** In-flight requests still unanswered at the deadline, whose connections were closed. */
  cutOff: number;
}

const SHUTTING_DOWN_MESSAGE = 'The hub is shutting down; send the request again (another instance will answer it)';

/**
 * Stopping an HTTP server without losing or half-serving a request. Once the stop begins:
 * the listening socket closes (new connections are refused); a request arriving on a
 * kept-alive connection is answered 503 HUB_UNAVAILABLE with `connection: close`; requests
 * already running finish and are answered with their data, with `connection: close` so their
 * clients do not send more on them. Wraps the server's request handlers, so it works with
 * whatever the handlers do.
 */
export class HttpDrain {
  private draining = false;
  private readonly inFlight = new Set<ServerResponse>();
  private idle: () => void = () => undefined;

  constructor(private readonly server: http.Server) {
    const handlers = server.listeners('request') as Array<(req: IncomingMessage, res: ServerResponse) => void>;
    server.removeAllListeners('request');
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      if (this.draining) return refuse(req, res);
      this.inFlight.add(res);
      res.once('close', () => {
        this.inFlight.delete(res);
        if (this.inFlight.size === 0) this.idle();
      });
      for (const handler of handlers) handler.call(server, req, res);
    });
  }

  get stopping(): boolean {
    return this.draining;
  }

  async close(options: DrainOptions): Promise<DrainResult> {
    const began = Date.now();
    this.draining = true;
    for (const res of this.inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
    // net.Server's close: stop listening, but unlike http.Server's close do not drop idle
    // keep-alive connections yet (see idleGraceMs). Resolves when every connection is gone.
    const allClosed = new Promise<void>((resolve) => net.Server.prototype.close.call(this.server, () => resolve()));
    const inFlightDone = new Promise<void>((resolve) => {
      this.idle = resolve;
      if (this.inFlight.size === 0) resolve();
    });
    const until = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)).unref());
    await Promise.race([inFlightDone, until(options.deadlineMs)]);
    await Promise.race([allClosed, until(Math.min(options.idleGraceMs, options.deadlineMs) - (Date.now() - began))]);
    this.server.closeIdleConnections();
    await Promise.race([allClosed, until(options.deadlineMs - (Date.now() - began))]);
    const cutOff = this.inFlight.size;
    if (cutOff > 0) this.server.closeAllConnections();
    await Promise.race([allClosed, until(1_000)]);
    return { cutOff };
  }
}

function refuse(req: IncomingMessage, res: ServerResponse): void {
  const graphql = req.url?.startsWith('/graphql');
  const type = graphql ? responseMediaType(req.headers.accept) : MEDIA_TYPE_JSON;
  res.writeHead(503, { 'content-type': `${type}; charset=utf-8`, connection: 'close', 'retry-after': '1' });
  res.end(
    JSON.stringify(
      graphql
        ? { errors: [{ message: SHUTTING_DOWN_MESSAGE, extensions: { code: ErrorCode.HUB_UNAVAILABLE } }] }
        : { status: 'STOPPING' },
    ),
  );
  // The request body (if any) is not read; the connection closes after this answer.
  req.resume();
}
