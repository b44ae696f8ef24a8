import fc from 'fast-check';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { DepartmentRegistry } from '../../src/connectors/department-registry';
import { registeredDepartments } from '../../src/connectors/registered-departments';
import { buildHubSchema } from '../../src/graphql/schema';
import { Role, startTestHub, type TestHub } from '../support/test-hub';

/*
 * Generated queries and inputs over the whole schema, sent as many different callers:
 * the hub never answers 500, never crashes, and never returns a field of another body's
 * record that the response's own access report does not show as granted or masked.
 */

const SEED = 20261125;
const IDENTITY = ['__typename', 'department', 'recordType', 'recordId'];

/** Values for a literal of an input type: mostly plausible, often hostile. */
function valueArb(type: GraphQLInputType, depth = 0): fc.Arbitrary<string> {
  if (isNonNullType(type)) return valueArb(type.ofType, depth);
  if (isListType(type))
    return depth > 2
      ? fc.constant('[]')
      : fc.array(valueArb(type.ofType, depth + 1), { maxLength: 3 }).map((items) => `[${items.join(', ')}]`);
  const named = getNamedType(type);
  if (isEnumType(named))
    return fc.oneof(fc.constantFrom(...named.getValues().map((v) => v.name)), fc.constant('NOT_A_VALUE'));
  if (isInputObjectType(named)) {
    if (depth > 2) return fc.constant('{}');
    const fields = Object.values(named.getFields());
    return fc
      .tuple(
        ...fields.map((f) =>
          fc.option(valueArb(f.type, depth + 1), { nil: undefined, freq: isNonNullType(f.type) ? 8 : 2 }),
        ),
      )
      .map(
        (values) =>
          `{ ${fields
            .map((f, i) => (values[i] === undefined ? '' : `${f.name}: ${values[i]}`))
            .filter(Boolean)
            .join(', ')} }`,
      );
  }
  const text = (s: string) => JSON.stringify(s);
  switch (named.name) {
    case 'Int':
      return fc.oneof(fc.integer({ min: -3, max: 150 }), fc.constantFrom(0, 1, 20, 100, 101, 2147483647)).map(String);
    case 'Float':
      return fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).map(String);
    case 'Boolean':
      return fc.boolean().map(String);
    case 'DateTimeISO':
      return fc.oneof(
        fc
          .date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
          .map((d) => text(d.toISOString())),
        fc.constantFrom(text('yesterday'), text('2026-13-45T99:00:00Z')),
      );
    default:
      return fc.oneof(
        fc.string({ maxLength: 24 }).map(text),
        fc
          .constantFrom(
            '11010519491231002X',
            '110105194912310021',
            '13812345678',
            '00000000-0000-4000-8000-000000000000',
            "1' OR '1'='1",
            'COURT',
            'POLICE',
            'INCIDENT',
            '1',
            '-1',
            '',
          )
          .map(text),
      );
  }
}

function argumentsArb(args: readonly GraphQLArgument[]): fc.Arbitrary<string> {
  if (args.length === 0) return fc.constant('');
  return fc
    .tuple(...args.map((a) => fc.option(valueArb(a.type), { nil: undefined, freq: isNonNullType(a.type) ? 10 : 2 })))
    .map((values) => {
      const parts = args.map((a, i) => (values[i] === undefined ? '' : `${a.name}: ${values[i]}`)).filter(Boolean);
      return parts.length ? `(${parts.join(', ')})` : '';
    });
}

/** A selection set on a type: a few fields, nested to a bounded depth, with fragments on abstract types. */
function selectionArb(schema: GraphQLSchema, type: GraphQLNamedType, depth: number): fc.Arbitrary<string> {
  if (isUnionType(type) || isInterfaceType(type)) {
    const possible = schema.getPossibleTypes(type);
    return fc.subarray([...possible], { minLength: 1, maxLength: Math.min(3, possible.length) }).chain((types) =>
      fc.tuple(...types.map((t) => selectionArb(schema, t, depth))).map((sets) => {
        // On DepartmentRecord, the identity is selected whichever fragment applies.
        const identity = isInterfaceType(type) && type.getFields().recordId ? IDENTITY.join(' ') : '__typename';
        return `{ ${identity} ${types.map((t, i) => `... on ${t.name} ${sets[i]}`).join(' ')} }`;
      }),
    );
  }
  if (!isObjectType(type)) return fc.constant('');
  const fields = Object.values(type.getFields()) as Array<GraphQLField<unknown, unknown>>;
  const leafOrNested = fields.filter(
    (f) => depth > 0 || isScalarType(getNamedType(f.type)) || isEnumType(getNamedType(f.type)),
  );
  const candidates = leafOrNested.length ? leafOrNested : fields.slice(0, 1);
  return fc.subarray(candidates, { minLength: 1, maxLength: Math.min(4, candidates.length) }).chain((chosen) =>
    fc
      .tuple(
        ...chosen.map((f) => fc.tuple(argumentsArb(f.args), selectionArb(schema, getNamedType(f.type), depth - 1))),
      )
      .map((parts) => {
        const identity = fields.some((f) => f.name === 'recordId') ? IDENTITY.join(' ') : '';
        return `{ ${identity} ${chosen.map((f, i) => `${f.name}${parts[i][0]} ${parts[i][1]}`).join(' ')} }`;
      }),
  );
}

interface Caller {
  department: string;
  role: Role;
  headers: Record<string, string>;
}

