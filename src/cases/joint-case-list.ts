import { type Actor, GOVERNANCE_CENTRE } from '../auth/actor';
import { HubError } from '../common/hub-error';
import type { PageArgs } from '../common/relay';
import { visibleCasesSql } from './case-visibility';
import { overdueSql } from './case-clock';
import { type JointCaseFilter, type JointCaseOrder, JointCaseOrderField, SortDirection } from './joint-case-list.input';
import { UUID } from '../common/ids';

/*
 * The work list's SQL (案件列表): the caller's visible cases narrowed by a filter, sorted by one
 * key and keyset-paginated by (key, id). Every sort key is a non-null expression so the keyset
 * comparison is a plain row comparison; its value travels in the cursor as text.
 */

interface SortKey {
  /** A non-null SQL expression over `joint_case c`. */
  sql: string;
  /** The type the cursor's text is cast back to. */
  cast: 'timestamptz' | 'int' | 'text';
}

const SORT_KEYS: Record<JointCaseOrderField, SortKey> = {
  [JointCaseOrderField.INTAKE_DATE]: { sql: 'c.created_at', cast: 'timestamptz' },
  // No deadline sorts after every deadline in ascending order.
  [JointCaseOrderField.DEADLINE]: { sql: "COALESCE(c.deadline, 'infinity'::timestamptz)", cast: 'timestamptz' },
  [JointCaseOrderField.RISK_LEVEL]: {
    sql: "(CASE c.risk_level WHEN 'RED' THEN 4 WHEN 'ORANGE' THEN 3 WHEN 'YELLOW' THEN 2 WHEN 'BLUE' THEN 1 ELSE 0 END)",
    cast: 'int',
  },
  [JointCaseOrderField.CASE_NUMBER]: { sql: 'c.case_number', cast: 'text' },
};

/**
 * The order of early warnings (预警): RED before ORANGE, then the oldest first — one text key,
 * fixed-width, so it sorts as the tuple would.
 */
const WARNING_KEY: SortKey = {
  sql: `((5 - (CASE c.risk_level WHEN 'RED' THEN 4 WHEN 'ORANGE' THEN 3 WHEN 'YELLOW' THEN 2 WHEN 'BLUE' THEN 1 ELSE 0 END))::text || ' ' || to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'))`,
  cast: 'text',
};

/** A list's sort: its key, direction and the name its cursors carry. */
export interface ListSort {
  key: SortKey;
  descending: boolean;
  name: string;
}

export function sortOf(order: JointCaseOrder): ListSort {
  return {
    key: SORT_KEYS[order.field],
    descending: order.direction === SortDirection.DESC,
    name: `${order.field}:${order.direction}`,
  };
}

export const WARNING_SORT: ListSort = { key: WARNING_KEY, descending: false, name: 'WARNINGS' };

/**
 * Early warnings (预警): cases whose warning is not cleared (销号). A warning stays listed until it
 * is cleared, whatever became of the case's level; a case whose warning was cleared is not
 * listed even if its level is still RED or ORANGE (src/cases/warnings/).
 */
export const WARNING_CONDITIONS = [
  `EXISTS (SELECT 1 FROM early_warning w WHERE w.joint_case_id = c.id AND w.status <> 'CLEARED')`,
  `c.status NOT IN ('CLOSED', 'WITHDRAWN', 'NOT_ACCEPTED')`,
];

export const DEFAULT_ORDER: JointCaseOrder = { field: JointCaseOrderField.INTAKE_DATE, direction: SortDirection.DESC };

export const SEARCH_MIN = 2;
export const SEARCH_MAX = 50;

interface ListCursor {
  /** The order the cursor was issued for: a cursor of another order is refused. */
  o: string;
  k: string;
  id: string;
}

export function encodeListCursor(sort: ListSort, key: string, id: string): string {
  return Buffer.from(JSON.stringify({ o: sort.name, k: key, id } satisfies ListCursor)).toString('base64url');
}

