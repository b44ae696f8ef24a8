import type { Fixtures } from './fixtures';
import type { Measurement } from './load';
import { POSTGRES_CLIENTS, type PostgresClient } from './postgres-cpu';
import type { ProfileSummary } from './profile';
import { QUERY_NAMES, type QueryName } from './queries';
import type { RequestTrace } from './round-trips';

export type Variant = 'limit' | 'limitOff' | 'hubOn' | 'hubOff' | 'postgraphile';
export type Mode = 'c1' | 'c10' | 'rate';
export const VARIANT_LABELS: Record<Variant, string> = {
  limit: 'limit (node:http + pg)',
  limitOff: 'limit, audit off',
  hubOn: 'hub, audit on',
  hubOff: 'hub, audit off',
  postgraphile: 'PostGraphile v5',
};

type PerQuery<T> = Partial<Record<QueryName, T>>;
type PerVariant<T> = Partial<Record<Variant, T>>;

/** With --profile: CPU profiles of the hub with audit on and off and of the limit under load, per query. */
export type HubProfiles = PerQuery<{ hubOn?: ProfileSummary; hubOff?: ProfileSummary; limit?: ProfileSummary }>;

export interface TraceResult {
  perQuery: PerQuery<PerVariant<RequestTrace>>;
  /** Statements sent to each body the caller may not read (must be 0), per query and server. */
  untouched: PerQuery<PerVariant<Record<string, number>>>;
  /** Statements of Q3 listing 5 joint cases instead of 50. */
  q3First5: PerVariant<number>;
}

export interface RawScale {
  label: string;
  scale: number;
  seedSeconds: number;
  fixtures: Fixtures;
  /** Per round, per query, per server, per mode: one autocannon run. */
  rounds: Array<PerQuery<PerVariant<Partial<Record<Mode, Measurement & { targetRate?: number }>>>>>;
  traces: TraceResult;
  rss: PerVariant<{ atStart: number; after: number; heapUsed: number; heapTotal: number }>;
  problems: Record<string, string>;
  profiles?: HubProfiles;
}

export interface Figures {
  rpsC1: number;
  rpsC10: number;
  /** Mean latency with one connection, ms. */
  latencyC1Ms: number;
  /** The fixed rate (half the limit's req/s at 10 connections) and what was reached. */
  rateTarget: number;
  rateAchieved: number;
  p50Ms: number;
  p99Ms: number;
  nodeCpuMsPerRequest: number;
  postgresCpuMsPerRequest: number;
  /** Postgres CPU per request at 10 connections by the client each process serves (postgres-cpu.ts), ms. */
  postgresCpuMsByClient: Record<PostgresClient, number>;
  /** Statements per request at 10 connections, by database ("audit": the audit writer's batches). */
  statementsUnderLoad: Record<string, number>;
  /** Failed requests over every run of the scale. */
  errors: number;
}

export interface SqlPerRequest {
  departments: number;
  hub: number;
  audit: number;
  total: number;
  /** At 10 connections, where the audit writer commits several requests in one batch. */
  underLoad: number;
}

export interface ScaleResult {
  label: string;
  scale: number;
  seedSeconds: number;
  jointCases: number;
  recordsPerDepartment: Record<string, number>;
  ratios: {
    hubVsLimit: PerQuery<number>;
    hubVsLimitC1: PerQuery<number>;
    hubOffVsLimit: PerQuery<number>;
    hubVsPostgraphile: PerQuery<number>;
    hubVsPostgraphileC1: PerQuery<number>;
    postgraphileVsLimit: PerQuery<number>;
    p99VsLimit: PerQuery<number>;
  };
  auditOverhead: PerQuery<number>;
  /**
   * The limit's own: 1 − limit ÷ the limit without its audit commit, at 10 connections. Both
   * commit the same records through the same writer, so this is the overhead's floor.
   */
  limitAuditOverhead: PerQuery<number>;
  sqlPerRequest: PerQuery<PerVariant<SqlPerRequest>>;
  roundTrips: PerQuery<PerVariant<{ departments: number; total: number }>>;
  untouchedBodies: TraceResult['untouched'];
  sqlFlatness: { Q3: PerVariant<{ first5: number; first50: number }> };
  /** Resident set size after the run (steady state), MB. */
  rssMb: PerVariant<number>;
  /** Memory at start-up (before any request) and after the run, MB. */
  memoryMb: PerVariant<{ rssAtStart: number; rssAfter: number; heapUsed: number; heapTotal: number }>;
  figures: PerQuery<PerVariant<Figures>>;
  problems: string[];
  /** With --profile: where the hub's CPU goes under load, per query. */
  profiles?: HubProfiles;
  rounds: RawScale['rounds'];
}

