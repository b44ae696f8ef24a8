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
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [CLI, target, '--config', '.dependency-cruiser.cjs', '--output-type', 'json'],
    {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    },
  ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  return (JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('dependency rules', () => {
  it('find no violation in the product code', async () => {
    expect(await violationsIn('src')).toEqual([]);
  }, 60_000);

  it('refuse each deliberately wrong import, by the rule it breaks', async () => {
    const violations = await violationsIn('tests/architecture/fixtures');
    const fixture = (name: string) => `tests/architecture/fixtures/src/${name}`;
    expect(violations.map((v) => [v.rule.name, v.from, v.to]).sort()).toEqual(
      [
        // a case module reading a body's records without the read room
        [
          'body-reads-only-in-the-read-room',
          fixture('cases/reads-a-body-directly.ts'),
          'src/connectors/record-query.ts',
        ],
        // common reaching above itself, into the demo
        ['common-at-the-bottom', fixture('common/knows-the-demo.ts'), 'src/demo/scenario.ts'],
        ['product-never-imports-the-demo', fixture('common/knows-the-demo.ts'), 'src/demo/scenario.ts'],
        // a connector importing an agreement's vocabulary
        ['connectors-stand-alone', fixture('connectors/reads-an-agreement.ts'), 'src/agreements/agreement.enums.ts'],
        // two modules importing each other
        ['no-cycles', fixture('cycle/first.ts'), fixture('cycle/second.ts')],
        // a read reaching up to a domain service
        ['services-above-reads', fixture('read-room/calls-a-service.ts'), 'src/cases/joint-case.service.ts'],
      ].sort(),
    );
  }, 60_000);
});
