import { type Actor, GOVERNANCE_CENTRE, Role } from '../../auth/actor';
import { ErrorCode } from '../../common/error-code';
import { HubError } from '../../common/hub-error';
import { shanghaiDate } from '../labels-zh';
import { FINISHED_STATUSES } from '../case-status';

/**
 * The measures leaders ask for (发现预警率, 调处率, 调处成功率, time to settle, backlog), defined
 * once over the columns of `joint_case` and its `joint_case_history`, as SQL conditions on a
 * case row aliased `c`. The statistics, the supervision lists and the work ledger all use these,
 * so a number in a table and a row in the ledger always agree. Each definition is the one the
 * README documents.
 */

/** States that record an outcome: agreement, judicial confirmation, failure, referral. */
export const OUTCOME_STATUSES = ['AGREEMENT_REACHED', 'JUDICIALLY_CONFIRMED', 'FAILED', 'REFERRED'] as const;

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * Handled (调处): the case has an outcome on record, i.e. any of
 * - `agreement_reached_at IS NOT NULL` (an agreement was reached), or
 * - `failure_reason IS NOT NULL` (mediation failed), or
 * - `status` is AGREEMENT_REACHED, JUDICIALLY_CONFIRMED, FAILED or REFERRED, or
 * - a `joint_case_history` row of the case has `to_status` in those states (so a case now in
 *   FOLLOW_UP or CLOSED counts when it reached them through an outcome).
 * A WITHDRAWN case, or a CLOSED case with no outcome in its columns or history (only possible
 * for imported data: the workflow reaches CLOSED only through an outcome), is not handled.
 */
export const HANDLED_SQL = `(c.agreement_reached_at IS NOT NULL
      OR c.failure_reason IS NOT NULL
      OR c.status IN (${list(OUTCOME_STATUSES)})
      OR EXISTS (SELECT 1 FROM joint_case_history h WHERE h.joint_case_id = c.id AND h.to_status IN (${list(OUTCOME_STATUSES)})))`;

/** Settled (调处成功): `agreement_reached_at IS NOT NULL`. Every settled case is handled. */
export const SETTLED_SQL = `(c.agreement_reached_at IS NOT NULL)`;

/** Judicially confirmed (司法确认): `confirmation_number IS NOT NULL`. */
export const CONFIRMED_SQL = `(c.confirmation_number IS NOT NULL)`;

/** Open: not CLOSED and not WITHDRAWN. */
export const OPEN_SQL = `(c.status NOT IN (${list(FINISHED_STATUSES)}))`;

/**
 * Concluded within the deadline (按期办结): the handling clock stopped (`handling_stopped_at`)
 * no later than the deadline, or the case has no deadline.
 */
export const CONCLUDED_ON_TIME_SQL = `(c.handling_stopped_at IS NOT NULL AND (c.deadline IS NULL OR c.handling_stopped_at <= c.deadline))`;

/** Early warning raised (预警): `risk_level IN ('RED', 'ORANGE')`, as the case stands now. */
export const EARLY_WARNING_SQL = `(c.risk_level IN ('RED', 'ORANGE'))`;

/** Days to settle: `agreement_reached_at − created_at` in days (fractional), for settled cases only. */
export const DAYS_TO_SETTLE_SQL = `(EXTRACT(EPOCH FROM (c.agreement_reached_at - c.created_at)) / 86400)`;

/**
 * Statistics, supervision lists and the work ledger are for the governance centre (any of its
 * users) and for a body's CHIEF or SUPERVISOR; a body's other staff are refused with FORBIDDEN.
 */
export function assertMayReadCaseReports(actor: Actor, what: string): void {
  if (actor.department === GOVERNANCE_CENTRE) return;
  if (actor.role === Role.CHIEF || actor.role === Role.SUPERVISOR) return;
  throw new HubError(ErrorCode.FORBIDDEN, `${what} are for the governance centre and for a body's CHIEF or SUPERVISOR`);
}

/**
 * Whether an instant is the first moment of a calendar day in Asia/Shanghai (00:00 local time),
 * the days the centres count in and the ledger prints.
 */
export function isShanghaiDayStart(instant: Date): boolean {
  return shanghaiDate(instant) !== shanghaiDate(new Date(instant.getTime() - 1));
}

const DAY_START_MESSAGE =
  'must be the start of a day in Asia/Shanghai (00:00 at +08:00), e.g. 2026-05-01T00:00:00+08:00';

/**
 * A period [from, until): `from` inclusive, `until` exclusive, both the start of a day in
 * Asia/Shanghai, checked. Whole days, not instants: two periods a moment apart would otherwise
 * differ by one case, and the difference of their counts (early warnings, judicial
 * confirmations) would give that one case away, past the small-cell rule. A boundary inside a
 * day is refused rather than widened to the day, so every figure is for the period asked.
 */
export function checkPeriod(from: Date, until: Date, maxDays?: number): void {
  if (
    !(from instanceof Date) ||
    !(until instanceof Date) ||
    Number.isNaN(from.getTime()) ||
    Number.isNaN(until.getTime())
  ) {
    throw HubError.badInput('"from" and "until" must be date-times');
  }
  if (!isShanghaiDayStart(from)) throw HubError.badInput(`"from" ${DAY_START_MESSAGE}`, { field: 'from' });
  if (!isShanghaiDayStart(until)) throw HubError.badInput(`"until" ${DAY_START_MESSAGE}`, { field: 'until' });
  if (!(from < until)) throw HubError.badInput('"until" must be after "from"');
  if (maxDays !== undefined && until.getTime() - from.getTime() > maxDays * 86_400_000) {
    throw HubError.badInput(`A period is at most ${maxDays} days`);
  }
}
