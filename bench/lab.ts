import fs from 'node:fs';
import path from 'node:path';
import type { BenchEnvironment } from './environment';
import { prepareFixtures } from './fixtures';
import { type LoadRequest, type Measurement, measure } from './load';
import { type ProfileSummary, summariseProfile } from './profile';
import { type BenchQuery, benchQueries, QUERY_NAMES, type QueryName } from './queries';
import { median } from './report';
import { auditRowsOf, buildRequests, send } from './requests';
import { ServerProcess } from './server-process';
import { firstDifference, normalise } from './verify';

/*
 * The lab: several hub variants, each a hub process started with its own switches (settings the
 * hub reads from its environment, such as QUERY_LIMIT_CACHE=off, and Node options such as
 * --max-old-space-size=128), measured in the same interleaved rounds as the limit server and
 * PostGraphile. Each round measures every server on every query one after another (the order
 * rotates from round to round), so a change is judged against its own baseline under the same
 * load on the machine; ratios are taken within a round, then their median is reported.
 */

/** One hub variant: its label (the switches as given), settings and Node options. */
export interface LabVariant {
  label: string;
  env: Record<string, string>;
  execArgv: string[];
  /** Another checkout of the hub, built (its dist/bench/hub-server.js is run): a change judged against its parent. */
  checkout?: string;
  /** Another Node.js binary to run the hub with. */
  node?: string;
}

/**
 * The Node options `npm start` gives the hub (package.json's start script, `node [--options]
 * dist/src/cli/main.js start`: its memory settings), so the benchmark measures the hub as
 * deployed. A lab variant that sets the same option overrides it.
 */
export function startScriptNodeOptions(): string[] {
  // dist/bench/ when built, bench/ when run from source (tests).
  const packageJson = [
    path.resolve(__dirname, '..', 'package.json'),
    path.resolve(__dirname, '..', '..', 'package.json'),
  ].find((file) => fs.existsSync(file))!;
  const start = (JSON.parse(fs.readFileSync(packageJson, 'utf8')) as { scripts: Record<string, string> }).scripts.start;
  const match = /^node((?:\s+--\S+)*)\s+dist\/src\/cli\/main\.js start$/.exec(start.trim());
  if (!match) throw new Error(`the start script is not "node [--options] dist/src/cli/main.js start": ${start}`);
  return match[1].trim().split(/\s+/).filter(Boolean);
}

/** The start script's Node options, less those the variant sets itself. */
export function nodeOptionsOf(variant: LabVariant): string[] {
  const own = new Set(variant.execArgv.map((option) => option.split('=')[0]));
  return [...startScriptNodeOptions().filter((option) => !own.has(option.split('=')[0])), ...variant.execArgv];
}

/** Without --variant: the hub as configured by default, each per-document cache off alone, and both off. */
export const DEFAULT_LAB_VARIANTS = [
  'default',
  'QUERY_LIMIT_CACHE=off',
  'DOCUMENT_CACHE=off',
  'DOCUMENT_CACHE=off QUERY_LIMIT_CACHE=off',
];

/**
 * Reads one variant: space-separated `NAME=value` settings, `--node-option[=value]` Node
 * options, `checkout=DIR` (the hub built in another checkout, e.g. a worktree of the parent
 * commit) and `node=PATH` (another Node.js binary); `default` (or nothing) is the hub with its
 * default settings.
 */
export function parseLabVariant(spec: string): LabVariant {
  const variant: LabVariant = { label: spec.trim() || 'default', env: {}, execArgv: [] };
  for (const token of spec.trim().split(/\s+/).filter(Boolean)) {
    const value = token.slice(token.indexOf('=') + 1);
    if (token === 'default') continue;
    if (token.startsWith('--')) variant.execArgv.push(token);
    else if (token.startsWith('checkout=')) variant.checkout = path.resolve(value);
    else if (token.startsWith('node=')) variant.node = path.resolve(value);
    else if (/^[A-Z][A-Z0-9_]*=/.test(token)) variant.env[token.slice(0, token.indexOf('='))] = value;
    else throw new Error(`a lab variant is NAME=value settings, --node-options, checkout= and node=, not "${token}"`);
  }
  return variant;
}

