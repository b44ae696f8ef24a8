import { Field, ObjectType, Query, Resolver } from 'type-graphql';
import {
  BODY_ZH,
  CATEGORY_ZH,
  MEDIATION_TYPE_ZH,
  PARTY_ROLE_ZH,
  PERFORMANCE_STATUS_ZH,
  REFERRAL_CHANNEL_ZH,
  RISK_LEVEL_ZH,
  SATISFACTION_ZH,
  SESSION_TYPE_ZH,
  SOURCE_CHANNEL_ZH,
  STATUS_ZH,
} from '../cases/labels-zh';

/*
 * The Chinese a screen shows for the enum values the hub returns, from the one place the
 * hub's own printouts (the work ledger) take them: src/cases/labels-zh.ts, plus the
 * values only screens show (roles, purposes, decisions, masks, urgency, workflow steps).
 */

const ROLE_ZH: Readonly<Record<string, string>> = {
  CLERK: '工作人员',
  MEDIATOR: '调解员',
  CHIEF: '负责人',
  SUPERVISOR: '督查员',
  AUDITOR: '审计员',
  ADMIN: '管理员',
};
const PURPOSE_ZH: Readonly<Record<string, string>> = {
  JOINT_MEDIATION: '联合调解',
  RISK_SCREENING: '风险研判',
  STATISTICS: '统计分析',
};
const DECISION_ZH: Readonly<Record<string, string>> = { GRANTED: '已授权', MASKED: '已脱敏', DENIED: '已拒绝' };
const MASK_ZH: Readonly<Record<string, string>> = {
  NONE: '不脱敏',
  RESIDENT_ID: '身份证号脱敏',
  MOBILE: '手机号脱敏',
  NAME: '姓名脱敏',
  ADDRESS_TO_COMMUNITY: '地址至社区',
  DATE_TO_YEAR_MONTH: '日期至年月',
  CONTACTS_IN_TEXT: '文本中联系方式脱敏',
  MINOR_NAME: '未成年人姓名（某）',
};
const URGENCY_ZH: Readonly<Record<string, string>> = { NORMAL: '一般', URGENT: '紧急' };
const ACTION_ZH: Readonly<Record<string, string>> = {
  ASSESS: '研判',
  ASSIGN: '分流交办',
  START_MEDIATION: '开始调解',
  REACH_AGREEMENT: '达成协议',
  CONFIRM_JUDICIALLY: '司法确认',
  FAIL: '调解不成',
  REFER: '转办',
  START_FOLLOW_UP: '回访',
  CLOSE: '结案',
  WITHDRAW: '撤回',
  REFUSE: '不予受理',
  EXTEND: '延期',
  RETURN: '退回',
  HAND_OVER: '改派/交接',
  APPLY_JUDICIAL_CONFIRMATION: '申请司法确认',
  REJECT_JUDICIAL_CONFIRMATION: '驳回司法确认申请',
};
const AGREEMENT_FORM_ZH: Readonly<Record<string, string>> = { WRITTEN: '书面', ORAL: '口头' };
const JUDICIAL_CONFIRMATION_STATUS_ZH: Readonly<Record<string, string>> = {
  APPLIED: '已申请',
  CONFIRMED: '确认有效',
  REJECTED: '驳回申请',
};
const AUDIT_DECISION_ZH: Readonly<Record<string, string>> = { GRANTED: '已授权', DENIED: '已拒绝' };

/** Every labelled enum, by its GraphQL name. */
export const ENUM_LABELS_ZH: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  CaseStatus: STATUS_ZH,
  DisputeCategory: CATEGORY_ZH,
  SourceChannel: SOURCE_CHANNEL_ZH,
  RiskLevel: RISK_LEVEL_ZH,
  PartyRole: PARTY_ROLE_ZH,
  ReferralChannel: REFERRAL_CHANNEL_ZH,
  Role: ROLE_ZH,
  Purpose: PURPOSE_ZH,
  FieldAccessDecision: DECISION_ZH,
  Mask: MASK_ZH,
  Urgency: URGENCY_ZH,
  CaseAction: ACTION_ZH,
  SessionType: SESSION_TYPE_ZH,
  MediationType: MEDIATION_TYPE_ZH,
  AgreementForm: AGREEMENT_FORM_ZH,
  PerformanceStatus: PERFORMANCE_STATUS_ZH,
  Satisfaction: SATISFACTION_ZH,
  JudicialConfirmationStatus: JUDICIAL_CONFIRMATION_STATUS_ZH,
  AuditDecision: AUDIT_DECISION_ZH,
  // Body codes are an open set (a string, not an enum); the known ones, the centre included, by their short Chinese names.
  Body: BODY_ZH,
};

@ObjectType({
  description: 'The Chinese label (中文名称) of one enum value, as screens and printouts show it.',
  simpleResolvers: true,
})
export class EnumValueLabel {
  @Field({ description: "The enum's GraphQL name, e.g. CaseStatus (枚举名)." })
  enum: string;

  @Field({ description: 'The value, e.g. IN_MEDIATION (枚举值).' })
  value: string;

  @Field({ description: 'Its Chinese label, e.g. 调解中 (中文名称).' })
  label: string;
}

@Resolver()
export class LabelsResolver {
  @Query(() => [EnumValueLabel], {
    description:
      'The Chinese labels (中文名称) of every enum value a screen shows — status, category, channel, risk level, role, purpose, decision, mask, urgency, workflow step — and, as enum "Body", the short names of the known body codes (the centre included), from the one place the hub keeps them. Every registered body is also in `departments`.',
  })
  enumLabels(): EnumValueLabel[] {
    return Object.entries(ENUM_LABELS_ZH).flatMap(([name, labels]) =>
      Object.entries(labels).map(([value, label]) => ({ enum: name, value, label })),
    );
  }
}
