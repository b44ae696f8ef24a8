import { FOLLOW_UP_CLOCK_STATUSES, HANDLING_CLOCK_STATUSES } from './case-status';

/*
 * The case's clocks (期限) in one place: the work list, the ledger, supervision, the statistics,
 * the monthly report and `JointCase.overdue` all judge 超期 here.
 */

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * Overdue (超期), the one definition used by the ledger, `overdueCases`, the handlers' workload,
 * the statistics, the monthly report and `JointCase.overdue`: a running clock past its deadline,
 * nothing else. Two clocks run:
 * - the handling clock (办理期限): `status IN ('ASSIGNED', 'IN_MEDIATION') AND deadline < now`
 *   (it stops at an outcome: agreement, failure, referral, withdrawal);
 * - the follow-up clock (回访期限): `status IN ('AGREEMENT_REACHED', 'JUDICIALLY_CONFIRMED', 'REFERRED')
 *   AND follow_up_deadline < now` (from the outcome until the follow-up is recorded; it waits
 *   while the court decides a 司法确认 application).
 * A case without the deadline of its running clock is never overdue; the 司法确认 window is the
 * parties' (人民调解法 第三十三条), not a handler's clock. `now` is an SQL expression, a parameter
 * holding the moment the report is made, so one report counts against one instant.
 */
export function overdueSql(now: string): string {
  return `((c.status IN (${list(HANDLING_CLOCK_STATUSES)}) AND c.deadline < ${now})
      OR (c.status IN (${list(FOLLOW_UP_CLOCK_STATUSES)}) AND c.follow_up_deadline < ${now}))`;
}

/**
 * `overdueSql` for one case already in memory (a case a mutation returns): the same status
 * lists, the same comparisons. tests/cases/case-clock.integration.spec.ts checks that both
 * give the same answer for every demo case.
 */
export function isOverdue(
  c: { status: string; deadline: Date | null; followUpDeadline: Date | null },
  now: Date,
): boolean {
  const status = c.status as (typeof HANDLING_CLOCK_STATUSES)[number];
  if (HANDLING_CLOCK_STATUSES.includes(status)) return c.deadline !== null && c.deadline.getTime() < now.getTime();
  if (FOLLOW_UP_CLOCK_STATUSES.includes(status))
    return c.followUpDeadline !== null && c.followUpDeadline.getTime() < now.getTime();
  return false;
}

/** The deadline of the clock that runs now (办理期限 or 回访期限), null when none runs: the order of the supervision list. */
export const RUNNING_DEADLINE_SQL = `(CASE WHEN c.status IN (${list(HANDLING_CLOCK_STATUSES)}) THEN c.deadline
      WHEN c.status IN (${list(FOLLOW_UP_CLOCK_STATUSES)}) THEN c.follow_up_deadline END)`;
