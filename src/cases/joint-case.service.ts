import type { DataSource } from 'typeorm';
import type { CaseScope } from '../agreements/access-decision';
import { canSeeCase, caseScopeOf } from './case-visibility';
import { HubError } from '../common/hub-error';
import { checkPageSize, type Connection, keysetConnection, type PageArgs } from '../common/relay';
import type { RequestContext } from '../graphql/request-context';
import { CASE_SELECT, type CasePartyRow, jointCaseOf, PARTIES_JSON } from './joint-case.sql';
import type { JointCase } from './joint-case.type';
import { UUID } from '../common/ids';
import { hubRead } from '../common/hub-statement';
import {
  caseListCountSql,
  caseListPageSql,
  DEFAULT_ORDER,
  encodeListCursor,
  type ListSort,
  sortOf,
  WARNING_CONDITIONS,
  WARNING_SORT,
} from './joint-case-list';
import type { JointCaseFilter, JointCaseOrder } from './joint-case-list.input';

export class JointCaseService {
  constructor(private readonly hubDb: DataSource) {}

  /**
   * One case the actor may see. A first call in a request reads the case with its parties and
   * links in one statement and primes the part loaders with them; later calls reuse it.
   */
  async findVisible(ctx: RequestContext, id: string): Promise<JointCase> {
    const found = UUID.test(id) ? await ctx.loaders.caseParts.cases.load(id.toLowerCase()) : null;
    if (!found || !canSeeCase(ctx.actor, found.jointCase)) throw HubError.notFoundOrNoAccess('Joint case');
    ctx.loaders.caseParts.parties.prime(found.jointCase.id, found.parties);
    ctx.loaders.caseParts.recordLinks.prime(found.jointCase.id, found.recordLinks);
    return found.jointCase;
  }

  /**
   * The scope of a case the actor may see, with its parties' keyed hashes, for reads in its scope
   * that show nothing of the case itself (a person's records for a case): a few columns, not the
   * case with its parts. Not found and not visible are one answer.
   */
  async visibleScope(ctx: RequestContext, id: string): Promise<{ scope: CaseScope; partyHashes: string[] }> {
    const found = UUID.test(id) ? await ctx.loaders.caseParts.scopes.load(id.toLowerCase()) : null;
    if (!found || !canSeeCase(ctx.actor, found)) throw HubError.notFoundOrNoAccess('Joint case');
    return { scope: caseScopeOf(found), partyHashes: found.partyHashes };
  }

  /**
   * The work list (案件列表): the actor's visible cases narrowed by `filter`, sorted by `order`
   * (default newest first), keyset-paginated; the page and its parties in one statement.
   */
  listFiltered(
    ctx: RequestContext,
    filter: JointCaseFilter | null | undefined,
    order: JointCaseOrder | null | undefined,
    page: PageArgs,
  ): Promise<Connection<JointCase>> {
    return this.page(ctx, filter, sortOf(order ?? DEFAULT_ORDER), page, []);
  }

  /** 预警: open cases at RED or ORANGE the actor may see, RED first, then the oldest first, a page at a time. */
  earlyWarnings(
    ctx: RequestContext,
    filter: JointCaseFilter | null | undefined,
    page: PageArgs,
  ): Promise<Connection<JointCase>> {
    return this.page(ctx, filter, WARNING_SORT, page, WARNING_CONDITIONS);
  }

  private async page(
    ctx: RequestContext,
    filter: JointCaseFilter | null | undefined,
    sortBy: ListSort,
    page: PageArgs,
    extra: readonly string[],
  ): Promise<Connection<JointCase>> {
    checkPageSize(page.first);
    const now = new Date();
    const { sql, values } = caseListPageSql(
      ctx.actor,
      filter,
      sortBy,
      page,
      now,
      `${CASE_SELECT}, ${PARTIES_JSON} AS parties`,
      extra,
    );
    const rows = await hubRead<Record<string, unknown>>(this.hubDb, sql, values);
    const keys = new Map<string, string>();
    const cases = rows.map(({ parties, sortKey, ...row }) => {
      const jointCase = jointCaseOf(row);
      keys.set(jointCase.id, sortKey as string);
      ctx.loaders.caseParts.parties.prime(jointCase.id, parties as CasePartyRow[]);
      return jointCase;
    });
    const count = async () => {
      const counted = caseListCountSql(ctx.actor, filter, now, extra);
      return (await hubRead<{ total: number }>(this.hubDb, counted.sql, counted.values))[0].total;
    };
    return keysetConnection(cases, page, count, (c) => encodeListCursor(sortBy, keys.get(c.id)!, c.id));
  }
}
