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
  /** 不予受理 */
  NOT_ACCEPTED = 'NOT_ACCEPTED',
  /** 已申请司法确认 */
  CONFIRMATION_APPLIED = 'CONFIRMATION_APPLIED',
}
registerEnumType(CaseStatus, {
  name: 'CaseStatus',
  description: 'Where a joint case stands (受理 → … → 结案).',
  valuesConfig: {
    INTAKE: { description: '受理' },
    ASSESSED: { description: '研判' },
    ASSIGNED: { description: '分流交办: the handling clock runs.' },
    IN_MEDIATION: { description: '调解中: the handling clock runs.' },
    AGREEMENT_REACHED: { description: '达成协议: the handling clock stopped; the follow-up clock runs.' },
    JUDICIALLY_CONFIRMED: { description: '司法确认 (确认有效): the follow-up clock runs.' },
    FAILED: { description: '调解不成: the handling clock stopped.' },
    REFERRED: {
      description:
        '依法导入 (转诉讼 / 仲裁 / 行政复议 / 信访程序): the handling clock stopped; the follow-up clock runs.',
    },
    FOLLOW_UP: { description: '回访 recorded: no clock runs until closure.' },
    CLOSED: { description: '结案' },
    WITHDRAWN: { description: '撤回' },
    NOT_ACCEPTED: { description: '不予受理: refused at intake, with the reason.' },
    CONFIRMATION_APPLIED: { description: '已申请司法确认: the parties applied; the court confirms or rejects.' },
  },
});

/** Cases in these states are finished: no deadline runs, and no agreement opens records for them. */
export const FINISHED_STATUSES: readonly CaseStatus[] = [
  CaseStatus.CLOSED,
  CaseStatus.WITHDRAWN,
  CaseStatus.NOT_ACCEPTED,
];

/** 办理期限 runs only in these states (ASSIGNED and IN_MEDIATION): it stops at an outcome. */
export const HANDLING_CLOCK_STATUSES: readonly CaseStatus[] = [CaseStatus.ASSIGNED, CaseStatus.IN_MEDIATION];

/**
 * The follow-up clock (回访期限) runs from an outcome (agreement, confirmation, referral) until
 * the follow-up is recorded; it waits while the court decides a 司法确认 application.
 */
export const FOLLOW_UP_CLOCK_STATUSES: readonly CaseStatus[] = [
  CaseStatus.AGREEMENT_REACHED,
  CaseStatus.JUDICIALLY_CONFIRMED,
  CaseStatus.REFERRED,
];

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
  /** 不予受理 */
  REFUSE = 'REFUSE',
  /** 延期 */
  EXTEND = 'EXTEND',
  /** 退回 */
  RETURN = 'RETURN',
  /** 改派/交接 */
  HAND_OVER = 'HAND_OVER',
  /** 申请司法确认 */
  APPLY_JUDICIAL_CONFIRMATION = 'APPLY_JUDICIAL_CONFIRMATION',
  /** 驳回司法确认申请 */
  REJECT_JUDICIAL_CONFIRMATION = 'REJECT_JUDICIAL_CONFIRMATION',
}
registerEnumType(CaseAction, {
  name: 'CaseAction',
  description: 'A step of the joint-case workflow (the transition table).',
  valuesConfig: {
    ASSESS: { description: '研判' },
    ASSIGN: { description: '分流交办' },
    START_MEDIATION: { description: '开始调解' },
    REACH_AGREEMENT: { description: '达成协议' },
    CONFIRM_JUDICIALLY: { description: '司法确认 (确认有效)' },
    FAIL: { description: '调解不成' },
    REFER: { description: '依法导入 / 转办' },
    START_FOLLOW_UP: { description: '回访' },
    CLOSE: { description: '结案' },
    WITHDRAW: { description: '撤回' },
    REFUSE: { description: '不予受理' },
    EXTEND: { description: "延期 (the lead body's CHIEF)" },
    RETURN: { description: '退回 (the lead body returns the case to the centre)' },
    HAND_OVER: { description: '改派/交接 (to another handler)' },
    APPLY_JUDICIAL_CONFIRMATION: { description: '申请司法确认' },
    REJECT_JUDICIAL_CONFIRMATION: { description: '驳回司法确认申请' },
  },
});