export interface Target {
  target: string;
  goal: string;
  value: string;
  met: boolean;
}

export interface Report extends Omit<
  ScaleResult,
  'label' | 'scale' | 'seedSeconds' | 'jointCases' | 'recordsPerDepartment' | 'rounds'
> {
  meta: {
    command: string;
    quick: boolean;
    rounds: number;
    durationS: number;
    node: string;
    cpus: string;
    startedAt: string;
    elapsedS: number;
  };
  targets: Target[];
  /** Latency at one connection at the big scale ÷ at the default scale (only with --scale-big). */
  scaleGrowth?: PerQuery<PerVariant<number>>;
  scales: ScaleResult[];
}

export function median(values: number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const variantsIn = (raw: RawScale, q: QueryName): Variant[] => Object.keys(raw.rounds[0]?.[q] ?? {}) as Variant[];

/** Medians over rounds; every ratio is taken within a round first, then its median reported. */
export function summarise(raw: RawScale): ScaleResult {
  const perRound = (
    q: QueryName,
    f: (r: PerVariant<Partial<Record<Mode, Measurement & { targetRate?: number }>>>) => number,
  ) => median(raw.rounds.map((round) => f(round[q] ?? {})));
  const ratio = (q: QueryName, a: Variant, b: Variant, mode: Mode, key: 'rps' | 'p99') =>
    perRound(q, (r) => r[a]![mode]![key] / r[b]![mode]![key]);

  const ratios: ScaleResult['ratios'] = {
    hubVsLimit: {},
    hubVsLimitC1: {},
    hubOffVsLimit: {},
    hubVsPostgraphile: {},
    hubVsPostgraphileC1: {},
    postgraphileVsLimit: {},
    p99VsLimit: {},
  };
  const auditOverhead: PerQuery<number> = {};
  const limitAuditOverhead: PerQuery<number> = {};
  const figures: ScaleResult['figures'] = {};
  const sqlPerRequest: ScaleResult['sqlPerRequest'] = {};
  const roundTrips: ScaleResult['roundTrips'] = {};
  for (const q of QUERY_NAMES) {
    const variants = variantsIn(raw, q);
    if (variants.length === 0) continue;
    ratios.hubVsLimit[q] = ratio(q, 'hubOn', 'limit', 'c10', 'rps');
    ratios.hubVsLimitC1[q] = ratio(q, 'hubOn', 'limit', 'c1', 'rps');
    ratios.hubOffVsLimit[q] = ratio(q, 'hubOff', 'limit', 'c10', 'rps');
    ratios.p99VsLimit[q] = ratio(q, 'hubOn', 'limit', 'rate', 'p99');
    if (variants.includes('postgraphile')) {
      ratios.hubVsPostgraphile[q] = ratio(q, 'hubOn', 'postgraphile', 'c10', 'rps');
      ratios.hubVsPostgraphileC1[q] = ratio(q, 'hubOn', 'postgraphile', 'c1', 'rps');
      ratios.postgraphileVsLimit[q] = ratio(q, 'postgraphile', 'limit', 'c10', 'rps');
    }
    auditOverhead[q] = perRound(q, (r) => 1 - r.hubOn!.c10!.rps / r.hubOff!.c10!.rps);
    if (variants.includes('limitOff'))
      limitAuditOverhead[q] = perRound(q, (r) => 1 - r.limit!.c10!.rps / r.limitOff!.c10!.rps);
    figures[q] = {};
    sqlPerRequest[q] = {};
    roundTrips[q] = {};
    // The limit without audit is measured at 10 connections only, for the overhead above.
    for (const v of variants.filter((variant) => variant !== 'limitOff')) {
      const of = (mode: Mode, key: keyof Measurement) => perRound(q, (r) => r[v]![mode]![key] as number);
      const underLoad: Record<string, number> = {};
      for (const database of new Set(
        raw.rounds.flatMap((round) => Object.keys(round[q]?.[v]?.c10?.statementsPerRequest ?? {})),
      )) {
        underLoad[database] = perRound(q, (r) => r[v]!.c10!.statementsPerRequest[database] ?? 0);
      }
      figures[q][v] = {
        rpsC1: of('c1', 'rps'),
        rpsC10: of('c10', 'rps'),
        latencyC1Ms: of('c1', 'meanLatency'),
        rateTarget: perRound(q, (r) => r[v]!.rate!.targetRate ?? NaN),
        rateAchieved: of('rate', 'rps'),
        p50Ms: of('rate', 'p50'),
        p99Ms: of('rate', 'p99'),
        nodeCpuMsPerRequest: of('c10', 'nodeCpuMsPerRequest'),
        postgresCpuMsPerRequest: of('c10', 'postgresCpuMsPerRequest'),
        postgresCpuMsByClient: Object.fromEntries(
          POSTGRES_CLIENTS.map((client) => [
            client,
            perRound(q, (r) => r[v]!.c10!.postgresCpuMsPerRequestByClient?.[client] ?? NaN),
          ]),
        ) as Record<PostgresClient, number>,
        statementsUnderLoad: underLoad,
        errors: raw.rounds.reduce(
          (sum, round) => sum + Object.values(round[q]?.[v] ?? {}).reduce((s, m) => s + (m?.errors ?? 0), 0),
          0,
        ),
      };
      const trace = raw.traces.perQuery[q]?.[v];
      if (trace) {
        sqlPerRequest[q][v] = { ...trace.statements, underLoad: Object.values(underLoad).reduce((a, b) => a + b, 0) };
        roundTrips[q][v] = { departments: trace.departmentRoundTrips, total: trace.totalRoundTrips };
      }
    }
  }
  const sqlFlatness: ScaleResult['sqlFlatness'] = { Q3: {} };
  for (const [v, first5] of Object.entries(raw.traces.q3First5) as Array<[Variant, number]>) {
    sqlFlatness.Q3[v] = { first5, first50: raw.traces.perQuery.Q3?.[v]?.statements.total ?? NaN };
  }
  const problems = Object.entries(raw.problems).map(([what, problem]) => `${raw.label}: ${what}: ${problem}`);
  for (const [q, perVariant] of Object.entries(raw.traces.untouched)) {
    for (const [v, bodies] of Object.entries(perVariant ?? {})) {
      for (const [body, sent] of Object.entries(bodies))
        if (sent !== 0)
          problems.push(`${raw.label}: ${q}: ${v} sent ${sent} statements to ${body}, which the caller may not read`);
    }
  }
  return {
    label: raw.label,
    scale: raw.scale,
    seedSeconds: raw.seedSeconds,
    jointCases: raw.fixtures.jointCases,
    recordsPerDepartment: raw.fixtures.recordsPerDepartment,
    ratios,
    auditOverhead,
    limitAuditOverhead,
    sqlPerRequest,
    roundTrips,
    untouchedBodies: raw.traces.untouched,
    sqlFlatness,
    rssMb: Object.fromEntries(Object.entries(raw.rss).map(([v, m]) => [v, m.after / 2 ** 20])),
    memoryMb: Object.fromEntries(
      Object.entries(raw.rss).map(([v, m]) => [
        v,
        {
          rssAtStart: m.atStart / 2 ** 20,
          rssAfter: m.after / 2 ** 20,
          heapUsed: m.heapUsed / 2 ** 20,
          heapTotal: m.heapTotal / 2 ** 20,
        },
      ]),
    ),
    figures,
    problems,
    ...(raw.profiles ? { profiles: raw.profiles } : {}),
    rounds: raw.rounds,
  };
}

const fmt = (value: number | undefined, digits = 2) =>
  value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits);
