import {
  type FieldNode,
  getNullableType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  isEnumType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values';
import type { DataSource } from 'typeorm';
import { readsFromItsParent } from '../agreements/withheld-field';
import type { Actor } from '../auth/actor';
import { checkPageSize, type PageArgs } from '../common/relay';
import { hubRead } from '../common/hub-statement';
import { caseColumnOf, partyColumnOf } from './joint-case.sql';
import { TEXT_FIELDS, UNDECLARED_COLUMNS } from './joint-case-page-read';
import { caseListAggregateSql, DEFAULT_ORDER, sortOf, WARNING_CONDITIONS, WARNING_SORT } from './joint-case-list';
import type { JointCaseFilter, JointCaseOrder } from './joint-case-list.input';

/*
 * A page of cases (the work list, early warnings) built as JSON text by Postgres (CASE_PAGE_JSON):
 * for a query whose page selects only plain fields, each case's node is the exact text graphql-js
 * would serialise for it, so the answer passes through without being parsed and re-serialised.
 * "Plain" is decided from the query document and the schema alone: fields without aliases,
 * arguments, fragments or directives, each a column whose GraphQL type has a serialisation
 * Postgres can reproduce byte for byte (ID, String, Int, Boolean, DateTimeISO, an enum, a list of
 * strings), or one of the case's text fields and the parties, which the read room decides on
 * (src/read-room/case-page-json.read.ts). Anything else is answered by graphql-js.
 *
 * The read room decides before the read whether the page may be spliced for the caller: only
 * where no decision depends on the case or its parties (src/read-room/case-page-json.read.ts),
 * so the page is read as one row, its `edges` text built by Postgres. A value graphql-js would
 * not serialise as stored (a null in a non-null field, a value outside its enum, a null in a list
 * of non-null strings) makes that text NULL, and the page is then answered by graphql-js.
 */

/** How a page is answered as JSON text: worked out once per query document. */
export interface CasePageJsonPlan {
  /** The query's one field: the work list or early warnings. */
  root: 'jointCases' | 'earlyWarnings';
  field: GraphQLField<unknown, unknown>;
  node: FieldNode;
  /** The schema and operation the request's variables are coerced by, as graphql-js coerces them. */
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  /** The case's text fields the page shows (the read room decides each). */
  textFields: readonly string[];
  /** The particulars of each party the page shows, in selection order; null when `parties` is not selected. */
  partyFields: readonly string[] | null;
  /** A case's node as JSON text over `c` (NULL: not as stored). */
  nodeJson: string;
  /** Whether the page is read as a named prepared statement (MAX_PAGE_JSON_SHAPES). */
  named: boolean;
}

const ROOTS: ReadonlySet<string> = new Set(['jointCases', 'earlyWarnings']);

/** A JSON string literal inside SQL text (names are GraphQL names: no quotes or backslashes). */
function quoted(name: string): string {
  return `'"${name}":'`;
}

/**
 * The SQL text expression of a value of `type` read by `sql`, as graphql-js serialises it: `null`
 * for a null in a nullable field; NULL when graphql-js would not serialise the value as stored (a
 * null in a non-null field, a value outside its enum…), so the page falls back; undefined when
 * the type's serialisation is not one Postgres reproduces. `timestamp` is the timestamptz column
 * `sql` reads as ISO text, if it is one.
 */
function valueJson(type: GraphQLOutputType, sql: string, timestamp?: string): string | undefined {
  const inner = getNullableType(type);
  let json: string | undefined;
  if (isListType(inner)) {
    const item = inner.ofType;
    const named = getNullableType(item);
    // A list of strings or ids: Postgres's array_to_json writes it as JSON.stringify does.
    if (!isScalarType(named) || (named.name !== 'String' && named.name !== 'ID') || timestamp) return undefined;
    json = isNonNullType(item)
      ? `CASE WHEN array_position(${sql}, NULL) IS NULL THEN array_to_json(${sql})::text END`
      : `array_to_json(${sql})::text`;
  } else if (isEnumType(inner)) {
    // graphql-js serialises an enum by its name; a value outside the enum is an error (NULL: fall back).
    const values = inner.getValues();
    if (values.some((v) => typeof v.value !== 'string' || !/^[A-Za-z0-9_]+$/.test(v.value))) return undefined;
    // Where every value is its own name (nothing to escape in either), one membership test and
    // the value quoted; a CASE of many branches compares text branch by branch.
    json = values.every((v) => v.value === v.name)
      ? `CASE WHEN ${sql}::text = ANY('{${values.map((v) => v.name).join(',')}}'::text[]) THEN '"' || ${sql} || '"' END`
      : `CASE ${sql} ${values.map((v) => `WHEN '${v.value as string}' THEN '"${v.name}"'`).join(' ')} END`;
  } else if (isScalarType(inner) && inner.name === 'DateTimeISO' && timestamp) {
    // Read as ISO text in UTC with milliseconds, which Date#toISOString writes back unchanged for
    // the years 1–9999 (four digits; nothing in it to escape); any other year it writes otherwise
    // (NULL: fall back). The column is tested, so the text (to_char, the dearest part of a node)
    // is made once.
    json = `CASE WHEN ${timestamp} BETWEEN '0001-01-01T00:00:00Z' AND '9999-12-31T23:59:59.999Z' THEN '"' || ${sql} || '"' END`;
  } else if (isScalarType(inner) && ['ID', 'String', 'Int', 'Boolean'].includes(inner.name) && !timestamp) {
    json = `to_json(${sql})::text`;
  } else return undefined;
  return `CASE WHEN ${timestamp ?? sql} IS NULL THEN ${isNonNullType(type) ? 'NULL' : `'null'`} ELSE ${json} END`;
}

/** The fields of a plain selection set: fields only, without aliases, arguments or directives, each once. */
function plainFields(selectionSet: SelectionSetNode | undefined): FieldNode[] | undefined {
  if (!selectionSet) return undefined;
  const fields: FieldNode[] = [];
  const names = new Set<string>();
  for (const selection of selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.alias || selection.arguments?.length || selection.directives?.length)
      return undefined;
    if (names.has(selection.name.value)) return undefined;
    names.add(selection.name.value);
    fields.push(selection);
  }
  return fields;
}

