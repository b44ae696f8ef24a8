import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import type { ProfileKind, ServerStats, StatementTrace } from './server-probe';

/** Every forked server, so that none outlives the runner (Ctrl-C exits without the `finally` that stops them). */
const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill();
});

/** One benchmarked server, running as a child process of the runner (so its CPU and memory are its own). */
export class ServerProcess {
  private nextId = 1;
  private readonly waiting = new Map<number, (value: never) => void>();

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
    readonly port: number,
  ) {
    child.on('message', (message: { type: string; id?: number }) => {
      const resolve = message.id ? this.waiting.get(message.id) : undefined;
      if (!resolve) return;
      this.waiting.delete(message.id!);
      resolve(message as never);
    });
  }

  get pid(): number {
    return this.child.pid!;
  }

  /**
   * Forks dist/bench/<script>.js with its configuration and waits until it listens; `env` adds
   * settings to its environment (the lab mode's switches); `from` names another build's
   * directory of scripts or another Node.js binary (the lab's checkout= and node=).
   */
  static async start(
    name: string,
    script: string,
    config: unknown,
    execArgv: string[] = [],
    env: Record<string, string> = {},
    from: { directory?: string; execPath?: string } = {},
  ): Promise<ServerProcess> {
    const child = fork(path.join(from.directory ?? __dirname, `${script}.js`), [], {
      execArgv,
      ...(from.execPath ? { execPath: from.execPath } : {}),
      // Production mode, as deployed: graphql-js and others skip development-only checks.
      env: { ...process.env, ...env, NODE_ENV: 'production', BENCH_SERVER_CONFIG: JSON.stringify(config) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    children.add(child);
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${name} did not start within 60 s`)), 60_000);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${name} exited with ${code} before listening`));
      });
      child.on('message', (message: { type: string; port?: number }) => {
        if (message.type !== 'ready') return;
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve(message.port!);
      });
    });
    return new ServerProcess(name, child, port);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  private ask<T>(message: Record<string, unknown>): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve) => {
      this.waiting.set(id, resolve);
      this.child.send({ ...message, id });
    });
  }

  async stats(): Promise<ServerStats> {
    return (await this.ask<{ stats: ServerStats }>({ type: 'stats' })).stats;
  }

  /** Starts recording every statement with its timing; `stopTrace` returns them. */
  async startTrace(): Promise<void> {
    await this.ask({ type: 'trace', on: true });
  }

  async stopTrace(): Promise<StatementTrace[]> {
    return (await this.ask<{ trace: StatementTrace[] }>({ type: 'trace', on: false })).trace;
  }

  /** Starts V8's CPU (or allocation) profiler in the server; `stopProfile` writes the profile to `file`. */
  async startProfile(kind: ProfileKind = 'cpu'): Promise<void> {
    await this.ask({ type: 'profile', on: true, kind });
  }

  async stopProfile(file: string): Promise<void> {
    await this.ask({ type: 'profile', on: false, file });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }
}
