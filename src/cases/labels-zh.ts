import type { DepartmentRegistry } from '../connectors/department-registry';

/**
 * The Chinese a centre prints for the codes the hub stores. A code missing here (a body or a
 * value added later) is printed as the registry's name for it, or as the code itself: never
 * dropped, never an error.
 */

/** 纠纷类别 as centres print them. */
export const CATEGORY_ZH: Readonly<Record<string, string>> = {
  NEIGHBOUR: '邻里纠纷',
  FAMILY_MARRIAGE: '婚姻家庭纠纷',
  DOMESTIC_VIOLENCE: '家庭暴力纠纷',
  LAND_HOUSING: '房屋宅基地纠纷',
  WAGES: '劳动争议/欠薪',
  CONSUMER: '消费纠纷',
  MEDICAL: '医疗纠纷',
  OTHER: '其他纠纷',
  FOREST_LAND: '山林土地纠纷',
  PROPERTY_MANAGEMENT: '物业纠纷',
  ROAD_TRAFFIC: '道路交通事故纠纷',
  PRIVATE_LENDING: '民间借贷纠纷',
  CONTRACT: '合同纠纷',
  LAND_REQUISITION: '征地拆迁纠纷',
  DAMAGES: '损害赔偿纠纷',
};

/** 来源渠道 as centres print them. */
export const SOURCE_CHANNEL_ZH: Readonly<Record<string, string>> = {
  WALK_IN: '来访',
  POLICE_110_REFERRAL: '110移交',
  COURT_PRE_LITIGATION_REFERRAL: '法院委派（诉前）',
  PETITION: '信访转办',
  GRID_SCREENING: '网格上报',
  PHONE_CALL: '来电',
  HOTLINE_12345: '12345热线',
  ONLINE_PETITION: '网上信访',
  DEPARTMENT_TRANSFER: '部门移送',
  LEADERSHIP_ASSIGNED: '领导交办',
  WOMENS_HOTLINE_12338: '12338妇女维权热线',
  CONSUMER_HOTLINE_12315: '12315热线',
};

export const PARTY_KIND_ZH: Readonly<Record<string, string>> = {
  NATURAL_PERSON: '自然人',
  LEGAL_PERSON: '法人',
  UNINCORPORATED_ORGANISATION: '非法人组织',
};

export const MEDIATION_TYPE_ZH: Readonly<Record<string, string>> = {
  PEOPLES: '人民调解',
  ADMINISTRATIVE: '行政调解',
  PUBLIC_SECURITY: '治安调解',
  JUDICIAL_PRE_LITIGATION: '司法调解（诉前）',
  JUDICIAL_IN_LITIGATION: '司法调解（诉中）',
  PROFESSIONAL: '行业性专业性调解',
};

export const PERFORMANCE_STATUS_ZH: Readonly<Record<string, string>> = {
  NOT_DUE: '未到期',
  PERFORMED: '已履行',
  PARTLY_PERFORMED: '部分履行',
  NOT_PERFORMED: '未履行',
};

export const SATISFACTION_ZH: Readonly<Record<string, string>> = {
  SATISFIED: '满意',
  BASICALLY_SATISFIED: '基本满意',
  DISSATISFIED: '不满意',
};

export const SESSION_TYPE_ZH: Readonly<Record<string, string>> = {
  THREE_CHIEFS_CONSULTATION: '三长会商',
  JOINT_MEDIATION: '联合调解',
  SEPARATE_MEDIATION: '背靠背调解',
  HEARING: '听证评理',
};

export const STATUS_ZH: Readonly<Record<string, string>> = {
  INTAKE: '已受理',
  ASSESSED: '已研判',
  ASSIGNED: '已交办',
  IN_MEDIATION: '调解中',
  AGREEMENT_REACHED: '达成协议',
  JUDICIALLY_CONFIRMED: '已司法确认',
  FAILED: '调解不成',
  REFERRED: '已转办',
  FOLLOW_UP: '回访中',
  CLOSED: '已结案',
  WITHDRAWN: '已撤回',
  NOT_ACCEPTED: '不予受理',
  CONFIRMATION_APPLIED: '已申请司法确认',
};

export const BODY_ZH: Readonly<Record<string, string>> = {
  GOVERNANCE_CENTRE: '综治中心',
  COURT: '人民法庭',
  POLICE: '派出所',
  JUDICIAL_OFFICE: '司法所',
  WOMENS_FEDERATION: '妇联',
  CIVIL_AFFAIRS: '民政',
  SECURITY_COMMITTEE: '治保会',
  PARTY_SERVICE_CENTRE: '党群服务中心',
};

export const RISK_LEVEL_ZH: Readonly<Record<string, string>> = {
  RED: '红色',
  ORANGE: '橙色',
  YELLOW: '黄色',
  BLUE: '蓝色',
};

/** Printed when a case has not been assessed yet. */
export const NOT_ASSESSED_ZH = '未研判';

export const PARTY_ROLE_ZH: Readonly<Record<string, string>> = {
  APPLICANT: '申请人',
  RESPONDENT: '被申请人',
  RELATED_PERSON: '关系人',
};

export const REFERRAL_CHANNEL_ZH: Readonly<Record<string, string>> = {
  LITIGATION: '转诉讼',
  ARBITRATION: '转仲裁',
  ADMINISTRATIVE: '转行政处理',
  PETITION: '转信访程序',
  OTHER: '转其他渠道',
  ADMINISTRATIVE_RECONSIDERATION: '转行政复议',
};