/** The one field of a plain selection set named `name`, or undefined. */
function onlyField(selectionSet: SelectionSetNode | undefined, name: string): FieldNode | undefined {
  const fields = plainFields(selectionSet);
  return fields?.length === 1 && fields[0].name.value === name ? fields[0] : undefined;
}

/** A party's particulars as JSON text members, or undefined when one is not plain. */
function partyMembers(schema: GraphQLSchema, node: FieldNode): { names: string[]; members: string[] } | undefined {
  const partyType = schema.getType('CaseParty') as GraphQLObjectType | undefined;
  const fields = plainFields(node.selectionSet);
  if (!partyType || !fields || fields.length === 0) return undefined;
  const names: string[] = [];
  const members: string[] = [];
  for (const field of fields) {
    const name = field.name.value;
    const definition = partyType.getFields()[name] as GraphQLField<unknown, unknown> | undefined;
    const sql = partyColumnOf(name);
    // A particular with a resolver of its own (a label) is not as stored.
    if (!definition || !readsFromItsParent(definition) || !sql || field.selectionSet) return undefined;
    const json = valueJson(definition.type, sql);
    if (json === undefined) return undefined;
    names.push(name);
    members.push(`${quoted(name)} || ${json}`);
  }
  return { names, members };
}

/**
 * The plan of `operation` (a query Apollo validated), or null when its page is not plain: one
 * field, the work list or early warnings, without alias or directives, selecting `edges { node
 * { … } }` and nothing else.
 */
function planOf(schema: GraphQLSchema, operation: OperationDefinitionNode): CasePageJsonPlan | null {
  if (operation.operation !== 'query' || operation.directives?.length) return null;
  const [root, ...more] = operation.selectionSet.selections;
  if (more.length > 0 || root?.kind !== Kind.FIELD || root.alias || root.directives?.length) return null;
  if (!ROOTS.has(root.name.value)) return null;
  const field = schema.getQueryType()?.getFields()[root.name.value];
  if (!field) return null;
  const node = onlyField(onlyField(root.selectionSet, 'edges')?.selectionSet, 'node');
  const caseType = schema.getType('JointCase') as GraphQLObjectType | undefined;
  const fields = plainFields(node?.selectionSet);
  if (!node || !caseType || !fields || fields.length === 0) return null;
  const members: string[] = [];
  const textFields: string[] = [];
  let partyFields: string[] | null = null;
  for (const selected of fields) {
    const name = selected.name.value;
    const definition = caseType.getFields()[name] as GraphQLField<unknown, unknown> | undefined;
    if (!definition) return null;
    if (name === 'parties') {
      const parties = partyMembers(schema, selected);
      if (!parties) return null;
      partyFields = parties.names;
      members.push(`${quoted(name)} || ${partiesJson(parties.members)}`);
      continue;
    }
    const column = caseColumnOf(name);
    if (!column || selected.selectionSet || UNDECLARED_COLUMNS.has(name)) return null;
    // A text field is shown by the read room (decided per case); any other field with a resolver is not a column as stored.
    const text = TEXT_FIELDS.has(name);
    if (!readsFromItsParent(definition) && !text) return null;
    if (text) textFields.push(name);
    const json = valueJson(definition.type, column.sql, column.timestamp ? column.column : undefined);
    if (json === undefined) return null;
    members.push(`${quoted(name)} || ${json}`);
  }
  const nodeJson = `'{' || ${members.join(` || ',' || `)} || '}'`;
  return {
    root: root.name.value as CasePageJsonPlan['root'],
    field,
    node: root,
    schema,
    operation,
    textFields,
    partyFields,
    nodeJson,
    named: true,
  };
}