const pct = (value: number | undefined) =>
  value === undefined || !Number.isFinite(value) ? '–' : `${(value * 100).toFixed(1)} %`;

/*
 * Issue 16's targets: the hub (policy + durable audit) at 0.8× the limit on every query and
 * ahead of PostGraphile on Q2 (the limit itself is only 1.3–1.6× PostGraphile there). The
 * report's target table and the chart both mark these.
 */
export const HUB_VS_LIMIT_TARGET = 0.8;
export const HUB_VS_POSTGRAPHILE_TARGET = 1.0;

function evaluateTargets(base: ScaleResult, big?: ScaleResult, growth?: Report['scaleGrowth']): Target[] {
  const targets: Target[] = [];
  const add = (target: string, goal: string, value: number | undefined, met: boolean, shown = fmt(value)) =>
    targets.push({ target, goal, value: shown, met });
  for (const q of QUERY_NAMES) {
    if (base.ratios.hubVsLimit[q] === undefined) continue;
    add(
      `hub ÷ limit, ${q}, audit on, 10 connections`,
      `≥ ${HUB_VS_LIMIT_TARGET}`,
      base.ratios.hubVsLimit[q],
      (base.ratios.hubVsLimit[q] ?? 0) >= HUB_VS_LIMIT_TARGET,
    );
  }
  add(
    'hub ÷ PostGraphile, Q2, 10 connections',
    `≥ ${HUB_VS_POSTGRAPHILE_TARGET.toFixed(1)}`,
    base.ratios.hubVsPostgraphile.Q2,
    (base.ratios.hubVsPostgraphile.Q2 ?? 0) >= HUB_VS_POSTGRAPHILE_TARGET,
  );
  for (const q of QUERY_NAMES) {
    const limit = base.sqlPerRequest[q]?.limit;
    const hub = base.sqlPerRequest[q]?.hubOn;
    if (!limit || !hub) continue;
    // Bodies touched: the databases the limit has to read (each body's, and the hub's own for
    // the governance centre's joint cases), plus one audit batch when the answer is audited.
    // The limit sends exactly one statement per database it reads.
    const bodiesTouched = limit.departments + (limit.hub > 0 ? 1 : 0);
    const allowed = bodiesTouched + (limit.audit > 0 ? 1 : 0);
    add(
      `SQL statements per request, ${q} (hub, one request alone)`,
      `≤ ${allowed} (bodies touched + audit batch)`,
      hub.total,
      hub.total <= allowed,
      `${hub.total} (${hub.departments} bodies + ${hub.hub} hub + ${hub.audit} audit)`,
    );
  }
  const flat = base.sqlFlatness.Q3.hubOn;
  if (flat)
    add(
      'SQL statements flat in result size (Q3: 5 vs 50 joint cases)',
      'equal',
      undefined,
      flat.first5 === flat.first50,
      `${flat.first5} vs ${flat.first50}`,
    );
  for (const q of QUERY_NAMES) {
    const trips = base.roundTrips[q]?.hubOn;
    if (trips && (base.sqlPerRequest[q]?.hubOn?.departments ?? 0) > 0) {
      add(
        `sequential round trips to the bodies, ${q}`,
        '1',
        trips.departments,
        trips.departments <= 1,
        String(trips.departments),
      );
    }
  }
  for (const q of QUERY_NAMES) {
    if (base.auditOverhead[q] !== undefined)
      add(
        `audit overhead (throughput), ${q}`,
        '≤ 10 %',
        base.auditOverhead[q],
        (base.auditOverhead[q] ?? 1) <= 0.1,
        base.limitAuditOverhead?.[q] === undefined
          ? pct(base.auditOverhead[q])
          : `${pct(base.auditOverhead[q])} (the limit's own: ${pct(base.limitAuditOverhead[q])})`,
      );
  }
  for (const q of QUERY_NAMES) {
    if (base.ratios.p99VsLimit[q] !== undefined)
      add(
        `p99 at half the limit's maximum, hub ÷ limit, ${q}`,
        '≤ 2',
        base.ratios.p99VsLimit[q],
        (base.ratios.p99VsLimit[q] ?? Infinity) <= 2,
      );
  }
  add(
    'RSS of the hub after the run',
    '≤ 150 MB',
    base.rssMb.hubOn,
    (base.rssMb.hubOn ?? Infinity) <= 150,
    `${fmt(base.rssMb.hubOn, 0)} MB`,
  );
  if (big && growth) {
    for (const q of QUERY_NAMES) {
      const g = growth[q]?.hubOn;
      if (g !== undefined)
        add(`latency growth, default scale → ${big.scale}× (${q}, one connection)`, '≤ 1.2×', g, g <= 1.2);
    }
  }
  return targets;
}

