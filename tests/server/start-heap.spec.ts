import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/*
 * `npm start` runs the hub with a bounded V8 heap (README "Deployment": memory). The bound must
 * leave room for the largest thing one request builds: a work ledger (工作台账) of the most rows
 * an export allows, written as XLSX, in a process that holds the hub's modules and schema.
 */

const root = path.resolve(__dirname, '..', '..');
const startScript = (
  JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts.start;

const WORKBOOK_UNDER_HEAP = `
require('reflect-metadata');
const v8 = require('node:v8');
const { DepartmentRegistry } = require('./dist/src/connectors/department-registry');
const { registeredDepartments } = require('./dist/src/connectors/registered-departments');
const { buildHubSchema } = require('./dist/src/graphql/schema');
require('./dist/src/server/hub');
const { ledgerWorkbook } = require('./dist/src/cases/ledger/xlsx');
const { MAX_LEDGER_ROWS } = require('./dist/src/cases/ledger/work-ledger.service');
(async () => {
  const schema = await buildHubSchema(new DepartmentRegistry(registeredDepartments));
  const rows = Array.from({ length: MAX_LEDGER_ROWS }, (_, i) => [
    i + 1, '(2026)西湖联调' + String(i + 1).padStart(6, '0') + '号', '2026-03-05', '婚姻家庭纠纷', '群众来访',
    '张三（申请人）、李四（被申请人）、王五（第三人）', 3, '西溪社区', '西溪社区第三网格', '橙色', '综治中心',
    '法院、公安、司法所、妇联', '陈调解员', '2026-04-05', '调解中',
    '双方自愿达成调解协议，约定分期履行赡养费给付义务，并由社区网格员回访。'.repeat(2),
    '(2026)浙0106民特' + (i + 1) + '号', '2026-04-01', '否', '自然人', '联合调解', '履行中', '满意', '1',
  ]);
  const file = await ledgerWorkbook(rows, '工作台账 2026-01-01 至 2026-12-31', new Date());
  // Read back as a stream too: the in-memory reader would need more than the bound itself.
  const { stream } = require('exceljs');
  const { Readable } = require('node:stream');
  let rowsRead = 0;
  for await (const sheet of new stream.xlsx.WorkbookReader(Readable.from([file]), {}))
    for await (const row of sheet) rowsRead += row.getCell(2).value ? 1 : 0;
  process.stdout.write(JSON.stringify({
    heapLimitMb: v8.getHeapStatistics().heap_size_limit / 2 ** 20,
    bytes: file.length,
    rowsRead,
    types: Object.keys(schema.getTypeMap()).length,
  }));
})().catch((error) => { process.stderr.write(String(error && error.stack)); process.exit(1); });
`;

describe('the heap bound of `npm start`', () => {
  it('is set in the start script', () => {
    expect(startScript).toMatch(/--max-old-space-size=\d+/);
  });

  it('leaves room for the largest XLSX work ledger an export allows, next to the hub', () => {
    const [flag] = startScript.match(/--max-old-space-size=\d+/)!;
    const output = execFileSync(process.execPath, [flag, '-e', WORKBOOK_UNDER_HEAP], {
      cwd: root,
      encoding: 'utf8',
      timeout: 240_000,
    });
    const result = JSON.parse(output) as { heapLimitMb: number; bytes: number; rowsRead: number; types: number };
    // The bound applied (V8 adds its young generation to the old space's limit).
    expect(result.heapLimitMb).toBeLessThan(Number(flag.split('=')[1]) + 64);
    expect(result.types).toBeGreaterThan(100);
    expect(result.rowsRead).toBe(10_000 + 1);
    expect(result.bytes).toBeGreaterThan(100_000);
  }, 300_000);
});