export interface LabVariantResult {
  label: string;
  env: Record<string, string>;
  execArgv: string[];
  /** Median over rounds of the per-round ratio of req/s at 10 connections. */
  hubVsLimit: Partial<Record<QueryName, number>>;
  hubVsPostgraphile: Partial<Record<QueryName, number>>;
  /** ÷ the first variant (the baseline), per query. */
  vsBaseline: Partial<Record<QueryName, number>>;
  rps: Partial<Record<QueryName, number>>;
  nodeCpuMsPerRequest: Partial<Record<QueryName, number>>;
  p99Ms: Partial<Record<QueryName, number>>;
  errors: number;
  rssMb: { atStart: number; after: number; heapUsedMb: number };
  profiles?: Partial<Record<QueryName, ProfileSummary>>;
}

export interface LabReport {
  meta: { command?: string; rounds?: number; durationS?: number; node?: string; cpus?: string; elapsedS?: number };
  limitRps: Partial<Record<QueryName, number>>;
  postgraphileRps: Partial<Record<QueryName, number>>;
  variants: LabVariantResult[];
  problems: string[];
  rounds: Array<Partial<Record<QueryName, Record<string, Measurement>>>>;
}

export interface LabSettings {
  scale: number;
  rounds: number;
  durationS: number;
  warmupS: number;
  profileDir?: string;
  log: (message: string) => void;
}

const LIMIT = 'limit';
const POSTGRAPHILE = 'postgraphile';
const hubKey = (i: number) => `hub${i}`;

