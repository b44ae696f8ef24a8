import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { sha256Hex, TrustedDocuments } from '../../src/server/trusted-documents';

const CONSOLE = path.join(__dirname, '..', '..', 'console');
function npm(...args: string[]): void {
  try {
    execFileSync('npm', ['--prefix', CONSOLE, 'run', ...args], { encoding: 'utf8', stdio: 'pipe', timeout: 240_000 });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`npm run ${args.join(' ')} failed:\n${stdout ?? ''}\n${stderr ?? ''}`);
  }
}

/**
 * The console is built on the committed schema only: its operations' types are generated from
 * schema/schema.graphql and the console compiles against them with no type error. A schema
 * change that breaks a screen fails here.
 */
describe('the console against schema/schema.graphql', () => {
  it("generates its operations' types from the committed schema and compiles with no type error", () => {
    expect(fs.existsSync(path.join(CONSOLE, 'node_modules', '.bin', 'graphql-codegen'))).toBe(true);
    npm('codegen');
    npm('typecheck');
  }, 300_000);

  it('lists every operation it sends in a trusted-documents manifest the hub accepts', () => {
    const file = path.join(CONSOLE, 'src', 'gql', 'persisted-documents.json');
    const trusted = TrustedDocuments.load('only', file);
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    const operations = Object.values(manifest).filter((text) => /^(query|mutation) /.test(text));
    expect(operations.length).toBeGreaterThanOrEqual(10);
    for (const text of operations)
      expect(trusted.resolve({ documentId: `sha256:${sha256Hex(text)}` })).toEqual({ ok: true, query: text });
    expect(trusted.resolve({ query: '{ me { user } }' }).ok).toBe(false);
  });
});
