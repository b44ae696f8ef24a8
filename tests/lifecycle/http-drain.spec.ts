import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpDrain } from '../../src/server/http-drain';

interface Answer {
  status: number;
  connection?: string;
  body: any;
  reusedSocket: boolean;
}

/** Draining a real node:http server: kept-alive connections, requests in flight, the deadline. */
describe('HttpDrain', () => {
  let server: http.Server;
  let drain: HttpDrain;
  let port: number;
  let release: () => void;
  let held: Promise<void>;

  beforeEach(async () => {
    held = new Promise((resolve) => (release = resolve));
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- a test server: the handler never throws
    server = http.createServer(async (req, res) => {
      if (req.url === '/graphql/slow') await held;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: { path: req.url } }));
    });
    drain = new HttpDrain(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterEach(() => {
    release();
    server.closeAllConnections();
  });

  function get(agent: http.Agent, path: string): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port, path, agent }, (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            connection: res.headers.connection,
            body: JSON.parse(text),
            reusedSocket: req.reusedSocket,
          }),
        );
      });
      req.on('error', reject);
    });
  }

  it('answers in-flight requests, refuses new ones on kept-alive connections with 503 + connection: close, and takes no new connection', async () => {
    const idle = new http.Agent({ keepAlive: true, maxSockets: 2 });
    await Promise.all([get(idle, '/graphql'), get(idle, '/graphql')]);
    const slow = get(new http.Agent({ keepAlive: true }), '/graphql/slow');
    await new Promise((resolve) => setTimeout(resolve, 50));

    const closed = drain.close({ deadlineMs: 5_000, idleGraceMs: 500 });
    expect(drain.stopping).toBe(true);
    const late = await Promise.all([get(idle, '/graphql'), get(idle, '/ready')]);
    expect(late[0]).toMatchObject({
      status: 503,
      connection: 'close',
      reusedSocket: true,
      body: { errors: [{ extensions: { code: 'HUB_UNAVAILABLE' } }] },
    });
    expect(late[1]).toMatchObject({
      status: 503,
      connection: 'close',
      reusedSocket: true,
      body: { status: 'STOPPING' },
    });
    await expect(get(new http.Agent(), '/graphql')).rejects.toMatchObject({ code: 'ECONNREFUSED' });

    release();
    expect(await slow).toMatchObject({ status: 200, connection: 'close', body: { data: { path: '/graphql/slow' } } });
    expect(await closed).toEqual({ cutOff: 0 });
  });

  it('closes the connections of requests still running at the deadline, and says how many', async () => {
    const slow = get(new http.Agent(), '/graphql/slow');
    slow.catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const began = Date.now();
    expect(await drain.close({ deadlineMs: 300, idleGraceMs: 0 })).toEqual({ cutOff: 1 });
    expect(Date.now() - began).toBeLessThan(1_500);
    await expect(slow).rejects.toMatchObject({ code: 'ECONNRESET' });
  });

  it('closes at once when nothing is in flight and no idle grace is asked for', async () => {
    await get(new http.Agent({ keepAlive: true }), '/graphql');
    const began = Date.now();
    expect(await drain.close({ deadlineMs: 5_000, idleGraceMs: 0 })).toEqual({ cutOff: 0 });
    expect(Date.now() - began).toBeLessThan(500);
  });
});
