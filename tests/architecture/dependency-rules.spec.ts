import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const root = path.resolve(__dirname, '../..');
const CLI = path.join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

/** Runs dependency-cruiser with the project's rules (.dependency-cruiser.cjs) over `target`. */
async function violationsIn(target: string): Promise<Violation[]> {
  const { stdout } = await promisify(execFile)(process.execPath, [CLI, target, '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  return (JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('dependency rules', () => {
  it('find no violation in the product code', async () => {
    expect(await violationsIn('src')).toEqual([]);
  }, 60_000);

  it('refuse a module that reads a body without the read room', async () => {
    const violations = await violationsIn('tests/architecture/fixtures');
    expect(violations.map((v) => [v.rule.name, v.from, v.to])).toEqual([
      ['body-reads-only-in-the-read-room', 'tests/architecture/fixtures/src/cases/reads-a-body-directly.ts', 'src/connectors/record-query.ts'],
    ]);
  }, 60_000);
});
