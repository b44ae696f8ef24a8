import net from 'node:net';

/**
 * A TCP proxy in front of Postgres that a test can turn into a black hole: it keeps accepting
 * connections but forwards nothing, in either direction, so the client sees a server that is
 * connected and never answers; or slow down every answer. It counts the connections it accepts.
 */
export class TcpProxy {
  /** Connections accepted since the last reset. */
  accepted = 0;
  private mode: 'FORWARD' | 'BLACK_HOLE' = 'FORWARD';
  /** Delay added to every chunk the server sends back (a slow link or an overloaded server). */
  private replyDelayMs = 0;
  private readonly server: net.Server;
  /** Every open client socket, and whether it lost bytes to the black hole (then it is broken). */
  private readonly open = new Map<net.Socket, { upstream: net.Socket | null; broken: boolean }>();

  private constructor(private readonly target: { host: string; port: number }) {
    this.server = net.createServer((client) => this.accept(client));
  }

  static async start(targetUrl: string): Promise<{ proxy: TcpProxy; url: string }> {
    const target = new URL(targetUrl);
    const proxy = new TcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    await new Promise<void>((resolve) => proxy.server.listen(0, '127.0.0.1', resolve));
    const via = new URL(targetUrl);
    via.hostname = '127.0.0.1';
    via.port = String((proxy.server.address() as net.AddressInfo).port);
    return { proxy, url: via.toString() };
  }

  /** Accept, but stop forwarding: whatever arrives from now on is dropped. */
  blackHole(): void {
    this.mode = 'BLACK_HOLE';
  }

  /** Keep forwarding, but hold every chunk from the server `ms` before passing it on (order kept). */
  slow(ms: number): void {
    this.replyDelayMs = ms;
  }

  /** Forward again; connections that lost bytes meanwhile are closed (their protocol state is gone). */
  forward(): void {
    this.mode = 'FORWARD';
    for (const [client, state] of this.open) {
      if (state.broken) this.drop(client);
    }
  }

  /** Closes every connection now, as a server restart would; returns how many. */
  dropAll(): number {
    const count = this.open.size;
    for (const client of this.open.keys()) this.drop(client);
    return count;
  }

  resetCount(): void {
    this.accepted = 0;
  }

  async close(): Promise<void> {
    this.dropAll();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: net.Socket): void {
    this.accepted++;
    const state = { upstream: null as net.Socket | null, broken: this.mode === 'BLACK_HOLE' };
    this.open.set(client, state);
    client.on('error', () => this.drop(client));
    client.on('close', () => this.drop(client));
    if (state.broken) {
      client.on('data', () => undefined); // swallowed: the startup packet never reaches the server
      return;
    }
    const upstream = net.connect(this.target.port, this.target.host);
    state.upstream = upstream;
    upstream.on('error', () => this.drop(client));
    upstream.on('close', () => this.drop(client));
    const relay = (from: net.Socket, to: net.Socket) =>
      from.on('data', (chunk) => {
        if (this.mode === 'BLACK_HOLE') {
          state.broken = true;
          return;
        }
        to.write(chunk);
      });
    relay(client, upstream);
    upstream.on('data', (chunk) => {
      if (this.mode === 'BLACK_HOLE') {
        state.broken = true;
        return;
      }
      // Timers of equal delay fire in the order they were set, so the stream stays in order.
      if (this.replyDelayMs > 0) setTimeout(() => client.writable && client.write(chunk), this.replyDelayMs);
      else client.write(chunk);
    });
  }

  private drop(client: net.Socket): void {
    const state = this.open.get(client);
    if (!state) return;
    this.open.delete(client);
    client.destroy();
    state.upstream?.destroy();
  }
}
