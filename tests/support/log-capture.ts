import { Writable } from 'node:stream';

/**
 * A resident ID number or a mainland mobile number anywhere in a log line (long hex runs with
 * a letter — hashes, ids — set aside, as they may contain such digit runs by chance).
 */
export function personalDataIn(line: string): string[] {
  const withoutHashes = line.replace(/[0-9a-fA-F]{32,}/g, (run) => (/[a-fA-F]/.test(run) ? '<hex>' : run));
  return [...withoutHashes.matchAll(/\d{17}[\dX]|1[3-9]\d{9}/g)].map((m) => m[0]);
}

/** A pino destination that keeps every line. */
export function captured(): { stream: Writable; lines: string[] } {
  const lines: string[] = [];
  let pending = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      pending += chunk.toString('utf8');
      const parts = pending.split('\n');
      pending = parts.pop()!;
      lines.push(...parts.filter(Boolean));
      done();
    },
  });
  return { stream, lines };
}
