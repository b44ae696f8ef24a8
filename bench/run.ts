import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { registeredDepartments } from '../src/connectors/registered-departments';
import { writeChart } from './chart';
import { type BenchEnvironment, type PostgresProbe, startBenchEnvironment } from './environment';
import { prepareFixtures } from './fixtures';
import { type LoadRequest, measure } from './load';
import { summariseProfile } from './profile';
import { type BenchQuery, benchQueries, type QueryName } from './queries';
import {
  type HubProfiles,
  type Mode,
  type RawScale,
  renderMarkdown,
  type ScaleResult,
  summarise,
  type TraceResult,
  type Variant,
  buildReport,
} from './report';
import { analyseTrace } from './round-trips';
import {
  DEFAULT_LAB_VARIANTS,
  type LabReport,
  parseLabVariant,
  renderLab,
  runLab,
  startScriptNodeOptions,
} from './lab';
import { auditRowsOf, buildRequests, send } from './requests';
import { ServerProcess } from './server-process';
import { firstDifference, normalise } from './verify';

const USAGE = `npm run bench -- [--quick] [--out FILE] [--scale N] [--scale-big N] [--rounds N] [--duration S]

  --quick         a short run (well under 3 minutes): 2 rounds of 1 s per measurement, default scale only
  --out FILE      write the results as JSON (keys: docs/benchmarks.md) and the chart next to it (FILE.png)
  --scale N       the default data: \`mediation-hub seed --scale N\` (default 2: 68 joint cases, Q3 lists 50)
  --scale-big N   also measure at \`seed --scale N\` (about 1M records per body: N = 22000; seeding takes long)
  --rounds N      interleaved rounds per scale (default 5; --quick 2)
  --duration S    seconds per measurement (default 5; --quick 1)
  --profile DIR   also profile both hubs under load, one query at a time (V8's CPU profiler),
                  write the .cpuprofile files to DIR and summarise the hub's in the report
  --allocations   with --profile: sample allocations instead (V8's sampling heap profiler,
                  collected objects included): .heapprofile files for DevTools, and
                  requests.json with the requests answered while each was taken
  --lab           measure hub variants instead: each --variant is a hub process with its own
                  switches, measured with the limit and PostGraphile in the same interleaved rounds
                  (10 connections), reporting each variant's ratios to the limit, to PostGraphile
                  (Q2) and to the first variant, its Node CPU per request and RSS (with --profile
                  DIR: CPU profiles of every variant). Default scale only; --quick applies
  --variant SPEC  (with --lab, repeatable) one hub variant: space-separated settings the hub reads
                  (NAME=value, e.g. "QUERY_LIMIT_CACHE=off") and Node options (--variant=--max-old-space-size=128),
                  checkout=DIR (the hub built in another checkout: a change against its parent),
                  node=PATH (another Node.js binary);
                  "default" is the hub as "npm start" runs it (its heap bound; a variant's own
                  --max-old-space-size replaces it). Without --variant: default,
                  QUERY_LIMIT_CACHE=off, DOCUMENT_CACHE=off, and both off
  --verify-only   only check that the servers give the same answers and audit records, measure
                  nothing (with --out FILE: the hub's and the limit's answers, written to FILE)
`;

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    out: { type: 'string' },
    scale: { type: 'string', default: '2' },
    'scale-big': { type: 'string' },
    rounds: { type: 'string' },
    duration: { type: 'string' },
    profile: { type: 'string' },
    allocations: { type: 'boolean', default: false },
    'verify-only': { type: 'boolean', default: false },
    lab: { type: 'boolean', default: false },
    variant: { type: 'string', multiple: true },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const settings = {
  quick: args.quick,
  scale: Number(args.scale),
  bigScale: args['scale-big'] && !args.quick ? Number(args['scale-big']) : null,
  rounds: Number(args.rounds ?? (args.quick ? 2 : 5)),
  durationS: Number(args.duration ?? (args.quick ? 1 : 5)),
  warmupS: args.quick ? 1 : 3,
  /** Single requests traced per query and server, for statements and round trips. */
  traces: 3,
};

