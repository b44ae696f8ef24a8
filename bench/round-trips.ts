import type { StatementTrace } from './server-probe';

/*
 * Sequential round trips of one request, from the statements the server sent while answering
 * it alone (bench/server-probe.ts records each statement's start and the moment its result
 * reached the caller). Two statements are sequential when the second started after the first's
 * result came back; overlapping ones ran in parallel. The number of round trips the request
 * had to wait for one after the other is the longest chain of statements, each starting after
 * the previous one ended — on a network with latency L, at least that many × L.
 */

export type StatementClass = 'departments' | 'hub' | 'audit';

export interface RequestTrace {
  statements: Record<StatementClass | 'total', number>;
  /** Longest chain among the statements to the bodies' databases only (the target: 1). */
  departmentRoundTrips: number;
  /** Longest chain among all statements: hub, bodies and the audit insert. */
  totalRoundTrips: number;
}

export function longestChain(trace: readonly StatementTrace[]): number {
  const sorted = [...trace].sort((a, b) => a.startNs - b.startNs);
  const depth: number[] = [];
  sorted.forEach((statement, i) => {
    let best = 0;
    for (let j = 0; j < i; j++) if (sorted[j].endNs <= statement.startNs) best = Math.max(best, depth[j]);
    depth.push(best + 1);
  });
  return Math.max(0, ...depth);
}

export function analyseTrace(trace: readonly StatementTrace[], departmentDatabases: ReadonlySet<string>): RequestTrace {
  const classOf = (s: StatementTrace): StatementClass =>
    s.audit ? 'audit' : departmentDatabases.has(s.database) ? 'departments' : 'hub';
  const statements = { departments: 0, hub: 0, audit: 0, total: trace.length };
  for (const s of trace) statements[classOf(s)]++;
  return {
    statements,
    departmentRoundTrips: longestChain(trace.filter((s) => classOf(s) === 'departments')),
    totalRoundTrips: longestChain(trace),
  };
}
