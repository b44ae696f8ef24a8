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

  it('refuses what is neither a setting nor a Node option', () => {
    expect(() => parseLabVariant('fast')).toThrow(/NAME=value/);
  });

  it('runs every variant with the heap bound of npm start unless the variant sets its own', () => {
    const bound = startScriptNodeOptions();
    expect(bound).toEqual([expect.stringMatching(/^--max-old-space-size=\d+$/)]);
    expect(nodeOptionsOf(parseLabVariant('default'))).toEqual(bound);
    expect(nodeOptionsOf(parseLabVariant('--max-old-space-size=4096'))).toEqual(['--max-old-space-size=4096']);
    expect(nodeOptionsOf(parseLabVariant('--max-semi-space-size=4'))).toEqual([...bound, '--max-semi-space-size=4']);
  });
});