const CALLERS: Caller[] = [
  ...[
    'COURT',
    'POLICE',
    'JUDICIAL_OFFICE',
    'WOMENS_FEDERATION',
    'CIVIL_AFFAIRS',
    'SECURITY_COMMITTEE',
    'GOVERNANCE_CENTRE',
  ].map((department) => ({
    department,
    role: Role.MEDIATOR,
    headers: { 'x-purpose': 'JOINT_MEDIATION' },
  })),
  { department: 'COURT', role: Role.ADMIN, headers: { 'x-purpose': 'JOINT_MEDIATION' } },
  { department: 'GOVERNANCE_CENTRE', role: Role.CHIEF, headers: { 'x-purpose': 'RISK_SCREENING' } },
  { department: 'COURT', role: Role.CLERK, headers: {} },
];

type AccessEntry = {
  department: string;
  recordType: string;
  recordId: string | null;
  decision: string;
  fields?: Record<string, string>;
};

/** Every object in the response that is a department record (by its __typename) of another body than the caller's. */
function foreignRecords(
  value: unknown,
  department: string,
  recordTypes: ReadonlySet<string>,
  found: Array<Record<string, unknown>> = [],
): Array<Record<string, unknown>> {
  if (Array.isArray(value)) value.forEach((v) => foreignRecords(v, department, recordTypes, found));
  else if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (recordTypes.has(object.__typename as string) && object.department !== department) found.push(object);
    Object.values(object).forEach((v) => foreignRecords(v, department, recordTypes, found));
  }
  return found;
}

/** Scalar fields of a record (and of its lists' items, as `list.field`) that came back with a value. */
function filledFields(record: Record<string, unknown>): string[] {
  const paths: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (IDENTITY.includes(key) || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value)
        for (const [sub, v] of Object.entries(item as object))
          if (v !== null && sub !== '__typename') paths.push(`${key}.${sub}`);
    } else paths.push(key);
  }
  return paths;
}

describe('the schema under generated queries and inputs', () => {
  const stats = { foreignRecords: 0 };
  let t: TestHub;
  let schema: GraphQLSchema;
  let recordTypeNames: Set<string>;

  beforeAll(async () => {
    t = await startTestHub();
    schema = await buildHubSchema(new DepartmentRegistry(registeredDepartments));
    recordTypeNames = new Set(
      schema.getPossibleTypes(schema.getType('DepartmentRecord') as never).map((type) => type.name),
    );
  });
  afterAll(() => t.close());

  async function send(caller: Caller, document: string) {
    const response = await fetch(t.hub.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await t.token(caller.department, caller.role)}`,
        ...caller.headers,
      },
      body: JSON.stringify({ query: document }),
    });
    return {
      status: response.status,
      body: (await response.json()) as {
        data?: unknown;
        errors?: Array<{ extensions?: { code?: string } }>;
        extensions?: { access?: { records: AccessEntry[] } };
      },
    };
  }

  async function check(caller: Caller, document: string): Promise<void> {
    const { status, body } = await send(caller, document);
    expect(status).toBeLessThan(500);
    for (const error of body.errors ?? []) expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    const access = body.extensions?.access?.records ?? [];
    const foreign = foreignRecords(body.data, caller.department, recordTypeNames);
    stats.foreignRecords += foreign.length;
    for (const record of foreign) {
      const entry = access.find(
        (a) =>
          a.department === record.department &&
          a.recordType === record.recordType &&
          a.recordId === record.recordId &&
          a.decision === 'GRANTED',
      );
      expect({
        record: `${record.department}/${record.recordType}/${record.recordId}`,
        granted: Boolean(entry),
      }).toEqual({ record: expect.any(String), granted: true });
      for (const path of filledFields(record))
        expect({ path, decision: entry!.fields?.[path] }).toEqual({
          path,
          decision: expect.stringMatching(/^(GRANTED|MASKED)$/),
        });
    }
  }

  it('answers generated queries without a 500, and shows no field of another body beyond what its access report grants', async () => {
    const queryType = schema.getQueryType()!;
    const rootFields = Object.values(queryType.getFields());
    const query = fc
      .constantFrom(...rootFields)
      .chain((field) =>
        fc
          .tuple(argumentsArb(field.args), selectionArb(schema, getNamedType(field.type), 5))
          .map(([args, selection]) => `{ ${field.name}${args} ${selection} }`),
      );
    // Half the queries walk the shared case contexts, where other bodies' records are, with random selections on them.
    const sharedContext = fc
      .tuple(fc.integer({ min: 1, max: 40 }), selectionArb(schema, schema.getType('DepartmentRecord')!, 2))
      .map(
        ([first, record]) =>
          `{ jointCases(first: ${first}) { edges { node { id linkedRecords(first: 100) { edges { node { department recordType recordId record ${record} } } } } } } }`,
      );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CALLERS), fc.oneof(query, sharedContext), (caller, document) =>
        check(caller, document),
      ),
      { seed: SEED, numRuns: 300 },
    );
    expect((await fetch(t.hub.url.replace('/graphql', '/health'))).status).toBe(200);
    // The property above is only worth something if other bodies' records were in fact returned.
    expect(stats.foreignRecords).toBeGreaterThan(50);
  }, 180_000);

  it('answers generated inputs to every mutation without a 500', async () => {
    const mutationType = schema.getMutationType()!;
    const mutations = Object.values(mutationType.getFields());
    const mutation = fc
      .constantFrom(...mutations)
      .chain((field) =>
        fc
          .tuple(argumentsArb(field.args), selectionArb(schema, getNamedType(field.type), 1))
          .map(([args, selection]) => `mutation { ${field.name}${args} ${selection} }`),
      );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CALLERS), mutation, (caller, document) => check(caller, document)),
      { seed: SEED, numRuns: 250 },
    );
    expect((await fetch(t.hub.url.replace('/graphql', '/health'))).status).toBe(200);
  }, 180_000);
});