const log = (message: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

interface Servers {
  limit: ServerProcess;
  limitOff: ServerProcess;
  hubOn: ServerProcess;
  hubOff: ServerProcess;
  postgraphile: ServerProcess;
}

async function startServers(env: BenchEnvironment): Promise<Servers> {
  const { dataDir } = env;
  const databases = env.databases.targets;
  const [limit, limitOff, hubOn, hubOff, postgraphile] = await Promise.all([
    ServerProcess.start('limit', 'limit-server', { dataDir, databases }),
    ServerProcess.start('limit (audit off)', 'limit-server', { dataDir, databases, audit: 'off' }),
    // With the Node options `npm start` gives the hub (its heap bound), as deployed.
    ServerProcess.start('hub (audit on)', 'hub-server', { dataDir, databases, audit: 'on' }, startScriptNodeOptions()),
    ServerProcess.start(
      'hub (audit off)',
      'hub-server',
      { dataDir, databases, audit: 'off' },
      startScriptNodeOptions(),
    ),
    // PostGraphile v5 wants Node 22: Promise.withResolvers is polyfilled in its process only.
    ServerProcess.start('PostGraphile', 'postgraphile-server', { connectionString: databases.departmentUrls.POLICE }, [
      '--require',
      path.join(__dirname, 'polyfill-with-resolvers.js'),
    ]),
  ]);
  return { limit, limitOff, hubOn, hubOff, postgraphile };
}

/** Which servers answer which query: PostGraphile only the single-body Q2. */
function variantsOf(query: QueryName): Variant[] {
  return query === 'Q2' ? ['limit', 'hubOn', 'hubOff', 'postgraphile'] : ['limit', 'hubOn', 'hubOff'];
}

/**
 * Before measuring: the limit must give the hub's answer, the hub without audit the same data,
 * and PostGraphile the same incidents. A run whose servers disagree measures nothing useful.
 */
async function verifyAnswers(
  servers: Servers,
  queries: BenchQuery[],
  requests: Map<string, LoadRequest>,
  hubUrl: string,
  answers?: Record<string, unknown>,
): Promise<Record<string, string>> {
  const problems: Record<string, string> = {};
  for (const q of queries) {
    const hub = await send(servers.hubOn, requests.get(`${q.name}:hubOn`)!);
    const limit = await send(servers.limit, requests.get(`${q.name}:limit`)!);
    const off = await send(servers.hubOff, requests.get(`${q.name}:hubOff`)!);
    const limitOff = await send(servers.limitOff, requests.get(`${q.name}:limit`)!);
    if (hub.status !== 200) problems[`${q.name}:hub`] = `HTTP ${hub.status}`;
    const difference = firstDifference(normalise(hub.json), normalise(limit.json));
    if (difference) problems[`${q.name}:limit`] = `differs from the hub: ${difference}`;
    // The same work: the same audit records, field decisions and subjects included.
    const [hubAudit, limitAudit] = await Promise.all([
      auditRowsOf(hubUrl, hub.requestId),
      auditRowsOf(hubUrl, limit.requestId),
    ]);
    const auditDifference = firstDifference(hubAudit, limitAudit);
    if (auditDifference) problems[`${q.name}:limit audit`] = `differs from the hub's audit records: ${auditDifference}`;
    if (answers) answers[q.name] = { hub: hub.json, limit: limit.json, hubAudit, limitAudit };
    const dataDifference = firstDifference(
      normalise({ ...hub.json, extensions: undefined }),
      normalise({ ...off.json, extensions: undefined }),
    );
    if (dataDifference) problems[`${q.name}:hubOff`] = `differs from the hub: ${dataDifference}`;
    const limitOffDifference = firstDifference(
      normalise({ ...limitOff.json, extensions: undefined }),
      normalise({ ...limit.json, extensions: undefined }),
    );
    if (limitOffDifference) problems[`${q.name}:limitOff`] = `differs from the limit: ${limitOffDifference}`;
    if (q.name === 'Q3') {
      const edges = ((hub.json.data as { jointCases: { edges: unknown[] } }).jointCases.edges ?? []).length;
      if (edges !== 50) problems.Q3 = `lists ${edges} joint cases, not 50 (raise --scale)`;
    }
    if (q.name === 'Q2') {
      const pg = await send(servers.postgraphile, requests.get('Q2:postgraphile')!);
      const pgCount = (pg.json.data as { allIncidentPeople?: { nodes: unknown[] } } | undefined)?.allIncidentPeople
        ?.nodes.length;
      const police = (
        hub.json.data as {
          person: { departments: Array<{ department: string; records: { edges: unknown[] } | null }> };
        }
      ).person.departments.find((d) => d.department === 'POLICE');
      if (pgCount === undefined || pgCount !== police?.records?.edges.length)
        problems['Q2:postgraphile'] = `answers ${pgCount} incidents, the hub ${police?.records?.edges.length}`;
    }
  }
  return problems;
}

/** Statements and sequential round trips of single requests, and the bodies that must stay untouched. */
async function traceRequests(
  servers: Servers,
  queries: BenchQuery[],
  requests: Map<string, LoadRequest>,
  departmentDatabases: Set<string>,
  databaseOf: (department: string) => string,
): Promise<TraceResult> {
  const result: TraceResult = { perQuery: {}, untouched: {}, q3First5: {} };
  const traceOne = async (server: ServerProcess, request: LoadRequest, body?: string) => {
    await send(server, request, body); // warm: the first answer of a kind prepares what later ones reuse
    const traces = [];
    for (let i = 0; i < settings.traces; i++) {
      await server.startTrace();
      await send(server, request, body);
      traces.push(analyseTrace(await server.stopTrace(), departmentDatabases));
    }
    return traces.sort((a, b) => a.statements.total - b.statements.total)[Math.floor(traces.length / 2)];
  };
  for (const q of queries) {
    result.perQuery[q.name] = {};
    for (const v of variantsOf(q.name)) {
      const server = servers[v];
      const before = await server.stats();
      result.perQuery[q.name]![v] = await traceOne(server, requests.get(`${q.name}:${v}`)!);
      const after = await server.stats();
      if (v === 'postgraphile') continue;
      // The hub's own StatementCounter (and, for the limit, the probe) must show no statement to a body the caller has no agreement with.
      for (const body of q.untouchedBodies) {
        const sent =
          after.hubCounter && before.hubCounter
            ? after.hubCounter[body] - before.hubCounter[body]
            : (after.statements[databaseOf(body)] ?? 0) - (before.statements[databaseOf(body)] ?? 0);
        ((result.untouched[q.name] ??= {})[v] ??= {})[body] = sent;
      }
    }
  }
  // Flat in result size: the same list of joint cases, 5 instead of 50.
  const q3 = queries.find((q) => q.name === 'Q3')!;
  const first5 = JSON.stringify({
    operationName: q3.operationName,
    query: q3.query,
    variables: { ...q3.variables, first: 5 },
  });
  for (const v of variantsOf('Q3'))
    result.q3First5[v] = (await traceOne(servers[v], requests.get(`Q3:${v}`)!, first5)).statements.total;
  return result;
}

/** One scale's results; null after --verify-only, which measures nothing. */
async function measureScale(env: BenchEnvironment, scale: number, label: string): Promise<ScaleResult | null> {
  log(`${label}: seeding \`mediation-hub seed --scale ${scale}\``);
  const seedSeconds = await env.seed(scale);
  const fixtures = await prepareFixtures(env);
  log(
    `${label}: seeded in ${seedSeconds.toFixed(1)} s: ${fixtures.jointCases} joint cases, records per body ${JSON.stringify(fixtures.recordsPerDepartment)}`,
  );
  const queries = benchQueries(fixtures);
  const requests = await buildRequests(env, fixtures, queries);
  const servers = await startServers(env);
  const postgres = env.postgres();
  const rssAtStart: Partial<Record<Variant, number>> = {};
  for (const v of ['limit', 'hubOn', 'hubOff', 'postgraphile'] as Variant[])
    rssAtStart[v] = (await servers[v].stats()).rssBytes;
  try {
    const answers: Record<string, unknown> | undefined = args['verify-only'] ? {} : undefined;
    // Twice: a document's first request goes through Apollo's pipeline, later ones through the
    // hub's fast path for known documents (FAST_PATH); both must give the limit's answer.
    const problems = await verifyAnswers(servers, queries, requests, env.databases.adminUrls.hub, answers);
    for (const [what, problem] of Object.entries(
      await verifyAnswers(servers, queries, requests, env.databases.adminUrls.hub),
    ))
      problems[`${what} (document known)`] = problem;
    for (const [what, problem] of Object.entries(problems)) log(`VERIFY FAILED ${what}: ${problem}`);
    if (answers) {
      if (args.out) fs.writeFileSync(args.out, JSON.stringify(answers, null, 2));
      log(
        Object.keys(problems).length === 0
          ? "the limit gives the hub's answers and audit records"
          : `${Object.keys(problems).length} problem(s)`,
      );
      if (Object.keys(problems).length > 0) process.exitCode = 1;
      return null;
    }
    const names = env.databases.targets.departmentUrls;
    const databaseOf = (code: string) => new URL(names[code]).pathname.slice(1);
    const departmentDatabases = new Set(registeredDepartments.map((d) => databaseOf(d.code)));
    const traces = await traceRequests(servers, queries, requests, departmentDatabases, databaseOf);

    log(`${label}: warm-up`);
    for (const q of queries)
      for (const v of [...variantsOf(q.name), 'limitOff' as const])
        await measure(
          servers[v],
          requests.get(`${q.name}:${v}`)!,
          { connections: 10, durationS: settings.warmupS },
          postgres,
        );

    const rounds: RawScale['rounds'] = [];
    for (let round = 0; round < settings.rounds; round++) {
      log(`${label}: round ${round + 1}/${settings.rounds}`);
      const results: RawScale['rounds'][number] = {};
      for (const q of queries) {
        const perVariant: Partial<Record<Variant, Partial<Record<Mode, Awaited<ReturnType<typeof measure>>>>>> = {};
        results[q.name] = perVariant;
        // A B C within each mode; the fixed rate is half of what the limit reached in this round.
        for (const mode of ['c1', 'c10', 'rate'] as Mode[]) {
          // The limit without audit only at 10 connections: its own audit overhead (the floor under the hub's).
          for (const v of mode === 'c10' ? [...variantsOf(q.name), 'limitOff' as const] : variantsOf(q.name)) {
            const rate = mode === 'rate' ? perVariant.limit!.c10!.rps / 2 : undefined;
            const m = await measure(
              servers[v],
              requests.get(`${q.name}:${v}`)!,
              { connections: mode === 'c1' ? 1 : 10, durationS: settings.durationS, overallRate: rate },
              postgres,
            );
            (perVariant[v] ??= {})[mode] = { ...m, ...(rate ? { targetRate: rate } : {}) };
          }
        }
      }
      rounds.push(results);
    }
    const rss: Partial<Record<Variant, { atStart: number; after: number; heapUsed: number; heapTotal: number }>> = {};
    for (const v of ['limit', 'hubOn', 'hubOff', 'postgraphile'] as Variant[]) {
      const stats = await servers[v].stats();
      rss[v] = {
        atStart: rssAtStart[v]!,
        after: stats.rssBytes,
        heapUsed: stats.heapUsedBytes,
        heapTotal: stats.heapTotalBytes,
      };
    }
    const profiles =
      args.profile && label === 'default scale'
        ? await profileHubs(servers, queries, requests, args.profile, postgres)
        : undefined;
    return summarise({ label, scale, seedSeconds, fixtures, rounds, traces, rss, problems, profiles });
  } finally {
    await Promise.all(Object.values(servers).map((s: ServerProcess) => s.stop()));
  }
}

/**
 * CPU profiles of both hubs (audit on and off) and of the limit under load at 10 connections,
 * one query at a time, taken only while the load runs (V8's sampling profiler, through the inspector),
 * summarised for the report; with --allocations, allocation profiles instead, left in `dir` for DevTools.
 */
async function profileHubs(
  servers: Servers,
  queries: BenchQuery[],
  requests: Map<string, LoadRequest>,
  dir: string,
  postgres: PostgresProbe,
): Promise<HubProfiles | undefined> {
  fs.mkdirSync(dir, { recursive: true });
  const summaries: HubProfiles = {};
  const requestsOf: Record<string, number> = {};
  for (const q of queries) {
    // The limit too: where the hub spends what the limit does not.
    for (const v of ['hubOn', 'hubOff', 'limit'] as const) {
      log(`profiling ${servers[v].name} on ${q.name}`);
      const file = path.resolve(dir, `${v}-${q.name}.${args.allocations ? 'heapprofile' : 'cpuprofile'}`);
      await servers[v].startProfile(args.allocations ? 'allocations' : 'cpu');
      const m = await measure(
        servers[v],
        requests.get(`${q.name}:${v}`)!,
        { connections: 10, durationS: Math.max(5, settings.durationS) },
        postgres,
      );
      await servers[v].stopProfile(file);
      requestsOf[path.basename(file)] = m.requests;
      if (!args.allocations) (summaries[q.name] ??= {})[v] = summariseProfile(file, m.requests, 25);
    }
  }
  if (!args.allocations) return summaries;
  fs.writeFileSync(path.join(dir, 'requests.json'), JSON.stringify(requestsOf, null, 2));
  return undefined;
}

async function main(): Promise<void> {
  const began = Date.now();
  log(`settings ${JSON.stringify(settings)}`);
  const env = await startBenchEnvironment();
  const stopEnv = () => env.stop().catch(() => undefined);
  process.once('SIGINT', () => void stopEnv().finally(() => process.exit(130)));
  try {
    const meta = {
      command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
      quick: settings.quick,
      rounds: settings.rounds,
      durationS: settings.durationS,
      node: process.version,
      cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}`,
      startedAt: new Date(began).toISOString(),
      elapsedS: 0,
    };
    if (args.lab) {
      await runLabMode(env, meta, began);
      return;
    }
    const first = await measureScale(env, settings.scale, 'default scale');
    if (!first) return;
    const scales = [first];
    // Written after each scale, so a long big-scale run that fails keeps the default scale's results.
    const write = () => {
      const report = buildReport(scales, { ...meta, elapsedS: Math.round((Date.now() - began) / 1000) });
      if (args.out) {
        fs.mkdirSync(path.dirname(path.resolve(args.out)), { recursive: true });
        fs.writeFileSync(args.out, JSON.stringify(report, null, 2));
        const png = writeChart(report, args.out.replace(/\.json$/i, '') + '.png');
        log(`wrote ${args.out} and ${png}`);
      }
      return report;
    };
    let report = write();
    if (settings.bigScale) {
      scales.push((await measureScale(env, settings.bigScale, 'big scale'))!);
      report = write();
    }
    process.stdout.write(renderMarkdown(report));
    if (report.problems.length > 0) process.exitCode = 1;
  } finally {
    await stopEnv();
  }
}

/** --lab: the hub variants measured side by side (bench/lab.ts). */
async function runLabMode(env: BenchEnvironment, meta: LabReport['meta'], began: number): Promise<void> {
  const variants = (args.variant?.length ? args.variant : DEFAULT_LAB_VARIANTS).map(parseLabVariant);
  const report = await runLab(env, variants, {
    scale: settings.scale,
    rounds: settings.rounds,
    durationS: settings.durationS,
    warmupS: settings.warmupS,
    profileDir: args.profile,
    log,
  });
  report.meta = { ...meta, elapsedS: Math.round((Date.now() - began) / 1000) };
  if (args.out) {
    fs.mkdirSync(path.dirname(path.resolve(args.out)), { recursive: true });
    fs.writeFileSync(args.out, JSON.stringify(report, null, 2));
    log(`wrote ${args.out}`);
  }
  process.stdout.write(renderLab(report));
  if (report.problems.length > 0) process.exitCode = 1;
}

// Exits explicitly with the checks' outcome (1 when one failed), whatever exit hooks the packages installed.
main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