function decodeListCursor(after: string, sort: ListSort): ListCursor {
  try {
    const value = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as ListCursor;
    if (value.o === sort.name && typeof value.k === 'string' && value.k.length <= 200 && UUID.test(value.id))
      return value;
  } catch {
    // fall through to the error below
  }
  throw HubError.badInput('"after" is not a cursor this list issued for this order');
}

/** `%`, `_` and `\` in a search are literal characters, not LIKE wildcards. */
function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

/**
 * The WHERE clause (over `joint_case c`) and its values for an actor's filtered list. `now` is
 * the instant overdue is judged at.
 */
export function caseListConditions(
  actor: Actor,
  filter: JointCaseFilter | null | undefined,
  now: Date,
  values: unknown[],
): string[] {
  const conditions = [visibleCasesSql(actor, values)];
  const param = (value: unknown, cast = '') => {
    values.push(value);
    return `$${values.length}${cast}`;
  };
  if (!filter) return conditions;
  if (filter.status?.length) conditions.push(`c.status = ANY(${param(filter.status, '::text[]')})`);
  if (filter.riskLevel?.length) conditions.push(`c.risk_level = ANY(${param(filter.riskLevel, '::text[]')})`);
  if (filter.unassessed === true) conditions.push('c.risk_level IS NULL');
  if (filter.unassessed === false) conditions.push('c.risk_level IS NOT NULL');
  if (filter.category?.length) conditions.push(`c.category = ANY(${param(filter.category, '::text[]')})`);
  if (filter.sourceChannel?.length)
    conditions.push(`c.source_channel = ANY(${param(filter.sourceChannel, '::text[]')})`);
  for (const [field, value] of [
    ['leadDepartment', filter.leadDepartment],
    ['participatingDepartment', filter.participatingDepartment],
  ] as const) {
    if (value != null && !CODE.test(value))
      throw HubError.badInput(`${field} must be a body code such as COURT`, { field });
  }
  if (filter.leadDepartment) conditions.push(`c.lead_department = ${param(filter.leadDepartment)}`);
  if (filter.participatingDepartment)
    conditions.push(`${param(filter.participatingDepartment)} = ANY(c.participating_departments)`);
  if (filter.handler) conditions.push(`c.handler = ${param(filter.handler)}`);
  if (filter.intakeFrom) conditions.push(`c.created_at >= ${param(filter.intakeFrom, '::timestamptz')}`);
  if (filter.intakeBefore) conditions.push(`c.created_at < ${param(filter.intakeBefore, '::timestamptz')}`);
  if (filter.deadlineFrom) conditions.push(`c.deadline >= ${param(filter.deadlineFrom, '::timestamptz')}`);
  if (filter.deadlineBefore) conditions.push(`c.deadline < ${param(filter.deadlineBefore, '::timestamptz')}`);
  if (filter.overdue != null) {
    const overdue = overdueSql(param(now, '::timestamptz'));
    conditions.push(filter.overdue ? overdue : `NOT COALESCE(${overdue}, false)`);
  }
  if (filter.search != null) {
    const search = filter.search.trim();
    if (search.length < SEARCH_MIN || search.length > SEARCH_MAX)
      throw HubError.badInput(`search must be ${SEARCH_MIN} to ${SEARCH_MAX} characters`, { field: 'search' });
    const pattern = param(likePattern(search));
    // The bigram indexes (migration CaseListSearch) find the candidates, ILIKE keeps the substring matches.
    const bigrams = `search_bigrams(${param(search)})`;
    // A party's name is matched only where the caller sees names in full: a match elsewhere
    // would tell of a name the read room masks for them.
    const seesNames =
      actor.department === GOVERNANCE_CENTRE ? 'TRUE' : `c.lead_department = ${param(actor.department)}`;
    conditions.push(
      `c.id IN (SELECT n.id FROM joint_case n WHERE search_bigrams(n.case_number) @> ${bigrams} AND n.case_number ILIKE ${pattern}
                UNION
                SELECT p.joint_case_id FROM joint_case_party p WHERE search_bigrams(p.name) @> ${bigrams} AND p.name ILIKE ${pattern})`,
      `(c.case_number ILIKE ${pattern} OR ${seesNames})`,
    );
  }
  return conditions;
}

