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
registerEnumType(CaseStatus, {
  name: 'CaseStatus',
  description: 'Where a joint case stands (案件状态, 受理 → … → 结案).',
  valuesConfig: {
    INTAKE: { description: 'Taken in at the window (已受理).' },
    ASSESSED: { description: 'Risk assessed (已研判).' },
    ASSIGNED: { description: 'Assigned to a lead body and handler (已交办).' },
    IN_MEDIATION: { description: 'Being mediated (调解中).' },
    AGREEMENT_REACHED: { description: 'A mediation agreement was reached (达成协议).' },
    JUDICIALLY_CONFIRMED: { description: 'The agreement was judicially confirmed (已司法确认).' },
    FAILED: { description: 'Mediation failed (调解不成).' },
    REFERRED: { description: 'Referred to litigation or another channel (已转办).' },
    FOLLOW_UP: { description: 'Being followed up (回访中).' },
    CLOSED: { description: 'Closed (已结案).' },
    WITHDRAWN: { description: 'Withdrawn (已撤回).' },
  },
});

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
registerEnumType(CaseAction, {
  name: 'CaseAction',
  description: 'A step of the joint-case workflow (办理操作).',
  valuesConfig: {
    ASSESS: { description: 'INTAKE → ASSESSED (研判).' },
    ASSIGN: { description: 'ASSESSED → ASSIGNED (分流交办).' },
    START_MEDIATION: { description: 'ASSIGNED → IN_MEDIATION (开始调解).' },
    REACH_AGREEMENT: { description: 'IN_MEDIATION → AGREEMENT_REACHED (达成协议).' },
    CONFIRM_JUDICIALLY: { description: 'AGREEMENT_REACHED → JUDICIALLY_CONFIRMED (司法确认), the court only.' },
    FAIL: { description: 'IN_MEDIATION → FAILED (调解不成).' },
    REFER: { description: 'FAILED → REFERRED (转办).' },
    START_FOLLOW_UP: { description: 'To FOLLOW_UP (回访).' },
    CLOSE: { description: 'FOLLOW_UP → CLOSED (结案).' },
    WITHDRAW: { description: 'To WITHDRAWN (撤回).' },
  },
});
