import type { GraphQLResolveInfo } from 'graphql';
import type { DataSource } from 'typeorm';
import type { CaseScope } from '../agreements/access-decision';
import { canSeeCase, caseScopeOf } from './case-visibility';
import { HubError } from '../common/hub-error';
import { checkPageSize, type Connection, keysetConnection, type PageArgs } from '../common/relay';
import type { RequestContext } from '../graphql/request-context';
import { type CasePartyRow, jointCaseOf } from './joint-case.sql';
import {
  casePageReadOf,
  CaseProjections,
  type CasePageSettings,
  DEFAULT_CASE_PAGE_SETTINGS,
  fullPageRead,
  singleCaseFieldsOf,
} from './joint-case-page-read';
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
  private readonly projections: CaseProjections;

  constructor(
    private readonly hubDb: DataSource,
    private readonly pages: CasePageSettings = DEFAULT_CASE_PAGE_SETTINGS,
  ) {
    this.projections = new CaseProjections(pages.maxProjections);
  }

  /**
   * One case the actor may see. A first call in a request reads the case with its parties and
   * links in one statement and primes the part loaders with them; later calls reuse it. Given
   * the query's field (`info`), only the columns its selection needs are read (CASE_PAGE_PROJECTION),
   * and the case goes to that field's resolvers alone (and to its work text, see `inView`).
   */
  async findVisible(ctx: RequestContext, id: string, info?: GraphQLResolveInfo): Promise<JointCase> {
    const projection = info && this.pages.projection ? this.projections.singleCase(singleCaseFieldsOf(info)) : null;
    const found = UUID.test(id) ? await ctx.loaders.caseParts.casesReading(projection).load(id.toLowerCase()) : null;
    if (!found || !canSeeCase(ctx.actor, found.jointCase)) throw HubError.notFoundOrNoAccess('Joint case');
    const { caseParts } = ctx.loaders;
    caseParts.parties.prime(found.jointCase.id, found.parties);
    caseParts.recordLinks.prime(found.jointCase.id, found.recordLinks);
    caseParts.inView.set(found.jointCase.id, found);
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
   * (default newest first), keyset-paginated; the page and its parties in one statement, reading
   * only what the query (`info`, the connection's field) selects of them.
   */
  listFiltered(
    ctx: RequestContext,
    filter: JointCaseFilter | null | undefined,
    order: JointCaseOrder | null | undefined,
    page: PageArgs,
    info?: GraphQLResolveInfo,
  ): Promise<Connection<JointCase>> {
    return this.page(ctx, filter, sortOf(order ?? DEFAULT_ORDER), page, [], info);
  }

  /** 预警: open cases at RED or ORANGE the actor may see, RED first, then the oldest first, a page at a time. */
  earlyWarnings(
    ctx: RequestContext,
    filter: JointCaseFilter | null | undefined,
    page: PageArgs,
    info?: GraphQLResolveInfo,
  ): Promise<Connection<JointCase>> {
    return this.page(ctx, filter, WARNING_SORT, page, WARNING_CONDITIONS, info);
  }

  private async page(
    ctx: RequestContext,
    filter: JointCaseFilter | null | undefined,
    sortBy: ListSort,
    page: PageArgs,
    extra: readonly string[],
    info: GraphQLResolveInfo | undefined,
  ): Promise<Connection<JointCase>> {
    checkPageSize(page.first);
    const now = new Date();
    const wanted = info ? casePageReadOf(info) : fullPageRead();
    const { select, read, timestamps } = this.projections.page(
      this.pages.projection ? wanted : { ...fullPageRead(), needsPolicy: wanted.needsPolicy },
    );
    const { sql, values } = caseListPageSql(
      { actor: ctx.actor, filter, sort: sortBy, page, now, extraConditions: extra },
      select,
    );
    const rows = await hubRead<Record<string, unknown>>(this.hubDb, sql, values);
    const keys = new Map<string, string>();
    const { caseParts } = ctx.loaders;
    // Parties read with every particular prime the request's loader, as a case read by id does;
    // a projection (only what the query selects) is kept for the page's cases alone.
    const projected = read.partyFields !== null;
    const cases = rows.map(({ parties, sortKey, ...row }) => {
      const jointCase = jointCaseOf(row, timestamps);
      keys.set(jointCase.id, sortKey as string);
      if (parties !== undefined) {
        if (!projected) caseParts.parties.prime(jointCase.id, parties as CasePartyRow[]);
        if (projected || this.pages.synchronous) caseParts.pageParties.set(jointCase, parties as CasePartyRow[]);
      }
      return jointCase;
    });
    // The read room shows the page's parties and text synchronously with the request's policy in hand.
    if (this.pages.synchronous && read.needsPolicy && cases.length > 0) await ctx.access.policy();
    const count = async () => {
      const counted = caseListCountSql(ctx.actor, filter, now, extra);
      return (await hubRead<{ total: number }>(this.hubDb, counted.sql, counted.values))[0].total;
    };
    return keysetConnection(cases, page, count, (c) => encodeListCursor(sortBy, keys.get(c.id)!, c.id));
  }
}