/** Which page of the list a caller asks for: their list (filter, extra conditions), its order and the page. */
export interface CaseListPage {
  actor: Actor;
  filter: JointCaseFilter | null | undefined;
  sort: ListSort;
  page: PageArgs;
  now: Date;
  extraConditions?: readonly string[];
}

/** The page's cases in order: its conditions (and cursor), the order, and the values they bind. */
function casePageOf({ actor, filter, sort, page, now, extraConditions = [] }: CaseListPage): {
  conditions: string[];
  order: string;
  values: unknown[];
} {
  const values: unknown[] = [];
  const conditions = [...caseListConditions(actor, filter, now, values), ...extraConditions];
  const { key, descending } = sort;
  if (page.after) {
    const cursor = decodeListCursor(page.after, sort);
    values.push(cursor.k, cursor.id);
    conditions.push(
      `(${key.sql}, c.id) ${descending ? '<' : '>'} ($${values.length - 1}::${key.cast}, $${values.length}::uuid)`,
    );
  }
  const direction = descending ? 'DESC' : 'ASC';
  return { conditions, order: `${key.sql} ${direction}, c.id ${direction}`, values };
}

/**
 * The page's SQL: the page's cases (LIMIT first + 1) in order, each row with `select` (over
 * `c`, the case's columns) and its sort key as text ("sortKey"). The page is limited before
 * `select` runs, so per-case subqueries (its parties) run for the page's rows only.
 */
export function caseListPageSql(asked: CaseListPage, select: string): { sql: string; values: unknown[] } {
  const { conditions, order, values } = casePageOf(asked);
  values.push(asked.page.first + 1);
  const { key } = asked.sort;
  const keyText = key.cast === 'timestamptz' ? `to_json(${key.sql})#>>'{}'` : `(${key.sql})::text`;
  return {
    sql: `SELECT ${select}, c."sortKey"
            FROM (SELECT c.*, ${keyText} AS "sortKey" FROM joint_case c WHERE ${conditions.join(' AND ')}
                   ORDER BY ${order} LIMIT $${values.length}) c
           ORDER BY ${order}`,
    values,
  };
}

/**
 * The page as one row: `aggregate`, over the page's cases each read as `select` (over `c`, the
 * case's columns) into `n`, where `n.ordinal` is the case's place on the page. At most `first`
 * cases: no look-ahead row, as nothing asks whether there is a next page. Same conditions and
 * cursors as caseListPageSql.
 */
export function caseListAggregateSql(
  asked: CaseListPage,
  select: string,
  aggregate: string,
): { sql: string; values: unknown[] } {
  const { conditions, order, values } = casePageOf(asked);
  values.push(asked.page.first);
  return {
    sql: `SELECT ${aggregate}
            FROM (SELECT ${select}, row_number() OVER (ORDER BY ${order}) AS ordinal
                    FROM (SELECT c.* FROM joint_case c WHERE ${conditions.join(' AND ')}
                           ORDER BY ${order} LIMIT $${values.length}) c) n`,
    values,
  };
}

/** The count of the filtered list (only when a query reads totalCount). */
export function caseListCountSql(
  actor: Actor,
  filter: JointCaseFilter | null | undefined,
  now: Date,
  extraConditions: readonly string[] = [],
): { sql: string; values: unknown[] } {
  const values: unknown[] = [];
  const conditions = [...caseListConditions(actor, filter, now, values), ...extraConditions];
  return { sql: `SELECT count(*)::int AS total FROM joint_case c WHERE ${conditions.join(' AND ')}`, values };
}
