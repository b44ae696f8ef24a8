import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import fc from 'fast-check';
import { compareBodyCodes } from '../../src/graphql/source-status.plugin';

/*
 * What a hub process holds from start (README "Deployment": memory). Loading the hub and
 * answering a request must not build ICU objects (a date format or a collator keeps several MB
 * of ICU data resident for the life of the process) nor load the export libraries, which are
 * loaded on the first export.
 */

const root = path.resolve(__dirname, '..', '..');

const LOAD_THE_HUB = `
require('reflect-metadata');
const made = [];
for (const name of ['DateTimeFormat', 'Collator', 'NumberFormat', 'PluralRules', 'RelativeTimeFormat', 'ListFormat', 'DisplayNames', 'Segmenter']) {
  const original = Intl[name];
  Intl[name] = new Proxy(original, {
    construct(target, args, newTarget) { made.push('Intl.' + name); return Reflect.construct(target, args, newTarget); },
    apply(target, self, args) { made.push('Intl.' + name); return Reflect.apply(target, self, args); },
  });
}
for (const [prototype, method] of [[String.prototype, 'localeCompare'], [Date.prototype, 'toLocaleString'],
    [Date.prototype, 'toLocaleDateString'], [Number.prototype, 'toLocaleString']]) {
  const original = prototype[method];
  prototype[method] = function (...args) { made.push(method); return original.apply(this, args); };
}
require('./dist/src/server/hub');
// Every answer that read from a body lists the bodies in order (extensions.sources).
const { addSourcesExtension } = require('./dist/src/graphql/source-status.plugin');
const answer = {};
addSourcesExtension(answer, { loaders: { records: { sourceStatus: new Map([
  ['POLICE', 'UP'], ['WOMENS_FEDERATION', 'UP'], ['COURT', 'TIMEOUT'], ['CIVIL_AFFAIRS', 'DOWN'], ['CIVILIAN', 'UP'],
]) } } });
const loaded = Object.keys(require.cache);
process.stdout.write(JSON.stringify({
  made,
  sources: Object.keys(answer.extensions.sources),
  exportLibraries: ['exceljs', 'docx', 'cli-progress'].filter((p) => loaded.some((file) => file.includes('/node_modules/' + p + '/'))),
}));
`;

describe('a hub process from start', () => {
  let result: { made: string[]; sources: string[]; exportLibraries: string[] };

  beforeAll(() => {
    result = JSON.parse(
      execFileSync(process.execPath, ['-e', LOAD_THE_HUB], { cwd: root, encoding: 'utf8', timeout: 120_000 }),
    ) as typeof result;
  }, 150_000);

  it('builds no ICU date format, collator or other Intl object while loading and answering', () => {
    expect(result.made).toEqual([]);
  });

  it('lists the bodies of an answer in the order it always had', () => {
    expect(result.sources).toEqual(['CIVIL_AFFAIRS', 'CIVILIAN', 'COURT', 'POLICE', 'WOMENS_FEDERATION']);
  });

  it('does not load the export libraries (XLSX, DOCX) or the seeding progress bar', () => {
    expect(result.exportLibraries).toEqual([]);
  });
});

describe('the command line', () => {
  it('loads the demo (embedded installation, simulated bodies, seed) only for a command that uses it', () => {
    const run = spawnSync(
      process.execPath,
      [
        '-e',
        `process.argv = [process.argv[0], 'main.js', 'help'];
         require('./dist/src/cli/main.js');
         setImmediate(() => process.stderr.write(JSON.stringify(Object.keys(require.cache))));`,
      ],
      { cwd: root, encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.stdout).toContain('mediation-hub start');
    const loaded = JSON.parse(run.stderr) as string[];
    expect(loaded.some((file) => file.endsWith(path.join('dist', 'src', 'server', 'hub.js')))).toBe(true);
    expect(loaded.filter((file) => /[\\/]dist[\\/]src[\\/]demo[\\/]|[\\/]cli-progress[\\/]/.test(file))).toEqual([]);
  });
});

describe(compareBodyCodes.name, () => {
  const code = fc.stringMatching(/^[A-Z][A-Z0-9_]{0,24}$/);

  it("orders any two body codes as localeCompare does (ICU's root collation)", () => {
    fc.assert(
      fc.property(code, code, (a, b) => Math.sign(compareBodyCodes(a, b)) === Math.sign(a.localeCompare(b))),
      { seed: 20261128, numRuns: 2000 },
    );
  });

  it('puts an underscore before digits and letters, and a prefix first', () => {
    const codes = ['CIVIL9', 'CIVILIAN', 'CIVIL_AFFAIRS', 'CIVIL', 'CIVIL0'];
    expect([...codes].sort(compareBodyCodes)).toEqual([...codes].sort((a, b) => a.localeCompare(b)));
    expect([...codes].sort(compareBodyCodes)).toEqual(['CIVIL', 'CIVIL_AFFAIRS', 'CIVIL0', 'CIVIL9', 'CIVILIAN']);
  });
});