export function buildReport(scales: ScaleResult[], meta: Report['meta']): Report {
  const [base, big] = scales;
  let scaleGrowth: Report['scaleGrowth'];
  if (big) {
    scaleGrowth = {};
    for (const q of QUERY_NAMES) {
      for (const [v, f] of Object.entries(base.figures[q] ?? {}) as Array<[Variant, Figures]>) {
        (scaleGrowth[q] ??= {})[v] = (big.figures[q]?.[v]?.latencyC1Ms ?? NaN) / f.latencyC1Ms;
      }
    }
  }
  const {
    label: _l,
    scale: _s,
    seedSeconds: _d,
    jointCases: _j,
    recordsPerDepartment: _r,
    rounds: _rounds,
    ...figures
  } = base;
  return {
    meta,
    ...figures,
    problems: scales.flatMap((s) => s.problems),
    targets: evaluateTargets(base, big, scaleGrowth),
    ...(scaleGrowth ? { scaleGrowth } : {}),
    scales,
  };
}

const CLIENT_LABELS: Record<PostgresClient, string> = {
  hubDatabase: 'its own database (hub data, fair use)',
  audit: 'its audit writer',
  bodies: "the bodies' databases",
  background: 'background (WAL, checkpoints, autovacuum, exited)',
  other: 'other (PostGraphile, the runner)',
};

