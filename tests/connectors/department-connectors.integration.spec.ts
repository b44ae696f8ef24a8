import {
  getNamedType,
  getNullableType,
  GraphQLBoolean,
  GraphQLFloat,
  GraphQLInt,
  GraphQLString,
  isListType,
  isObjectType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { Client } from 'pg';
import type { DepartmentDefinition, RecordTypeSource } from '../../src/connectors/department-definition';
import { DepartmentDatabase, StatementCounter } from '../../src/connectors/department-database';
import { DepartmentRegistry } from '../../src/connectors/department-registry';
import {
  fieldPaths,
  findRecordsOfPersons,
  loadRecordRows,
  readRecords,
  type RecordRow,
} from '../../src/connectors/record-query';
import { registeredDepartments } from '../../src/connectors/registered-departments';
import { demoBodies } from '../../src/demo/bodies';
import { buildHubSchema } from '../../src/graphql/schema';
import { quoteIdent } from '../../src/runtime/provisioning';
import { createTestDatabases, type TestDatabases } from '../support/test-hub';

const UNKNOWN_ID = '999999999';
const MALFORMED_ID = 'not-an-id';
/** Shaped like a resident ID number, but the demo scenario gives it to nobody (area code 000000). */
const NOBODYS_RESIDENT_ID = '000000199001010000';
const SAMPLE_SIZE = 10;

/** The error Postgres answers a refused write with, or null when the statement went through. */
async function sqlstateOf(client: Client, text: string): Promise<string | null> {
  try {
    await client.query(text);
    return null;
  } catch (error) {
    return (error as { code?: string }).code ?? 'no SQLSTATE';
  }
}
const REFUSED_WRITE = ['25006', '42501']; // read-only transaction, insufficient privilege

const IDENTITY = new Set(['department', 'recordType', 'recordId']);

/** The API type's own field paths: its fields by name, the fields of a nested list as `<list>.<field>`. */
function apiFieldPaths(type: GraphQLObjectType): string[] {
  const paths: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (IDENTITY.has(field.name)) continue;
    const named = getNamedType(field.type);
    if (isObjectType(named)) {
      for (const sub of Object.keys(named.getFields())) paths.push(`${field.name}.${sub}`);
    } else {
      paths.push(field.name);
    }
  }
  return paths;
}

/** Whether a value read from the owner fits the scalar the API declares (null always does: every field is nullable). */
function fitsScalar(scalar: unknown, value: unknown): boolean {
  if (value === null) return true;
  if (scalar === GraphQLString) return typeof value === 'string';
  if (scalar === GraphQLInt) return Number.isInteger(value);
  if (scalar === GraphQLFloat) return typeof value === 'number' && Number.isFinite(value);
  if (scalar === GraphQLBoolean) return typeof value === 'boolean';
  return false;
}

interface PlanNode {
  'Index Cond'?: string;
  Filter?: string;
  Plans?: PlanNode[];
}

/** A plan node of EXPLAIN (FORMAT JSON) and every node below it. */
function planNodes(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(planNodes)];
}

function byRecordId(rows: RecordRow[]): Map<string, RecordRow> {
  return new Map(rows.map((row) => [row.recordId, row]));
}

