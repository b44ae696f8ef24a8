import type { DataSource } from 'typeorm';
import { UUID } from '../../common/ids';
import { isInstant, keysetCursor } from '../../common/keyset-cursor';
import { checkPageSize, type Connection, keysetConnection, type PageArgs } from '../../common/relay';
import type { RequestContext } from '../../graphql/request-context';
import { JointCaseEntity } from '../joint-case.entity';
import { onlyVisibleCases, visibleCasesSql } from '../case-visibility';
import type { JointCase } from '../joint-case.type';
import { FOLLOW_UP_CLOCK_STATUSES } from '../case-status';
import { overdueSql, RUNNING_DEADLINE_SQL } from '../case-clock';
import { assertMayReadCaseReports, OPEN_SQL } from './case-measures';
import type { HandlerWorkload } from './statistics.types';

/** Oldest running deadline first: the position after a case is that deadline, ties broken by id. */
const deadlineCursor = keysetCursor((value: unknown): value is { deadline: string; id: string } => {
  const key = value as { deadline?: unknown; id?: unknown } | null;
  return (
    typeof key === 'object' &&
    key !== null &&
    isInstant(key.deadline) &&
    typeof key.id === 'string' &&
    UUID.test(key.id)
  );
});

/** The deadline of the clock that runs (办理期限, or 回访期限 in follow-up), as RUNNING_DEADLINE_SQL. */
function runningDeadline(entity: JointCaseEntity): Date {
  return (FOLLOW_UP_CLOCK_STATUSES.includes(entity.status) ? entity.followUpDeadline : entity.deadline)!;
}

const encodeCursor = (entity: JointCaseEntity) =>
  deadlineCursor.encode({ deadline: runningDeadline(entity).toISOString(), id: entity.id });

/**
 * Supervision (督查督办): the open cases past their deadline and each first handler's load.
 * Both are "as of now" (no period) and cover only the cases the caller may see.
 */
export class SupervisionService {
  constructor(private readonly hubDb: DataSource) {}

  /**
   * Cases whose running clock is past its deadline (超期, the one definition), oldest deadline first (ties by id), keyset-paginated.
   * The order and the cursor use the deadline to the millisecond, so a page boundary never
   * falls between two deadlines a cursor cannot tell apart.
   */
  async overdueCases(ctx: RequestContext, page: PageArgs): Promise<Connection<JointCase>> {
    assertMayReadCaseReports(ctx.actor, 'Supervision lists');
    checkPageSize(page.first);
    const deadline = `date_trunc('milliseconds', ${RUNNING_DEADLINE_SQL})`;
    const query = this.hubDb.getRepository(JointCaseEntity).createQueryBuilder('c').where(overdueSql('now()'));
    onlyVisibleCases(query, ctx.actor);
    const counting = query.clone();
    if (page.after) {
      const cursor = deadlineCursor.decode(page.after);
      query.andWhere(`(${deadline}, c.id) > (CAST(:deadline AS timestamptz), CAST(:id AS uuid))`, cursor);
    }
    const rows = await query
      .orderBy(deadline, 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(page.first + 1)
      .getMany();
    return keysetConnection(
      rows as unknown as Array<JointCaseEntity & JointCase>,
      page,
      () => counting.getCount(),
      encodeCursor,
    );
  }

  /**
   * Per first handler (首办责任人) and the body they act for: open cases (not CLOSED or
   * WITHDRAWN) and how many of them are overdue. Handlers with no open case, and open cases
   * with no handler yet, are not listed. Most overdue first, then most open, then by name (code-point order).
   */
  async handlerWorkload(ctx: RequestContext): Promise<HandlerWorkload[]> {
    assertMayReadCaseReports(ctx.actor, 'Supervision lists');
    const values: unknown[] = [];
    const visible = visibleCasesSql(ctx.actor, values);
    const rows: Array<{ handler: string; department: string | null; open_cases: number; overdue_cases: number }> =
      await this.hubDb.query(
        `SELECT c.handler, c.handler_department AS department,
              count(*)::int AS open_cases,
              (count(*) FILTER (WHERE ${overdueSql('now()')}))::int AS overdue_cases
         FROM joint_case c
        WHERE c.handler IS NOT NULL AND ${OPEN_SQL} AND ${visible}
        GROUP BY c.handler, c.handler_department
        ORDER BY overdue_cases DESC, open_cases DESC, c.handler COLLATE "C", c.handler_department COLLATE "C" NULLS LAST`,
        values,
      );
    return rows.map((r) => ({
      handler: r.handler,
      department: r.department,
      openCases: r.open_cases,
      overdueCases: r.overdue_cases,
    }));
  }
}