function scaleTable(s: ScaleResult): string {
  const records = Object.values(s.recordsPerDepartment);
  const lines = [
    `### ${s.label}: \`seed --scale ${s.scale}\` — ${s.jointCases} joint cases, ${Math.min(...records)}–${Math.max(...records)} records per body (seeded in ${s.seedSeconds.toFixed(1)} s)`,
    '',
    "| query | server | req/s c=1 | req/s c=10 | ÷ limit (c=10) | p50 / p99 ms at half the limit's max | Node CPU ms/req | Postgres CPU ms/req | SQL/req alone (bodies+hub+audit) | SQL/req at c=10 | round trips (bodies / all) | errors |",
    '|---|---|---:|---:|---:|---|---:|---:|---|---:|---|---:|',
  ];
  for (const q of QUERY_NAMES) {
    for (const [v, f] of Object.entries(s.figures[q] ?? {}) as Array<[Variant, Figures]>) {
      const limit = s.figures[q]?.limit;
      const sql = s.sqlPerRequest[q]?.[v];
      const trips = s.roundTrips[q]?.[v];
      lines.push(
        `| ${q} | ${VARIANT_LABELS[v]} | ${fmt(f.rpsC1, 0)} | ${fmt(f.rpsC10, 0)} | ${v === 'limit' ? '1' : fmt(f.rpsC10 / limit!.rpsC10)} | ${fmt(f.p50Ms, 1)} / ${fmt(f.p99Ms, 1)} at ${fmt(f.rateTarget, 0)} req/s${f.rateAchieved < f.rateTarget * 0.95 ? ` (reached ${fmt(f.rateAchieved, 0)})` : ''} | ${fmt(f.nodeCpuMsPerRequest)} | ${fmt(f.postgresCpuMsPerRequest)} | ${sql ? `${sql.total} (${sql.departments}+${sql.hub}+${sql.audit})` : '–'} | ${fmt(sql?.underLoad)} | ${trips ? `${trips.departments} / ${trips.total}` : '–'} | ${f.errors} |`,
      );
    }
  }
  lines.push(
    '',
    `Postgres CPU ms per request at 10 connections, by whom each process serves (pg_stat_activity's application names):`,
    '',
    `| query | server | ${POSTGRES_CLIENTS.map((client) => CLIENT_LABELS[client]).join(' | ')} |`,
    `|---|---|${POSTGRES_CLIENTS.map(() => '---:').join('|')}|`,
  );
  for (const q of QUERY_NAMES)
    for (const [v, f] of Object.entries(s.figures[q] ?? {}) as Array<[Variant, Figures]>)
      lines.push(
        `| ${q} | ${VARIANT_LABELS[v]} | ${POSTGRES_CLIENTS.map((client) => fmt(f.postgresCpuMsByClient?.[client])).join(' | ')} |`,
      );
  lines.push(
    '',
    `Memory (RSS at start → after the run; V8 heap used / reserved after): ${Object.entries(s.memoryMb)
      .map(
        ([v, m]) =>
          `${VARIANT_LABELS[v as Variant]} ${fmt(m.rssAtStart, 0)} → ${fmt(m.rssAfter, 0)} MB (heap ${fmt(m.heapUsed, 0)} / ${fmt(m.heapTotal, 0)} MB)`,
      )
      .join('; ')}.`,
    '',
  );
  return lines.join('\n');
}