/*
 * The values only screens show (roles, purposes, decisions, masks, urgency, workflow steps, …):
 * here too, so that every Chinese label the hub gives — `enumLabels`, the `…Label` fields, the
 * ledger — comes from this one file.
 */

export const ROLE_ZH: Readonly<Record<string, string>> = {
  CLERK: '工作人员',
  MEDIATOR: '调解员',
  CHIEF: '负责人',
  SUPERVISOR: '督查员',
  AUDITOR: '审计员',
  ADMIN: '管理员',
};

export const PURPOSE_ZH: Readonly<Record<string, string>> = {
  JOINT_MEDIATION: '联合调解',
  RISK_SCREENING: '风险研判',
  STATISTICS: '统计分析',
};

export const FIELD_DECISION_ZH: Readonly<Record<string, string>> = {
  GRANTED: '已授权',
  MASKED: '已脱敏',
  DENIED: '已拒绝',
};

export const MASK_ZH: Readonly<Record<string, string>> = {
  NONE: '不脱敏',
  RESIDENT_ID: '身份证号脱敏',
  MOBILE: '手机号脱敏',
  NAME: '姓名脱敏',
  ADDRESS_TO_COMMUNITY: '地址至社区',
  DATE_TO_YEAR_MONTH: '日期至年月',
  CONTACTS_IN_TEXT: '文本中联系方式脱敏',
  MINOR_NAME: '未成年人姓名（某）',
};

export const URGENCY_ZH: Readonly<Record<string, string>> = { NORMAL: '一般', URGENT: '紧急' };

export const CASE_ACTION_ZH: Readonly<Record<string, string>> = {
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

export const AGREEMENT_FORM_ZH: Readonly<Record<string, string>> = { WRITTEN: '书面', ORAL: '口头' };

export const JUDICIAL_CONFIRMATION_STATUS_ZH: Readonly<Record<string, string>> = {
  APPLIED: '已申请',
  CONFIRMED: '确认有效',
  REJECTED: '驳回申请',
};

export const AUDIT_DECISION_ZH: Readonly<Record<string, string>> = { GRANTED: '已授权', DENIED: '已拒绝' };

export const WARNING_STATUS_ZH: Readonly<Record<string, string>> = {
  RAISED: '已预警',
  ACKNOWLEDGED: '已签收',
  HANDLED: '已处置',
  CLEARED: '已销号',
};

/** Every labelled enum, by its GraphQL name (`enumLabels`); "Body" holds the known body codes. */
export const ENUM_LABELS_ZH: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  CaseStatus: STATUS_ZH,
  DisputeCategory: CATEGORY_ZH,
  SourceChannel: SOURCE_CHANNEL_ZH,
  RiskLevel: RISK_LEVEL_ZH,
  PartyRole: PARTY_ROLE_ZH,
  PartyKind: PARTY_KIND_ZH,
  ReferralChannel: REFERRAL_CHANNEL_ZH,
  Role: ROLE_ZH,
  Purpose: PURPOSE_ZH,
  FieldAccessDecision: FIELD_DECISION_ZH,
  Mask: MASK_ZH,
  Urgency: URGENCY_ZH,
  CaseAction: CASE_ACTION_ZH,
  SessionType: SESSION_TYPE_ZH,
  MediationType: MEDIATION_TYPE_ZH,
  AgreementForm: AGREEMENT_FORM_ZH,
  PerformanceStatus: PERFORMANCE_STATUS_ZH,
  Satisfaction: SATISFACTION_ZH,
  JudicialConfirmationStatus: JUDICIAL_CONFIRMATION_STATUS_ZH,
  AuditDecision: AUDIT_DECISION_ZH,
  WarningStatus: WARNING_STATUS_ZH,
  // Body codes are an open set (a string, not an enum); the known ones, the centre included, by their short Chinese names.
  Body: BODY_ZH,
};

/** The label of a value, or null for no value (a field's `…Label` is null exactly when the field is). */
export function labelOrNull(map: Readonly<Record<string, string>>, code: string | null | undefined): string | null {
  return code === null || code === undefined ? null : (map[code] ?? code);
}

export function zh(map: Readonly<Record<string, string>>, code: string | null | undefined): string {
  if (code === null || code === undefined) return '';
  return map[code] ?? code;
}

/** A body's Chinese name: ours, else the registry's display name up to its English gloss, else the code. */
export function bodyZh(code: string | null | undefined, registry?: DepartmentRegistry): string {
  if (code === null || code === undefined) return '';
  if (BODY_ZH[code]) return BODY_ZH[code];
  const registered = registry?.all.find((d) => d.code === code);
  return registered ? registered.displayName.replace(/\s*\(.*\)\s*$/, '') : code;
}

/**
 * Made at first use, not when the module loads: a date format loads ICU's locale and time-zone
 * data, about 10 MB resident, and only reports, the ledger and statistics print dates.
 */
let shanghaiDateFormat: Intl.DateTimeFormat | undefined;

/** YYYY-MM-DD of an instant in Asia/Shanghai (where the centres are); '' for none. */
export function shanghaiDate(instant: Date | null | undefined): string {
  if (!instant) return '';
  shanghaiDateFormat ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const parts = Object.fromEntries(shanghaiDateFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