/** Runs the lab at one scale and returns its report (nothing is measured when a variant's answers differ from the limit's). */
export async function runLab(env: BenchEnvironment, variants: LabVariant[], settings: LabSettings): Promise<LabReport> {
  const { log } = settings;
  log(`lab: seeding \`mediation-hub seed --scale ${settings.scale}\``);
  await env.seed(settings.scale);
  const fixtures = await prepareFixtures(env);
  const queries = benchQueries(fixtures);
  const requests = await buildRequests(env, fixtures, queries);
  const { dataDir } = env;
  const databases = env.databases.targets;
  const servers = new Map<string, ServerProcess>();
  const problems: string[] = [];
  try {
    const started = await Promise.all([
      ServerProcess.start('limit', 'limit-server', { dataDir, databases }),
      ServerProcess.start(
        'PostGraphile',
        'postgraphile-server',
        { connectionString: databases.departmentUrls.POLICE },
        ['--require', path.join(__dirname, 'polyfill-with-resolvers.js')],
      ),
      ...variants.map((v) =>
        ServerProcess.start(
          `hub [${v.label}]`,
          'hub-server',
          { dataDir, databases, audit: 'on' },
          nodeOptionsOf(v),
          v.env,
          { ...(v.checkout ? { directory: path.join(v.checkout, 'dist', 'bench') } : {}), execPath: v.node },
        ),
      ),
    ]);
    servers.set(LIMIT, started[0]);
    servers.set(POSTGRAPHILE, started[1]);
    variants.forEach((_, i) => servers.set(hubKey(i), started[i + 2]));
    const rssAtStart = new Map<string, number>();
    for (const [key, server] of servers) rssAtStart.set(key, (await server.stats()).rssBytes);

    // Every variant must give the limit's answer and commit the limit's audit records, on a
    // document's first request (Apollo's pipeline) and again once known (the fast path).
    for (const q of [...queries, ...queries]) {
      const request = requests.get(`${q.name}:hubOn`)!;
      const limit = await send(servers.get(LIMIT)!, request);
      const limitAudit = await auditRowsOf(env.databases.adminUrls.hub, limit.requestId);
      for (let i = 0; i < variants.length; i++) {
        const hub = await send(servers.get(hubKey(i))!, request);
        if (hub.status !== 200) problems.push(`${q.name} [${variants[i].label}]: HTTP ${hub.status}`);
        const difference = firstDifference(normalise(hub.json), normalise(limit.json));
        if (difference) problems.push(`${q.name} [${variants[i].label}]: differs from the limit: ${difference}`);
        const auditDifference = firstDifference(
          await auditRowsOf(env.databases.adminUrls.hub, hub.requestId),
          limitAudit,
        );
        if (auditDifference)
          problems.push(`${q.name} [${variants[i].label}]: audit records differ from the limit's: ${auditDifference}`);
      }
    }
    for (const problem of problems) log(`VERIFY FAILED ${problem}`);
    if (problems.length > 0) return emptyReport(variants, problems);

    const serversOf = (q: QueryName) => [
      LIMIT,
      ...variants.map((_, i) => hubKey(i)),
      ...(q === 'Q2' ? [POSTGRAPHILE] : []),
    ];
    const requestOf = (q: BenchQuery, key: string): LoadRequest =>
      requests.get(key === POSTGRAPHILE ? 'Q2:postgraphile' : `${q.name}:hubOn`)!;
    const postgres = env.postgres();
    const run = (q: BenchQuery, key: string, durationS: number) =>
      measure(servers.get(key)!, requestOf(q, key), { connections: 10, durationS }, postgres);

    log('lab: warm-up');
    for (const q of queries) for (const key of serversOf(q.name)) await run(q, key, settings.warmupS);

    const rounds: LabReport['rounds'] = [];
    for (let round = 0; round < settings.rounds; round++) {
      log(`lab: round ${round + 1}/${settings.rounds}`);
      const results: LabReport['rounds'][number] = {};
      for (const q of queries) {
        const keys = serversOf(q.name);
        // The order rotates so that no server is always measured first or last.
        const order = keys.map((_, k) => keys[(k + round) % keys.length]);
        const perServer: Record<string, Measurement> = {};
        for (const key of order) perServer[key] = await run(q, key, settings.durationS);
        results[q.name] = perServer;
      }
      rounds.push(results);
    }

    const profiles: Array<Partial<Record<QueryName, ProfileSummary>>> = variants.map(() => ({}));
    if (settings.profileDir) {
      fs.mkdirSync(settings.profileDir, { recursive: true });
      for (const q of queries) {
        for (let i = 0; i < variants.length; i++) {
          log(`lab: profiling [${variants[i].label}] on ${q.name}`);
          const server = servers.get(hubKey(i))!;
          const file = path.resolve(settings.profileDir, `lab-${i}-${q.name}.cpuprofile`);
          await server.startProfile();
          const m = await run(q, hubKey(i), Math.max(3, settings.durationS));
          await server.stopProfile(file);
          profiles[i][q.name] = summariseProfile(file, m.requests, 25);
        }
      }
    }

    const perRound = (q: QueryName, f: (r: Record<string, Measurement>) => number) =>
      median(rounds.map((round) => f(round[q] ?? {})));
    const names = queries.map((q) => q.name);
    const results: LabVariantResult[] = [];
    for (let i = 0; i < variants.length; i++) {
      const key = hubKey(i);
      const stats = await servers.get(key)!.stats();
      const result: LabVariantResult = {
        label: variants[i].label,
        env: variants[i].env,
        execArgv: nodeOptionsOf(variants[i]),
        hubVsLimit: {},
        hubVsPostgraphile: {},
        vsBaseline: {},
        rps: {},
        nodeCpuMsPerRequest: {},
        p99Ms: {},
        errors: 0,
        rssMb: {
          atStart: rssAtStart.get(key)! / 2 ** 20,
          after: stats.rssBytes / 2 ** 20,
          heapUsedMb: stats.heapUsedBytes / 2 ** 20,
        },
        ...(settings.profileDir ? { profiles: profiles[i] } : {}),
      };
      for (const q of names) {
        result.hubVsLimit[q] = perRound(q, (r) => r[key].rps / r[LIMIT].rps);
        if (q === 'Q2') result.hubVsPostgraphile[q] = perRound(q, (r) => r[key].rps / r[POSTGRAPHILE].rps);
        result.vsBaseline[q] = perRound(q, (r) => r[key].rps / r[hubKey(0)].rps);
        result.rps[q] = perRound(q, (r) => r[key].rps);
        result.nodeCpuMsPerRequest[q] = perRound(q, (r) => r[key].nodeCpuMsPerRequest);
        result.p99Ms[q] = perRound(q, (r) => r[key].p99);
        result.errors += rounds.reduce((sum, round) => sum + (round[q]?.[key]?.errors ?? 0), 0);
      }
      results.push(result);
    }
    return {
      meta: {},
      limitRps: Object.fromEntries(names.map((q) => [q, perRound(q, (r) => r[LIMIT].rps)])),
      postgraphileRps: { Q2: perRound('Q2', (r) => r[POSTGRAPHILE].rps) },
      variants: results,
      problems,
      rounds,
    };
  } finally {
    await Promise.all([...servers.values()].map((s) => s.stop()));
  }
}

