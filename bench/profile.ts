import fs from 'node:fs';
import path from 'node:path';

/*
 * What a server spends its CPU on: a V8 CPU profile (node --cpu-prof) summed by self time,
 * per function and per package (node_modules/<package>, this project's own files, Node's
 * internals, garbage collection).
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  file: string;
  /** Requests answered while the profile ran, and the CPU they took. */
  requests: number;
  totalMs: number;
  /** Self time by where the code lives: share of the total, and ms per request. */
  byPackage: Array<{ name: string; share: number; msPerRequest: number }>;
  byFunction: Array<{ name: string; where: string; share: number; msPerRequest: number }>;
}

function packageOf(url: string): string {
  if (!url) return '(native, GC, idle)';
  if (url.startsWith('node:')) return 'node: (runtime)';
  const nodeModules = url.lastIndexOf('node_modules/');
  if (nodeModules >= 0) {
    const rest = url.slice(nodeModules + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const dist = url.indexOf('/dist/');
  return dist >= 0 ? `project: ${url.slice(dist + '/dist/'.length).replace(/\.js$/, '')}` : url;
}

export function summariseProfile(file: string, requests: number, top = 15): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  let total = 0;
  let idle = 0;
  const packages = new Map<string, number>();
  const functions = new Map<string, { name: string; where: string; us: number }>();
  for (const [id, us] of selfUs) {
    const { callFrame } = byId.get(id)!;
    if (callFrame.functionName === '(idle)' || callFrame.functionName === '(program)') {
      idle += us;
      continue;
    }
    total += us;
    const pkg = callFrame.functionName === '(garbage collector)' ? '(garbage collector)' : packageOf(callFrame.url);
    packages.set(pkg, (packages.get(pkg) ?? 0) + us);
    const where = `${pkg}:${callFrame.lineNumber + 1}`;
    const key = `${callFrame.functionName || '(anonymous)'} ${where}`;
    const entry = functions.get(key) ?? { name: callFrame.functionName || '(anonymous)', where, us: 0 };
    entry.us += us;
    functions.set(key, entry);
  }
  void idle;
  const share = (us: number) => Math.round((us / total) * 1000) / 1000;
  const perRequest = (us: number) => Math.round((us / 1000 / requests) * 1000) / 1000;
  return {
    file: path.basename(file),
    requests,
    totalMs: Math.round(total / 1000),
    byPackage: [...packages]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, share: share(us), msPerRequest: perRequest(us) })),
    byFunction: [...functions.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, top)
      .map((f) => ({ name: f.name, where: f.where, share: share(f.us), msPerRequest: perRequest(f.us) })),
  };
}
