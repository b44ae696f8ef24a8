import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const root = path.resolve(__dirname, '../..');
const TSC = path.join(root, 'node_modules/typescript/bin/tsc');

/**
 * The command line is the one place that wires the demo into the product: it starts the
 * embedded installation with the simulated bodies and reseeds them. Everything else is the
 * product, which must build without them.
 */
const DEMO_WIRING = ['src/cli/main.ts', 'src/cli/reseed.ts'];

function copyWithout(from: string, to: string, left: (relative: string) => boolean, base = from): void {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const relative = path.relative(root, source).split(path.sep).join('/');
    if (left(relative)) continue;
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) copyWithout(source, target, left, base);
    else fs.copyFileSync(source, target);
  }
}

describe('the product without the demo', () => {
  it('builds with src/demo deleted (and the command line that wires it in)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mediation-hub-no-demo-'));
    try {
      const left = (relative: string) => relative === 'src/demo' || DEMO_WIRING.includes(relative);
      copyWithout(path.join(root, 'src'), path.join(dir, 'src'), left);
      copyWithout(path.join(root, 'migrations'), path.join(dir, 'migrations'), () => false);
      fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
      const { compilerOptions } = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.json'), 'utf8')) as {
        compilerOptions: Record<string, unknown>;
      };
      const config = {
        compilerOptions: {
          ...compilerOptions,
          noEmit: true,
          incremental: false,
          tsBuildInfoFile: undefined,
          types: ['node'],
        },
        include: ['src', 'migrations'],
      };
      fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(config));

      expect(fs.existsSync(path.join(dir, 'src/demo'))).toBe(false);
      const result = await promisify(execFile)(process.execPath, [TSC, '-p', path.join(dir, 'tsconfig.json')], {
        cwd: dir,
        maxBuffer: 16 * 1024 * 1024,
      }).then(
        ({ stdout }) => ({ code: 0, output: stdout }),
        (error: { code?: number; stdout?: string }) => ({
          code: error.code ?? 1,
          output: error.stdout ?? String(error),
        }),
      );
      expect(result).toEqual({ code: 0, output: '' });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
