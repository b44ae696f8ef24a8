import path from 'node:path';
import { nodeOptionsOf, parseLabVariant, startScriptNodeOptions } from '../../bench/lab';

describe('the benchmark lab’s variants', () => {
  it('reads settings and Node options from one variant', () => {
    expect(parseLabVariant('QUERY_LIMIT_CACHE=off DOCUMENT_CACHE=off --max-semi-space-size=4')).toEqual({
      label: 'QUERY_LIMIT_CACHE=off DOCUMENT_CACHE=off --max-semi-space-size=4',
      env: { QUERY_LIMIT_CACHE: 'off', DOCUMENT_CACHE: 'off' },
      execArgv: ['--max-semi-space-size=4'],
    });
    expect(parseLabVariant('default')).toEqual({ label: 'default', env: {}, execArgv: [] });
  });

  it('reads another checkout and another Node.js binary, as absolute paths', () => {
    expect(parseLabVariant('checkout=/work/parent node=./bin/node FAST_PATH=off')).toEqual({
      label: 'checkout=/work/parent node=./bin/node FAST_PATH=off',
      env: { FAST_PATH: 'off' },
      execArgv: [],
      checkout: '/work/parent',
      node: path.resolve('bin/node'),
    });
  });

  it('refuses what is neither a setting nor a Node option', () => {
    expect(() => parseLabVariant('fast')).toThrow(/NAME=value/);
  });

  it('runs every variant with the Node options of npm start unless the variant sets its own', () => {
    const options = startScriptNodeOptions();
    expect(options).toContainEqual(expect.stringMatching(/^--max-old-space-size=\d+$/));
    expect(options.every((option) => option.startsWith('--'))).toBe(true);
    const others = (name: string) => options.filter((option) => option.split('=')[0] !== name);
    expect(nodeOptionsOf(parseLabVariant('default'))).toEqual(options);
    expect(nodeOptionsOf(parseLabVariant('--max-old-space-size=4096'))).toEqual([
      ...others('--max-old-space-size'),
      '--max-old-space-size=4096',
    ]);
    expect(nodeOptionsOf(parseLabVariant('--max-semi-space-size=4'))).toEqual([
      ...others('--max-semi-space-size'),
      '--max-semi-space-size=4',
    ]);
  });
});