function emptyReport(variants: LabVariant[], problems: string[]): LabReport {
  return {
    meta: {},
    limitRps: {},
    postgraphileRps: {},
    variants: variants.map((v) => ({
      label: v.label,
      env: v.env,
      execArgv: v.execArgv,
      hubVsLimit: {},
      hubVsPostgraphile: {},
      vsBaseline: {},
      rps: {},
      nodeCpuMsPerRequest: {},
      p99Ms: {},
      errors: 0,
      rssMb: { atStart: NaN, after: NaN, heapUsedMb: NaN },
    })),
    problems,
    rounds: [],
  };
}

const fmt = (value: number | undefined, digits = 2) =>
  value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits);

/** The lab's tables: per variant, ratios to the limit, PostGraphile and the first variant; CPU and memory. */
export function renderLab(report: LabReport): string {
  const qs = QUERY_NAMES;
  const lines = [
    '## mediation-hub lab: hub variants in the same interleaved rounds',
    '',
    `\`${report.meta.command ?? ''}\` — ${report.meta.rounds ?? '?'} rounds × ${report.meta.durationS ?? '?'} s per measurement at 10 connections, Node ${report.meta.node ?? '?'}, ${report.meta.cpus ?? '?'}, ${report.meta.elapsedS ?? '?'} s in all. Medians of per-round ratios; the first variant is the baseline.`,
    '',
    `| variant | ÷ limit Q1 | Q2 | Q3 | Q4 | ÷ PostGraphile Q2 | ÷ baseline Q1 | Q2 | Q3 | Q4 | Node CPU ms/req Q1 / Q2 / Q3 / Q4 | RSS start → after (heap used) MB | errors |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|',
  ];
  for (const v of report.variants) {
    lines.push(
      `| \`${v.label}\` | ${qs.map((q) => fmt(v.hubVsLimit[q])).join(' | ')} | ${fmt(v.hubVsPostgraphile.Q2)} | ${qs
        .map((q) => fmt(v.vsBaseline[q]))
        .join(
          ' | ',
        )} | ${qs.map((q) => fmt(v.nodeCpuMsPerRequest[q])).join(' / ')} | ${fmt(v.rssMb.atStart, 0)} → ${fmt(
        v.rssMb.after,
        0,
      )} (${fmt(v.rssMb.heapUsedMb, 0)}) | ${v.errors} |`,
    );
  }
  lines.push(
    '',
    `Limit req/s (median): ${qs.map((q) => `${q} ${fmt(report.limitRps[q], 0)}`).join(', ')}; PostGraphile Q2 ${fmt(report.postgraphileRps.Q2, 0)}.`,
  );
  const profiled = report.variants.filter((v) => v.profiles);
  if (profiled.length > 0) {
    lines.push('', '### Where each variant spends its CPU (self time per request at 10 connections)', '');
    for (const v of profiled) {
      for (const [q, p] of Object.entries(v.profiles ?? {})) {
        if (!p) continue;
        lines.push(
          `- \`${v.label}\` ${q} (${fmt(p.totalMs / p.requests, 3)} ms per request): ${p.byPackage
            .slice(0, 6)
            .map((b) => `${b.name} ${fmt(b.msPerRequest, 3)}`)
            .join(', ')}`,
        );
      }
    }
  }
  if (report.problems.length > 0) lines.push('', '### Problems', '', ...report.problems.map((p) => `- ${p}`));
  return `${lines.join('\n')}\n`;
}