/**
 * The parties of case `c.id` as JSON text, in intake order: NULL when any party's text is NULL
 * (string_agg would skip it).
 */
function partiesJson(members: readonly string[]): string {
  const party = `'{' || ${members.join(` || ',' || `)} || '}'`;
  return `(SELECT CASE WHEN count(*) = 0 THEN '[]' WHEN count(*) = count(j.text) THEN '[' || string_agg(j.text, ',' ORDER BY j.position) || ']' END
     FROM (SELECT ${party} AS text, p.position FROM joint_case_party p WHERE p.joint_case_id = c.id) j)`;
}

/**
 * How many distinct page texts are read as named prepared statements (hub-statement.ts), one
 * each; past these a new shape of page is read as an unnamed statement, leaving the named ones
 * to the hub's other reads.
 */
export const MAX_PAGE_JSON_SHAPES = 32;

const plans = new WeakMap<OperationDefinitionNode, CasePageJsonPlan | null>();
const shapes = new Set<string>();

/** The plan of a known query's operation, or null when its page is not plain; worked out once per document. */
export function casePageJsonPlanOf(schema: GraphQLSchema, operation: OperationDefinitionNode): CasePageJsonPlan | null {
  let plan = plans.get(operation);
  if (plan === undefined) {
    plan = planOf(schema, operation);
    if (plan && !shapes.has(plan.nodeJson)) {
      if (shapes.size >= MAX_PAGE_JSON_SHAPES) plan.named = false;
      else shapes.add(plan.nodeJson);
    }
    plans.set(operation, plan);
  }
  return plan;
}

/**
 * The page's `edges` as one text: each case's node, in the page's order; NULL when any node is
 * NULL (not as stored), which count(n.node) detects and string_agg would silently drop.
 */
const EDGES_JSON = `CASE WHEN count(*) = count(n.node) THEN COALESCE(string_agg('{"node":' || n.node || '}', ',' ORDER BY n.ordinal), '') END AS edges`;

/**
 * The page's `edges` as JSON text (its cases, at most `first`, in the list's order), or null when
 * a case is not as stored: the same conditions, order and cursors as JointCaseService's page.
 * Throws what the page would throw (a bad page size, cursor or filter): the caller leaves such a
 * request to graphql-js.
 */
export async function readCasePageJson(
  hubDb: DataSource,
  actor: Actor,
  plan: CasePageJsonPlan,
  variables: Record<string, unknown> | undefined,
): Promise<string | null> {
  // The arguments as the resolver gets them: variables coerced (defaults, enums, dates), then the field's arguments.
  const coerced = getVariableValues(plan.schema, plan.operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) throw coerced.errors[0];
  const args = getArgumentValues(plan.field, plan.node, coerced.coerced) as unknown as PageArgs & {
    filter?: JointCaseFilter | null;
    orderBy?: JointCaseOrder | null;
  };
  const page: PageArgs = { first: args.first, after: args.after };
  checkPageSize(page.first);
  const warnings = plan.root === 'earlyWarnings';
  const sort = warnings ? WARNING_SORT : sortOf(args.orderBy ?? DEFAULT_ORDER);
  const { sql, values } = caseListAggregateSql(
    { actor, filter: args.filter, sort, page, now: new Date(), extraConditions: warnings ? WARNING_CONDITIONS : [] },
    `${plan.nodeJson} AS node`,
    EDGES_JSON,
  );
  const [row] = plan.named
    ? await hubRead<{ edges: string | null }>(hubDb, sql, values)
    : await hubDb.query<Array<{ edges: string | null }>>(sql, values);
  return row.edges;
}
