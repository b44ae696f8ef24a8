import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { canSeeCase } from './case-visibility';
import { type Actor, GOVERNANCE_CENTRE } from '../auth/actor';
import { HubError } from '../common/hub-error';
import { checkPageSize, type Connection, keysetConnection, type PageArgs } from '../common/relay';
import type { RequestContext } from '../graphql/request-context';
import { CASE_SELECT, type CasePartyRow, jointCaseOf, PARTIES_JSON } from './joint-case.sql';
import type { JointCase } from './joint-case.type';
import { visibleCasesSql } from './statistics/case-measures';
import { caseListCountSql, caseListPageSql, DEFAULT_ORDER, encodeListCursor, type ListSort, sortOf, WARNING_CONDITIONS, WARNING_SORT } from './joint-case-list';
import type { JointCaseFilter, JointCaseOrder } from './joint-case-list.input';


export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Narrows a query over joint cases (alias `c`) to those the actor may see; see canSeeCase.
 * Plain-SQL reads use visibleCasesSql, the same condition.
 */
export function onlyVisibleCases<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, actor: Actor): SelectQueryBuilder<T> {
  if (actor.department === GOVERNANCE_CENTRE) return query;
  return query.andWhere('(c.lead_department = :visibleTo OR :visibleTo = ANY(c.participating_departments))', { visibleTo: actor.department });
}

interface CaseCursor {
  createdAt: string;
  id: string;
}

function encodeCursor(jointCase: JointCase): string {
  return Buffer.from(JSON.stringify({ createdAt: jointCase.createdAt.toISOString(), id: jointCase.id })).toString('base64url');
}

function decodeCursor(after: string): CaseCursor {
  try {
    const value = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as CaseCursor;
    if (typeof value.createdAt === 'string' && !Number.isNaN(Date.parse(value.createdAt)) && UUID.test(value.id)) return value;
  } catch {
    // fall through to the error below
  }
  throw HubError.badInput('"after" is not a cursor this list issued');
}

export class JointCaseService {
  constructor(private readonly hubDb: DataSource) {}

  /**
   * One case the actor may see. A first call in a request reads the case with its parties and
   * links in one statement and primes the part loaders with them; later calls reuse it.
   */
  async findVisible(ctx: RequestContext, id: string): Promise<JointCase> {
    const found = UUID.test(id) ? await ctx.caseParts.cases.load(id.toLowerCase()) : null;
    if (!found || !canSeeCase(ctx.actor, found.jointCase)) throw HubError.notFoundOrNoAccess('Joint case');
    ctx.caseParts.parties.prime(found.jointCase.id, found.parties);
    ctx.caseParts.recordLinks.prime(found.jointCase.id, found.recordLinks);
    return found.jointCase;
  }

  /**
   * Newest first, keyset-paginated, only the cases the actor may see: the page and its parties
   * in one statement. The total is counted only when the query asks for it (a count over every
   * visible case costs more than the page).
   */
  async listVisible(ctx: RequestContext, page: PageArgs): Promise<Connection<JointCase>> {
    checkPageSize(page.first);
    const values: unknown[] = [];
    const conditions = [visibleCasesSql(ctx.actor, values)];
    const countValues = [...values];
    const countSql = `SELECT count(*)::int AS total FROM joint_case c WHERE ${conditions[0]}`;
    if (page.after) {
      const cursor = decodeCursor(page.after);
      values.push(cursor.createdAt, cursor.id);
      conditions.push(`(c.created_at, c.id) < ($${values.length - 1}::timestamptz, $${values.length}::uuid)`);
    }
    values.push(page.first + 1);
    // The page is limited before the parties are aggregated, so only its own rows are joined.
    const rows: Array<Record<string, unknown>> = await this.hubDb.query(
      `SELECT ${CASE_SELECT}, ${PARTIES_JSON} AS parties
         FROM (SELECT * FROM joint_case c WHERE ${conditions.join(' AND ')}
                ORDER BY c.created_at DESC, c.id DESC LIMIT $${values.length}) c
        ORDER BY c.created_at DESC, c.id DESC`,
      values,
    );
    const cases = rows.map(({ parties, ...row }) => {
      const jointCase = jointCaseOf(row);
      ctx.caseParts.parties.prime(jointCase.id, parties as CasePartyRow[]);
      return jointCase;
    });
    const count = async () => ((await this.hubDb.query(countSql, countValues)) as Array<{ total: number }>)[0].total;
    return keysetConnection(cases, page, count, encodeCursor);
  }

  /**
   * The work list (案件列表): the actor's visible cases narrowed by `filter`, sorted by `order`
   * (default newest first), keyset-paginated; the page and its parties in one statement.
   */
  listFiltered(ctx: RequestContext, filter: JointCaseFilter | null | undefined, order: JointCaseOrder | null | undefined, page: PageArgs): Promise<Connection<JointCase>> {
    return this.page(ctx, filter, sortOf(order ?? DEFAULT_ORDER), page, []);
  }

  /** 预警: open cases at RED or ORANGE the actor may see, RED first, then the oldest first, a page at a time. */
  earlyWarnings(ctx: RequestContext, filter: JointCaseFilter | null | undefined, page: PageArgs): Promise<Connection<JointCase>> {
    return this.page(ctx, filter, WARNING_SORT, page, WARNING_CONDITIONS);
  }

  private async page(ctx: RequestContext, filter: JointCaseFilter | null | undefined, sortBy: ListSort, page: PageArgs, extra: readonly string[]): Promise<Connection<JointCase>> {
    checkPageSize(page.first);
    const now = new Date();
    const { sql, values } = caseListPageSql(ctx.actor, filter, sortBy, page, now, `${CASE_SELECT}, ${PARTIES_JSON} AS parties`, extra);
    const rows: Array<Record<string, unknown>> = await this.hubDb.query(sql, values);
    const keys = new Map<string, string>();
    const cases = rows.map(({ parties, sortKey, ...row }) => {
      const jointCase = jointCaseOf(row);
      keys.set(jointCase.id, sortKey as string);
      ctx.caseParts.parties.prime(jointCase.id, parties as CasePartyRow[]);
      return jointCase;
    });
    const count = async () => {
      const counted = caseListCountSql(ctx.actor, filter, now, extra);
      return ((await this.hubDb.query(counted.sql, counted.values)) as Array<{ total: number }>)[0].total;
    };
    return keysetConnection(cases, page, count, (c) => encodeListCursor(sortBy, keys.get(c.id)!, c.id));
  }

  /** Keyed hashes of the case's parties: the persons a read through this case concerns. */
  async partyHashes(ctx: RequestContext, jointCaseId: string): Promise<string[]> {
    const parties = await ctx.caseParts.parties.load(jointCaseId);
    return parties.map((p) => p.residentIdHash).filter((h): h is string => h !== null);
  }
}