describe(DepartmentDatabase.name, () => {
  let databases: TestDatabases;
  const counter = new StatementCounter();
  const readers = new Map<string, DepartmentDatabase>();
  let partyResidentIds: string[];
  let schema: GraphQLSchema;

  beforeAll(async () => {
    schema = await buildHubSchema(new DepartmentRegistry(registeredDepartments));
    databases = await createTestDatabases();
    for (const [code, url] of Object.entries(databases.targets.departmentUrls)) {
      readers.set(code, new DepartmentDatabase({ department: code, url, statementTimeoutMs: 5000, counter }));
    }
    const rows = await databases.sql<{ resident_id: string }>(
      'hub',
      'SELECT DISTINCT resident_id FROM joint_case_party WHERE resident_id IS NOT NULL ORDER BY resident_id',
    );
    partyResidentIds = rows.map((r) => r.resident_id.trim());
  });

  afterAll(async () => {
    await Promise.all([...readers.values()].map((db) => db.close()));
    await databases?.drop();
  });

  function reader(code: string): DepartmentDatabase {
    const db = readers.get(code);
    if (!db) throw new Error(`no demo database for ${code}`);
    return db;
  }

  /** The object type the built schema gives a record type. */
  function apiType(recordType: RecordTypeSource): GraphQLObjectType {
    const type = schema.getType(recordType.graphqlType.name);
    if (!isObjectType(type)) throw new Error(`${recordType.graphqlType.name} is not an object type of the schema`);
    return type;
  }

  /** Up to ten ids of one record type: from the hub's links, else from the parties' own records. */
  async function sampleIds(definition: DepartmentDefinition, recordType: RecordTypeSource): Promise<string[]> {
    const linked = await databases.sql<{ record_id: string }>(
      'hub',
      `SELECT DISTINCT record_id FROM joint_case_record_link WHERE department = $1 AND record_type = $2
        ORDER BY record_id LIMIT ${SAMPLE_SIZE}`,
      [definition.code, recordType.name],
    );
    if (linked.length > 0) return linked.map((r) => r.record_id);
    const refs = await findRecordsOfPersons(reader(definition.code), definition, partyResidentIds);
    return [...new Set(refs.filter((r) => r.recordType === recordType.name).map((r) => r.recordId))].slice(
      0,
      SAMPLE_SIZE,
    );
  }

  describe.each(registeredDepartments.map((d) => [d.code, d] as const))('%s', (code, definition) => {
    it('has a demo database the hub reads through the read-only role', () => {
      expect(demoBodies.map((b) => b.code)).toContain(code);
      expect(databases.targets.departmentUrls[code]).toMatch(/^postgres:\/\/hub_reader:/);
    });

    describe('recordTypes', () => {
      it('declares at least one record type, each name once', () => {
        const names = definition.recordTypes.map((t) => t.name);
        expect(names.length).toBeGreaterThan(0);
        expect(new Set(names).size).toBe(names.length);
        for (const name of names) expect(name).toMatch(/^[A-Z][A-Z0-9_]*$/);
      });
    });

    describe('readRecords', () => {
      it.each(definition.recordTypes.map((t) => [t.name, t] as const))(
        'reads known %s records in one statement and leaves unknown and malformed ids out',
        async (name, recordType) => {
          const ids = await sampleIds(definition, recordType);
          expect(ids.length).toBeGreaterThan(0);

          counter.reset();
          const records = await readRecords(reader(code), code, recordType, [...ids, UNKNOWN_ID, MALFORMED_ID]);
          expect(counter.count(code)).toBe(1);
          expect(counter.count()).toBe(1);

          expect(records.map((r) => r.recordId).sort()).toEqual([...ids].sort());
          for (const record of records) {
            expect(record).toBeInstanceOf(recordType.graphqlType);
            expect(record.department).toBe(code);
            expect(record.recordType).toBe(name);
            expect(typeof record.recordId).toBe('string');
            expect(record.recordId).toMatch(/^\d+$/);
          }
        },
      );

      it.each(definition.recordTypes.map((t) => [t.name, t] as const))(
        'answers [] for %s ids that do not exist or are not ids at all',
        async (_name, recordType) => {
          counter.reset();
          await expect(
            readRecords(reader(code), code, recordType, [UNKNOWN_ID, MALFORMED_ID, "1' OR '1'='1", '-1']),
          ).resolves.toEqual([]);
          expect(counter.count(code)).toBeLessThanOrEqual(1);
        },
      );
    });

    describe('field mapping', () => {
      const recordTypes = definition.recordTypes.map((t) => [t.name, t] as const);

      it.each(recordTypes)(
        'maps every field of the API type of %s, and nothing the API type lacks',
        (_name, recordType) => {
          const type = apiType(recordType);
          const mapped = fieldPaths(recordType);
          expect(new Set(mapped).size).toBe(mapped.length);
          const api = apiFieldPaths(type);
          expect(api.length).toBeGreaterThan(0);
          for (const path of api) expect(mapped).toContain(path);
          for (const path of mapped) expect(api).toContain(path);
          for (const list of Object.keys(recordType.lists ?? {})) {
            expect({ list, isList: isListType(getNullableType(type.getFields()[list]?.type)) }).toEqual({
              list,
              isList: true,
            });
          }
        },
      );

      it.each(recordTypes)('names the persons of %s by field paths it maps', (_name, recordType) => {
        const mapped = fieldPaths(recordType);
        expect(recordType.persons?.length ?? 0).toBeGreaterThan(0);
        for (const person of recordType.persons ?? []) {
          const paths = Object.values(person) as string[];
          for (const path of paths) expect(mapped).toContain(path);
          // One person's details sit in one place: all top-level fields, or all fields of the same list element.
          const lists = new Set(paths.map((path) => (path.includes('.') ? path.split('.')[0] : '')));
          expect(lists.size).toBe(1);
        }
      });

      it.each(recordTypes)(
        'reads each %s field path alone as it reads it with all the others, and selects nothing outside the projection',
        async (_name, recordType) => {
          const ids = await sampleIds(definition, recordType);
          expect(ids.length).toBeGreaterThan(0);
          const all = byRecordId(await loadRecordRows(reader(code), recordType, ids, new Set(fieldPaths(recordType))));
          expect([...all.keys()].sort()).toEqual([...ids].sort());

          for (const path of fieldPaths(recordType)) {
            const [field, element] = path.split('.');
            counter.reset();
            const alone = await loadRecordRows(reader(code), recordType, ids, new Set([path]));
            expect(counter.count()).toBe(1);
            expect(alone.map((row) => row.recordId).sort()).toEqual([...ids].sort());
            for (const row of alone) {
              // The id and the one field; every other field is absent because the SQL never selected it.
              expect(Object.keys(row).sort()).toEqual(['recordId', field].sort());
              const whole = all.get(row.recordId)!;
              if (element === undefined) {
                expect({ path, value: row[field] }).toEqual({ path, value: whole[field] });
              } else {
                const items = row[field] as Array<Record<string, unknown>>;
                for (const item of items) expect(Object.keys(item)).toEqual([element]);
                expect({ path, value: items }).toEqual({
                  path,
                  value: (whole[field] as Array<Record<string, unknown>>).map((item) => ({ [element]: item[element] })),
                });
              }
            }
          }
        },
      );

      it.each(recordTypes)('gives %s values of the scalar types the API declares', async (_name, recordType) => {
        const ids = await sampleIds(definition, recordType);
        const records = (await readRecords(reader(code), code, recordType, ids)) as unknown as Array<
          Record<string, unknown>
        >;
        expect(records.length).toBe(ids.length);
        for (const record of records) {
          for (const field of Object.values(apiType(recordType).getFields())) {
            if (IDENTITY.has(field.name)) continue;
            const named = getNamedType(field.type);
            const value = record[field.name];
            if (isObjectType(named)) {
              expect(Array.isArray(value)).toBe(true);
              for (const item of value as Array<Record<string, unknown>>) {
                for (const sub of Object.values(named.getFields())) {
                  expect({
                    path: `${field.name}.${sub.name}`,
                    fits: fitsScalar(getNamedType(sub.type), item[sub.name]),
                  }).toEqual({ path: `${field.name}.${sub.name}`, fits: true });
                }
              }
            } else {
              expect({ path: field.name, value, fits: fitsScalar(named, value) }).toEqual({
                path: field.name,
                value,
                fits: true,
              });
            }
          }
        }
      });
    });

    describe('person lookup (personRecordsQuery)', () => {
      it('finds the records of a handful of parties in one statement, each of a record type the body declares', async () => {
        const declared = definition.recordTypes.map((t) => t.name);
        // Parties of joint cases the body takes part in, so the body holds records of some of them.
        const rows = await databases.sql<{ resident_id: string }>(
          'hub',
          `SELECT DISTINCT p.resident_id FROM joint_case_party p JOIN joint_case c ON c.id = p.joint_case_id
            WHERE $1 = ANY(c.participating_departments) AND p.resident_id IS NOT NULL
            ORDER BY p.resident_id LIMIT 8`,
          [code],
        );
        const residentIds = rows.map((r) => r.resident_id.trim());
        expect(residentIds.length).toBeGreaterThan(0);

        counter.reset();
        const refs = await findRecordsOfPersons(reader(code), definition, residentIds);
        expect(counter.count(code)).toBe(1);
        expect(counter.count()).toBe(1);
        expect(refs.length).toBeGreaterThan(0);
        for (const ref of refs) {
          expect(declared).toContain(ref.recordType);
          expect(residentIds).toContain(ref.residentId);
          expect(ref.recordId).toMatch(/^\d+$/);
        }
      });

      it('gives refs that readRecords of the named record type resolves', async () => {
        const refs = await findRecordsOfPersons(reader(code), definition, partyResidentIds);
        expect(refs.length).toBeGreaterThan(0);
        for (const recordType of definition.recordTypes) {
          const ids = [...new Set(refs.filter((r) => r.recordType === recordType.name).map((r) => r.recordId))];
          const records = await readRecords(reader(code), code, recordType, ids);
          expect(records.map((r) => r.recordId).sort()).toEqual(ids.sort());
        }
      });

      it('answers [] for a resident ID number nobody has', async () => {
        expect(partyResidentIds).not.toContain(NOBODYS_RESIDENT_ID);
        await expect(findRecordsOfPersons(reader(code), definition, [NOBODYS_RESIDENT_ID])).resolves.toEqual([]);
      });

      it("finds a person through indexes: ID numbers are compared in the column's own type, so no table is scanned", async () => {
        const client = new Client({ connectionString: databases.adminUrls.departments[code] });
        await client.connect();
        try {
          // On demo-sized tables a scan may be cheapest; with scans priced out, the planner uses every usable index.
          await client.query('SET enable_seqscan = off');
          const { rows } = await client.query(`EXPLAIN (FORMAT JSON) ${definition.personRecordsQuery}`, [
            [NOBODYS_RESIDENT_ID],
          ]);
          // Every match on the ID numbers must be an index condition, never a filter over rows read.
          const conditions = planNodes(rows[0]['QUERY PLAN'][0].Plan).flatMap((node) => [
            ...(node['Index Cond']?.includes('= ANY (') ? [`index: ${node['Index Cond']}`] : []),
            ...(node.Filter?.includes('= ANY (') ? [`filter: ${node.Filter}`] : []),
          ]);
          expect(conditions.length).toBeGreaterThan(0);
          expect(conditions.filter((c) => c.startsWith('filter'))).toEqual([]);
        } finally {
          await client.end();
        }
      });

      it('answers [] for no resident ID numbers', async () => {
        await expect(findRecordsOfPersons(reader(code), definition, [])).resolves.toEqual([]);
      });
    });

    describe('read-only role', () => {
      let client: Client;
      let tables: string[];

      beforeAll(async () => {
        const rows = await databases.sql<{ table_name: string }>(
          code,
          `SELECT table_name FROM information_schema.tables
            WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
        );
        tables = rows.map((r) => r.table_name);
        client = new Client({ connectionString: databases.targets.departmentUrls[code] });
        await client.connect();
      });

      afterAll(() => client?.end());

      it('can read every table of the body', async () => {
        expect(tables.length).toBeGreaterThan(0);
        for (const table of tables) {
          await expect(client.query(`SELECT count(*) FROM ${quoteIdent(table)}`)).resolves.toBeDefined();
        }
      });

      it('is refused INSERT, UPDATE, DELETE and TRUNCATE on every table of the body', async () => {
        const counts = await databases.sql<{ n: number }>(
          code,
          `SELECT count(*)::int AS n FROM ${quoteIdent(tables[0])}`,
        );
        for (const table of tables) {
          const t = quoteIdent(table);
          expect(REFUSED_WRITE).toContain(await sqlstateOf(client, `INSERT INTO ${t} DEFAULT VALUES`));
          const column = await firstColumn(table);
          expect(REFUSED_WRITE).toContain(await sqlstateOf(client, `UPDATE ${t} SET ${column} = ${column}`));
          expect(REFUSED_WRITE).toContain(await sqlstateOf(client, `DELETE FROM ${t}`));
          expect(REFUSED_WRITE).toContain(await sqlstateOf(client, `TRUNCATE ${t}`));
        }
        // Nothing was written or removed after all.
        await expect(
          databases.sql<{ n: number }>(code, `SELECT count(*)::int AS n FROM ${quoteIdent(tables[0])}`),
        ).resolves.toEqual(counts);
      });

      it('is refused CREATE TABLE, in the public schema and as a temporary table', async () => {
        expect(REFUSED_WRITE).toContain(await sqlstateOf(client, 'CREATE TABLE public.hub_reader_probe (id int)'));
        expect(REFUSED_WRITE).toContain(await sqlstateOf(client, 'CREATE TEMP TABLE hub_reader_probe (id int)'));
        const [{ exists }] = await databases.sql<{ exists: boolean }>(
          code,
          "SELECT to_regclass('public.hub_reader_probe') IS NOT NULL AS exists",
        );
        expect(exists).toBe(false);
      });

      it('is refused a write through DepartmentDatabase too', async () => {
        await expect(reader(code).query(`DELETE FROM ${quoteIdent(tables[0])}`)).rejects.toMatchObject({
          code: expect.stringMatching(/^(25006|42501)$/),
        });
      });

      it("opens read-only sessions even on an administrator's URL (defence in depth)", async () => {
        const admin = new DepartmentDatabase({
          department: code,
          url: databases.adminUrls.departments[code],
          statementTimeoutMs: 5000,
        });
        try {
          await expect(admin.query(`DELETE FROM ${quoteIdent(tables[0])} WHERE false`)).rejects.toMatchObject({
            code: '25006',
          });
          await expect(admin.query('CREATE TABLE hub_admin_probe (id int)')).rejects.toMatchObject({ code: '25006' });
        } finally {
          await admin.close();
        }
      });

      async function firstColumn(table: string): Promise<string> {
        const [row] = await databases.sql<{ column_name: string }>(
          code,
          `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1
            ORDER BY ordinal_position LIMIT 1`,
          [table],
        );
        return quoteIdent(row.column_name);
      }
    });
  });
});
