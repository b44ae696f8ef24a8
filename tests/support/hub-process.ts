import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';

/** The built command line, as operators run it. */
export const CLI = path.join(__dirname, '..', '..', 'dist', 'src', 'cli', 'main.js');

/** `mediation-hub start` running as a child process. */
export interface HubProcess {
  proc: ChildProcess;
  pid: number;
  url: string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  output: () => string;
}

/**
 * Starts `mediation-hub start` and resolves once it serves GraphQL. `detached`: in its own
 * process group, like a command started from a shell (`kill -INT -<pid>` is then Ctrl-C).
 * `nodeOptions`: Node's own options before the script (as `npm start` gives them).
 */
export function startHubProcess(
  env: NodeJS.ProcessEnv,
  options: { detached?: boolean; nodeOptions?: string[] } = {},
): Promise<HubProcess> {
  const proc = spawn(process.execPath, [...(options.nodeOptions ?? []), CLI, 'start'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.detached ?? false,
  });
  let output = '';
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    proc.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  proc.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  proc.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    const onData = () => {
      const match = /serving GraphQL at (\S+)/.exec(output);
      if (match) {
        proc.stdout.off('data', onData);
        resolve({ proc, pid: proc.pid!, url: match[1], exit, output: () => output });
      }
    };
    proc.stdout.on('data', onData);
    void exit.then(({ code, signal }) =>
      reject(new Error(`mediation-hub start exited early (${code ?? signal}):\n${output}`)),
    );
  });
}

/** Runs one statement on its own connection (as administrator, through a URL the CLI printed). */
export async function sql<Row = Record<string, any>>(
  url: string,
  text: string,
  values: unknown[] = [],
): Promise<Row[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as Row[];
  } finally {
    await client.end();
  }
}