export function renderMarkdown(report: Report): string {
  const base = report.scales[0];
  const lines = [
    `## mediation-hub benchmark`,
    '',
    `\`${report.meta.command}\` — ${report.meta.rounds} interleaved rounds × ${report.meta.durationS} s per measurement, Node ${report.meta.node}, ${report.meta.cpus}, ${report.meta.elapsedS} s in all.`,
    '',
    '### Ratios (medians of per-round ratios, default scale)',
    '',
    '| ratio | Q1 | Q2 | Q3 | Q4 |',
    '|---|---:|---:|---:|---:|',
    ...(
      [
        ['hub ÷ limit, req/s at 10 connections (audit on)', base.ratios.hubVsLimit],
        ['hub ÷ limit, req/s at 1 connection', base.ratios.hubVsLimitC1],
        ['hub with audit off ÷ limit, req/s at 10 connections', base.ratios.hubOffVsLimit],
        ['hub ÷ PostGraphile, req/s at 10 connections', base.ratios.hubVsPostgraphile],
        ['hub ÷ PostGraphile, req/s at 1 connection', base.ratios.hubVsPostgraphileC1],
        ['PostGraphile ÷ limit, req/s at 10 connections', base.ratios.postgraphileVsLimit],
        ["hub p99 ÷ limit p99 at half the limit's max", base.ratios.p99VsLimit],
      ] as Array<[string, Partial<Record<QueryName, number>>]>
    ).map(([name, values]) => `| ${name} | ${QUERY_NAMES.map((q) => fmt(values[q])).join(' | ')} |`),
    `| audit overhead (1 − audit on ÷ audit off, req/s at 10 connections) | ${QUERY_NAMES.map((q) => pct(base.auditOverhead[q])).join(' | ')} |`,
    `| the limit's own audit overhead (1 − limit ÷ limit without audit, 10 connections) | ${QUERY_NAMES.map((q) => pct(base.limitAuditOverhead?.[q])).join(' | ')} |`,
    '',
    ...report.scales.map(scaleTable),
  ];
  if (report.scaleGrowth) {
    lines.push(
      '### Latency growth from the default scale to the big scale (mean latency at one connection)',
      '',
      '| server | Q1 | Q2 | Q3 | Q4 |',
      '|---|---:|---:|---:|---:|',
    );
    for (const v of ['limit', 'hubOn', 'hubOff', 'postgraphile'] as Variant[]) {
      lines.push(`| ${VARIANT_LABELS[v]} | ${QUERY_NAMES.map((q) => fmt(report.scaleGrowth![q]?.[v])).join(' | ')} |`);
    }
    lines.push('');
  }
  lines.push('### Targets', '', '| target | goal | measured | met |', '|---|---|---|---|');
  for (const t of report.targets) lines.push(`| ${t.target} | ${t.goal} | ${t.value} | ${t.met ? 'yes' : '**no**'} |`);
  if (report.profiles) {
    lines.push(
      '',
      '### Where the hub spends its CPU under load (self time per request at 10 connections, --profile)',
      '',
    );
    for (const [q, p] of Object.entries(report.profiles)) {
      const on = p?.hubOn;
      const off = p?.hubOff;
      if (!on) continue;
      const ms = (v: number) => `${v.toFixed(3)} ms`;
      lines.push(
        `- **${q}** (${ms(on.totalMs / on.requests)} per request): ${on.byPackage
          .slice(0, 8)
          .map((b) => `${b.name} ${ms(b.msPerRequest)}`)
          .join(', ')}`,
      );
      lines.push(
        `  - top functions: ${on.byFunction
          .slice(0, 8)
          .map((f) => `\`${f.name}\` (${f.where}) ${ms(f.msPerRequest)}`)
          .join(', ')}`,
      );
      if (p.limit)
        lines.push(
          `  - the limit (${ms(p.limit.totalMs / p.limit.requests)} per request): ${p.limit.byPackage
            .slice(0, 8)
            .map((b) => `${b.name} ${ms(b.msPerRequest)}`)
            .join(', ')}`,
        );
      if (off) {
        const offBy = new Map(off.byPackage.map((b) => [b.name, b.msPerRequest]));
        const delta = on.byPackage
          .map((b) => ({ name: b.name, ms: b.msPerRequest - (offBy.get(b.name) ?? 0) }))
          .sort((a, b) => b.ms - a.ms);
        lines.push(
          `  - audit on − audit off (${ms(on.totalMs / on.requests - off.totalMs / off.requests)} per request): ${delta
            .slice(0, 6)
            .map((d) => `${d.name} ${d.ms >= 0 ? '+' : ''}${ms(d.ms)}`)
            .join(', ')}`,
        );
      }
    }
  }
  if (report.problems.length > 0) lines.push('', '### Problems', '', ...report.problems.map((p) => `- ${p}`));
  return `${lines.join('\n')}\n`;
}
