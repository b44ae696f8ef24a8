import { registerEnumType } from 'type-graphql';

/** The states of a joint case, from intake to closure. */
export enum CaseStatus {
  /** 受理 */
  INTAKE = 'INTAKE',
  /** 研判 */
  ASSESSED = 'ASSESSED',
  /** 分流交办 */
  ASSIGNED = 'ASSIGNED',
  /** 调解中 */
  IN_MEDIATION = 'IN_MEDIATION',
  /** 达成协议 */
  AGREEMENT_REACHED = 'AGREEMENT_REACHED',
  /** 司法确认 */
  JUDICIALLY_CONFIRMED = 'JUDICIALLY_CONFIRMED',
  /** 调解不成 */
  FAILED = 'FAILED',
  /** 转诉讼 / 转其他渠道 */
  REFERRED = 'REFERRED',
  /** 回访 */
  FOLLOW_UP = 'FOLLOW_UP',
  /** 结案 */
  CLOSED = 'CLOSED',
  /** 撤回 */
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(CaseStatus, { name: 'CaseStatus', description: 'Where a joint case stands (受理 → … → 结案).' });

/** Cases in these states are finished: no deadline runs, and no agreement opens records for them. */
export const FINISHED_STATUSES: readonly CaseStatus[] = [CaseStatus.CLOSED, CaseStatus.WITHDRAWN];

export enum CaseAction {
  ASSESS = 'ASSESS',
  ASSIGN = 'ASSIGN',
  START_MEDIATION = 'START_MEDIATION',
  REACH_AGREEMENT = 'REACH_AGREEMENT',
  CONFIRM_JUDICIALLY = 'CONFIRM_JUDICIALLY',
  FAIL = 'FAIL',
  REFER = 'REFER',
  START_FOLLOW_UP = 'START_FOLLOW_UP',
  CLOSE = 'CLOSE',
  WITHDRAW = 'WITHDRAW',
}
registerEnumType(CaseAction, { name: 'CaseAction' });
