import type { DataSource } from 'typeorm';
import { canSeeCase, visibleCasesSql } from './case-visibility';
import { HubError } from '../common/hub-error';
import { checkPageSize, type Connection, keysetConnection, type PageArgs } from '../common/relay';
import type { RequestContext } from '../graphql/request-context';
import { CASE_SELECT, type CasePartyRow, jointCaseOf, PARTIES_JSON } from './joint-case.sql';
import type { JointCase } from './joint-case.type';
import { UUID } from '../common/ids';
import { isInstant, keysetCursor } from '../common/keyset-cursor';

/** Newest first: the position after a case is its creation instant, ties broken by id. */
const caseCursor = keysetCursor((value: unknown): value is { createdAt: string; id: string } => {
  const key = value as { createdAt?: unknown; id?: unknown } | null;
  return typeof key === 'object' && key !== null && isInstant(key.createdAt) && typeof key.id === 'string' && UUID.test(key.id);
});
const encodeCursor = (jointCase: JointCase) => caseCursor.encode({ createdAt: jointCase.createdAt.toISOString(), id: jointCase.id });

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
      const cursor = caseCursor.decode(page.after);
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
      ctx.loaders.caseParts.parties.prime(jointCase.id, parties as CasePartyRow[]);
      return jointCase;
    });
    const count = async () => ((await this.hubDb.query(countSql, countValues)) as Array<{ total: number }>)[0].total;
    return keysetConnection(cases, page, count, encodeCursor);
  }

  /** Keyed hashes of the case's parties: the persons a read through this case concerns. */
  async partyHashes(ctx: RequestContext, jointCaseId: string): Promise<string[]> {
    const parties = await ctx.loaders.caseParts.parties.load(jointCaseId);
    return parties.map((p) => p.residentIdHash).filter((h): h is string => h !== null);
  }
}
