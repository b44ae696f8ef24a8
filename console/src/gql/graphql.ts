/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: any; output: any; }
};

/** A data-sharing agreement (数据共享协议) between a providing and a consuming body. */
export type Agreement = {
  __typename?: 'Agreement';
  /** The body that may read them. */
  consumer: Scalars['String']['output'];
  /** The consumer's chief's approval. */
  consumerApproval?: Maybe<Approval>;
  /** The consumer's roles the agreement grants to (never ADMIN or AUDITOR). */
  consumerRoles: Array<Role>;
  /** The user id of the person who drafted the agreement (起草人). */
  draftedBy: Scalars['String']['output'];
  /** Per record kind of the provider, the fields granted and how each is masked (授权字段). */
  grants: Array<RecordTypeGrant>;
  /** The agreement's id (协议编号). */
  id: Scalars['ID']['output'];
  /** The body whose records are shared. */
  provider: Scalars['String']['output'];
  /** The provider's chief's approval. */
  providerApproval?: Maybe<Approval>;
  /** The one purpose the agreement grants reading for (查阅目的). */
  purpose: Purpose;
  /** Which of the provider's records the agreement reaches (协议范围). */
  scope: AgreementScope;
  /** EXPIRED once valid_until has passed. */
  status: AgreementStatus;
  /** Why it was suspended or revoked. */
  statusReason?: Maybe<Scalars['String']['output']>;
  /** The agreement's title as the two bodies named it (协议名称). */
  title: Scalars['String']['output'];
  /** When the agreement last changed: drafted, approved, suspended, resumed or revoked (更新时间). */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** The start of the validity period (生效日期). */
  validFrom: Scalars['DateTimeISO']['output'];
  /** The end of the validity period; the agreement is EXPIRED after it (失效日期). */
  validUntil: Scalars['DateTimeISO']['output'];
};

/** A page of Agreement items (分页列表). */
export type AgreementConnection = {
  __typename?: 'AgreementConnection';
  /** The items of this page, in the list's order (本页条目). */
  edges: Array<AgreementEdge>;
  /** Whether more pages follow, and the cursors (分页信息). */
  pageInfo: PageInfo;
  /** Items across all pages; counted only when selected (总数). */
  totalCount: Scalars['Int']['output'];
};

/** The fields an agreement exposes, and those it leaves denied. */
export type AgreementCoverage = {
  __typename?: 'AgreementCoverage';
  /** The active agreement (数据共享协议). */
  agreement: Agreement;
  /** Every field of the record kinds the agreement names, and what it does with each (字段覆盖). */
  fields: Array<FieldExposure>;
};

/** One Agreement in a page, with its cursor (列表项). */
export type AgreementEdge = {
  __typename?: 'AgreementEdge';
  /** Where this item stands in the list: pass it as `after` to continue after it (游标). */
  cursor: Scalars['String']['output'];
  /** The Agreement (条目). */
  node: Agreement;
};

/** 协议形式. */
export type AgreementForm =
  /** 口头协议 (recorded by the mediator) */
  | 'ORAL'
  /** 书面协议 */
  | 'WRITTEN';

/** One obligation of the agreement (人民调解法 第二十九条: 履行方式 and 履行期限). */
export type AgreementObligationInput = {
  /** What is owed (义务内容). */
  content: Scalars['String']['input'];
  /** 履行期限 (YYYY-MM-DD). */
  dueOn: Scalars['String']['input'];
  /** The party (CaseParty id) who owes it. */
  obligorPartyId: Scalars['ID']['input'];
  /** 履行方式, e.g. 银行转账、分两期支付. */
  performanceMethod: Scalars['String']['input'];
};

/** One obligation of a mediation agreement (义务), with 履行方式 and 履行期限 (人民调解法 第二十九条). */
export type AgreementObligationType = {
  __typename?: 'AgreementObligationType';
  /** What is owed (义务内容). Free text, governed like the case's description (contacts masked for the other bodies and whenever a party is protected). */
  content: Scalars['String']['output'];
  /** 履行期限 (YYYY-MM-DD). */
  dueOn: Scalars['String']['output'];
  /** The party (CaseParty id) who owes it; read the party through JointCase.parties. */
  obligorPartyId: Scalars['ID']['output'];
  /** How it is to be performed (履行方式). Free text, governed like the case's description (contacts masked for the other bodies and whenever a party is protected). */
  performanceMethod: Scalars['String']['output'];
};

/** Which of the provider's records an agreement reaches (协议范围). */
export type AgreementScope =
  /** Records linked to an open joint case the consumer takes part in (关联案件记录). */
  | 'RECORDS_LINKED_TO_PARTICIPATING_CASE'
  /** Records of a party to an open joint case the consumer takes part in (案件当事人记录). */
  | 'RECORDS_OF_PARTIES_TO_PARTICIPATING_CASE';

/** Where an agreement stands (协议状态). */
export type AgreementStatus =
  /** In force (生效). */
  | 'ACTIVE'
  /** Drafted, not yet approved by both chiefs (草拟). */
  | 'DRAFT'
  /** Past its validity period (过期). */
  | 'EXPIRED'
  /** Revoked (撤销). */
  | 'REVOKED'
  /** Suspended (暂停). */
  | 'SUSPENDED';

/** 申请司法确认: both parties apply to the court within 30 days of the agreement taking effect. */
export type ApplyJudicialConfirmationInput = {
  /** 申请日期 (YYYY-MM-DD). */
  appliedOn: Scalars['String']['input'];
  /** Both parties applied together (双方共同申请); must be true. */
  bothPartiesApplied: Scalars['Boolean']['input'];
};

/** A chief's approval of a data-sharing agreement (负责人审批). */
export type Approval = {
  __typename?: 'Approval';
  /** When the chief approved (审批时间). */
  at: Scalars['DateTimeISO']['output'];
  /** The approving chief's user id, the token subject (审批人). */
  by: Scalars['String']['output'];
};

/** 研判: the written opinion and, when the assessor disagrees with the rules, a level set by hand with its reason. */
export type AssessJointCaseInput = {
  /** A level set by hand (kept apart from the rules' level); needs manualRiskLevelReason. */
  manualRiskLevel?: InputMaybe<RiskLevel>;
  /** Why the level was changed by hand. */
  manualRiskLevelReason?: InputMaybe<Scalars['String']['input']>;
  /** 研判意见. */
  opinion?: InputMaybe<Scalars['String']['input']>;
};

/** 分流交办: the lead body, the bodies taking part, the first handler and the deadline. */
export type AssignJointCaseInput = {
  /** Defaults by category (see README). */
  deadline?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** The first handler (首办负责制): a user of the lead body. */
  handler: Scalars['String']['input'];
  /** The body that leads the mediation. */
  leadDepartment: Scalars['String']['input'];
  /** Every body taking part (the 3 + N), the lead included or not. */
  participatingDepartments: Array<Scalars['String']['input']>;
};

/** What the hub decided about a look at a body's records (查阅决定); per-field detail is in `fields`. */
export type AuditDecision =
  /** Refused: nothing was read (已拒绝). */
  | 'DENIED'
  /** Read under an agreement (some fields may be masked or denied) (已授权). */
  | 'GRANTED';

/** One look at a body's records by another body, as the audit log holds it. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** The data-sharing agreements the look was granted under (依据协议); empty for a denial. */
  agreementIds: Array<Scalars['ID']['output']>;
  /** Granted or denied (查阅决定). */
  decision: AuditDecision;
  /** The body that read (the consumer). */
  department: Scalars['String']['output'];
  /** Per field path: GRANTED, MASKED or DENIED. */
  fields?: Maybe<Scalars['JSONObject']['output']>;
  /** The joint case the look was made for (关联案件); null when for none. */
  jointCaseId?: Maybe<Scalars['ID']['output']>;
  /** When the look took place (查阅时间). */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** The body whose record was read. */
  provider?: Maybe<Scalars['String']['output']>;
  /** The purpose stated for the look (查阅目的); null when none was stated. */
  purpose?: Maybe<Purpose>;
  /** The reason recorded with the decision, e.g. why a look was denied (原因); null when none. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The id of the record read (记录编号); null when kinds were denied before any record was read. */
  recordId?: Maybe<Scalars['String']['output']>;
  /** null when the entry covers several kinds (see recordTypes). */
  recordType?: Maybe<Scalars['String']['output']>;
  /** The kinds the entry covers: one for a read, every kind refused together for a denial before any read. */
  recordTypes: Array<Scalars['String']['output']>;
  /** The id of the request that made the look (请求编号), to find it in the hub's logs. */
  requestId: Scalars['String']['output'];
  /** The role the reader acted in (查阅角色). */
  role: Role;
  /** The user who read. */
  user: Scalars['String']['output'];
};

/** A page of AuditEntry items (分页列表). */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** The items of this page, in the list's order (本页条目). */
  edges: Array<AuditEntryEdge>;
  /** Whether more pages follow, and the cursors (分页信息). */
  pageInfo: PageInfo;
  /** Items across all pages; counted only when selected (总数). */
  totalCount: Scalars['Int']['output'];
};

/** One AuditEntry in a page, with its cursor (列表项). */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Where this item stands in the list: pass it as `after` to continue after it (游标). */
  cursor: Scalars['String']['output'];
  /** The AuditEntry (条目). */
  node: AuditEntry;
};

/** A care record of a left-behind child or elderly person (留守儿童/留守老人) kept by civil affairs. */
export type CareRecord = DepartmentRecord & {
  __typename?: 'CareRecord';
  /** LEFT_BEHIND_CHILD or LEFT_BEHIND_ELDERLY. */
  careType?: Maybe<Scalars['String']['output']>;
  /** Code of the body that owns the record, e.g. COURT. */
  department: Scalars['String']['output'];
  /** Guardian or entrusted carer (监护人/受委托照护人). */
  guardianName?: Maybe<Scalars['String']['output']>;
  /** Phone number of the guardian or entrusted carer (监护人联系电话). */
  guardianPhone?: Maybe<Scalars['String']['output']>;
  /** Last visit by a children's or elderly welfare worker, ISO 8601 date. */
  lastVisitOn?: Maybe<Scalars['String']['output']>;
  /** The welfare worker's notes on the person's situation (走访情况). */
  notes?: Maybe<Scalars['String']['output']>;
  /** Where the person cared for lives (居住地址). */
  personAddress?: Maybe<Scalars['String']['output']>;
  /** Name of the left-behind child or elderly person cared for (关爱对象姓名). */
  personName?: Maybe<Scalars['String']['output']>;
  /** Resident ID number (居民身份证号码). */
  personResidentId?: Maybe<Scalars['String']['output']>;
  /** The record's id in the owner's system. */
  recordId: Scalars['ID']['output'];
  /** The owner's record kind, e.g. CASE_FILING. */
  recordType: Scalars['String']['output'];
};

/** A step of the joint-case workflow (the transition table). */
export type CaseAction =
  /** 申请司法确认 */
  | 'APPLY_JUDICIAL_CONFIRMATION'
  /** 研判 */
  | 'ASSESS'
  /** 分流交办 */
  | 'ASSIGN'
  /** 结案 */
  | 'CLOSE'
  /** 司法确认 (确认有效) */
  | 'CONFIRM_JUDICIALLY'
  /** 延期 (the lead body's CHIEF) */
  | 'EXTEND'
  /** 调解不成 */
  | 'FAIL'
  /** 改派/交接 (to another handler) */
  | 'HAND_OVER'
  /** 达成协议 */
  | 'REACH_AGREEMENT'
  /** 依法导入 / 转办 */
  | 'REFER'
  /** 不予受理 */
  | 'REFUSE'
  /** 驳回司法确认申请 */
  | 'REJECT_JUDICIAL_CONFIRMATION'
  /** 退回 (the lead body returns the case to the centre) */
  | 'RETURN'
  /** 回访 */
  | 'START_FOLLOW_UP'
  /** 开始调解 */
  | 'START_MEDIATION'
  /** 撤回 */
  | 'WITHDRAW';

/** A printable document of a case (.docx, for Word or WPS): its name, MIME type and bytes in base64. */
export type CaseDocumentFile = {
  __typename?: 'CaseDocumentFile';
  /** The file, base64-encoded. */
  contentBase64: Scalars['String']['output'];
  /** application/vnd.openxmlformats-officedocument.wordprocessingml.document */
  contentType: Scalars['String']['output'];
  /** e.g. 人民调解协议书_西北调字〔2026〕第15号.docx */
  filename: Scalars['String']['output'];
};

/** A printable document of a case (.docx). */
export type CaseDocumentKind =
  /** 司法确认申请书 */
  | 'JUDICIAL_CONFIRMATION_APPLICATION'
  /** 人民调解协议书 */
  | 'MEDIATION_AGREEMENT';

/** A party to a joint case, as taken in at the governance centre's window. */
export type CaseParty = {
  __typename?: 'CaseParty';
  /** Address (住址 / 住所地): in full to the centre and the lead body, down to the community for other participating bodies. */
  address?: Maybe<Scalars['String']['output']>;
  /** 委托代理人: the name of whoever acts for the party. */
  agentName?: Maybe<Scalars['String']['output']>;
  /** How the 委托代理人 stands to the party (律师, 近亲属, 单位工作人员). */
  agentRelation?: Maybe<Scalars['String']['output']>;
  /** 出生日期 (YYYY-MM-DD) of a natural person, derived from the resident ID number where there is one. */
  birthDate?: Maybe<Scalars['String']['output']>;
  /** The number of a document other than a resident ID (统一社会信用代码, 通行证, 护照), masked like a resident ID number for the other bodies; a resident ID is in residentId. */
  documentNumber?: Maybe<Scalars['String']['output']>;
  /** 身份证件类型. */
  documentType: IdentityDocumentType;
  /** 推选代表: the party speaks for a group dispute. */
  electedRepresentative: Scalars['Boolean']['output'];
  /** 民族 of a natural person. */
  ethnicity?: Maybe<Scalars['String']['output']>;
  /** 性别 of a natural person (derived from the resident ID number where there is one). */
  gender?: Maybe<Gender>;
  /** The party's id within the hub (当事人编号); obligations of an agreement name the party by it. */
  id: Scalars['ID']['output'];
  /** 当事人类型: 自然人, 法人 or 非法人组织. */
  kind: PartyKind;
  /** 法定代表人 / 主要负责人 of an organisation. */
  legalRepresentative?: Maybe<Scalars['String']['output']>;
  /** Mobile number (联系电话): in full to the centre and the lead body, 138****5678 to other participating bodies. */
  mobile?: Maybe<Scalars['String']['output']>;
  /** The party's name (姓名), or an organisation's registered name (名称). */
  name: Scalars['String']['output'];
  /** Resident ID number (居民身份证号码). */
  residentId?: Maybe<Scalars['String']['output']>;
  /** The party's role in the case: applicant, respondent or related person (当事人身份). */
  role: PartyRole;
  /** The party's role in Chinese (当事人身份名称), e.g. 申请人. */
  roleLabel: Scalars['String']['output'];
};

/** Case statistics for a period (调处率, 调处成功率, …), one row per group and a total. */
export type CaseStatistics = {
  __typename?: 'CaseStatistics';
  /** The start of the period (统计起始时间), inclusive, as asked. */
  from: Scalars['DateTimeISO']['output'];
  /** The moment "now" in the overdue count. */
  generatedAt: Scalars['DateTimeISO']['output'];
  /** How the rows break the cases down (分组方式), as asked. */
  groupBy: StatisticsGrouping;
  /** Most cases first, then by key (code-point order); null key last. */
  rows: Array<CaseStatisticsRow>;
  /** Counts under this are shown as "<5" (see CaseStatisticsRow). */
  smallCellThreshold: Scalars['Int']['output'];
  /** All cases in the period the caller may see. */
  total: CaseStatisticsRow;
  /** The end of the period (统计截止时间), exclusive, as asked. */
  until: Scalars['DateTimeISO']['output'];
};

/** Measures over the cases taken in during the period, as they stand now. Counts that draw on other bodies' records (early warnings, judicial confirmations) are strings: the count itself when 5 or more, "<5" when 0 to 4, and "≥5" when 5 or more but withheld so that the one small cell of its column cannot be computed from the total. */
export type CaseStatisticsRow = {
  __typename?: 'CaseStatisticsRow';
  /** Mean of (agreement_reached_at − created_at) in days over the settled cases, rounded to 2 decimals; null when none settled. */
  averageDaysToSettle?: Maybe<Scalars['Float']['output']>;
  /** 受理数: cases whose created_at lies in [from, until). */
  casesTakenIn: Scalars['Int']['output'];
  /** 预警数: cases with risk level RED or ORANGE. Small-cell rule applies. */
  earlyWarnings: Scalars['String']['output'];
  /** 调处数: cases with an outcome on record (see README, "Statistics"). */
  handled: Scalars['Int']['output'];
  /** 调处率 = handled / casesTakenIn, a fraction 0–1 (unrounded); null when casesTakenIn is 0. */
  handledRate?: Maybe<Scalars['Float']['output']>;
  /** 司法确认数: cases with a confirmation number. Small-cell rule applies. */
  judicialConfirmations: Scalars['String']['output'];
  /** The lead body code, category code or grid name; null for cases with none (and in the total row). */
  key?: Maybe<Scalars['String']['output']>;
  /** What a centre prints for the key (牵头单位 / 纠纷类别 / 网格), or 合计 for the total. */
  label: Scalars['String']['output'];
  /** 超期数: cases with deadline < now that are not CLOSED or WITHDRAWN. */
  overdue: Scalars['Int']['output'];
  /** 调处成功数: cases with agreement_reached_at set. */
  settled: Scalars['Int']['output'];
  /** 调处成功率 = settled / handled, a fraction 0–1 (unrounded); null when handled is 0. */
  successRate?: Maybe<Scalars['Float']['output']>;
};

/** Where a joint case stands (受理 → … → 结案). */
export type CaseStatus =
  /** 达成协议: the handling clock stopped; the follow-up clock runs. */
  | 'AGREEMENT_REACHED'
  /** 研判 */
  | 'ASSESSED'
  /** 分流交办: the handling clock runs. */
  | 'ASSIGNED'
  /** 结案 */
  | 'CLOSED'
  /** 已申请司法确认: the parties applied; the court confirms or rejects. */
  | 'CONFIRMATION_APPLIED'
  /** 调解不成: the handling clock stopped. */
  | 'FAILED'
  /** 回访 recorded: no clock runs until closure. */
  | 'FOLLOW_UP'
  /** 受理 */
  | 'INTAKE'
  /** 调解中: the handling clock runs. */
  | 'IN_MEDIATION'
  /** 司法确认 (确认有效): the follow-up clock runs. */
  | 'JUDICIALLY_CONFIRMED'
  /** 不予受理: refused at intake, with the reason. */
  | 'NOT_ACCEPTED'
  /** 依法导入 (转诉讼 / 仲裁 / 行政复议 / 信访程序): the handling clock stopped; the follow-up clock runs. */
  | 'REFERRED'
  /** 撤回 */
  | 'WITHDRAWN';

/** A community-correction subject (社区矫正对象) supervised by the judicial office. Very sensitive personal information. */
export type CommunityCorrectionSubject = DepartmentRecord & {
  __typename?: 'CommunityCorrectionSubject';
  /** Place of residence during correction. */
  address?: Maybe<Scalars['String']['output']>;
  /** PROBATION, PAROLE, SUSPENDED_SENTENCE or TEMPORARY_OUTSIDE_EXECUTION. */
  correctionType?: Maybe<Scalars['String']['output']>;
  /** Code of the body that owns the record, e.g. COURT. */
  department: Scalars['String']['output'];
  /** ISO 8601 date. */
  endsOn?: Maybe<Scalars['String']['output']>;
  /** Name of the community-correction subject (矫正对象姓名). */
  name?: Maybe<Scalars['String']['output']>;
  /** The record's id in the owner's system. */
  recordId: Scalars['ID']['output'];
  /** The owner's record kind, e.g. CASE_FILING. */
  recordType: Scalars['String']['output'];
  /** Resident ID number (居民身份证号码). */
  residentId?: Maybe<Scalars['String']['output']>;
  /** ISO 8601 date. */
  startedOn?: Maybe<Scalars['String']['output']>;
  /** The judicial-office officer who supervises the subject (矫正负责人). */
  supervisingOfficer?: Maybe<Scalars['String']['output']>;
};

/** The court's ruling confirming the mediation agreement (司法确认裁定). */
export type ConfirmJudiciallyInput = {
  /** 裁定书文号, e.g. （2026）浙0106民特12号 */
  confirmationNumber: Scalars['String']['input'];
  /** ISO 8601 date. */
  confirmedOn: Scalars['String']['input'];
  /** The court's JUDICIAL_CONFIRMATION record of the ruling; linked to the case. */
  courtRecordId?: InputMaybe<Scalars['ID']['input']>;
};

/** A case filing (立案) in the people's tribunal. */
export type CourtCaseFiling = DepartmentRecord & {
  __typename?: 'CourtCaseFiling';
  /** Case number (案号), e.g. (2026)浙0106民初123号. */
  caseNumber?: Maybe<Scalars['String']['output']>;
  /** CIVIL_FIRST_INSTANCE (民初), PRE_LITIGATION_MEDIATION (诉前调) or SPECIAL_PROCEDURE (民特). */
  caseType?: Maybe<Scalars['String']['output']>;
  /** Cause of action (案由). */
  causeOfAction?: Maybe<Scalars['String']['output']>;
  /** A summary of the claims (诉讼请求). */
  claimSummary?: Maybe<Scalars['String']['output']>;
  /** Code of the body that owns the record, e.g. COURT. */
  department: Scalars['String']['output'];
  /** Filing date, ISO 8601 (YYYY-MM-DD). */
  filedOn?: Maybe<Scalars['String']['output']>;
  /** Next hearing, ISO 8601 date-time. */
  nextHearingAt?: Maybe<Scalars['String']['output']>;
  /** The parties to the court case (当事人): plaintiff, defendant, third party. */
  parties?: Maybe<Array<CourtParty>>;
  /** The judge presiding over the case (审判长/承办法官). */
  presidingJudge?: Maybe<Scalars['String']['output']>;
  /** The record's id in the owner's system. */
  recordId: Scalars['ID']['output'];
  /** The owner's record kind, e.g. CASE_FILING. */
  recordType: Scalars['String']['output'];
  /** MEDIATING, FILED, HEARING, JUDGED or CLOSED. */
  stage?: Maybe<Scalars['String']['output']>;
};

/** A judicial confirmation (司法确认) of a mediation agreement, which makes it enforceable. */
export type CourtJudicialConfirmation = DepartmentRecord & {
  __typename?: 'CourtJudicialConfirmation';
  /** A summary of the mediation agreement submitted for confirmation (调解协议内容摘要). */
  agreementSummary?: Maybe<Scalars['String']['output']>;
  /** ISO 8601 date. */
  appliedOn?: Maybe<Scalars['String']['output']>;
  /** Case number of the special procedure, e.g. (2026)浙0106民特12号. */
  caseNumber?: Maybe<Scalars['String']['output']>;
  /** Code of the body that owns the record, e.g. COURT. */
  department: Scalars['String']['output'];
  /** The mediation body whose agreement is confirmed. */
  mediationBody?: Maybe<Scalars['String']['output']>;
  /** The parties to the mediation agreement, who apply together for its confirmation (当事人). */
  parties?: Maybe<Array<CourtParty>>;
  /** The record's id in the owner's system. */
  recordId: Scalars['ID']['output'];
  /** The owner's record kind, e.g. CASE_FILING. */
  recordType: Scalars['String']['output'];
  /** ISO 8601 date. */
  ruledOn?: Maybe<Scalars['String']['output']>;
  /** PENDING, CONFIRMED or REJECTED. */
  ruling?: Maybe<Scalars['String']['output']>;
};

/** A party to a court case, as the court records them. */
export type CourtParty = {
  __typename?: 'CourtParty';
  /** Address as the owner records it (domicile, home or household). */
  address?: Maybe<Scalars['String']['output']>;
  /** The person's name (姓名) as the owner records it. */
  name?: Maybe<Scalars['String']['output']>;
  /** The person's phone number (联系电话) as the owner records it. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Resident ID number (居民身份证号码). */
  residentId?: Maybe<Scalars['String']['output']>;
  /** PLAINTIFF, DEFENDANT or THIRD_PARTY. */
  role?: Maybe<Scalars['String']['output']>;
};

/** A personal-safety protection order (人身安全保护令, case type 民保令) issued by the court under the Anti-Domestic Violence Law (反家庭暴力法 第四章). */
export type CourtProtectionOrder = DepartmentRecord & {
  __typename?: 'CourtProtectionOrder';
  /** The applicant's address as the court holds it. */
  applicantAddress?: Maybe<Scalars['String']['output']>;
  /** The applicant (申请人), the person protected. */
  applicantName?: Maybe<Scalars['String']['output']>;
  /** The applicant's resident ID number (居民身份证号码). */
  applicantResidentId?: Maybe<Scalars['String']['output']>;
  /** Code of the body that owns the record, e.g. COURT. */
  department: Scalars['String']['output'];
  /** Last day in force (有效期至), ISO 8601 date; at most six months after issue (第三十条). */
  effectiveUntil?: Maybe<Scalars['String']['output']>;
  /** Day issued (作出日期), ISO 8601 date; within 72 hours of the application, 24 in an emergency (第二十八条). */
  issuedOn?: Maybe<Scalars['String']['output']>;
  /** The measures ordered (第二十九条: 禁止实施家庭暴力, 禁止骚扰、跟踪、接触, 责令迁出住所, …). */
  measures?: Maybe<Scalars['String']['output']>;
  /** Order number, e.g. （2026）浙0106民保令1号. */
  orderNumber?: Maybe<Scalars['String']['output']>;
  /** The record's id in the owner's system. */
  recordId: Scalars['ID']['output'];
  /** The owner's record kind, e.g. CASE_FILING. */
  recordType: Scalars['String']['output'];
  /** The respondent (被申请人). */
  respondentName?: Maybe<Scalars['String']['output']>;
  /** The respondent's resident ID number (居民身份证号码). */
  respondentResidentId?: Maybe<Scalars['String']['output']>;
  /** Status: EFFECTIVE 生效中, EXPIRED 已届满 or REVOKED 已撤销. */
  status?: Maybe<Scalars['String']['output']>;
};

/** A body the hub serves, with the kinds of record it owns. */
export type Department = {
  __typename?: 'Department';
  /** The body's code (部门代码), as record references and agreements name it, e.g. police. */
  code: Scalars['String']['output'];
  /** The body's name to show (部门名称), e.g. 派出所 (police station). */
  displayName: Scalars['String']['output'];
  /** The body's short Chinese name (部门简称), e.g. 派出所: the label screens show; a body the hub has no label for is named by its displayName. */
  label: Scalars['String']['output'];
  /** The GraphQL type names of the record kinds the body owns (记录类型), e.g. PoliceIncident. */
  recordTypes: Array<Scalars['String']['output']>;
};

/** A record read live from the owning body's own database. Never stored in the hub. */
export type DepartmentRecord = {
  /** Code of the body that owns the record, e.g. COURT. */
  department: Scalars['String']['output'];
  /** The record's id in the owner's system. */
  recordId: Scalars['ID']['output'];
  /** The owner's record kind, e.g. CASE_FILING. */
  recordType: Scalars['String']['output'];
};

/** A page of DepartmentRecord items (分页列表). */
export type DepartmentRecordConnection = {
  __typename?: 'DepartmentRecordConnection';
  /** The items of this page, in the list's order (本页条目). */
  edges: Array<DepartmentRecordEdge>;
  /** Whether more pages follow, and the cursors (分页信息). */
  pageInfo: PageInfo;
  /** Items across all pages; counted only when selected (总数). */
  totalCount: Scalars['Int']['output'];
};

/** One DepartmentRecord in a page, with its cursor (列表项). */
export type DepartmentRecordEdge = {
  __typename?: 'DepartmentRecordEdge';
  /** How each field of the record reaches the caller (字段访问情况): GRANTED, MASKED (with its mask) or DENIED (with the reason) — the decisions the audit records for this look, as on a linked record. */
  access: Array<RecordFieldAccess>;
  /** Where this item stands in the list: pass it as `after` to continue after it (游标). */
  cursor: Scalars['String']['output'];
  /** The DepartmentRecord (条目). */
  node: DepartmentRecord;
};

/** 矛盾纠纷类别 (the Chinese label a centre prints is in the labels module and the README). */
export type DisputeCategory =
  /** 消费纠纷 */
  | 'CONSUMER'
  /** 合同纠纷 */
  | 'CONTRACT'
  /** 损害赔偿 */
  | 'DAMAGES'
  /** 家庭暴力 */
  | 'DOMESTIC_VIOLENCE'
  /** 婚姻家庭 */
  | 'FAMILY_MARRIAGE'
  /** 山林土地 */
  | 'FOREST_LAND'
  /** 房屋宅基地 */
  | 'LAND_HOUSING'
  /** 征地拆迁 */
  | 'LAND_REQUISITION'
  /** 医疗纠纷 */
  | 'MEDICAL'
  /** 邻里纠纷 */
  | 'NEIGHBOUR'
  /** 其他 */
  | 'OTHER'
  /** 民间借贷 */
  | 'PRIVATE_LENDING'
  /** 物业纠纷 */
  | 'PROPERTY_MANAGEMENT'
  /** 道路交通事故 */
  | 'ROAD_TRAFFIC'
  /** 劳动争议/欠薪 */
  | 'WAGES';

/** A new data-sharing agreement to draft (起草数据共享协议); it grants nothing until both chiefs approve. */
export type DraftAgreementInput = {
  /** The code of the body that may read them (使用方). */
  consumer: Scalars['String']['input'];
  /** The consumer's roles the agreement grants to (授权角色); never ADMIN or AUDITOR. */
  consumerRoles: Array<Role>;
  /** Per record kind of the provider, the fields to grant and their masks (授权字段). */
  grants: Array<RecordTypeGrantInput>;
  /** The code of the body whose records are shared (提供方), e.g. police. */
  provider: Scalars['String']['input'];
  /** The one purpose the agreement grants reading for (查阅目的). */
  purpose: Purpose;
  /** Which of the provider's records the agreement reaches (协议范围). */
  scope: AgreementScope;
  /** The agreement's title (协议名称). */
  title: Scalars['String']['input'];
  /** The start of the validity period (生效日期). */
  validFrom: Scalars['DateTimeISO']['input'];
  /** The end of the validity period (失效日期). */
  validUntil: Scalars['DateTimeISO']['input'];
};

/** A domestic-violence case's safeguards (家暴案件安全保障): assessment, measures, referrals, mandatory report. */
export type DvSafeguards = {
  __typename?: 'DvSafeguards';
  /** When the safety assessment was made (安全评估时间). */
  assessedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who made the safety assessment. */
  assessedBy?: Maybe<Scalars['String']['output']>;
  /** That person's body (the women's federation or the police). */
  assessedByDepartment?: Maybe<Scalars['String']['output']>;
  /** To whom the mandatory report was made (强制报告对象, e.g. 派出所). */
  mandatoryReportTo?: Maybe<Scalars['String']['output']>;
  /** When the mandatory report was made (强制报告时间). */
  mandatoryReportedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the safety measures were recorded. */
  measuresRecordedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the victim was referred to the court for a personal-safety protection order (人身安全保护令, 民保令). */
  protectionOrderReferredAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The risk of further violence the assessment found. */
  riskOfHarm?: Maybe<RiskOfHarm>;
  /** The safety assessment (安全评估), free text; contacts masked as for the case's own text. */
  safetyAssessment?: Maybe<Scalars['String']['output']>;
  /** The safety measures (安全保障措施) an outcome must record; free text, contacts masked as for the case's own text. */
  safetyMeasures?: Maybe<Scalars['String']['output']>;
  /** The shelter referred to (庇护所), free text; contacts masked as for the case's own text. */
  shelter?: Maybe<Scalars['String']['output']>;
  /** When the victim was referred to a shelter (庇护转介). */
  shelterReferredAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** An early warning (预警) of a joint case and its handling: raised → acknowledged → handled → cleared (销号). */
export type EarlyWarning = {
  __typename?: 'EarlyWarning';
  /** When it was acknowledged (签收时间). */
  acknowledgedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who acknowledged it (签收人). */
  acknowledgedBy?: Maybe<Scalars['String']['output']>;
  /** The body of whoever acknowledged it. */
  acknowledgedByDepartment?: Maybe<Scalars['String']['output']>;
  /** Why it was cleared (销号理由); free text, contacts masked as for the case's own text. */
  clearReason?: Maybe<Scalars['String']['output']>;
  /** When the warning was cleared (销号时间). */
  clearedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who cleared it. */
  clearedBy?: Maybe<Scalars['String']['output']>;
  /** When the centre reported it to the county (上报县级综治中心). */
  escalatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who reported it to the county. */
  escalatedBy?: Maybe<Scalars['String']['output']>;
  /** What the county was told (上报说明); free text, contacts masked as for the case's own text. */
  escalationNote?: Maybe<Scalars['String']['output']>;
  /** When the measures were recorded. */
  handledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who recorded the measures. */
  handledBy?: Maybe<Scalars['String']['output']>;
  /** The warning's id (预警编号). */
  id: Scalars['ID']['output'];
  /** The joint case warned of. */
  jointCaseId: Scalars['ID']['output'];
  /** The level the warning was raised at, or the highest it reached while open. */
  level: RiskLevel;
  /** The warning level in Chinese (预警等级名称), e.g. 红色. */
  levelLabel: Scalars['String']['output'];
  /** Measures taken to keep the situation stable (稳控措施); free text, contacts masked as for the case's own text. */
  measures?: Maybe<Scalars['String']['output']>;
  /** Minutes from raised to acknowledged (签收用时); null until acknowledged. */
  minutesToAcknowledge?: Maybe<Scalars['Float']['output']>;
  /** When the warning was raised (预警时间). */
  raisedAt: Scalars['DateTimeISO']['output'];
  /** Where the warning stands in its handling (预警状态): raised, acknowledged, handled or cleared (销号). */
  status: WarningStatus;
  /** The warning's handling status in Chinese (预警状态名称), e.g. 已签收. */
  statusLabel: Scalars['String']['output'];
  /** Version of the warning, for expectedVersion. */
  version: Scalars['Int']['output'];
};

/** The Chinese label (中文名称) of one enum value, as screens and printouts show it. */
export type EnumValueLabel = {
  __typename?: 'EnumValueLabel';
  /** The enum's GraphQL name, e.g. CaseStatus (枚举名). */
  enum: Scalars['String']['output'];
  /** Its Chinese label, e.g. 调解中 (中文名称). */
  label: Scalars['String']['output'];
  /** The value, e.g. IN_MEDIATION (枚举值). */
  value: Scalars['String']['output'];
};

/** 延期: a new deadline and why, approved by the lead body's CHIEF. */
export type ExtendDeadlineInput = {
  /** The new deadline, later than the current one. */
  newDeadline: Scalars['DateTimeISO']['input'];
  /** Why more time is needed. */
  reason: Scalars['String']['input'];
};

/** How a field of a body's record reached the caller (字段访问决定). */
export type FieldAccessDecision =
  /** Not shown: selecting it gives null and FORBIDDEN_BY_AGREEMENT; `reason` says why (已拒绝). */
  | 'DENIED'
  /** Shown as the owner holds it (已授权). */
  | 'GRANTED'
  /** Shown masked, as `mask` says (已脱敏). */
  | 'MASKED';

/** What an agreement does with one field. */
export type FieldExposure = {
  __typename?: 'FieldExposure';
  /** GRANTED, MASKED or DENIED. */
  decision: Scalars['String']['output'];
  /** Field path; fields of list items as `parties.name` (字段路径). */
  field: Scalars['String']['output'];
  /** The mask applied when the field is MASKED (脱敏方式); null when granted as held or denied. */
  mask?: Maybe<Mask>;
  /** The provider's record kind the field belongs to (记录类型). */
  recordType: Scalars['String']['output'];
};

/** One field to grant in a draft agreement, and how to mask it (授权字段). */
export type FieldGrantInput = {
  /** Field path of the record kind; fields of list items as `parties.name` (字段路径). */
  field: Scalars['String']['input'];
  /** How the consuming body sees the field (脱敏方式); NONE unless given. */
  mask?: Mask;
};

/** One field the agreement grants, and how it is shown. */
export type FieldGrantType = {
  __typename?: 'FieldGrantType';
  /** Field path; fields of list items as `parties.name`. */
  field: Scalars['String']['output'];
  /** How the consuming body sees this field (脱敏方式); NONE shows it as the provider holds it. */
  mask: Mask;
};

/** What the follow-up (回访) found. */
export type FollowUpFindingsInput = {
  /** 履行状态 of the agreement. */
  performanceStatus?: InputMaybe<PerformanceStatus>;
  /** 回访满意度. */
  satisfaction?: InputMaybe<Satisfaction>;
};

/** 性别. */
export type Gender =
  /** 女 */
  | 'FEMALE'
  /** 男 */
  | 'MALE';

/** A dispute screening entry (矛盾纠纷排查) recorded by a grid worker (网格员) of the security committee. */
export type GridScreeningEntry = DepartmentRecord & {
  __typename?: 'GridScreeningEntry';
  /** Code of the body that owns the record, e.g. COURT. */
  department: Scalars['String']['output'];
  /** Dispute type as the ledger names it, e.g. 邻里纠纷. */
  disputeType?: Maybe<Scalars['String']['output']>;
  /** Ledger entry number, e.g. PC-20260315-00012. */
  entryNumber?: Maybe<Scalars['String']['output']>;
  /** The grid (网格) the entry was found in. */
  grid?: Maybe<Scalars['String']['output']>;
  /** The grid worker who recorded the entry (网格员). */
  gridWorker?: Maybe<Scalars['String']['output']>;
  /** Free-text description of the parties. */
  partiesDescription?: Maybe<Scalars['String']['output']>;
  /** The people the entry names (涉及人员). */
  persons?: Maybe<Array<ScreenedPerson>>;
  /** The record's id in the owner's system. */
  recordId: Scalars['ID']['output'];
  /** The owner's record kind, e.g. CASE_FILING. */
  recordType: Scalars['String']['output'];
  /** The grid worker's note on the risk of escalation. */
  riskNote?: Maybe<Scalars['String']['output']>;
  /** ISO 8601 date. */
  screenedOn?: Maybe<Scalars['String']['output']>;
  /** REPORTED, RESOLVED_LOCALLY or ESCALATED. */
  status?: Maybe<Scalars['String']['output']>;
};

/** A household visit (走访) by a grid worker of the security committee. */
export type GridVisitLog = DepartmentRecord & {
  __typename?: 'GridVisitLog';
  /** Code of the body that owns the record, e.g. COURT. */
  department: Scalars['String']['output'];
  /** The grid (网格) the household belongs to. */
  grid?: Maybe<Scalars['String']['output']>;
  /** The grid worker who made the visit (网格员). */
  gridWorker?: Maybe<Scalars['String']['output']>;
  /** The address of the household visited (走访住户地址). */
  householdAddress?: Maybe<Scalars['String']['output']>;
  /** What the grid worker noted at the visit (走访情况). */
  notes?: Maybe<Scalars['String']['output']>;
  /** The person met at the visit (走访对象姓名). */
  personName?: Maybe<Scalars['String']['output']>;
  /** Resident ID number (居民身份证号码). */
  personResidentId?: Maybe<Scalars['String']['output']>;
  /** The record's id in the owner's system. */
  recordId: Scalars['ID']['output'];
  /** The owner's record kind, e.g. CASE_FILING. */
  recordType: Scalars['String']['output'];
  /** ISO 8601 date. */
  visitedOn?: Maybe<Scalars['String']['output']>;
};

/** 改派/交接: the new handler of the lead body and why. */
export type HandOverInput = {
  /** The new handler, a user of the lead body. */
  handler: Scalars['String']['input'];
  /** Why the case changes hands. */
  reason: Scalars['String']['input'];
};

/** A dispute handed over to joint mediation by the body that holds it (对接). */
export type HandOverToMediationInput = {
  /** The dispute as the joint case takes it in; its channel and source record are set by the hand-over. */
  dispute: OpenJointCaseInput;
  /** The mediator the court invites (特邀调解员), for 诉调对接. */
  invitedMediator?: InputMaybe<Scalars['String']['input']>;
  /** Which hand-over it is (对接类型): 诉调对接, 警调对接 or 访调对接; it sets the record kind and the case's source channel. */
  kind: HandoverKind;
  /** The delegation number, required for 诉调对接, e.g. （2026）浙0106民诉前调123号. */
  referenceNumber?: InputMaybe<Scalars['String']['input']>;
  /** The id of the sender's own record handed over (a court CASE_FILING, a police INCIDENT, a PETITION_MATTER). */
  sourceRecordId: Scalars['ID']['input'];
};

/** The open cases of one handler (首办责任人), for supervision (督查督办). */
export type HandlerWorkload = {
  __typename?: 'HandlerWorkload';
  /** The body the handler acts for. */
  department?: Maybe<Scalars['String']['output']>;
  /** The handler's user id (首办责任人). */
  handler: Scalars['String']['output'];
  /** Cases of this handler that are not CLOSED or WITHDRAWN. */
  openCases: Scalars['Int']['output'];
  /** Of those, the ones past their deadline. */
  overdueCases: Scalars['Int']['output'];
};

/** A dispute the caller's body handed over to joint mediation, with the case's state and every outcome returned. */
export type Handover = {
  __typename?: 'Handover';
  /** The case number of the joint case. */
  caseNumber?: Maybe<Scalars['String']['output']>;
  /** Where the joint case stands now. */
  caseStatus: CaseStatus;
  /** When the delegated mediation is due (30 days for 诉调对接). */
  dueAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Every outcome returned, oldest first. */
  feedback: Array<HandoverFeedback>;
  /** When the dispute was handed over (移交时间). */
  handedOverAt: Scalars['DateTimeISO']['output'];
  /** The user id of whoever handed it over (移交人). */
  handedOverBy: Scalars['String']['output'];
  /** The hand-over's id (对接编号). */
  id: Scalars['ID']['output'];
  /** The invited mediator (特邀调解员) for 诉调对接. */
  invitedMediator?: Maybe<Scalars['String']['output']>;
  /** The joint case it became. */
  jointCaseId: Scalars['ID']['output'];
  /** Which hand-over it was (对接类型): 诉调对接, 警调对接 or 访调对接. */
  kind: HandoverKind;
  /** When the petitions body decided. */
  petitionDecidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 访调对接: whether the petitions body marked the petition matter 化解 (resolved); null until it decides. */
  petitionResolved?: Maybe<Scalars['Boolean']['output']>;
  /** The delegation number (诉前调 number) for 诉调对接. */
  referenceNumber?: Maybe<Scalars['String']['output']>;
  /** The body that handed it over (and alone reads this record). */
  senderDepartment: Scalars['String']['output'];
  /** The sender's record handed over. */
  sourceRecordId: Scalars['ID']['output'];
  /** The sender's record kind handed over. */
  sourceRecordType: Scalars['String']['output'];
};

/** One outcome of a handed-over case, returned to the sender (反馈); owned by the sender in the hub. */
export type HandoverFeedback = {
  __typename?: 'HandoverFeedback';
  /** When the mediation agreement was reached. */
  agreementReachedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The case status the outcome was reached in. */
  caseStatus: CaseStatus;
  /** The judicial confirmation ruling number (司法确认). */
  confirmationNumber?: Maybe<Scalars['String']['output']>;
  /** Why mediation failed (调解不成原因), free text; contacts masked as for the case's own text. */
  failureReason?: Maybe<Scalars['String']['output']>;
  /** The feedback's id (反馈编号). */
  id: Scalars['ID']['output'];
  /** What came of the case (反馈结果): settled, confirmed, not settled, referred or withdrawn. */
  outcome: HandoverOutcome;
  /** When the outcome was returned. */
  recordedAt: Scalars['DateTimeISO']['output'];
  /** Who reached the outcome. */
  recordedBy: Scalars['String']['output'];
  /** The body of whoever reached the outcome. */
  recordedByDepartment: Scalars['String']['output'];
  /** Where the case was referred (LITIGATION is 转立案). */
  referralChannel?: Maybe<Scalars['String']['output']>;
};

/** A hand-over to joint mediation (对接). */
export type HandoverKind =
  /** 诉调对接: the court delegates a dispute before filing (委派调解 / 诉前调解). */
  | 'COURT_PRE_LITIGATION'
  /** 访调对接: the petitions body refers a petition matter (信访事项) to mediation. */
  | 'PETITION_MATTER'
  /** 警调对接: the police station hands a 110 incident to mediation (移交调解). */
  | 'POLICE_INCIDENT';

/** An outcome of a handed-over case returned to the sender (反馈). */
export type HandoverOutcome =
  /** 结案: the case was closed after follow-up. */
  | 'CLOSED'
  /** 司法确认: the agreement was confirmed by the court. */
  | 'JUDICIALLY_CONFIRMED'
  /** 调解不成功: mediation failed (for a court delegation, back to filing 转立案). */
  | 'NOT_SETTLED'
  /** 转其他渠道: referred to litigation or another channel. */
  | 'REFERRED'
  /** 调解成功: a mediation agreement was reached. */
  | 'SETTLED'
  /** 撤回: the case was withdrawn. */
  | 'WITHDRAWN';

/** 身份证件类型: the document a party is identified by; each number is checked by its own rule. */
export type IdentityDocumentType =
  /** 外国人永久居留身份证: 3 letters and 12 digits, or 18 digits starting with 9 (checked as GB 11643). */
  | 'FOREIGNER_PERMANENT_RESIDENCE_ID'
  /** 港澳居民来往内地通行证: H or M and 8 digits (10 on older cards). */
  | 'HK_MACAO_PERMIT'
  /** 护照: 5 to 17 letters and digits. */
  | 'PASSPORT'
  /** 居民身份证 (GB 11643, ISO 7064 MOD 11-2 check character). */
  | 'RESIDENT_ID'
  /** 台湾居民来往大陆通行证: 8 digits. */
  | 'TAIWAN_PERMIT'
  /** 统一社会信用代码 (GB 32100, 18 characters, MOD 31 check character): an organisation. */
  | 'UNIFIED_SOCIAL_CREDIT_CODE';

/** A party as the centre takes them in (当事人): a natural person, a 法人 or a 非法人组织, identified by one document. */
export type IntakePartyInput = {
  /** 住址 (a natural person) or 住所地 (an organisation). */
  address?: InputMaybe<Scalars['String']['input']>;
  /** 委托代理人: who acts for the party. */
  agentName?: InputMaybe<Scalars['String']['input']>;
  /** How the 委托代理人 stands to the party (律师, 近亲属, 单位工作人员). */
  agentRelation?: InputMaybe<Scalars['String']['input']>;
  /** 出生日期 (YYYY-MM-DD) of a natural person; derived from a resident ID number. */
  birthDate?: InputMaybe<Scalars['String']['input']>;
  /** The document number, checked by the rule of its type (BAD_USER_INPUT names the problem). */
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  /** 身份证件类型; RESIDENT_ID when residentId is given, else required with documentNumber. */
  documentType?: InputMaybe<IdentityDocumentType>;
  /** 推选代表: the party speaks for a group dispute. */
  electedRepresentative?: Scalars['Boolean']['input'];
  /** 民族 of a natural person, e.g. 汉族. */
  ethnicity?: InputMaybe<Scalars['String']['input']>;
  /** 性别 of a natural person; derived from a resident ID number (a different value is refused). */
  gender?: InputMaybe<Gender>;
  /** 当事人类型; an organisation is identified by its 统一社会信用代码. */
  kind?: PartyKind;
  /** 法定代表人 / 主要负责人: required for an organisation. */
  legalRepresentative?: InputMaybe<Scalars['String']['input']>;
  /** Mainland mobile number, 11 digits (联系方式). */
  mobile?: InputMaybe<Scalars['String']['input']>;
  /** The name (姓名), or an organisation's registered name (名称). */
  name: Scalars['String']['input'];
  /** Resident ID number (居民身份证号码), checked; the same as documentType RESIDENT_ID with documentNumber. */
  residentId?: InputMaybe<Scalars['String']['input']>;
  /** The party's role in the case: applicant, respondent or related person (当事人身份). */
  role: PartyRole;
};

/** A joint mediation case (联合调解案件) owned by the governance centre. */
export type JointCase = {
  __typename?: 'JointCase';
  /** When the mediation agreement was reached (达成协议时间). */
  agreementReachedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Terms of the mediation agreement (调解协议). Free text; shown in full to the centre and the lead body, with contact details masked to the other bodies and whenever a party is protected. */
  agreementTerms?: Maybe<Scalars['String']['output']>;
  /** When the risk was last assessed (研判时间); null until assessed. */
  assessedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 研判意见. Free text, governed like the case's description (contacts masked for the other bodies and whenever a party is protected). */
  assessmentOpinion?: Maybe<Scalars['String']['output']>;
  /** The workflow steps (可办理操作) the caller may take on the case now: those its status allows and the transition table grants the caller's body and role. A screen offers only these. */
  availableActions: Array<CaseAction>;
  /** Care markers (关爱/帮扶): why a party needs care or help in mediation (低保, 特困, 高龄, 未成年). They never raise the level; drawn from bodies' records like the reasons, and shown as far as agreements allow. */
  careMarkers: Array<RiskReason>;
  /** Case number, e.g. (2026)西湖联调0001号. */
  caseNumber: Scalars['String']['output'];
  /** The kind of dispute (矛盾纠纷类别). */
  category: DisputeCategory;
  /** The dispute category in Chinese (纠纷类别名称), e.g. 邻里纠纷. */
  categoryLabel: Scalars['String']['output'];
  /** The source channel in Chinese (来源渠道名称), e.g. 110移交; the label of sourceChannel. */
  channelLabel: Scalars['String']['output'];
  /** When the case ended (结案时间): closed, withdrawn or refused. */
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The community (社区) where the dispute arose. */
  community?: Maybe<Scalars['String']['output']>;
  /** Number of the judicial confirmation ruling (司法确认). */
  confirmationNumber?: Maybe<Scalars['String']['output']>;
  /** ISO 8601 date. */
  confirmedOn?: Maybe<Scalars['String']['output']>;
  /** 当事人自愿调解 (人民调解法 第三条), recorded at intake. */
  consentToMediate: Scalars['Boolean']['output'];
  /** When the centre took the case in (登记时间). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The handling deadline (办理期限), set at assignment (by category unless given) and moved by an extension. */
  deadline?: Maybe<Scalars['DateTimeISO']['output']>;
  /** What the dispute is about. Free text; shown in full to the centre and the lead body, with contact details masked to the other bodies and whenever a party is protected. */
  description?: Maybe<Scalars['String']['output']>;
  /** The domestic-violence path's safeguards (家暴), null when none were recorded. */
  dvSafeguards?: Maybe<DvSafeguards>;
  /** 延期: how many times the deadline was extended. */
  extensionCount: Scalars['Int']['output'];
  /** Why mediation failed (调解不成). Free text; shown in full to the centre and the lead body, with contact details masked to the other bodies and whenever a party is protected. */
  failureReason?: Maybe<Scalars['String']['output']>;
  /** 回访期限: the follow-up is due by then; set at an outcome (agreement or referral), 30 days on. */
  followUpDeadline?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The follow-up (回访) note. Free text; shown in full to the centre and the lead body, with contact details masked to the other bodies and whenever a party is protected. */
  followUpNote?: Maybe<Scalars['String']['output']>;
  /** The grid (网格) where the dispute arose. */
  grid?: Maybe<Scalars['String']['output']>;
  /** The first handler (首办负责制), responsible to the end. */
  handler?: Maybe<Scalars['String']['output']>;
  /** The body of the first handler (承办部门), the lead body at assignment. */
  handlerDepartment?: Maybe<Scalars['String']['output']>;
  /** When the handling clock (办理期限) stopped: the outcome, referral or withdrawal. */
  handlingStoppedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The case's id in the hub (案件编号), used as the id argument of every workflow step. */
  id: Scalars['ID']['output'];
  /** 司法确认 申请日期 (YYYY-MM-DD). */
  judicialConfirmationAppliedOn?: Maybe<Scalars['String']['output']>;
  /** The court's JUDICIAL_CONFIRMATION record (id) the ruling is. */
  judicialConfirmationRecordId?: Maybe<Scalars['String']['output']>;
  /** Why the court rejected the 司法确认 application. Free text, governed like the case's description (contacts masked for the other bodies and whenever a party is protected). */
  judicialConfirmationRejectionReason?: Maybe<Scalars['String']['output']>;
  /** 司法确认 status: APPLIED, CONFIRMED or REJECTED. */
  judicialConfirmationStatus?: Maybe<JudicialConfirmationStatus>;
  /** The body that leads the mediation (牵头部门), named at assignment; null before. */
  leadDepartment?: Maybe<Scalars['String']['output']>;
  /** The lead body in Chinese (牵头部门名称), e.g. 司法所; null before assignment. */
  leadDepartmentLabel?: Maybe<Scalars['String']['output']>;
  /** Department records linked to this case that the caller may know of (its own, or kinds an agreement grants it). */
  linkedRecords: LinkedRecordConnection;
  /** 研判 by hand: a level set at assessment with its reason, kept apart from the rules' level (riskLevel). */
  manualRiskLevel?: Maybe<RiskLevel>;
  /** Why the level was set by hand at 研判. Free text, governed like the case's description (contacts masked for the other bodies and whenever a party is protected). */
  manualRiskLevelReason?: Maybe<Scalars['String']['output']>;
  /** The structured mediation agreement (人民调解协议书); null when none was recorded. */
  mediationAgreement?: Maybe<MediationAgreement>;
  /** When the dispute arose (发生时间). */
  occurredAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 超期: the running clock is past its deadline — 办理期限 (deadline) while ASSIGNED or IN_MEDIATION, 回访期限 (followUpDeadline) from an outcome until the follow-up is recorded. The one definition shared with the ledger, overdueCases, handlerWorkload and the statistics (README, "The clock"). */
  overdue: Scalars['Boolean']['output'];
  /** The bodies taking part in the case (参与部门): the 3 + N, the lead body included once assigned. */
  participatingDepartments: Array<Scalars['String']['output']>;
  /** The parties, each particular shown as the caller's standing in the case allows (README, "The hub's own data"). */
  parties: Array<CaseParty>;
  /** How many people the dispute involves (涉及人数). */
  peopleInvolved: Scalars['Int']['output'];
  /** Where the dispute arose, treated as an address: in full to the centre and the lead body, to the community for the other bodies, withheld when a party is protected. */
  place?: Maybe<Scalars['String']['output']>;
  /** Where the dispute was referred (依法导入渠道); null unless referred. */
  referralChannel?: Maybe<ReferralChannel>;
  /** 依法导入: why the dispute went to its channel. Free text, governed like the case's description (contacts masked for the other bodies and whenever a party is protected). */
  referralReason?: Maybe<Scalars['String']['output']>;
  /** The court filing a litigation referral became (COURT CASE_FILING id). */
  referralRecordId?: Maybe<Scalars['String']['output']>;
  /** 不予受理: why the case was refused. Free text, governed like the case's description (contacts masked for the other bodies and whenever a party is protected). */
  refusalReason?: Maybe<Scalars['String']['output']>;
  /** Early-warning level; null until assessed. */
  riskLevel?: Maybe<RiskLevel>;
  /** The risk level in Chinese (预警等级名称), e.g. 红色; null while the case is not assessed. */
  riskLevelLabel?: Maybe<Scalars['String']['output']>;
  /** Why the case has its level. A reason drawn from a body's records is shown only as far as an agreement grants the caller what it reveals, and each look is audited. */
  riskReasons: Array<RiskReason>;
  /** Bodies that were unavailable at the last assessment: the reasons may be incomplete. */
  riskUnavailableSources: Array<Scalars['String']['output']>;
  /** 回访满意度 recorded at follow-up: 满意 / 基本满意 / 不满意. */
  satisfaction?: Maybe<Satisfaction>;
  /** The joint sessions held on the case (联合调解会议), oldest first. */
  sessions: Array<JointSession>;
  /** How the dispute reached the centre (来源渠道). */
  sourceChannel: SourceChannel;
  /** Where the case stands in the workflow (案件状态). */
  status: CaseStatus;
  /** The status in Chinese (状态名称), e.g. 调解中. */
  statusLabel: Scalars['String']['output'];
  /** Every step of the case, oldest first. */
  timeline: Array<TimelineEntry>;
  /** The case's title. Free text; shown in full to the centre and the lead body, with contact details masked to the other bodies and whenever a party is protected. */
  title: Scalars['String']['output'];
  /** How urgent the dispute is (紧急程度); URGENT raises the risk level. */
  urgency: Urgency;
  /** The urgency in Chinese (紧急程度名称), e.g. 紧急. */
  urgencyLabel: Scalars['String']['output'];
  /** Changes with every step; pass it as expectedVersion to detect a concurrent change. */
  version: Scalars['Int']['output'];
  /** The case's early warning (预警): the open one, or else the last cleared; null when it was never warned of. */
  warning?: Maybe<EarlyWarning>;
  /** Per body, how many linked records the caller may not know of. */
  withheldLinkedRecords: Array<WithheldLinkedRecords>;
};


/** A joint mediation case (联合调解案件) owned by the governance centre. */
export type JointCaseLinkedRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** A page of JointCase items (分页列表). */
export type JointCaseConnection = {
  __typename?: 'JointCaseConnection';
  /** The items of this page, in the list's order (本页条目). */
  edges: Array<JointCaseEdge>;
  /** Whether more pages follow, and the cursors (分页信息). */
  pageInfo: PageInfo;
  /** Items across all pages; counted only when selected (总数). */
  totalCount: Scalars['Int']['output'];
};

/** One JointCase in a page, with its cursor (列表项). */
export type JointCaseEdge = {
  __typename?: 'JointCaseEdge';
  /** Where this item stands in the list: pass it as `after` to continue after it (游标). */
  cursor: Scalars['String']['output'];
  /** The JointCase (条目). */
  node: JointCase;
};

/** Which joint cases a work list shows (筛选条件); every condition given must hold. */
export type JointCaseFilter = {
  /** Any of these dispute categories (纠纷类别). */
  category?: InputMaybe<Array<DisputeCategory>>;
  /** Deadline before this instant (期限止). */
  deadlineBefore?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Deadline at or after this instant (期限起). */
  deadlineFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** The named handler (首办负责人), exactly. */
  handler?: InputMaybe<Scalars['String']['input']>;
  /** Taken in before this instant (受理时间止). */
  intakeBefore?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Taken in at or after this instant (受理时间起). */
  intakeFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** The lead body (牵头单位), by body code. */
  leadDepartment?: InputMaybe<Scalars['String']['input']>;
  /** true: only overdue cases (超期: open, past the deadline); false: only cases not overdue. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** A body taking part (参与单位), by body code. */
  participatingDepartment?: InputMaybe<Scalars['String']['input']>;
  /** Any of these early-warning levels (预警等级). */
  riskLevel?: InputMaybe<Array<RiskLevel>>;
  /** Search (检索), 2 to 50 characters: part of the case number, or part of a party's name in cases where the caller sees parties' names in full (the centre, the lead body). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Any of these intake channels (来源渠道). */
  sourceChannel?: InputMaybe<Array<SourceChannel>>;
  /** Any of these statuses (案件状态). */
  status?: InputMaybe<Array<CaseStatus>>;
  /** true: only cases not yet assessed (未研判); false: only assessed ones. */
  unassessed?: InputMaybe<Scalars['Boolean']['input']>;
};

/** How to sort joint cases (排序); ties are broken by id so pages never overlap. */
export type JointCaseOrder = {
  /** The direction (排序方向); default DESC. */
  direction?: SortDirection;
  /** The sort key (排序字段). */
  field: JointCaseOrderField;
};

/** What the list of joint cases is sorted by (排序字段). */
export type JointCaseOrderField =
  /** The case number (案件编号). */
  | 'CASE_NUMBER'
  /** The handling deadline (办理期限); cases without one come last in ascending order. */
  | 'DEADLINE'
  /** When the case was taken in (受理时间). */
  | 'INTAKE_DATE'
  /** The early-warning level (预警等级), RED highest; unassessed cases lowest. */
  | 'RISK_LEVEL';

/** The outcome of a workflow step (流程操作结果): the case as it now stands, or a TransitionError saying why the step was refused. */
export type JointCaseTransitionResult = JointCase | TransitionError;

/** A joint mediation session (联合调解 / 三长会商). */
export type JointSession = {
  __typename?: 'JointSession';
  /** Who attended, by body (参会人员). */
  attendees: Array<SessionAttendee>;
  /** When the session was held (召开时间). */
  heldAt: Scalars['DateTimeISO']['output'];
  /** The session's id (会议编号). */
  id: Scalars['ID']['output'];
  /** The minutes (笔录); free text, governed like the case's description. */
  minutes: Scalars['String']['output'];
  /** What the session reached; free text, governed like the case's description. */
  outcome?: Maybe<Scalars['String']['output']>;
  /** Where the session was held; free text, governed like the case's description. */
  place: Scalars['String']['output'];
  /** The user id of whoever recorded the session (记录人). */
  recordedBy: Scalars['String']['output'];
  /** The kind of session (三长会商, 联合调解, 背靠背调解, 听证评理). */
  sessionType: SessionType;
};

/** 司法确认 as steps: APPLIED, then CONFIRMED or REJECTED by the court. */
export type JudicialConfirmationStatus =
  /** 已申请: both parties applied (申请日期 recorded). */
  | 'APPLIED'
  /** 确认有效: the court's ruling (裁定书文号). */
  | 'CONFIRMED'
  /** 驳回申请: the court refused, with its reason. */
  | 'REJECTED';

/** A labour and personnel dispute arbitration case (劳动人事争议仲裁案件) of the arbitration commission (劳动人事争议仲裁委员会). */
export type LabourArbitrationCase = DepartmentRecord & {
  __typename?: 'LabourArbitrationCase';
  /** The applicant (申请人), a worker. */
  applicantName?: Maybe<Scalars['String']['output']>;
  /** The applicant's mobile number. */
  applicantPhone?: Maybe<Scalars['String']['output']>;
  /** The applicant's resident ID number (居民身份证号码). */
  applicantResidentId?: Maybe<Scalars['String']['output']>;
  /** Case number (案号), e.g. 杭劳人仲案字〔2026〕第123号. */
  caseNumber?: Maybe<Scalars['String']['output']>;
  /** What the applicant claims (请求事项), free text. */
  claims?: Maybe<Scalars['String']['output']>;
  /** Day concluded (结案日期), ISO 8601 date. */
  concludedOn?: Maybe<Scalars['String']['output']>;
  /** Code of the body that owns the record, e.g. COURT. */
  department: Scalars['String']['output'];
  /** Day filed (立案日期), ISO 8601 date. */
  filedOn?: Maybe<Scalars['String']['output']>;
  /** The record's id in the owner's system. */
  recordId: Scalars['ID']['output'];
  /** The owner's record kind, e.g. CASE_FILING. */
  recordType: Scalars['String']['output'];
  /** The respondent's unified social credit code (统一社会信用代码, GB 32100). */
  respondentCreditCode?: Maybe<Scalars['String']['output']>;
  /** The respondent (被申请人), the employer. */
  respondentName?: Maybe<Scalars['String']['output']>;
  /** Result (结果): PENDING 审理中, MEDIATED 调解, AWARDED 裁决 or WITHDRAWN 撤回. */
  result?: Maybe<Scalars['String']['output']>;
};

/** A generated file: its name, MIME type, how many case rows it holds, and its bytes in base64. */
export type LedgerFile = {
  __typename?: 'LedgerFile';
  /** The file's bytes, base64-encoded (文件内容). */
  contentBase64: Scalars['String']['output'];
  /** The file's MIME type (文件类型). */
  contentType: Scalars['String']['output'];
  /** The file name (文件名), 工作台账_<first day>_<last day>.csv or .xlsx. */
  filename: Scalars['String']['output'];
  /** Case rows, not counting the header row. */
  rowCount: Scalars['Int']['output'];
};

/** The file format of an exported work ledger (工作台账格式). */
export type LedgerFormat =
  /** RFC 4180, UTF-8 with a byte-order mark (so Excel reads the Chinese), CRLF line ends. */
  | 'CSV'
  /** An Excel workbook: bold frozen header row, set column widths, A4 landscape print setup. */
  | 'XLSX';

/** A legal-aid referral (法律援助) made by the judicial office. */
export type LegalAidReferral = DepartmentRecord & {
  __typename?: 'LegalAidReferral';
  /** CONSULTATION, LITIGATION_REPRESENTATION or NON_LITIGATION_REPRESENTATION. */
  aidType?: Maybe<Scalars['String']['output']>;
  /** Name of the person seeking legal aid (受援申请人姓名). */
  applicantName?: Maybe<Scalars['String']['output']>;
  /** The applicant's phone number (申请人联系电话). */
  applicantPhone?: Maybe<Scalars['String']['output']>;
  /** Resident ID number (居民身份证号码) of the applicant. */
  applicantResidentId?: Maybe<Scalars['String']['output']>;
  /** Code of the body that owns the record, e.g. COURT. */
  department: Scalars['String']['output'];
  /** The legal matter aid is sought for, e.g. 追索劳动报酬. */
  matter?: Maybe<Scalars['String']['output']>;
  /** The record's id in the owner's system. */
  recordId: Scalars['ID']['output'];
  /** The owner's record kind, e.g. CASE_FILING. */
  recordType: Scalars['String']['output'];
  /** Referral number, e.g. 西湖法援转〔2026〕7号. */
  referralNumber?: Maybe<Scalars['String']['output']>;
  /** ISO 8601 date. */
  referredOn?: Maybe<Scalars['String']['output']>;
  /** REFERRED, ACCEPTED, REJECTED or CLOSED. */
  status?: Maybe<Scalars['String']['output']>;
};

/** A department record linked to a joint case. The reference is the hub's own; `record` is read live from the owner and is null, with an error naming the body, when no agreement grants it or the owner is unavailable. */
export type LinkedRecord = {
  __typename?: 'LinkedRecord';
  /** How each field of the record reaches the caller (字段访问情况): GRANTED, MASKED (with its mask) or DENIED (with the reason) — the decisions the audit records for this look. Select it with the record, and leave denied fields out of the selection: a screen then gets no FORBIDDEN_BY_AGREEMENT errors (README "For frontend teams"). */
  access: Array<RecordFieldAccess>;
  /** The code of the body that owns the record (所属部门), e.g. police. */
  department: Scalars['String']['output'];
  /** The record, read live from its owner and shaped by the agreements (关联记录). */
  record?: Maybe<DepartmentRecord>;
  /** The record's id at its owner (记录编号). */
  recordId: Scalars['ID']['output'];
  /** The owner's record kind, by its GraphQL type name (记录类型), e.g. PoliceIncident. */
  recordType: Scalars['String']['output'];
};

/** A page of LinkedRecord items (分页列表). */
export type LinkedRecordConnection = {
  __typename?: 'LinkedRecordConnection';
  /** The items of this page, in the list's order (本页条目). */
  edges: Array<LinkedRecordEdge>;
  /** Whether more pages follow, and the cursors (分页信息). */
  pageInfo: PageInfo;
  /** Items across all pages; counted only when selected (总数). */
  totalCount: Scalars['Int']['output'];
};

/** One LinkedRecord in a page, with its cursor (列表项). */
export type LinkedRecordEdge = {
  __typename?: 'LinkedRecordEdge';
  /** Where this item stands in the list: pass it as `after` to continue after it (游标). */
  cursor: Scalars['String']['output'];
  /** The LinkedRecord (条目). */
  node: LinkedRecord;
};

/** A marriage or divorce registration (婚姻登记) by civil affairs. */
export type MarriageRegistration = DepartmentRecord & {
  __typename?: 'MarriageRegistration';
  /** Certificate number (证字号), e.g. J330106-2015-001234. */
  certificateNumber?: Maybe<Scalars['String']['output']>;
  /** Code of the body that owns the record, e.g. COURT. */
  department: Scalars['String']['output'];
  /** The record's id in the owner's system. */
  recordId: Scalars['ID']['output'];
  /** The owner's record kind, e.g. CASE_FILING. */
  recordType: Scalars['String']['output'];
  /** ISO 8601 date. */
  registeredOn?: Maybe<Scalars['String']['output']>;
  /** MARRIAGE (结婚登记) or DIVORCE (离婚登记). */
  registrationType?: Maybe<Scalars['String']['output']>;
  /** The marriage registry (婚姻登记处) that registered it. */
  registryOffice?: Maybe<Scalars['String']['output']>;
  /** First party on the certificate (男方). */
  spouse1Name?: Maybe<Scalars['String']['output']>;
  /** Resident ID number (居民身份证号码) of the first party. */
  spouse1ResidentId?: Maybe<Scalars['String']['output']>;
  /** Second party on the certificate (女方). */
  spouse2Name?: Maybe<Scalars['String']['output']>;
  /** Resident ID number (居民身份证号码) of the second party. */
  spouse2ResidentId?: Maybe<Scalars['String']['output']>;
};

/** How a granted field is shown to the consuming body (脱敏方式). */
export type Mask =
  /** Down to the community or grid (地址至社区). */
  | 'ADDRESS_TO_COMMUNITY'
  /** Free text with ID, phone and room numbers masked (文本中联系方式脱敏). */
  | 'CONTACTS_IN_TEXT'
  /** 2026-05 (日期至年月). */
  | 'DATE_TO_YEAR_MONTH'
  /** A minor's name as surname + 某 (未成年人姓名). */
  | 'MINOR_NAME'
  /** 138****5678 (手机号脱敏). */
  | 'MOBILE'
  /** 张* / 欧阳** (姓名脱敏). */
  | 'NAME'
  /** As the owner holds it (不脱敏). */
  | 'NONE'
  /** 110105********1234 (身份证号脱敏). */
  | 'RESIDENT_ID';

/** The caller, as the verified token names them. */
export type Me = {
  __typename?: 'Me';
  /** The code of the body the caller acts for (所属部门), e.g. police. */
  department: Scalars['String']['output'];
  /** The caller's body in Chinese (所属部门名称), e.g. 派出所. */
  departmentLabel: Scalars['String']['output'];
  /** The role the caller acts in (角色). */
  role: Role;
  /** The caller's role in Chinese (角色名称), e.g. 调解员. */
  roleLabel: Scalars['String']['output'];
  /** The caller's user id, the token subject (用户编号). */
  user: Scalars['String']['output'];
};

/** The structured mediation agreement (人民调解协议书) of a joint case. */
export type MediationAgreement = {
  __typename?: 'MediationAgreement';
  /** 协议书编号. */
  documentNumber: Scalars['String']['output'];
  /** 生效日期 (YYYY-MM-DD). */
  effectiveOn: Scalars['String']['output'];
  /** 纠纷的主要事实、争议事项. Free text, governed like the case's description (contacts masked for the other bodies and whenever a party is protected). */
  facts: Scalars['String']['output'];
  /** 协议形式: 书面 / 口头. */
  form: AgreementForm;
  /** 司法确认 申请期限: the last day (YYYY-MM-DD) the parties may apply, 30 days from 生效日期 (人民调解法 第三十三条). */
  judicialConfirmationDeadline: Scalars['String']['output'];
  /** 调解类型. */
  mediationType: MediationType;
  /** 调解员. */
  mediator: Scalars['String']['output'];
  /** The obligations, each with 履行方式 and 履行期限. */
  obligations: Array<AgreementObligationType>;
  /** 调解组织. */
  organisation: Scalars['String']['output'];
  /** 履行状态, updated at follow-up (回访). */
  performanceStatus: PerformanceStatus;
};

/** The structured mediation agreement (人民调解协议书). */
export type MediationAgreementInput = {
  /** 协议书编号, unique, e.g. 西北调字〔2026〕第15号. */
  documentNumber: Scalars['String']['input'];
  /** 生效日期 (YYYY-MM-DD): the 司法确认 window runs 30 days from it. */
  effectiveOn: Scalars['String']['input'];
  /** 纠纷的主要事实、争议事项. */
  facts: Scalars['String']['input'];
  /** 协议形式: 书面 or 口头. */
  form: AgreementForm;
  /** 调解类型. */
  mediationType: MediationType;
  /** 调解员. */
  mediator: Scalars['String']['input'];
  /** The obligations, each with 履行方式 and 履行期限. */
  obligations: Array<AgreementObligationInput>;
  /** 调解组织, e.g. 西湖区北山街道人民调解委员会. */
  organisation: Scalars['String']['input'];
};

/** A party to a people's mediation case (当事人), as the judicial office records them. */
export type MediationParty = {
  __typename?: 'MediationParty';
  /** Address as the owner records it (domicile, home or household). */
  address?: Maybe<Scalars['String']['output']>;
  /** The person's name (姓名) as the owner records it. */
  name?: Maybe<Scalars['String']['output']>;
  /** The person's phone number (联系电话) as the owner records it. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Resident ID number (居民身份证号码). */
  residentId?: Maybe<Scalars['String']['output']>;
  /** APPLICANT (申请人), RESPONDENT (被申请人) or INTERESTED_PARTY (利害关系人). */
  role?: Maybe<Scalars['String']['output']>;
};

/** 调解类型. */
export type MediationType =
  /** 行政调解 */
  | 'ADMINISTRATIVE'
  /** 司法调解（诉中） */
  | 'JUDICIAL_IN_LITIGATION'
  /** 司法调解（诉前） */
  | 'JUDICIAL_PRE_LITIGATION'
  /** 人民调解 */
  | 'PEOPLES'
  /** 行业性专业性调解 */
  | 'PROFESSIONAL'
  /** 治安调解 */
  | 'PUBLIC_SECURITY';

/** A person in community rehabilitation for a mental disorder (精神障碍社区康复服务对象), registered by civil affairs, which leads community rehabilitation (精康融合行动), with the management status and risk grade shared by health. Very sensitive personal information. */
export type MentalHealthRehabilitation = DepartmentRecord & {
  __typename?: 'MentalHealthRehabilitation';
  /** Code of the body that owns the record, e.g. COURT. */
  department: Scalars['String']['output'];
  /** The guardian (监护人). */
  guardianName?: Maybe<Scalars['String']['output']>;
  /** Phone number of the guardian (监护人联系电话). */
  guardianPhone?: Maybe<Scalars['String']['output']>;
  /** Management status: MANAGED 在管, LOST_CONTACT 失访 or DISCHARGED 结案. */
  managementStatus?: Maybe<Scalars['String']['output']>;
  /** Where the person lives (居住地址). */
  personAddress?: Maybe<Scalars['String']['output']>;
  /** Name of the person in community rehabilitation (康复对象姓名). */
  personName?: Maybe<Scalars['String']['output']>;
  /** Resident ID number (居民身份证号码). */
  personResidentId?: Maybe<Scalars['String']['output']>;
  /** The record's id in the owner's system. */
  recordId: Scalars['ID']['output'];
  /** The owner's record kind, e.g. CASE_FILING. */
  recordType: Scalars['String']['output'];
  /** Day registered, ISO 8601 date. */
  registeredOn?: Maybe<Scalars['String']['output']>;
  /** Risk grade (危险性评估等级) 0–5 of the latest assessment; 3 or above is a danger to others. */
  riskGrade?: Maybe<Scalars['Int']['output']>;
  /** A serious mental disorder (严重精神障碍) under the health system's management (在册患者). */
  serious?: Maybe<Scalars['Boolean']['output']>;
};

/** The 月报 a centre sends upward: 旧存 / 新收 / 已结 / 未结 and the rates, for a period (README, "The monthly report"). */
export type MonthlyReport = {
  __typename?: 'MonthlyReport';
  /** Start of the period (inclusive). */
  from: Scalars['DateTimeISO']['output'];
  /** How the rows are broken down. */
  groupBy: MonthlyReportGrouping;
  /** By key (code-point order; months in order), null key last. */
  rows: Array<MonthlyReportRow>;
  /** Whether early warnings and judicial confirmations are under the small-cell rule (every caller but the governance centre). */
  suppressed: Scalars['Boolean']['output'];
  /** The whole period over every case the caller may see. */
  total: MonthlyReportRow;
  /** End of the period (exclusive). */
  until: Scalars['DateTimeISO']['output'];
};

/** How the 月报 is broken down. */
export type MonthlyReportGrouping =
  /** 按纠纷类别. */
  | 'CATEGORY'
  /** 按来源渠道. */
  | 'CHANNEL'
  /** 按街道/社区: the community where the dispute arose (key null: none recorded). */
  | 'COMMUNITY'
  /** 按牵头单位: each case under its lead body (key null: none yet). */
  | 'DEPARTMENT'
  /** 按月: one row per calendar month (Asia/Shanghai) of the period, each with its own 旧存 / 新收 / 已结 / 未结. */
  | 'MONTH';

/** One row of the 月报. A case is open at an instant t when it was taken in before t and its handling clock had not stopped by t (handlingStoppedAt: agreement, failure, referral or withdrawal). Cases refused at intake (不予受理) are counted only in notAccepted. Identity: carriedOver + received − concluded = pending. */
export type MonthlyReportRow = {
  __typename?: 'MonthlyReportRow';
  /** 到期协议数: structured agreements whose last 履行期限 falls in the period. */
  agreementsDue: Scalars['Int']['output'];
  /** 已履行协议数: of those, the ones whose 履行状态 is 已履行. */
  agreementsPerformed: Scalars['Int']['output'];
  /** 旧存: cases open at the start of the period. */
  carriedOver: Scalars['Int']['output'];
  /** 已结: cases whose handling clock stopped during the period, whenever taken in. */
  concluded: Scalars['Int']['output'];
  /** 按期办结数: concluded cases whose clock stopped no later than their deadline (or that had none). */
  concludedOnTime: Scalars['Int']['output'];
  /** 发现预警率 = earlyWarnings ÷ received; null when received is 0, and for other bodies than the centre (the small-cell rule). */
  earlyWarningRate?: Maybe<Scalars['Float']['output']>;
  /** 预警数: cases taken in during the period at RED or ORANGE. Exact for the governance centre; for other bodies under the small-cell rule ("<5", "≥5"). */
  earlyWarnings: Scalars['String']['output'];
  /** 回访数: follow-ups recorded in the period with a satisfaction. */
  followUps: Scalars['Int']['output'];
  /** 调处数: concluded cases with an outcome (已结 less the withdrawn). */
  handled: Scalars['Int']['output'];
  /** 调处率 = handled ÷ (carriedOver + received); null when the divisor is 0. */
  handledRate?: Maybe<Scalars['Float']['output']>;
  /** 司法确认数: rulings confirming an agreement dated in the period. Exact for the governance centre; for other bodies under the small-cell rule. */
  judicialConfirmations: Scalars['String']['output'];
  /** The lead body, category, channel or community code, or the month (YYYY-MM); null for none (and in the total). */
  key?: Maybe<Scalars['String']['output']>;
  /** What a centre prints for the key, or 合计. */
  label: Scalars['String']['output'];
  /** 不予受理数: cases taken in during the period and refused. */
  notAccepted: Scalars['Int']['output'];
  /** 按期办结率 = concludedOnTime ÷ concluded; null when concluded is 0. */
  onTimeRate?: Maybe<Scalars['Float']['output']>;
  /** 未结: cases open at the end of the period. */
  pending: Scalars['Int']['output'];
  /** 协议履行率 = agreementsPerformed ÷ agreementsDue; null when agreementsDue is 0. */
  performanceRate?: Maybe<Scalars['Float']['output']>;
  /** 新收: cases taken in during the period. */
  received: Scalars['Int']['output'];
  /** 回访满意率 = satisfiedFollowUps ÷ followUps; null when followUps is 0. */
  satisfactionRate?: Maybe<Scalars['Float']['output']>;
  /** 满意数: of those, 满意 or 基本满意. */
  satisfiedFollowUps: Scalars['Int']['output'];
  /** 调处成功数: concluded cases that reached an agreement. */
  settled: Scalars['Int']['output'];
  /** 调处成功率 = settled ÷ handled; null when handled is 0. */
  successRate?: Maybe<Scalars['Float']['output']>;
};

/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type Mutation = {
  __typename?: 'Mutation';
  /** 签收: acknowledges the case's open warning (the centre's or the lead body's handlers); who and when are recorded and the time to acknowledge measured. */
  acknowledgeWarning: EarlyWarning;
  /** 申请司法确认: AGREEMENT_REACHED → CONFIRMATION_APPLIED, within 30 days of the agreement taking effect (人民调解法 第三十三条). */
  applyJudicialConfirmation: JointCaseTransitionResult;
  /** Approval by the provider's or the consumer's chief; active once both have approved. */
  approveAgreement: Agreement;
  /** 研判: INTAKE → ASSESSED, reading the parties' history again; records the 研判意见 and a level set by hand with its reason (kept apart from the rules' level). */
  assessJointCase: JointCaseTransitionResult;
  /** 分流交办: ASSESSED → ASSIGNED, naming the lead body, the bodies taking part, the first handler and the deadline. */
  assignJointCase: JointCaseTransitionResult;
  /** 销号: clears a handled warning with the reason (the governance centre's chief or supervisor). */
  clearWarning: EarlyWarning;
  /** 结案: only after follow-up. */
  closeJointCase: JointCaseTransitionResult;
  /** CONFIRMATION_APPLIED → JUDICIALLY_CONFIRMED (司法确认, 确认有效) with the 裁定书文号, by the court only. */
  confirmJudicially: JointCaseTransitionResult;
  /** 访调对接: the petitions body records whether the referred petition matter is resolved (化解) now that its case concluded. */
  decidePetitionResolution: Handover;
  /** Drafts an agreement (a chief of either body, or an administrator). */
  draftAgreement: Agreement;
  /** 上报: reports an open warning to the county's governance centre (the centre's chief or supervisor), once. */
  escalateWarning: EarlyWarning;
  /** A printable document of a case as .docx: the 人民调解协议书 or the 司法确认申请书, with the parties' particulars. Only for a caller shown every printed particular in full (the governance centre, or the lead body when no party is protected from it; else FORBIDDEN). Recorded in the audit log (kind EXPORT). */
  exportCaseDocument: CaseDocumentFile;
  /** The work ledger (工作台账) of the cases taken in during [from, until) that the caller may see, as CSV or XLSX. For the governance centre and a body's CHIEF or SUPERVISOR. Every export is recorded in the audit log (kind EXPORT). */
  exportWorkLedger: LedgerFile;
  /** 延期 (EXTEND): a later deadline with the reason, approved by the lead body's CHIEF; the case stays where it is, the history keeps both deadlines. */
  extendJointCaseDeadline: JointCaseTransitionResult;
  /** IN_MEDIATION → FAILED (调解不成). */
  failMediation: JointCaseTransitionResult;
  /** 改派/交接 (HAND_OVER): the lead body's CHIEF or the handler gives the case to another handler of the lead body, with the reason. */
  handOverJointCase: JointCaseTransitionResult;
  /** 对接: hands one of the caller's own records over to joint mediation (the court 诉调, the police station 警调, the petitions body 访调). It becomes a joint case at the centre; every outcome comes back as feedback only the sender reads. */
  handOverToMediation: Handover;
  /** Lifts an investigation hold; true when there was one. */
  liftInvestigationHold: Scalars['Boolean']['output'];
  /** Lifts the caller's body's own protection mark; true when there was one. */
  liftProtection: Scalars['Boolean']['output'];
  /** Links a body's record to an open case by reference. The record must exist, its body take part in the case (or link it itself), and it must name a party — or `reason` says why it belongs (its owner can read it). Audited; the centre re-assesses the risk. */
  linkRecordToCase: JointCase;
  /** Marks a person as protected (police, court, women's federation): their address and contact are shown to no other body. */
  markProtectedPerson: Scalars['Boolean']['output'];
  /** 受理: the governance centre takes a case in; its risk is assessed at once. */
  openJointCase: JointCase;
  /** The police mark one of their records as under investigation: subject access reports leave it out until lifted. */
  placeInvestigationHold: Scalars['Boolean']['output'];
  /** IN_MEDIATION → AGREEMENT_REACHED (达成协议), with the terms and the structured 人民调解协议书; the handling clock stops. */
  reachAgreement: JointCaseTransitionResult;
  /** Reads the parties' history at the other bodies again and stores the case's risk level and reasons (the governance centre). */
  reassessJointCaseRisk: JointCase;
  /** 强制报告: records that the mandatory report was made where a minor or a person without capacity is involved. */
  recordDvMandatoryReport: DvSafeguards;
  /** 安全评估: the women's federation or the police records the victim's safety assessment (家暴 cases). */
  recordDvSafetyAssessment: DvSafeguards;
  /** 安全保障措施: records the safety measures an agreement in a domestic-violence case must rest on. */
  recordDvSafetyMeasures: DvSafeguards;
  /** 联合调解 / 三长会商: records a joint session of a case in mediation. */
  recordJointSession: JointSession;
  /** 稳控措施: records the measures taken on an acknowledged warning (again to add to them). */
  recordWarningMeasures: EarlyWarning;
  /** 民保令: refers the victim to the court for a personal-safety protection order; the court takes part in the case. */
  referDvForProtectionOrder: DvSafeguards;
  /** 庇护转介: records the referral of the victim to a shelter (庇护所). */
  referDvToShelter: DvSafeguards;
  /** ASSESSED or FAILED → REFERRED (依法导入: 诉讼 / 仲裁 / 行政复议 / 信访程序); from 研判 by the centre with a reason; litigation names the court filing. */
  referJointCase: JointCaseTransitionResult;
  /** 不予受理: INTAKE → NOT_ACCEPTED, by the governance centre, with the reason. */
  refuseJointCase: JointCaseTransitionResult;
  /** 驳回司法确认申请: CONFIRMATION_APPLIED → AGREEMENT_REACHED with the court's reason, by the court only. */
  rejectJudicialConfirmation: JointCaseTransitionResult;
  /** A suspended agreement grants again (the provider's chief). */
  resumeAgreement: Agreement;
  /** 退回 (RETURN): ASSIGNED → ASSESSED, the lead body returns the case to the centre with the reason; the centre assigns it again. */
  returnJointCase: JointCaseTransitionResult;
  /** Ends the agreement for good, from the next request on, on every hub replica. */
  revokeAgreement: Agreement;
  /** 回访: after an agreement, a confirmation or a referral; records 履行状态 and 满意度. */
  startFollowUp: JointCaseTransitionResult;
  /** ASSIGNED → IN_MEDIATION (调解中). */
  startMediation: JointCaseTransitionResult;
  /** Stops the agreement granting, from the next request on, on every hub replica. */
  suspendAgreement: Agreement;
  /** Removes a link from an open case, with the reason; audited, and the centre re-assesses the risk. */
  unlinkRecordFromCase: JointCase;
  /** 撤回: before an outcome. */
  withdrawJointCase: JointCaseTransitionResult;
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationAcknowledgeWarningArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  jointCaseId: Scalars['ID']['input'];
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationApplyJudicialConfirmationArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: ApplyJudicialConfirmationInput;
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationApproveAgreementArgs = {
  id: Scalars['ID']['input'];
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationAssessJointCaseArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input?: InputMaybe<AssessJointCaseInput>;
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationAssignJointCaseArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: AssignJointCaseInput;
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationClearWarningArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  jointCaseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationCloseJointCaseArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationConfirmJudiciallyArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: ConfirmJudiciallyInput;
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationDecidePetitionResolutionArgs = {
  handoverId: Scalars['ID']['input'];
  resolved: Scalars['Boolean']['input'];
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationDraftAgreementArgs = {
  input: DraftAgreementInput;
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationEscalateWarningArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  jointCaseId: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationExportCaseDocumentArgs = {
  id: Scalars['ID']['input'];
  kind: CaseDocumentKind;
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationExportWorkLedgerArgs = {
  format: LedgerFormat;
  from: Scalars['DateTimeISO']['input'];
  until: Scalars['DateTimeISO']['input'];
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationExtendJointCaseDeadlineArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: ExtendDeadlineInput;
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationFailMediationArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationHandOverJointCaseArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: HandOverInput;
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationHandOverToMediationArgs = {
  input: HandOverToMediationInput;
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationLiftInvestigationHoldArgs = {
  recordId: Scalars['String']['input'];
  recordType: Scalars['String']['input'];
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationLiftProtectionArgs = {
  kind: ProtectionKind;
  residentId: Scalars['String']['input'];
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationLinkRecordToCaseArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  record: RecordReferenceInput;
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationMarkProtectedPersonArgs = {
  kind: ProtectionKind;
  residentId: Scalars['String']['input'];
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationOpenJointCaseArgs = {
  input: OpenJointCaseInput;
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationPlaceInvestigationHoldArgs = {
  recordId: Scalars['String']['input'];
  recordType: Scalars['String']['input'];
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationReachAgreementArgs = {
  agreement?: InputMaybe<MediationAgreementInput>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  terms: Scalars['String']['input'];
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationReassessJointCaseRiskArgs = {
  id: Scalars['ID']['input'];
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationRecordDvMandatoryReportArgs = {
  jointCaseId: Scalars['ID']['input'];
  reportedAt: Scalars['DateTimeISO']['input'];
  reportedTo: Scalars['String']['input'];
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationRecordDvSafetyAssessmentArgs = {
  assessment: Scalars['String']['input'];
  jointCaseId: Scalars['ID']['input'];
  riskOfHarm: RiskOfHarm;
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationRecordDvSafetyMeasuresArgs = {
  jointCaseId: Scalars['ID']['input'];
  measures: Scalars['String']['input'];
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationRecordJointSessionArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: RecordJointSessionInput;
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationRecordWarningMeasuresArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  jointCaseId: Scalars['ID']['input'];
  measures: Scalars['String']['input'];
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationReferDvForProtectionOrderArgs = {
  jointCaseId: Scalars['ID']['input'];
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationReferDvToShelterArgs = {
  jointCaseId: Scalars['ID']['input'];
  shelter: Scalars['String']['input'];
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationReferJointCaseArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: ReferJointCaseInput;
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationRefuseJointCaseArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationRejectJudicialConfirmationArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationResumeAgreementArgs = {
  id: Scalars['ID']['input'];
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationReturnJointCaseArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationRevokeAgreementArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationStartFollowUpArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  findings?: InputMaybe<FollowUpFindingsInput>;
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationStartMediationArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationSuspendAgreementArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationUnlinkRecordFromCaseArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  record: RecordReferenceInput;
};


/** Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports. */
export type MutationWithdrawJointCaseArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** A dispute taken in at the centre's window, to open a joint case (受理登记). */
export type OpenJointCaseInput = {
  /** The kind of dispute (矛盾纠纷类别); it sets the default deadline. */
  category: DisputeCategory;
  /** The community (社区) where the dispute arose. */
  community?: InputMaybe<Scalars['String']['input']>;
  /** 当事人自愿调解 (人民调解法 第三条): without it the case may be referred or refused, not mediated. */
  consentToMediate?: Scalars['Boolean']['input'];
  /** What the dispute is about (纠纷简要情况), up to 4000 characters. */
  description: Scalars['String']['input'];
  /** The grid (网格). */
  grid?: InputMaybe<Scalars['String']['input']>;
  /** When the dispute arose (发生时间); not in the future. */
  occurredAt: Scalars['DateTimeISO']['input'];
  /** The parties (当事人), 1 to 50. */
  parties: Array<IntakePartyInput>;
  /** How many people the dispute involves (涉及人数), 1 to 100000. */
  peopleInvolved: Scalars['Int']['input'];
  /** Where the dispute arose (发生地点). */
  place?: InputMaybe<Scalars['String']['input']>;
  /** How the dispute reached the centre (来源渠道). */
  sourceChannel: SourceChannel;
  /** The department record the case starts from. */
  sourceRecord?: InputMaybe<RecordReferenceInput>;
  /** A short title of the dispute (案件名称), 2 to 100 characters. */
  title: Scalars['String']['input'];
  /** How urgent the dispute is (紧急程度); NORMAL unless given. */
  urgency?: Urgency;
};

/** Relay page information (分页信息). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item: the next page's `after`; null for an empty page (末项游标). */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows (pass endCursor as `after`) (是否有下一页). */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether this page was asked for with `after` (是否有上一页). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first item; null for an empty page (首项游标). */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** 当事人类型. */
export type PartyKind =
  /** 法人 (a hospital, a company, a property manager): identified by its 统一社会信用代码. */
  | 'LEGAL_PERSON'
  /** 自然人 */
  | 'NATURAL_PERSON'
  /** 非法人组织 (a partnership, an individual business's shop): identified by its 统一社会信用代码. */
  | 'UNINCORPORATED_ORGANISATION';

/** A party's role in a joint case (当事人身份). */
export type PartyRole =
  /** Applicant (申请人). */
  | 'APPLICANT'
  /** A related person (关系人). */
  | 'RELATED_PERSON'
  /** Respondent (被申请人). */
  | 'RESPONDENT';

/** A people's mediation case (人民调解案件) with its mediation agreement (人民调解协议书) when settled. */
export type PeopleMediationCase = DepartmentRecord & {
  __typename?: 'PeopleMediationCase';
  /** Date the case was accepted, ISO 8601 (YYYY-MM-DD). */
  acceptedOn?: Maybe<Scalars['String']['output']>;
  /** Number of the mediation agreement, when settled. */
  agreementNumber?: Maybe<Scalars['String']['output']>;
  /** Date the agreement was signed, ISO 8601 (YYYY-MM-DD). */
  agreementSignedOn?: Maybe<Scalars['String']['output']>;
  /** Terms of the mediation agreement, when settled. */
  agreementTerms?: Maybe<Scalars['String']['output']>;
  /** Case number, e.g. 西湖人调〔2026〕12号. */
  caseNumber?: Maybe<Scalars['String']['output']>;
  /** Dispute category as the mediation system names it, e.g. 邻里纠纷. */
  category?: Maybe<Scalars['String']['output']>;
  /** Code of the body that owns the record, e.g. COURT. */
  department: Scalars['String']['output'];
  /** The people's mediation committee (人民调解委员会) handling the case. */
  mediationCommittee?: Maybe<Scalars['String']['output']>;
  /** The people's mediator handling the case (人民调解员). */
  mediator?: Maybe<Scalars['String']['output']>;
  /** SETTLED, FAILED or IN_PROGRESS. */
  outcome?: Maybe<Scalars['String']['output']>;
  /** The parties to the mediation (当事人). */
  parties?: Maybe<Array<MediationParty>>;
  /** The record's id in the owner's system. */
  recordId: Scalars['ID']['output'];
  /** The owner's record kind, e.g. CASE_FILING. */
  recordType: Scalars['String']['output'];
  /** A summary of the dispute and how it was mediated (纠纷简要情况). */
  summary?: Maybe<Scalars['String']['output']>;
};

/** 履行状态 of a mediation agreement, updated at follow-up (回访). */
export type PerformanceStatus =
  /** 未到期 */
  | 'NOT_DUE'
  /** 未履行 */
  | 'NOT_PERFORMED'
  /** 部分履行 */
  | 'PARTLY_PERFORMED'
  /** 已履行 */
  | 'PERFORMED';

/** A person as the bodies know them, found by resident ID number. Nothing about them is stored in the hub. */
export type Person = {
  __typename?: 'Person';
  /** One entry per body the hub serves. */
  departments: Array<PersonRecordsAtDepartment>;
  /** The resident ID number, masked for display: 110105********1234. */
  residentIdMasked: Scalars['String']['output'];
};

/** One body's records of a person, read live from that body. */
export type PersonRecordsAtDepartment = {
  __typename?: 'PersonRecordsAtDepartment';
  /** The code of the body holding the records (所属部门). */
  department: Scalars['String']['output'];
  /** The body's name to show (部门名称). */
  displayName: Scalars['String']['output'];
  /** null, with an error naming the body, when no agreement grants the caller this body's records. */
  records?: Maybe<DepartmentRecordConnection>;
};


/** One body's records of a person, read live from that body. */
export type PersonRecordsAtDepartmentRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** A petition matter (信访事项) registered by the petitions bureau (信访局/信访办), with its stage and time limits under the 《信访工作条例》. */
export type PetitionMatter = DepartmentRecord & {
  __typename?: 'PetitionMatter';
  /** Acceptance due (受理期限): registration + 15 days (《信访工作条例》第二十四条), ISO 8601 date. */
  acceptanceDueOn?: Maybe<Scalars['String']['output']>;
  /** On the list of long-standing petitions (列入积案清单). */
  backlog?: Maybe<Scalars['Boolean']['output']>;
  /** Collective petition (集体访): five or more people with one request. */
  collective?: Maybe<Scalars['Boolean']['output']>;
  /** That organisation's unified social credit code (统一社会信用代码, GB 32100). */
  concernsCreditCode?: Maybe<Scalars['String']['output']>;
  /** The organisation the petition is about (被反映单位), e.g. an employer owing wages. */
  concernsOrganisation?: Maybe<Scalars['String']['output']>;
  /** Code of the body that owns the record, e.g. COURT. */
  department: Scalars['String']['output'];
  /** How many times the same request was brought before (including at other levels). */
  earlierPetitions?: Maybe<Scalars['Int']['output']>;
  /** Form (形式): LETTER 来信, VISIT 来访, ONLINE 网上信访 or PHONE 电话. */
  form?: Maybe<Scalars['String']['output']>;
  /** Handling due (办理期限): acceptance + 60 days, extended by at most 30 (《信访工作条例》第三十二条), ISO 8601 date. */
  handlingDueOn?: Maybe<Scalars['String']['output']>;
  /** Number of petitioners (人数). */
  headcount?: Maybe<Scalars['Int']['output']>;
  /** The leader who took the matter on personally (包案领导). */
  leaderInCharge?: Maybe<Scalars['String']['output']>;
  /** Matter number (事项编号), e.g. 西湖信〔2026〕0123号. */
  matterNumber?: Maybe<Scalars['String']['output']>;
  /** The petitioners (信访人). */
  petitioners?: Maybe<Array<Petitioner>>;
  /** The record's id in the owner's system. */
  recordId: Scalars['ID']['output'];
  /** The owner's record kind, e.g. CASE_FILING. */
  recordType: Scalars['String']['output'];
  /** Day registered (登记日期), ISO 8601 date. */
  registeredOn?: Maybe<Scalars['String']['output']>;
  /** Repeated petition (重复访): the same request brought again. */
  repeated?: Maybe<Scalars['Boolean']['output']>;
  /** What the petitioners ask for (诉求内容), free text. */
  request?: Maybe<Scalars['String']['output']>;
  /** Resolution (化解状态): UNRESOLVED 未化解 or RESOLVED 已化解. */
  resolution?: Maybe<Scalars['String']['output']>;
  /** The body responsible for handling it (责任单位). */
  responsibleUnit?: Maybe<Scalars['String']['output']>;
  /** Skip-level petition (越级访): brought to a level above the one responsible. */
  skipLevel?: Maybe<Scalars['Boolean']['output']>;
  /** Stage (阶段): ACCEPTANCE 受理, HANDLING 办理, REPLY 答复, REVIEW 复查, RE_EXAMINATION 复核 or CONCLUDED 办结. */
  stage?: Maybe<Scalars['String']['output']>;
};

/** A petitioner (信访人) of a petition matter, as the petitions body registered them. */
export type Petitioner = {
  __typename?: 'Petitioner';
  /** Address as the owner records it (domicile, home or household). */
  address?: Maybe<Scalars['String']['output']>;
  /** The person's name (姓名) as the owner records it. */
  name?: Maybe<Scalars['String']['output']>;
  /** The person's phone number (联系电话) as the owner records it. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Whether this petitioner was chosen to speak for a collective petition (推选代表). */
  representative?: Maybe<Scalars['Boolean']['output']>;
  /** Resident ID number (居民身份证号码). */
  residentId?: Maybe<Scalars['String']['output']>;
};

/** A domestic-violence warning letter (家庭暴力告诫书) the police issued to an abuser. */
export type PoliceDomesticViolenceWarning = DepartmentRecord & {
  __typename?: 'PoliceDomesticViolenceWarning';
  /** The person warned (加害人). */
  abuserName?: Maybe<Scalars['String']['output']>;
  /** Resident ID number (居民身份证号码) of the person warned (加害人). */
  abuserResidentId?: Maybe<Scalars['String']['output']>;
  /** Code of the body that owns the record, e.g. COURT. */
  department: Scalars['String']['output'];
  /** The facts of the domestic violence the letter records (违法事实). */
  facts?: Maybe<Scalars['String']['output']>;
  /** ISO 8601 date. */
  issuedOn?: Maybe<Scalars['String']['output']>;
  /** Letter number (告诫书文号). */
  letterNumber?: Maybe<Scalars['String']['output']>;
  /** The record's id in the owner's system. */
  recordId: Scalars['ID']['output'];
  /** The owner's record kind, e.g. CASE_FILING. */
  recordType: Scalars['String']['output'];
  /** Sensitive: must never reach the abuser. */
  victimAddress?: Maybe<Scalars['String']['output']>;
  /** Name of the victim (受害人姓名). */
  victimName?: Maybe<Scalars['String']['output']>;
  /** Resident ID number (居民身份证号码) of the victim (受害人). */
  victimResidentId?: Maybe<Scalars['String']['output']>;
};

/** An incident report (警情) of the police station, usually from a 110 call. */
export type PoliceIncident = DepartmentRecord & {
  __typename?: 'PoliceIncident';
  /** When the 110 call was received (接警时间), ISO 8601 date-time. */
  calledAt?: Maybe<Scalars['String']['output']>;
  /** FAMILY_DISPUTE, NEIGHBOUR_DISPUTE, FIGHT, WAGE_DISPUTE or OTHER. */
  category?: Maybe<Scalars['String']['output']>;
  /** Code of the body that owns the record, e.g. COURT. */
  department: Scalars['String']['output'];
  /** The police officer who handled the incident (处警民警). */
  handlingOfficer?: Maybe<Scalars['String']['output']>;
  /** Handling result (处理结果). */
  handlingResult?: Maybe<Scalars['String']['output']>;
  /** Incident number (警情编号). */
  incidentNumber?: Maybe<Scalars['String']['output']>;
  /** The people involved: reporter, parties, victims, offenders, witnesses (涉警人员). */
  persons?: Maybe<Array<PolicePerson>>;
  /** Where it happened (发案地点). */
  place?: Maybe<Scalars['String']['output']>;
  /** The record's id in the owner's system. */
  recordId: Scalars['ID']['output'];
  /** The owner's record kind, e.g. CASE_FILING. */
  recordType: Scalars['String']['output'];
  /** Brief facts (简要案情). */
  summary?: Maybe<Scalars['String']['output']>;
};

/** A public-security mediation (治安调解) by the police station after an incident. */
export type PoliceMediation = DepartmentRecord & {
  __typename?: 'PoliceMediation';
  /** What the parties agreed; null when the mediation failed. */
  agreementSummary?: Maybe<Scalars['String']['output']>;
  /** Code of the body that owns the record, e.g. COURT. */
  department: Scalars['String']['output'];
  /** Number of the incident (警情编号) that was mediated. */
  incidentNumber?: Maybe<Scalars['String']['output']>;
  /** ISO 8601 date. */
  mediatedOn?: Maybe<Scalars['String']['output']>;
  /** Mediation document number (调解书编号). */
  mediationNumber?: Maybe<Scalars['String']['output']>;
  /** SETTLED or FAILED. */
  outcome?: Maybe<Scalars['String']['output']>;
  /** The persons of the mediated incident. */
  persons?: Maybe<Array<PolicePerson>>;
  /** The record's id in the owner's system. */
  recordId: Scalars['ID']['output'];
  /** The owner's record kind, e.g. CASE_FILING. */
  recordType: Scalars['String']['output'];
};

/** A person involved in a police incident, as the police station records them. */
export type PolicePerson = {
  __typename?: 'PolicePerson';
  /** Address as the owner records it (domicile, home or household). */
  address?: Maybe<Scalars['String']['output']>;
  /** The person's name (姓名) as the owner records it. */
  name?: Maybe<Scalars['String']['output']>;
  /** The person's phone number (联系电话) as the owner records it. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Resident ID number (居民身份证号码). */
  residentId?: Maybe<Scalars['String']['output']>;
  /** REPORTER (报警人), PARTY (当事人), VICTIM (受害人), OFFENDER (违法行为人) or WITNESS (证人). */
  role?: Maybe<Scalars['String']['output']>;
};

/** Why a person is protected (特殊保护对象): their address and contact are shown to no other body. */
export type ProtectionKind =
  /** A victim of domestic violence (家庭暴力受害人). */
  | 'DOMESTIC_VIOLENCE_VICTIM'
  /** A minor (未成年人); the name is also shown as surname + 某. */
  | 'MINOR';

/** Why a body reads another body's records (查阅目的). */
export type Purpose =
  /** Joint mediation of a case (联合调解). */
  | 'JOINT_MEDIATION'
  /** Risk screening (风险研判). */
  | 'RISK_SCREENING'
  /** Statistics (统计分析). */
  | 'STATISTICS';

/** Reads of the hub (查询): joint cases, the bodies' records as the agreements grant them, agreements, statistics and audit. */
export type Query = {
  __typename?: 'Query';
  /** One agreement the caller's body is party to, by id (数据共享协议); any for the governance centre and administrators. */
  agreement: Agreement;
  /** Per active agreement, every field of the record kinds it names: granted, masked or denied. */
  agreementCoverage: Array<AgreementCoverage>;
  /** Before anyone approves it: exactly which fields a draft (or any) agreement would expose to a given query. */
  agreementDryRun: Array<FieldExposure>;
  /** Agreements the caller's body is party to (all of them for the governance centre and administrators). */
  agreements: AgreementConnection;
  /** For a body's AUDITOR: who read our records, when, for which case, under which agreement (newest first). */
  auditTrail: AuditEntryConnection;
  /** Statistics of the joint cases taken in during [from, until), for the governance centre and a body's CHIEF or SUPERVISOR (a body sees only the cases it leads or takes part in). */
  caseStatistics: CaseStatistics;
  /** Every body the hub serves (the 3 + N). */
  departments: Array<Department>;
  /** 预警: open cases at RED or ORANGE the caller may see, RED first, then the oldest first, a page at a time. */
  earlyWarnings: JointCaseConnection;
  /** The Chinese labels (中文名称) of every enum value a screen shows — status, category, channel, risk level, role, purpose, decision, mask, urgency, workflow step, session, agreement and warning values — and, as enum "Body", the short names of the known body codes (the centre included), from the one place the hub keeps them. Every registered body is also in `departments`. */
  enumLabels: Array<EnumValueLabel>;
  /** Open and overdue cases per first handler (首办责任人), over the cases the caller's body may see. */
  handlerWorkload: Array<HandlerWorkload>;
  /** The caller's body's hand-overs, newest first, each with its case's state and the outcomes returned (反馈). */
  handovers: Array<Handover>;
  /** One joint case the caller's body may see, with its shared context. */
  jointCase: JointCase;
  /** The work list (案件列表): joint cases the caller's body may see, filtered, searched and sorted (default newest first), a page at a time. */
  jointCases: JointCaseConnection;
  /** The caller, as the verified token names them (当前用户). */
  me: Me;
  /** 月报: 旧存 / 新收 / 已结 / 未结 and the rates (调处率, 调处成功率, 按期办结率, 发现预警率, 协议履行率, 回访满意率, 司法确认数) for [from, until), for the governance centre (exact) and a body's CHIEF or SUPERVISOR (its cases; early warnings and confirmations under the small-cell rule). */
  monthlyReport: MonthlyReport;
  /** Open cases past their deadline (督查督办), oldest deadline first; only the cases the caller's body may see. */
  overdueCases: JointCaseConnection;
  /** A party across every body by (document type, number): a person by any identity document, an organisation (法人 / 非法人组织) by its 统一社会信用代码. Its records at each body are read under the same agreements as a person's. */
  partyByDocument: Person;
  /** A person across every body, by resident ID number (居民身份证号码). */
  person: Person;
  /** For the governance centre to hand to a citizen: which bodies looked at their records, and why. */
  subjectAccessReport: SubjectAccessReport;
};


/** Reads of the hub (查询): joint cases, the bodies' records as the agreements grant them, agreements, statistics and audit. */
export type QueryAgreementArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the hub (查询): joint cases, the bodies' records as the agreements grant them, agreements, statistics and audit. */
export type QueryAgreementDryRunArgs = {
  id: Scalars['ID']['input'];
  query: Scalars['String']['input'];
};


/** Reads of the hub (查询): joint cases, the bodies' records as the agreements grant them, agreements, statistics and audit. */
export type QueryAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<AgreementStatus>;
};


/** Reads of the hub (查询): joint cases, the bodies' records as the agreements grant them, agreements, statistics and audit. */
export type QueryAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  consumer?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  from: Scalars['DateTimeISO']['input'];
  until: Scalars['DateTimeISO']['input'];
};


/** Reads of the hub (查询): joint cases, the bodies' records as the agreements grant them, agreements, statistics and audit. */
export type QueryCaseStatisticsArgs = {
  from: Scalars['DateTimeISO']['input'];
  groupBy: StatisticsGrouping;
  until: Scalars['DateTimeISO']['input'];
};


/** Reads of the hub (查询): joint cases, the bodies' records as the agreements grant them, agreements, statistics and audit. */
export type QueryEarlyWarningsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<JointCaseFilter>;
  first?: Scalars['Int']['input'];
};


/** Reads of the hub (查询): joint cases, the bodies' records as the agreements grant them, agreements, statistics and audit. */
export type QueryHandoversArgs = {
  kind?: InputMaybe<HandoverKind>;
};


/** Reads of the hub (查询): joint cases, the bodies' records as the agreements grant them, agreements, statistics and audit. */
export type QueryJointCaseArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the hub (查询): joint cases, the bodies' records as the agreements grant them, agreements, statistics and audit. */
export type QueryJointCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<JointCaseFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: InputMaybe<JointCaseOrder>;
};


/** Reads of the hub (查询): joint cases, the bodies' records as the agreements grant them, agreements, statistics and audit. */
export type QueryMonthlyReportArgs = {
  from: Scalars['DateTimeISO']['input'];
  groupBy: MonthlyReportGrouping;
  until: Scalars['DateTimeISO']['input'];
};


/** Reads of the hub (查询): joint cases, the bodies' records as the agreements grant them, agreements, statistics and audit. */
export type QueryOverdueCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** Reads of the hub (查询): joint cases, the bodies' records as the agreements grant them, agreements, statistics and audit. */
export type QueryPartyByDocumentArgs = {
  documentType: IdentityDocumentType;
  number: Scalars['String']['input'];
};


/** Reads of the hub (查询): joint cases, the bodies' records as the agreements grant them, agreements, statistics and audit. */
export type QueryPersonArgs = {
  residentId: Scalars['String']['input'];
};


/** Reads of the hub (查询): joint cases, the bodies' records as the agreements grant them, agreements, statistics and audit. */
export type QuerySubjectAccessReportArgs = {
  residentId: Scalars['String']['input'];
};

/** One field of a record and how it reached the caller (字段访问情况), so a screen can render granted, masked and denied fields without reading errors — and not select denied fields at all. */
export type RecordFieldAccess = {
  __typename?: 'RecordFieldAccess';
  /** Granted, masked or denied (决定). */
  decision: FieldAccessDecision;
  /** The field's path in the record type, e.g. `summary` or `parties.name` for a field of each list item (字段). */
  field: Scalars['String']['output'];
  /** For a masked field, how it is masked (脱敏方式); null otherwise. */
  mask?: Maybe<Mask>;
  /** For a denied field, why (拒绝理由); for a masked one, why beyond the agreement, if so; null otherwise. */
  reason?: Maybe<Scalars['String']['output']>;
};

/** A joint mediation session to record (记录联合调解 / 三长会商). */
export type RecordJointSessionInput = {
  /** Who attended, by body (参会人员), 1 to 50. */
  attendees: Array<SessionAttendeeInput>;
  /** When the session was held (召开时间). */
  heldAt: Scalars['DateTimeISO']['input'];
  /** The minutes of the session (会议记录). */
  minutes: Scalars['String']['input'];
  /** What the session came to (调解结果), if anything. */
  outcome?: InputMaybe<Scalars['String']['input']>;
  /** Where the session was held (地点). */
  place: Scalars['String']['input'];
  /** The kind of session; 三长会商 needs the court, the police station and the judicial office among the attendees. */
  sessionType?: SessionType;
};

/** A department record a case starts from (a police incident, a court referral), by reference. */
export type RecordReferenceInput = {
  /** The code of the body that owns the record (所属部门), e.g. police. */
  department: Scalars['String']['input'];
  /** The record's id at its owner (记录编号). */
  recordId: Scalars['ID']['input'];
  /** The owner's record kind, by its GraphQL type name (记录类型), e.g. PoliceIncident. */
  recordType: Scalars['String']['input'];
};

/** The fields of one of the provider's record kinds that the agreement grants. */
export type RecordTypeGrant = {
  __typename?: 'RecordTypeGrant';
  /** The fields of that record kind the agreement grants, each with its mask (授权字段). */
  fields: Array<FieldGrantType>;
  /** The provider's record kind, by its GraphQL type name (记录类型), e.g. PoliceIncident. */
  recordType: Scalars['String']['output'];
};

/** The fields of one of the provider's record kinds a draft agreement grants (记录类型授权). */
export type RecordTypeGrantInput = {
  /** The fields of that record kind to grant, each with its mask (授权字段). */
  fields: Array<FieldGrantInput>;
  /** The provider's record kind, by its GraphQL type name (记录类型), e.g. PoliceIncident. */
  recordType: Scalars['String']['input'];
};

/** Where a dispute goes when mediation is not its channel or did not settle it (依法导入). */
export type ReferJointCaseInput = {
  /** The channel the dispute is referred to (导入渠道): litigation, arbitration, reconsideration, petition and so on. */
  channel: ReferralChannel;
  /** For LITIGATION: the court filing (COURT CASE_FILING id) the case became. */
  courtFilingId?: InputMaybe<Scalars['ID']['input']>;
  /** A note on the referral for the case history (备注); used as the history note when no reason is given. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Why the dispute goes to this channel (依法导入); required when referring from 研判. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Where a dispute goes when mediation is not its channel or did not settle it (依法导入). */
export type ReferralChannel =
  /** 行政处理 */
  | 'ADMINISTRATIVE'
  /** 行政复议 */
  | 'ADMINISTRATIVE_RECONSIDERATION'
  /** 仲裁 (e.g. 劳动人事争议仲裁) */
  | 'ARBITRATION'
  /** 诉讼 */
  | 'LITIGATION'
  /** 其他渠道 */
  | 'OTHER'
  /** 信访程序 */
  | 'PETITION';

/** Early-warning level (预警等级), RED most urgent. */
export type RiskLevel =
  /** Blue (蓝色): ordinary. */
  | 'BLUE'
  /** Orange (橙色): serious. */
  | 'ORANGE'
  /** Red (红色): may turn violent; act now. */
  | 'RED'
  /** Yellow (黄色): watch. */
  | 'YELLOW';

/** The safety assessment's judgement of the risk of further violence (再次受害风险). */
export type RiskOfHarm =
  /** 高: further violence likely; shelter or a protection order to be considered at once. */
  | 'HIGH'
  /** 低: no sign of further violence. */
  | 'LOW'
  /** 中: further violence possible; measures needed. */
  | 'MEDIUM';

/** Why a case has its level. A reason drawn from a body's records is shown in full only to a caller an agreement grants what it reveals; to anyone else it is withheld: its level and the body it came from, nothing more. */
export type RiskReason = {
  __typename?: 'RiskReason';
  /** The body the reason came from; null for reasons drawn from the case itself. */
  department?: Maybe<Scalars['String']['output']>;
  /** The reason in words, for the mediator (研判理由); withheld reasons say nothing of the record. */
  description: Scalars['String']['output'];
  /** The level this reason raises the case to (预警等级). */
  level: RiskLevel;
  /** The documented rule that raised it (see README, "Risk and early warning"); "withheld" when withheld. */
  rule: Scalars['String']['output'];
  /** The record the reason came from (来源记录), the most recent when several; null when from the case itself or withheld. */
  source?: Maybe<RiskSource>;
  /** Every record the reason was drawn from when there are several (e.g. repeated police call-outs); null otherwise. */
  sources?: Maybe<Array<RiskSource>>;
  /** True when the caller is not granted what the reason reveals: only its level and body are shown. */
  withheld: Scalars['Boolean']['output'];
};

/** The department record a risk reason came from. */
export type RiskSource = {
  __typename?: 'RiskSource';
  /** The code of the body that owns the record (所属部门). */
  department: Scalars['String']['output'];
  /** The record's id at its owner (记录编号). */
  recordId: Scalars['String']['output'];
  /** The owner's record kind, by its GraphQL type name (记录类型). */
  recordType: Scalars['String']['output'];
};

/** What a user does in their body (角色). */
export type Role =
  /** Administrator (管理员). */
  | 'ADMIN'
  /** Data-protection auditor (审计员). */
  | 'AUDITOR'
  /** The body's chief (负责人). */
  | 'CHIEF'
  /** Clerk at the window (工作人员). */
  | 'CLERK'
  /** Mediator (调解员). */
  | 'MEDIATOR'
  /** Supervisor (督查员). */
  | 'SUPERVISOR';

/** 回访满意度, recorded at follow-up. */
export type Satisfaction =
  /** 基本满意 */
  | 'BASICALLY_SATISFIED'
  /** 不满意 */
  | 'DISSATISFIED'
  /** 满意 */
  | 'SATISFIED';

/** A person named in a grid screening entry, as the grid worker recorded them. */
export type ScreenedPerson = {
  __typename?: 'ScreenedPerson';
  /** Address as the owner records it (domicile, home or household). */
  address?: Maybe<Scalars['String']['output']>;
  /** The person's name (姓名) as the owner records it. */
  name?: Maybe<Scalars['String']['output']>;
  /** The person's phone number (联系电话) as the owner records it. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Resident ID number (居民身份证号码). */
  residentId?: Maybe<Scalars['String']['output']>;
};

/** One person who attended a joint session, and the body they came for (参会人员). */
export type SessionAttendee = {
  __typename?: 'SessionAttendee';
  /** The code of the body the attendee came for (参会部门). */
  department: Scalars['String']['output'];
  /** The attendee's name (姓名). */
  name: Scalars['String']['output'];
};

/** One person attending a joint session, and the body they come for (参会人员). */
export type SessionAttendeeInput = {
  /** The code of the body the attendee comes for (参会部门). */
  department: Scalars['String']['input'];
  /** The attendee's name (姓名). */
  name: Scalars['String']['input'];
};

/** The kind of a joint session (会商/调解方式). */
export type SessionType =
  /** 听证评理 */
  | 'HEARING'
  /** 联合调解 */
  | 'JOINT_MEDIATION'
  /** 背靠背调解: the parties are heard apart (the rule in domestic violence). */
  | 'SEPARATE_MEDIATION'
  /** 三长会商: the court (庭长), the police station (所长) and the judicial office (所长) must all attend. */
  | 'THREE_CHIEFS_CONSULTATION';

/** A social-assistance entitlement: subsistence allowance (低保) or extreme-poverty support (特困供养). Sensitive personal information. */
export type SocialAssistanceEntitlement = DepartmentRecord & {
  __typename?: 'SocialAssistanceEntitlement';
  /** The assisted household's address (家庭住址). */
  beneficiaryAddress?: Maybe<Scalars['String']['output']>;
  /** Name of the person the entitlement is registered to (救助对象姓名), the household's applicant. */
  beneficiaryName?: Maybe<Scalars['String']['output']>;
  /** Resident ID number (居民身份证号码). */
  beneficiaryResidentId?: Maybe<Scalars['String']['output']>;
  /** Code of the body that owns the record, e.g. COURT. */
  department: Scalars['String']['output'];
  /** People in the assisted household. */
  householdSize?: Maybe<Scalars['Int']['output']>;
  /** Monthly payment to the household, in yuan. */
  monthlyAmountYuan?: Maybe<Scalars['Float']['output']>;
  /** MINIMUM_LIVING_ALLOWANCE (低保) or EXTREME_POVERTY_SUPPORT (特困供养). */
  programme?: Maybe<Scalars['String']['output']>;
  /** The record's id in the owner's system. */
  recordId: Scalars['ID']['output'];
  /** The owner's record kind, e.g. CASE_FILING. */
  recordType: Scalars['String']['output'];
  /** Date the entitlement was granted, ISO 8601. */
  since?: Maybe<Scalars['String']['output']>;
  /** ACTIVE or ENDED. */
  status?: Maybe<Scalars['String']['output']>;
};

/** Sort direction (排序方向). */
export type SortDirection =
  /** Ascending (升序). */
  | 'ASC'
  /** Descending (降序). */
  | 'DESC';

/** How the dispute reached the centre (来源渠道). */
export type SourceChannel =
  /** 12315 消费者投诉热线 */
  | 'CONSUMER_HOTLINE_12315'
  /** 法院委派（诉前）(诉调对接) */
  | 'COURT_PRE_LITIGATION_REFERRAL'
  /** 部门移送 */
  | 'DEPARTMENT_TRANSFER'
  /** 网格上报 */
  | 'GRID_SCREENING'
  /** 12345 热线 */
  | 'HOTLINE_12345'
  /** 领导交办 */
  | 'LEADERSHIP_ASSIGNED'
  /** 网上信访 */
  | 'ONLINE_PETITION'
  /** 信访转办 (访调对接) */
  | 'PETITION'
  /** 来电 */
  | 'PHONE_CALL'
  /** 110 移交 (警调对接) */
  | 'POLICE_110_REFERRAL'
  /** 来访 */
  | 'WALK_IN'
  /** 12338 妇女维权热线 */
  | 'WOMENS_HOTLINE_12338';

/** How case statistics are broken down. Every case falls in exactly one row, so the rows add up to the total. */
export type StatisticsGrouping =
  /** By dispute category (纠纷类别). */
  | 'CATEGORY'
  /** By lead body (牵头单位); each case counts once, under its lead body only (participation is not counted). Key null: no lead body yet. */
  | 'DEPARTMENT'
  /** By grid (网格). Key null: no grid recorded. */
  | 'GRID';

/** A look at a person's records, as disclosed to that person. */
export type SubjectAccessEntry = {
  __typename?: 'SubjectAccessEntry';
  /** Granted or denied (查阅决定). */
  decision: AuditDecision;
  /** The joint case the look was for. */
  jointCaseNumber?: Maybe<Scalars['String']['output']>;
  /** When the look took place (查阅时间). */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** The body whose record it was. */
  provider: Scalars['String']['output'];
  /** The purpose stated for the look (查阅目的); null when none was stated. */
  purpose?: Maybe<Purpose>;
  /** The body that looked. */
  readBy: Scalars['String']['output'];
  /** null when the entry covers several kinds (see recordTypes). */
  recordType?: Maybe<Scalars['String']['output']>;
  /** The kinds of records the look was at. */
  recordTypes: Array<Scalars['String']['output']>;
};

/** Which bodies looked at a person's records, and why (个人信息查阅记录). */
export type SubjectAccessReport = {
  __typename?: 'SubjectAccessReport';
  /** Every look at the person's records the report discloses (查阅记录); records under an investigation hold are left out. */
  entries: Array<SubjectAccessEntry>;
  /** When the report was produced (生成时间). */
  generatedAt: Scalars['DateTimeISO']['output'];
  /** The person's resident ID number, masked (身份证号脱敏), e.g. 110105********1234. */
  residentIdMasked: Scalars['String']['output'];
};

/** One step in the life of a joint case. */
export type TimelineEntry = {
  __typename?: 'TimelineEntry';
  /** INTAKE, SESSION, LINK, or a CaseAction. */
  action: Scalars['String']['output'];
  /** The code of the body they acted for (操作部门). */
  actorDepartment: Scalars['String']['output'];
  /** The role they acted in (操作角色). */
  actorRole: Role;
  /** The role the actor acted in, in Chinese (操作角色名称), e.g. 调解员. */
  actorRoleLabel: Scalars['String']['output'];
  /** The user id of whoever took the step (操作人). */
  actorUser: Scalars['String']['output'];
  /** When the step was taken (操作时间). */
  at: Scalars['DateTimeISO']['output'];
  /** The status before the step (原状态); null at intake. */
  fromStatus?: Maybe<CaseStatus>;
  /** The step's note (terms, reasons); free text, governed like the case's description. */
  note?: Maybe<Scalars['String']['output']>;
  /** The status after the step (新状态). */
  toStatus: CaseStatus;
  /** The status after the step in Chinese (新状态名称), e.g. 已交办. */
  toStatusLabel: Scalars['String']['output'];
};

/** A step a joint case could not take, returned as data (not thrown). */
export type TransitionError = {
  __typename?: 'TransitionError';
  /** The states the case may move to from where it is. */
  allowedNextStates: Array<CaseStatus>;
  /** Why the step was refused (拒绝原因代码). */
  code: TransitionErrorCode;
  /** The reason in words, to show the user (拒绝理由). */
  message: Scalars['String']['output'];
  /** The case's status now (当前状态). */
  status: CaseStatus;
};

/** Why a workflow step was refused (操作未执行原因). */
export type TransitionErrorCode =
  /** Someone changed the case since the caller read it (expectedVersion); read it again (并发冲突). */
  | 'CONFLICT'
  /** The case's status does not allow the step, or the caller may not take it (状态不允许). */
  | 'INVALID_TRANSITION';

/** How urgent the dispute is (紧急程度). */
export type Urgency =
  /** Ordinary (一般). */
  | 'NORMAL'
  /** Urgent (紧急): raises the risk level. */
  | 'URGENT';

/** A wage-arrears complaint (欠薪投诉) at the labour security inspectorate (劳动保障监察) of human resources and social security (人社). */
export type WageArrearsComplaint = DepartmentRecord & {
  __typename?: 'WageArrearsComplaint';
  /** Wages owed in yuan (欠薪金额), as a decimal string. */
  amountOwed?: Maybe<Scalars['String']['output']>;
  /** The worker who complained (投诉人). */
  complainantName?: Maybe<Scalars['String']['output']>;
  /** The complainant's mobile number. */
  complainantPhone?: Maybe<Scalars['String']['output']>;
  /** The complainant's resident ID number (居民身份证号码). */
  complainantResidentId?: Maybe<Scalars['String']['output']>;
  /** Complaint number (投诉编号), e.g. 西湖人社监投〔2026〕123号. */
  complaintNumber?: Maybe<Scalars['String']['output']>;
  /** Code of the body that owns the record, e.g. COURT. */
  department: Scalars['String']['output'];
  /** The employer's unified social credit code (统一社会信用代码, GB 32100). */
  employerCreditCode?: Maybe<Scalars['String']['output']>;
  /** The employer (用人单位). */
  employerName?: Maybe<Scalars['String']['output']>;
  /** The employer's legal representative (法定代表人). */
  legalRepresentativeName?: Maybe<Scalars['String']['output']>;
  /** The legal representative's resident ID number (居民身份证号码). */
  legalRepresentativeResidentId?: Maybe<Scalars['String']['output']>;
  /** Day received (受理日期), ISO 8601 date. */
  receivedOn?: Maybe<Scalars['String']['output']>;
  /** The record's id in the owner's system. */
  recordId: Scalars['ID']['output'];
  /** The owner's record kind, e.g. CASE_FILING. */
  recordType: Scalars['String']['output'];
  /** Status (状态): RECEIVED 已受理, INVESTIGATING 调查中, ORDERED_TO_PAY 责令支付, PAID 已支付 or TRANSFERRED_TO_POLICE 移送公安 (拒不支付劳动报酬). */
  status?: Maybe<Scalars['String']['output']>;
  /** Workers owed wages (涉及人数). */
  workersInvolved?: Maybe<Scalars['Int']['output']>;
};

/** Where an early warning stands (预警处置状态). */
export type WarningStatus =
  /** Acknowledged by a handler (已签收), who and when recorded. */
  | 'ACKNOWLEDGED'
  /** Cleared (已销号), with the reason; no longer listed among early warnings. */
  | 'CLEARED'
  /** Measures taken to keep the situation stable (已落实稳控措施). */
  | 'HANDLED'
  /** Raised by an assessment at RED or ORANGE (已发出), not yet acknowledged. */
  | 'RAISED';

/** Records of one body linked to a case that the caller is not granted to know of: the body and how many, nothing more. */
export type WithheldLinkedRecords = {
  __typename?: 'WithheldLinkedRecords';
  /** How many of its records are linked to the case and withheld (未显示记录数). */
  count: Scalars['Int']['output'];
  /** The code of the body whose linked records are withheld (所属部门). */
  department: Scalars['String']['output'];
  /** Why they are withheld (no purpose stated, no agreement, a closed case, the role), naming no kind. */
  reasons: Array<Scalars['String']['output']>;
};

/** Assistance the women's federation gave (庇护救助, help applying for a 人身安全保护令, counsel). */
export type WomensFederationAssistance = DepartmentRecord & {
  __typename?: 'WomensFederationAssistance';
  /** SHELTER, PROTECTION_ORDER_APPLICATION, LEGAL_COUNSEL or PSYCHOLOGICAL. */
  assistanceType?: Maybe<Scalars['String']['output']>;
  /** Sensitive: must never reach the other party. */
  beneficiaryAddress?: Maybe<Scalars['String']['output']>;
  /** Name of the woman or child assisted (受助人姓名). */
  beneficiaryName?: Maybe<Scalars['String']['output']>;
  /** The beneficiary's phone number (受助人联系电话). */
  beneficiaryPhone?: Maybe<Scalars['String']['output']>;
  /** Resident ID number (居民身份证号码). */
  beneficiaryResidentId?: Maybe<Scalars['String']['output']>;
  /** Code of the body that owns the record, e.g. COURT. */
  department: Scalars['String']['output'];
  /** ISO 8601 date; null while ongoing. */
  endedOn?: Maybe<Scalars['String']['output']>;
  /** The caseworker's notes on the assistance (帮扶情况). */
  notes?: Maybe<Scalars['String']['output']>;
  /** The record's id in the owner's system. */
  recordId: Scalars['ID']['output'];
  /** The owner's record kind, e.g. CASE_FILING. */
  recordType: Scalars['String']['output'];
  /** ISO 8601 date. */
  startedOn?: Maybe<Scalars['String']['output']>;
};

/** A rights-protection complaint (维权投诉) received by the women's federation. */
export type WomensFederationComplaint = DepartmentRecord & {
  __typename?: 'WomensFederationComplaint';
  /** Sensitive when the complaint is about domestic violence. */
  complainantAddress?: Maybe<Scalars['String']['output']>;
  /** Name of the complainant (投诉人姓名). */
  complainantName?: Maybe<Scalars['String']['output']>;
  /** The complainant's phone number (投诉人联系电话). */
  complainantPhone?: Maybe<Scalars['String']['output']>;
  /** Resident ID number (居民身份证号码). */
  complainantResidentId?: Maybe<Scalars['String']['output']>;
  /** Complaint number (投诉编号). */
  complaintNumber?: Maybe<Scalars['String']['output']>;
  /** DOMESTIC_VIOLENCE, MARRIAGE, CUSTODY or OTHER. */
  complaintType?: Maybe<Scalars['String']['output']>;
  /** Code of the body that owns the record, e.g. COURT. */
  department: Scalars['String']['output'];
  /** ISO 8601 date. */
  receivedOn?: Maybe<Scalars['String']['output']>;
  /** The record's id in the owner's system. */
  recordId: Scalars['ID']['output'];
  /** The owner's record kind, e.g. CASE_FILING. */
  recordType: Scalars['String']['output'];
  /** Whom the complaint is about (被投诉人). */
  respondentName?: Maybe<Scalars['String']['output']>;
  /** RECEIVED, IN_PROGRESS, REFERRED or CLOSED. */
  status?: Maybe<Scalars['String']['output']>;
  /** What the complaint is about (投诉内容摘要). */
  summary?: Maybe<Scalars['String']['output']>;
};

export type ConsoleMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleMeQuery = { __typename?: 'Query', me: { __typename?: 'Me', user: string, department: string, role: Role, departmentLabel: string, roleLabel: string }, departments: Array<{ __typename?: 'Department', code: string, displayName: string, label: string }>, enumLabels: Array<{ __typename?: 'EnumValueLabel', enum: string, value: string, label: string }> };

export type ConsoleCaseListQueryVariables = Exact<{
  filter?: InputMaybe<JointCaseFilter>;
  orderBy?: InputMaybe<JointCaseOrder>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConsoleCaseListQuery = { __typename?: 'Query', jointCases: { __typename?: 'JointCaseConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'JointCaseEdge', node: { __typename?: 'JointCase', id: string, caseNumber: string, title: string, category: DisputeCategory, categoryLabel: string, status: CaseStatus, statusLabel: string, sourceChannel: SourceChannel, riskLevel?: RiskLevel | null, riskLevelLabel?: string | null, deadline?: string | null, createdAt: string, leadDepartment?: string | null, leadDepartmentLabel?: string | null, participatingDepartments: Array<string>, handler?: string | null } }> } };

export type ConsoleCaseDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConsoleCaseDetailQuery = { __typename?: 'Query', jointCase: { __typename?: 'JointCase', id: string, caseNumber: string, title: string, description?: string | null, category: DisputeCategory, categoryLabel: string, status: CaseStatus, statusLabel: string, sourceChannel: SourceChannel, channelLabel: string, urgency: Urgency, riskLevel?: RiskLevel | null, riskLevelLabel?: string | null, deadline?: string | null, createdAt: string, version: number, place?: string | null, community?: string | null, grid?: string | null, peopleInvolved: number, leadDepartment?: string | null, leadDepartmentLabel?: string | null, participatingDepartments: Array<string>, handler?: string | null, handlerDepartment?: string | null, availableActions: Array<CaseAction>, agreementTerms?: string | null, failureReason?: string | null, followUpNote?: string | null, satisfaction?: Satisfaction | null, judicialConfirmationStatus?: JudicialConfirmationStatus | null, confirmationNumber?: string | null, riskReasons: Array<{ __typename?: 'RiskReason', rule: string, withheld: boolean, department?: string | null, level: RiskLevel, description: string, source?: { __typename?: 'RiskSource', department: string, recordType: string, recordId: string } | null }>, parties: Array<{ __typename?: 'CaseParty', id: string, role: PartyRole, roleLabel: string, name: string, residentId?: string | null, mobile?: string | null, address?: string | null }>, timeline: Array<{ __typename?: 'TimelineEntry', at: string, action: string, fromStatus?: CaseStatus | null, toStatus: CaseStatus, toStatusLabel: string, actorUser: string, actorDepartment: string, actorRole: Role, actorRoleLabel: string, note?: string | null }>, mediationAgreement?: { __typename?: 'MediationAgreement', mediationType: MediationType, organisation: string, mediator: string, documentNumber: string, form: AgreementForm, effectiveOn: string, judicialConfirmationDeadline: string, performanceStatus: PerformanceStatus, obligations: Array<{ __typename?: 'AgreementObligationType', content: string, performanceMethod: string, dueOn: string }> } | null, sessions: Array<{ __typename?: 'JointSession', id: string, sessionType: SessionType, heldAt: string, place: string, minutes: string, outcome?: string | null, attendees: Array<{ __typename?: 'SessionAttendee', department: string, name: string }> }>, withheldLinkedRecords: Array<{ __typename?: 'WithheldLinkedRecords', department: string, count: number, reasons: Array<string> }>, linkedRecords: { __typename?: 'LinkedRecordConnection', edges: Array<{ __typename?: 'LinkedRecordEdge', node: { __typename?: 'LinkedRecord', department: string, recordType: string, recordId: string, access: Array<{ __typename?: 'RecordFieldAccess', field: string, decision: FieldAccessDecision, mask?: Mask | null, reason?: string | null }>, record?: { __typename: 'CareRecord', careType?: string | null, personName?: string | null, personResidentId?: string | null, personAddress?: string | null, guardianName?: string | null, guardianPhone?: string | null, lastVisitOn?: string | null, notes?: string | null, department: string, recordType: string, recordId: string } | { __typename: 'CommunityCorrectionSubject', name?: string | null, residentId?: string | null, address?: string | null, correctionType?: string | null, startedOn?: string | null, endsOn?: string | null, supervisingOfficer?: string | null, department: string, recordType: string, recordId: string } | { __typename: 'CourtCaseFiling', caseNumber?: string | null, caseType?: string | null, causeOfAction?: string | null, stage?: string | null, filedOn?: string | null, presidingJudge?: string | null, nextHearingAt?: string | null, claimSummary?: string | null, department: string, recordType: string, recordId: string, parties?: Array<{ __typename?: 'CourtParty', name?: string | null, residentId?: string | null, phone?: string | null, address?: string | null, role?: string | null }> | null } | { __typename: 'CourtJudicialConfirmation', caseNumber?: string | null, mediationBody?: string | null, agreementSummary?: string | null, appliedOn?: string | null, ruledOn?: string | null, ruling?: string | null, department: string, recordType: string, recordId: string, parties?: Array<{ __typename?: 'CourtParty', name?: string | null, residentId?: string | null, phone?: string | null, address?: string | null, role?: string | null }> | null } | { __typename: 'CourtProtectionOrder', orderNumber?: string | null, issuedOn?: string | null, effectiveUntil?: string | null, status?: string | null, applicantName?: string | null, applicantResidentId?: string | null, applicantAddress?: string | null, respondentName?: string | null, respondentResidentId?: string | null, measures?: string | null, department: string, recordType: string, recordId: string } | { __typename: 'GridScreeningEntry', entryNumber?: string | null, screenedOn?: string | null, grid?: string | null, gridWorker?: string | null, disputeType?: string | null, partiesDescription?: string | null, riskNote?: string | null, status?: string | null, department: string, recordType: string, recordId: string, persons?: Array<{ __typename?: 'ScreenedPerson', name?: string | null, residentId?: string | null, phone?: string | null, address?: string | null }> | null } | { __typename: 'GridVisitLog', visitedOn?: string | null, grid?: string | null, gridWorker?: string | null, householdAddress?: string | null, personName?: string | null, personResidentId?: string | null, notes?: string | null, department: string, recordType: string, recordId: string } | { __typename: 'LabourArbitrationCase', caseNumber?: string | null, filedOn?: string | null, applicantName?: string | null, applicantResidentId?: string | null, applicantPhone?: string | null, respondentName?: string | null, respondentCreditCode?: string | null, claims?: string | null, result?: string | null, concludedOn?: string | null, department: string, recordType: string, recordId: string } | { __typename: 'LegalAidReferral', referralNumber?: string | null, referredOn?: string | null, applicantName?: string | null, applicantResidentId?: string | null, applicantPhone?: string | null, matter?: string | null, aidType?: string | null, status?: string | null, department: string, recordType: string, recordId: string } | { __typename: 'MarriageRegistration', certificateNumber?: string | null, registrationType?: string | null, registeredOn?: string | null, registryOffice?: string | null, spouse1Name?: string | null, spouse1ResidentId?: string | null, spouse2Name?: string | null, spouse2ResidentId?: string | null, department: string, recordType: string, recordId: string } | { __typename: 'MentalHealthRehabilitation', personName?: string | null, personResidentId?: string | null, personAddress?: string | null, serious?: boolean | null, riskGrade?: number | null, managementStatus?: string | null, guardianName?: string | null, guardianPhone?: string | null, registeredOn?: string | null, department: string, recordType: string, recordId: string } | { __typename: 'PeopleMediationCase', caseNumber?: string | null, acceptedOn?: string | null, category?: string | null, mediationCommittee?: string | null, mediator?: string | null, outcome?: string | null, summary?: string | null, agreementNumber?: string | null, agreementSignedOn?: string | null, agreementTerms?: string | null, department: string, recordType: string, recordId: string, parties?: Array<{ __typename?: 'MediationParty', name?: string | null, residentId?: string | null, phone?: string | null, address?: string | null, role?: string | null }> | null } | { __typename: 'PetitionMatter', matterNumber?: string | null, form?: string | null, registeredOn?: string | null, headcount?: number | null, collective?: boolean | null, repeated?: boolean | null, skipLevel?: boolean | null, earlierPetitions?: number | null, request?: string | null, concernsOrganisation?: string | null, concernsCreditCode?: string | null, responsibleUnit?: string | null, stage?: string | null, leaderInCharge?: string | null, acceptanceDueOn?: string | null, handlingDueOn?: string | null, resolution?: string | null, backlog?: boolean | null, department: string, recordType: string, recordId: string, petitioners?: Array<{ __typename?: 'Petitioner', name?: string | null, residentId?: string | null, phone?: string | null, address?: string | null, representative?: boolean | null }> | null } | { __typename: 'PoliceDomesticViolenceWarning', letterNumber?: string | null, issuedOn?: string | null, abuserName?: string | null, abuserResidentId?: string | null, victimName?: string | null, victimResidentId?: string | null, victimAddress?: string | null, facts?: string | null, department: string, recordType: string, recordId: string } | { __typename: 'PoliceIncident', incidentNumber?: string | null, calledAt?: string | null, place?: string | null, category?: string | null, summary?: string | null, handlingResult?: string | null, handlingOfficer?: string | null, department: string, recordType: string, recordId: string, persons?: Array<{ __typename?: 'PolicePerson', name?: string | null, residentId?: string | null, phone?: string | null, address?: string | null, role?: string | null }> | null } | { __typename: 'PoliceMediation', mediationNumber?: string | null, incidentNumber?: string | null, mediatedOn?: string | null, outcome?: string | null, agreementSummary?: string | null, department: string, recordType: string, recordId: string, persons?: Array<{ __typename?: 'PolicePerson', name?: string | null, residentId?: string | null, phone?: string | null, address?: string | null, role?: string | null }> | null } | { __typename: 'SocialAssistanceEntitlement', programme?: string | null, beneficiaryName?: string | null, beneficiaryResidentId?: string | null, beneficiaryAddress?: string | null, householdSize?: number | null, monthlyAmountYuan?: number | null, since?: string | null, status?: string | null, department: string, recordType: string, recordId: string } | { __typename: 'WageArrearsComplaint', complaintNumber?: string | null, receivedOn?: string | null, employerName?: string | null, employerCreditCode?: string | null, legalRepresentativeName?: string | null, legalRepresentativeResidentId?: string | null, complainantName?: string | null, complainantResidentId?: string | null, complainantPhone?: string | null, workersInvolved?: number | null, amountOwed?: string | null, status?: string | null, department: string, recordType: string, recordId: string } | { __typename: 'WomensFederationAssistance', assistanceType?: string | null, startedOn?: string | null, endedOn?: string | null, beneficiaryName?: string | null, beneficiaryResidentId?: string | null, beneficiaryPhone?: string | null, beneficiaryAddress?: string | null, notes?: string | null, department: string, recordType: string, recordId: string } | { __typename: 'WomensFederationComplaint', complaintNumber?: string | null, receivedOn?: string | null, complaintType?: string | null, complainantName?: string | null, complainantResidentId?: string | null, complainantPhone?: string | null, complainantAddress?: string | null, respondentName?: string | null, summary?: string | null, status?: string | null, department: string, recordType: string, recordId: string } | null } }> } } };

export type ConsoleOpenCaseMutationVariables = Exact<{
  input: OpenJointCaseInput;
}>;


export type ConsoleOpenCaseMutation = { __typename?: 'Mutation', openJointCase: { __typename?: 'JointCase', id: string, caseNumber: string, status: CaseStatus } };

export type ConsoleAssessMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ConsoleAssessMutation = { __typename?: 'Mutation', assessJointCase: { __typename: 'JointCase', id: string, status: CaseStatus, riskLevel?: RiskLevel | null, version: number } | { __typename: 'TransitionError', code: TransitionErrorCode, message: string, status: CaseStatus, allowedNextStates: Array<CaseStatus> } };

export type ConsoleAssignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: AssignJointCaseInput;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ConsoleAssignMutation = { __typename?: 'Mutation', assignJointCase: { __typename: 'JointCase', id: string, status: CaseStatus, version: number } | { __typename: 'TransitionError', code: TransitionErrorCode, message: string, status: CaseStatus, allowedNextStates: Array<CaseStatus> } };

export type ConsoleStartMediationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ConsoleStartMediationMutation = { __typename?: 'Mutation', startMediation: { __typename: 'JointCase', id: string, status: CaseStatus, version: number } | { __typename: 'TransitionError', code: TransitionErrorCode, message: string, status: CaseStatus, allowedNextStates: Array<CaseStatus> } };

export type ConsoleWarningsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConsoleWarningsQuery = { __typename?: 'Query', earlyWarnings: { __typename?: 'JointCaseConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'JointCaseEdge', node: { __typename?: 'JointCase', id: string, caseNumber: string, title: string, riskLevel?: RiskLevel | null, riskLevelLabel?: string | null, status: CaseStatus, statusLabel: string, createdAt: string, leadDepartment?: string | null, leadDepartmentLabel?: string | null, riskReasons: Array<{ __typename?: 'RiskReason', rule: string, withheld: boolean, department?: string | null, level: RiskLevel, description: string, source?: { __typename?: 'RiskSource', department: string, recordType: string, recordId: string } | null }> } }> } };

export type ConsoleStatisticsQueryVariables = Exact<{
  from: Scalars['DateTimeISO']['input'];
  until: Scalars['DateTimeISO']['input'];
}>;


export type ConsoleStatisticsQuery = { __typename?: 'Query', caseStatistics: { __typename?: 'CaseStatistics', smallCellThreshold: number, rows: Array<{ __typename?: 'CaseStatisticsRow', key?: string | null, label: string, casesTakenIn: number, handled: number, settled: number, handledRate?: number | null, successRate?: number | null, overdue: number, earlyWarnings: string, judicialConfirmations: string }>, total: { __typename?: 'CaseStatisticsRow', key?: string | null, label: string, casesTakenIn: number, handled: number, settled: number, handledRate?: number | null, successRate?: number | null, overdue: number, earlyWarnings: string, judicialConfirmations: string } } };

export type ConsoleLedgerMutationVariables = Exact<{
  from: Scalars['DateTimeISO']['input'];
  until: Scalars['DateTimeISO']['input'];
  format: LedgerFormat;
}>;


export type ConsoleLedgerMutation = { __typename?: 'Mutation', exportWorkLedger: { __typename?: 'LedgerFile', filename: string, contentType: string, rowCount: number, contentBase64: string } };

export type ConsolePersonQueryVariables = Exact<{
  residentId: Scalars['String']['input'];
}>;


export type ConsolePersonQuery = { __typename?: 'Query', person: { __typename?: 'Person', residentIdMasked: string, departments: Array<{ __typename?: 'PersonRecordsAtDepartment', department: string, displayName: string, records?: { __typename?: 'DepartmentRecordConnection', totalCount: number, edges: Array<{ __typename?: 'DepartmentRecordEdge', access: Array<{ __typename?: 'RecordFieldAccess', field: string, decision: FieldAccessDecision, mask?: Mask | null, reason?: string | null }>, node: { __typename: 'CareRecord', careType?: string | null, personName?: string | null, personResidentId?: string | null, personAddress?: string | null, guardianName?: string | null, guardianPhone?: string | null, lastVisitOn?: string | null, notes?: string | null, department: string, recordType: string, recordId: string } | { __typename: 'CommunityCorrectionSubject', name?: string | null, residentId?: string | null, address?: string | null, correctionType?: string | null, startedOn?: string | null, endsOn?: string | null, supervisingOfficer?: string | null, department: string, recordType: string, recordId: string } | { __typename: 'CourtCaseFiling', caseNumber?: string | null, caseType?: string | null, causeOfAction?: string | null, stage?: string | null, filedOn?: string | null, presidingJudge?: string | null, nextHearingAt?: string | null, claimSummary?: string | null, department: string, recordType: string, recordId: string, parties?: Array<{ __typename?: 'CourtParty', name?: string | null, residentId?: string | null, phone?: string | null, address?: string | null, role?: string | null }> | null } | { __typename: 'CourtJudicialConfirmation', caseNumber?: string | null, mediationBody?: string | null, agreementSummary?: string | null, appliedOn?: string | null, ruledOn?: string | null, ruling?: string | null, department: string, recordType: string, recordId: string, parties?: Array<{ __typename?: 'CourtParty', name?: string | null, residentId?: string | null, phone?: string | null, address?: string | null, role?: string | null }> | null } | { __typename: 'CourtProtectionOrder', orderNumber?: string | null, issuedOn?: string | null, effectiveUntil?: string | null, status?: string | null, applicantName?: string | null, applicantResidentId?: string | null, applicantAddress?: string | null, respondentName?: string | null, respondentResidentId?: string | null, measures?: string | null, department: string, recordType: string, recordId: string } | { __typename: 'GridScreeningEntry', entryNumber?: string | null, screenedOn?: string | null, grid?: string | null, gridWorker?: string | null, disputeType?: string | null, partiesDescription?: string | null, riskNote?: string | null, status?: string | null, department: string, recordType: string, recordId: string, persons?: Array<{ __typename?: 'ScreenedPerson', name?: string | null, residentId?: string | null, phone?: string | null, address?: string | null }> | null } | { __typename: 'GridVisitLog', visitedOn?: string | null, grid?: string | null, gridWorker?: string | null, householdAddress?: string | null, personName?: string | null, personResidentId?: string | null, notes?: string | null, department: string, recordType: string, recordId: string } | { __typename: 'LabourArbitrationCase', caseNumber?: string | null, filedOn?: string | null, applicantName?: string | null, applicantResidentId?: string | null, applicantPhone?: string | null, respondentName?: string | null, respondentCreditCode?: string | null, claims?: string | null, result?: string | null, concludedOn?: string | null, department: string, recordType: string, recordId: string } | { __typename: 'LegalAidReferral', referralNumber?: string | null, referredOn?: string | null, applicantName?: string | null, applicantResidentId?: string | null, applicantPhone?: string | null, matter?: string | null, aidType?: string | null, status?: string | null, department: string, recordType: string, recordId: string } | { __typename: 'MarriageRegistration', certificateNumber?: string | null, registrationType?: string | null, registeredOn?: string | null, registryOffice?: string | null, spouse1Name?: string | null, spouse1ResidentId?: string | null, spouse2Name?: string | null, spouse2ResidentId?: string | null, department: string, recordType: string, recordId: string } | { __typename: 'MentalHealthRehabilitation', personName?: string | null, personResidentId?: string | null, personAddress?: string | null, serious?: boolean | null, riskGrade?: number | null, managementStatus?: string | null, guardianName?: string | null, guardianPhone?: string | null, registeredOn?: string | null, department: string, recordType: string, recordId: string } | { __typename: 'PeopleMediationCase', caseNumber?: string | null, acceptedOn?: string | null, category?: string | null, mediationCommittee?: string | null, mediator?: string | null, outcome?: string | null, summary?: string | null, agreementNumber?: string | null, agreementSignedOn?: string | null, agreementTerms?: string | null, department: string, recordType: string, recordId: string, parties?: Array<{ __typename?: 'MediationParty', name?: string | null, residentId?: string | null, phone?: string | null, address?: string | null, role?: string | null }> | null } | { __typename: 'PetitionMatter', matterNumber?: string | null, form?: string | null, registeredOn?: string | null, headcount?: number | null, collective?: boolean | null, repeated?: boolean | null, skipLevel?: boolean | null, earlierPetitions?: number | null, request?: string | null, concernsOrganisation?: string | null, concernsCreditCode?: string | null, responsibleUnit?: string | null, stage?: string | null, leaderInCharge?: string | null, acceptanceDueOn?: string | null, handlingDueOn?: string | null, resolution?: string | null, backlog?: boolean | null, department: string, recordType: string, recordId: string, petitioners?: Array<{ __typename?: 'Petitioner', name?: string | null, residentId?: string | null, phone?: string | null, address?: string | null, representative?: boolean | null }> | null } | { __typename: 'PoliceDomesticViolenceWarning', letterNumber?: string | null, issuedOn?: string | null, abuserName?: string | null, abuserResidentId?: string | null, victimName?: string | null, victimResidentId?: string | null, victimAddress?: string | null, facts?: string | null, department: string, recordType: string, recordId: string } | { __typename: 'PoliceIncident', incidentNumber?: string | null, calledAt?: string | null, place?: string | null, category?: string | null, summary?: string | null, handlingResult?: string | null, handlingOfficer?: string | null, department: string, recordType: string, recordId: string, persons?: Array<{ __typename?: 'PolicePerson', name?: string | null, residentId?: string | null, phone?: string | null, address?: string | null, role?: string | null }> | null } | { __typename: 'PoliceMediation', mediationNumber?: string | null, incidentNumber?: string | null, mediatedOn?: string | null, outcome?: string | null, agreementSummary?: string | null, department: string, recordType: string, recordId: string, persons?: Array<{ __typename?: 'PolicePerson', name?: string | null, residentId?: string | null, phone?: string | null, address?: string | null, role?: string | null }> | null } | { __typename: 'SocialAssistanceEntitlement', programme?: string | null, beneficiaryName?: string | null, beneficiaryResidentId?: string | null, beneficiaryAddress?: string | null, householdSize?: number | null, monthlyAmountYuan?: number | null, since?: string | null, status?: string | null, department: string, recordType: string, recordId: string } | { __typename: 'WageArrearsComplaint', complaintNumber?: string | null, receivedOn?: string | null, employerName?: string | null, employerCreditCode?: string | null, legalRepresentativeName?: string | null, legalRepresentativeResidentId?: string | null, complainantName?: string | null, complainantResidentId?: string | null, complainantPhone?: string | null, workersInvolved?: number | null, amountOwed?: string | null, status?: string | null, department: string, recordType: string, recordId: string } | { __typename: 'WomensFederationAssistance', assistanceType?: string | null, startedOn?: string | null, endedOn?: string | null, beneficiaryName?: string | null, beneficiaryResidentId?: string | null, beneficiaryPhone?: string | null, beneficiaryAddress?: string | null, notes?: string | null, department: string, recordType: string, recordId: string } | { __typename: 'WomensFederationComplaint', complaintNumber?: string | null, receivedOn?: string | null, complaintType?: string | null, complainantName?: string | null, complainantResidentId?: string | null, complainantPhone?: string | null, complainantAddress?: string | null, respondentName?: string | null, summary?: string | null, status?: string | null, department: string, recordType: string, recordId: string } }> } | null }> } };

export type ConsoleAuditTrailQueryVariables = Exact<{
  from: Scalars['DateTimeISO']['input'];
  until: Scalars['DateTimeISO']['input'];
  consumer?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
}>;


export type ConsoleAuditTrailQuery = { __typename?: 'Query', auditTrail: { __typename?: 'AuditEntryConnection', totalCount: number, edges: Array<{ __typename?: 'AuditEntryEdge', node: { __typename?: 'AuditEntry', occurredAt: string, user: string, department: string, role: Role, purpose?: Purpose | null, provider?: string | null, recordType?: string | null, recordId?: string | null, decision: AuditDecision, reason?: string | null, jointCaseId?: string | null } }> } };

export type ConsoleRecordSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: RecordJointSessionInput;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ConsoleRecordSessionMutation = { __typename?: 'Mutation', recordJointSession: { __typename?: 'JointSession', id: string, sessionType: SessionType, heldAt: string } };

export type ConsoleReachAgreementMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  terms: Scalars['String']['input'];
  agreement?: InputMaybe<MediationAgreementInput>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ConsoleReachAgreementMutation = { __typename?: 'Mutation', reachAgreement: { __typename: 'JointCase', id: string, status: CaseStatus, version: number } | { __typename: 'TransitionError', code: TransitionErrorCode, message: string, status: CaseStatus, allowedNextStates: Array<CaseStatus> } };

export type ConsoleApplyConfirmationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ApplyJudicialConfirmationInput;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ConsoleApplyConfirmationMutation = { __typename?: 'Mutation', applyJudicialConfirmation: { __typename: 'JointCase', id: string, status: CaseStatus, version: number } | { __typename: 'TransitionError', code: TransitionErrorCode, message: string, status: CaseStatus, allowedNextStates: Array<CaseStatus> } };

export type ConsoleConfirmJudiciallyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ConfirmJudiciallyInput;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ConsoleConfirmJudiciallyMutation = { __typename?: 'Mutation', confirmJudicially: { __typename: 'JointCase', id: string, status: CaseStatus, version: number } | { __typename: 'TransitionError', code: TransitionErrorCode, message: string, status: CaseStatus, allowedNextStates: Array<CaseStatus> } };

export type ConsoleFollowUpMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
  findings?: InputMaybe<FollowUpFindingsInput>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ConsoleFollowUpMutation = { __typename?: 'Mutation', startFollowUp: { __typename: 'JointCase', id: string, status: CaseStatus, version: number } | { __typename: 'TransitionError', code: TransitionErrorCode, message: string, status: CaseStatus, allowedNextStates: Array<CaseStatus> } };

export type ConsoleCloseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ConsoleCloseMutation = { __typename?: 'Mutation', closeJointCase: { __typename: 'JointCase', id: string, status: CaseStatus, version: number } | { __typename: 'TransitionError', code: TransitionErrorCode, message: string, status: CaseStatus, allowedNextStates: Array<CaseStatus> } };

export type ConsoleFailMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ConsoleFailMutation = { __typename?: 'Mutation', failMediation: { __typename: 'JointCase', id: string, status: CaseStatus, version: number } | { __typename: 'TransitionError', code: TransitionErrorCode, message: string, status: CaseStatus, allowedNextStates: Array<CaseStatus> } };

export type ConsoleRejectConfirmationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ConsoleRejectConfirmationMutation = { __typename?: 'Mutation', rejectJudicialConfirmation: { __typename: 'JointCase', id: string, status: CaseStatus, version: number } | { __typename: 'TransitionError', code: TransitionErrorCode, message: string, status: CaseStatus, allowedNextStates: Array<CaseStatus> } };

export type ConsoleWithdrawMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ConsoleWithdrawMutation = { __typename?: 'Mutation', withdrawJointCase: { __typename: 'JointCase', id: string, status: CaseStatus, version: number } | { __typename: 'TransitionError', code: TransitionErrorCode, message: string, status: CaseStatus, allowedNextStates: Array<CaseStatus> } };

export type ConsoleSubjectAccessQueryVariables = Exact<{
  residentId: Scalars['String']['input'];
}>;


export type ConsoleSubjectAccessQuery = { __typename?: 'Query', subjectAccessReport: { __typename?: 'SubjectAccessReport', residentIdMasked: string, generatedAt: string, entries: Array<{ __typename?: 'SubjectAccessEntry', occurredAt: string, readBy: string, provider: string, recordType?: string | null, recordTypes: Array<string>, purpose?: Purpose | null, jointCaseNumber?: string | null, decision: AuditDecision }> } };

type RecordFields_CareRecord_Fragment = { __typename: 'CareRecord', careType?: string | null, personName?: string | null, personResidentId?: string | null, personAddress?: string | null, guardianName?: string | null, guardianPhone?: string | null, lastVisitOn?: string | null, notes?: string | null, department: string, recordType: string, recordId: string };

type RecordFields_CommunityCorrectionSubject_Fragment = { __typename: 'CommunityCorrectionSubject', name?: string | null, residentId?: string | null, address?: string | null, correctionType?: string | null, startedOn?: string | null, endsOn?: string | null, supervisingOfficer?: string | null, department: string, recordType: string, recordId: string };

type RecordFields_CourtCaseFiling_Fragment = { __typename: 'CourtCaseFiling', caseNumber?: string | null, caseType?: string | null, causeOfAction?: string | null, stage?: string | null, filedOn?: string | null, presidingJudge?: string | null, nextHearingAt?: string | null, claimSummary?: string | null, department: string, recordType: string, recordId: string, parties?: Array<{ __typename?: 'CourtParty', name?: string | null, residentId?: string | null, phone?: string | null, address?: string | null, role?: string | null }> | null };

type RecordFields_CourtJudicialConfirmation_Fragment = { __typename: 'CourtJudicialConfirmation', caseNumber?: string | null, mediationBody?: string | null, agreementSummary?: string | null, appliedOn?: string | null, ruledOn?: string | null, ruling?: string | null, department: string, recordType: string, recordId: string, parties?: Array<{ __typename?: 'CourtParty', name?: string | null, residentId?: string | null, phone?: string | null, address?: string | null, role?: string | null }> | null };

type RecordFields_CourtProtectionOrder_Fragment = { __typename: 'CourtProtectionOrder', orderNumber?: string | null, issuedOn?: string | null, effectiveUntil?: string | null, status?: string | null, applicantName?: string | null, applicantResidentId?: string | null, applicantAddress?: string | null, respondentName?: string | null, respondentResidentId?: string | null, measures?: string | null, department: string, recordType: string, recordId: string };

type RecordFields_GridScreeningEntry_Fragment = { __typename: 'GridScreeningEntry', entryNumber?: string | null, screenedOn?: string | null, grid?: string | null, gridWorker?: string | null, disputeType?: string | null, partiesDescription?: string | null, riskNote?: string | null, status?: string | null, department: string, recordType: string, recordId: string, persons?: Array<{ __typename?: 'ScreenedPerson', name?: string | null, residentId?: string | null, phone?: string | null, address?: string | null }> | null };

type RecordFields_GridVisitLog_Fragment = { __typename: 'GridVisitLog', visitedOn?: string | null, grid?: string | null, gridWorker?: string | null, householdAddress?: string | null, personName?: string | null, personResidentId?: string | null, notes?: string | null, department: string, recordType: string, recordId: string };

type RecordFields_LabourArbitrationCase_Fragment = { __typename: 'LabourArbitrationCase', caseNumber?: string | null, filedOn?: string | null, applicantName?: string | null, applicantResidentId?: string | null, applicantPhone?: string | null, respondentName?: string | null, respondentCreditCode?: string | null, claims?: string | null, result?: string | null, concludedOn?: string | null, department: string, recordType: string, recordId: string };

type RecordFields_LegalAidReferral_Fragment = { __typename: 'LegalAidReferral', referralNumber?: string | null, referredOn?: string | null, applicantName?: string | null, applicantResidentId?: string | null, applicantPhone?: string | null, matter?: string | null, aidType?: string | null, status?: string | null, department: string, recordType: string, recordId: string };

type RecordFields_MarriageRegistration_Fragment = { __typename: 'MarriageRegistration', certificateNumber?: string | null, registrationType?: string | null, registeredOn?: string | null, registryOffice?: string | null, spouse1Name?: string | null, spouse1ResidentId?: string | null, spouse2Name?: string | null, spouse2ResidentId?: string | null, department: string, recordType: string, recordId: string };

type RecordFields_MentalHealthRehabilitation_Fragment = { __typename: 'MentalHealthRehabilitation', personName?: string | null, personResidentId?: string | null, personAddress?: string | null, serious?: boolean | null, riskGrade?: number | null, managementStatus?: string | null, guardianName?: string | null, guardianPhone?: string | null, registeredOn?: string | null, department: string, recordType: string, recordId: string };

type RecordFields_PeopleMediationCase_Fragment = { __typename: 'PeopleMediationCase', caseNumber?: string | null, acceptedOn?: string | null, category?: string | null, mediationCommittee?: string | null, mediator?: string | null, outcome?: string | null, summary?: string | null, agreementNumber?: string | null, agreementSignedOn?: string | null, agreementTerms?: string | null, department: string, recordType: string, recordId: string, parties?: Array<{ __typename?: 'MediationParty', name?: string | null, residentId?: string | null, phone?: string | null, address?: string | null, role?: string | null }> | null };

type RecordFields_PetitionMatter_Fragment = { __typename: 'PetitionMatter', matterNumber?: string | null, form?: string | null, registeredOn?: string | null, headcount?: number | null, collective?: boolean | null, repeated?: boolean | null, skipLevel?: boolean | null, earlierPetitions?: number | null, request?: string | null, concernsOrganisation?: string | null, concernsCreditCode?: string | null, responsibleUnit?: string | null, stage?: string | null, leaderInCharge?: string | null, acceptanceDueOn?: string | null, handlingDueOn?: string | null, resolution?: string | null, backlog?: boolean | null, department: string, recordType: string, recordId: string, petitioners?: Array<{ __typename?: 'Petitioner', name?: string | null, residentId?: string | null, phone?: string | null, address?: string | null, representative?: boolean | null }> | null };

type RecordFields_PoliceDomesticViolenceWarning_Fragment = { __typename: 'PoliceDomesticViolenceWarning', letterNumber?: string | null, issuedOn?: string | null, abuserName?: string | null, abuserResidentId?: string | null, victimName?: string | null, victimResidentId?: string | null, victimAddress?: string | null, facts?: string | null, department: string, recordType: string, recordId: string };

type RecordFields_PoliceIncident_Fragment = { __typename: 'PoliceIncident', incidentNumber?: string | null, calledAt?: string | null, place?: string | null, category?: string | null, summary?: string | null, handlingResult?: string | null, handlingOfficer?: string | null, department: string, recordType: string, recordId: string, persons?: Array<{ __typename?: 'PolicePerson', name?: string | null, residentId?: string | null, phone?: string | null, address?: string | null, role?: string | null }> | null };

type RecordFields_PoliceMediation_Fragment = { __typename: 'PoliceMediation', mediationNumber?: string | null, incidentNumber?: string | null, mediatedOn?: string | null, outcome?: string | null, agreementSummary?: string | null, department: string, recordType: string, recordId: string, persons?: Array<{ __typename?: 'PolicePerson', name?: string | null, residentId?: string | null, phone?: string | null, address?: string | null, role?: string | null }> | null };

type RecordFields_SocialAssistanceEntitlement_Fragment = { __typename: 'SocialAssistanceEntitlement', programme?: string | null, beneficiaryName?: string | null, beneficiaryResidentId?: string | null, beneficiaryAddress?: string | null, householdSize?: number | null, monthlyAmountYuan?: number | null, since?: string | null, status?: string | null, department: string, recordType: string, recordId: string };

type RecordFields_WageArrearsComplaint_Fragment = { __typename: 'WageArrearsComplaint', complaintNumber?: string | null, receivedOn?: string | null, employerName?: string | null, employerCreditCode?: string | null, legalRepresentativeName?: string | null, legalRepresentativeResidentId?: string | null, complainantName?: string | null, complainantResidentId?: string | null, complainantPhone?: string | null, workersInvolved?: number | null, amountOwed?: string | null, status?: string | null, department: string, recordType: string, recordId: string };

type RecordFields_WomensFederationAssistance_Fragment = { __typename: 'WomensFederationAssistance', assistanceType?: string | null, startedOn?: string | null, endedOn?: string | null, beneficiaryName?: string | null, beneficiaryResidentId?: string | null, beneficiaryPhone?: string | null, beneficiaryAddress?: string | null, notes?: string | null, department: string, recordType: string, recordId: string };

type RecordFields_WomensFederationComplaint_Fragment = { __typename: 'WomensFederationComplaint', complaintNumber?: string | null, receivedOn?: string | null, complaintType?: string | null, complainantName?: string | null, complainantResidentId?: string | null, complainantPhone?: string | null, complainantAddress?: string | null, respondentName?: string | null, summary?: string | null, status?: string | null, department: string, recordType: string, recordId: string };

export type RecordFieldsFragment = RecordFields_CareRecord_Fragment | RecordFields_CommunityCorrectionSubject_Fragment | RecordFields_CourtCaseFiling_Fragment | RecordFields_CourtJudicialConfirmation_Fragment | RecordFields_CourtProtectionOrder_Fragment | RecordFields_GridScreeningEntry_Fragment | RecordFields_GridVisitLog_Fragment | RecordFields_LabourArbitrationCase_Fragment | RecordFields_LegalAidReferral_Fragment | RecordFields_MarriageRegistration_Fragment | RecordFields_MentalHealthRehabilitation_Fragment | RecordFields_PeopleMediationCase_Fragment | RecordFields_PetitionMatter_Fragment | RecordFields_PoliceDomesticViolenceWarning_Fragment | RecordFields_PoliceIncident_Fragment | RecordFields_PoliceMediation_Fragment | RecordFields_SocialAssistanceEntitlement_Fragment | RecordFields_WageArrearsComplaint_Fragment | RecordFields_WomensFederationAssistance_Fragment | RecordFields_WomensFederationComplaint_Fragment;

export const RecordFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careType"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"personResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"personAddress"}},{"kind":"Field","name":{"kind":"Name","value":"guardianName"}},{"kind":"Field","name":{"kind":"Name","value":"guardianPhone"}},{"kind":"Field","name":{"kind":"Name","value":"lastVisitOn"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityCorrectionSubject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"correctionType"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"supervisingOfficer"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourtCaseFiling"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","name":{"kind":"Name","value":"causeOfAction"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"presidingJudge"}},{"kind":"Field","name":{"kind":"Name","value":"nextHearingAt"}},{"kind":"Field","name":{"kind":"Name","value":"claimSummary"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourtJudicialConfirmation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"mediationBody"}},{"kind":"Field","name":{"kind":"Name","value":"agreementSummary"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"ruledOn"}},{"kind":"Field","name":{"kind":"Name","value":"ruling"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourtProtectionOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"applicantResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"applicantAddress"}},{"kind":"Field","name":{"kind":"Name","value":"respondentName"}},{"kind":"Field","name":{"kind":"Name","value":"respondentResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridScreeningEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"screenedOn"}},{"kind":"Field","name":{"kind":"Name","value":"grid"}},{"kind":"Field","name":{"kind":"Name","value":"gridWorker"}},{"kind":"Field","name":{"kind":"Name","value":"disputeType"}},{"kind":"Field","name":{"kind":"Name","value":"partiesDescription"}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskNote"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridVisitLog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"grid"}},{"kind":"Field","name":{"kind":"Name","value":"gridWorker"}},{"kind":"Field","name":{"kind":"Name","value":"householdAddress"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"personResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LabourArbitrationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"applicantResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"applicantPhone"}},{"kind":"Field","name":{"kind":"Name","value":"respondentName"}},{"kind":"Field","name":{"kind":"Name","value":"respondentCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"claims"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"concludedOn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LegalAidReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralNumber"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"applicantResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"applicantPhone"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}},{"kind":"Field","name":{"kind":"Name","value":"aidType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MarriageRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registrationType"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"registryOffice"}},{"kind":"Field","name":{"kind":"Name","value":"spouse1Name"}},{"kind":"Field","name":{"kind":"Name","value":"spouse1ResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"spouse2Name"}},{"kind":"Field","name":{"kind":"Name","value":"spouse2ResidentId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MentalHealthRehabilitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"personResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"personAddress"}},{"kind":"Field","name":{"kind":"Name","value":"serious"}},{"kind":"Field","name":{"kind":"Name","value":"riskGrade"}},{"kind":"Field","name":{"kind":"Name","value":"managementStatus"}},{"kind":"Field","name":{"kind":"Name","value":"guardianName"}},{"kind":"Field","name":{"kind":"Name","value":"guardianPhone"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeopleMediationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"mediationCommittee"}},{"kind":"Field","name":{"kind":"Name","value":"mediator"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"agreementNumber"}},{"kind":"Field","name":{"kind":"Name","value":"agreementSignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"agreementTerms"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PetitionMatter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matterNumber"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"repeated"}},{"kind":"Field","name":{"kind":"Name","value":"skipLevel"}},{"kind":"Field","name":{"kind":"Name","value":"earlierPetitions"}},{"kind":"Field","name":{"kind":"Name","value":"petitioners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"representative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"concernsOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"concernsCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"leaderInCharge"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"handlingDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"backlog"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoliceDomesticViolenceWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letterNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"abuserName"}},{"kind":"Field","name":{"kind":"Name","value":"abuserResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"victimName"}},{"kind":"Field","name":{"kind":"Name","value":"victimResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"victimAddress"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoliceIncident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"calledAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"handlingResult"}},{"kind":"Field","name":{"kind":"Name","value":"handlingOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoliceMediation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"incidentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"mediatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"agreementSummary"}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialAssistanceEntitlement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryName"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryAddress"}},{"kind":"Field","name":{"kind":"Name","value":"householdSize"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmountYuan"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WageArrearsComplaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"employerCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentativeName"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentativeResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"complainantName"}},{"kind":"Field","name":{"kind":"Name","value":"complainantResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"complainantPhone"}},{"kind":"Field","name":{"kind":"Name","value":"workersInvolved"}},{"kind":"Field","name":{"kind":"Name","value":"amountOwed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WomensFederationAssistance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistanceType"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryName"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryPhone"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryAddress"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WomensFederationComplaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"complaintType"}},{"kind":"Field","name":{"kind":"Name","value":"complainantName"}},{"kind":"Field","name":{"kind":"Name","value":"complainantResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"complainantPhone"}},{"kind":"Field","name":{"kind":"Name","value":"complainantAddress"}},{"kind":"Field","name":{"kind":"Name","value":"respondentName"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordFieldsFragment, unknown>;
export const ConsoleMeDocument = {"__meta__":{"hash":"8f375049eb8f5eadd50dbb6c9e5e24af895b94ad551d23e2db8b7e01bf9b38f1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"departmentLabel"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enumLabels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enum"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<ConsoleMeQuery, ConsoleMeQueryVariables>;
export const ConsoleCaseListDocument = {"__meta__":{"hash":"0778582229f314de7a61f39b02a22138288ff5939eb1a81f9206fe1dd565a209"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleCaseList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JointCaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JointCaseOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jointCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sourceChannel"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartmentLabel"}},{"kind":"Field","name":{"kind":"Name","value":"participatingDepartments"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCaseListQuery, ConsoleCaseListQueryVariables>;
export const ConsoleCaseDetailDocument = {"__meta__":{"hash":"8d1bd0be90626de0b0565a5f328feea2f25c69f5901554ac18f39329e9c9b037"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleCaseDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jointCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sourceChannel"}},{"kind":"Field","name":{"kind":"Name","value":"channelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"community"}},{"kind":"Field","name":{"kind":"Name","value":"grid"}},{"kind":"Field","name":{"kind":"Name","value":"peopleInvolved"}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartmentLabel"}},{"kind":"Field","name":{"kind":"Name","value":"participatingDepartments"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"handlerDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"riskReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actorUser"}},{"kind":"Field","name":{"kind":"Name","value":"actorDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actorRoleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreementTerms"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"followUpNote"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"judicialConfirmationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"confirmationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"mediationAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediationType"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"mediator"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"judicialConfirmationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"performanceStatus"}},{"kind":"Field","name":{"kind":"Name","value":"obligations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"performanceMethod"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionType"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"withheldLinkedRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"access"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"mask"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careType"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"personResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"personAddress"}},{"kind":"Field","name":{"kind":"Name","value":"guardianName"}},{"kind":"Field","name":{"kind":"Name","value":"guardianPhone"}},{"kind":"Field","name":{"kind":"Name","value":"lastVisitOn"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityCorrectionSubject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"correctionType"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"supervisingOfficer"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourtCaseFiling"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","name":{"kind":"Name","value":"causeOfAction"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"presidingJudge"}},{"kind":"Field","name":{"kind":"Name","value":"nextHearingAt"}},{"kind":"Field","name":{"kind":"Name","value":"claimSummary"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourtJudicialConfirmation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"mediationBody"}},{"kind":"Field","name":{"kind":"Name","value":"agreementSummary"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"ruledOn"}},{"kind":"Field","name":{"kind":"Name","value":"ruling"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourtProtectionOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"applicantResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"applicantAddress"}},{"kind":"Field","name":{"kind":"Name","value":"respondentName"}},{"kind":"Field","name":{"kind":"Name","value":"respondentResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridScreeningEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"screenedOn"}},{"kind":"Field","name":{"kind":"Name","value":"grid"}},{"kind":"Field","name":{"kind":"Name","value":"gridWorker"}},{"kind":"Field","name":{"kind":"Name","value":"disputeType"}},{"kind":"Field","name":{"kind":"Name","value":"partiesDescription"}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskNote"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridVisitLog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"grid"}},{"kind":"Field","name":{"kind":"Name","value":"gridWorker"}},{"kind":"Field","name":{"kind":"Name","value":"householdAddress"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"personResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LabourArbitrationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"applicantResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"applicantPhone"}},{"kind":"Field","name":{"kind":"Name","value":"respondentName"}},{"kind":"Field","name":{"kind":"Name","value":"respondentCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"claims"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"concludedOn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LegalAidReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralNumber"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"applicantResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"applicantPhone"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}},{"kind":"Field","name":{"kind":"Name","value":"aidType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MarriageRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registrationType"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"registryOffice"}},{"kind":"Field","name":{"kind":"Name","value":"spouse1Name"}},{"kind":"Field","name":{"kind":"Name","value":"spouse1ResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"spouse2Name"}},{"kind":"Field","name":{"kind":"Name","value":"spouse2ResidentId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MentalHealthRehabilitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"personResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"personAddress"}},{"kind":"Field","name":{"kind":"Name","value":"serious"}},{"kind":"Field","name":{"kind":"Name","value":"riskGrade"}},{"kind":"Field","name":{"kind":"Name","value":"managementStatus"}},{"kind":"Field","name":{"kind":"Name","value":"guardianName"}},{"kind":"Field","name":{"kind":"Name","value":"guardianPhone"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeopleMediationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"mediationCommittee"}},{"kind":"Field","name":{"kind":"Name","value":"mediator"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"agreementNumber"}},{"kind":"Field","name":{"kind":"Name","value":"agreementSignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"agreementTerms"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PetitionMatter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matterNumber"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"repeated"}},{"kind":"Field","name":{"kind":"Name","value":"skipLevel"}},{"kind":"Field","name":{"kind":"Name","value":"earlierPetitions"}},{"kind":"Field","name":{"kind":"Name","value":"petitioners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"representative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"concernsOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"concernsCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"leaderInCharge"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"handlingDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"backlog"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoliceDomesticViolenceWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letterNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"abuserName"}},{"kind":"Field","name":{"kind":"Name","value":"abuserResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"victimName"}},{"kind":"Field","name":{"kind":"Name","value":"victimResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"victimAddress"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoliceIncident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"calledAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"handlingResult"}},{"kind":"Field","name":{"kind":"Name","value":"handlingOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoliceMediation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"incidentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"mediatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"agreementSummary"}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialAssistanceEntitlement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryName"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryAddress"}},{"kind":"Field","name":{"kind":"Name","value":"householdSize"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmountYuan"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WageArrearsComplaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"employerCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentativeName"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentativeResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"complainantName"}},{"kind":"Field","name":{"kind":"Name","value":"complainantResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"complainantPhone"}},{"kind":"Field","name":{"kind":"Name","value":"workersInvolved"}},{"kind":"Field","name":{"kind":"Name","value":"amountOwed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WomensFederationAssistance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistanceType"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryName"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryPhone"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryAddress"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WomensFederationComplaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"complaintType"}},{"kind":"Field","name":{"kind":"Name","value":"complainantName"}},{"kind":"Field","name":{"kind":"Name","value":"complainantResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"complainantPhone"}},{"kind":"Field","name":{"kind":"Name","value":"complainantAddress"}},{"kind":"Field","name":{"kind":"Name","value":"respondentName"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsoleCaseDetailQuery, ConsoleCaseDetailQueryVariables>;
export const ConsoleOpenCaseDocument = {"__meta__":{"hash":"3eb9eda53213bd37bbc60f75cd39b798df544af7f08ae2e24ab3213e0db5b41e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleOpenCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenJointCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openJointCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsoleOpenCaseMutation, ConsoleOpenCaseMutationVariables>;
export const ConsoleAssessDocument = {"__meta__":{"hash":"77dca93dfc34df325fc42d3c48f05deb423297b17be69783ff63c2a29447f42f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAssess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessJointCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedNextStates"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAssessMutation, ConsoleAssessMutationVariables>;
export const ConsoleAssignDocument = {"__meta__":{"hash":"8bc84d14bde30dd0283a074e7eb5eb8610830077f79f400979089927fe799169"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignJointCaseInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignJointCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedNextStates"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAssignMutation, ConsoleAssignMutationVariables>;
export const ConsoleStartMediationDocument = {"__meta__":{"hash":"c9af4e7341a7af0e815a4591a9d49638c0850dbb79a2fcdd5113fa1900f02386"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleStartMediation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMediation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedNextStates"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleStartMediationMutation, ConsoleStartMediationMutationVariables>;
export const ConsoleWarningsDocument = {"__meta__":{"hash":"f83535c221508cb94fb9e7b64971b302127e0a64e8677cf422cfac07a8e0fd8c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleWarnings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"earlyWarnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartmentLabel"}},{"kind":"Field","name":{"kind":"Name","value":"riskReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleWarningsQuery, ConsoleWarningsQueryVariables>;
export const ConsoleStatisticsDocument = {"__meta__":{"hash":"0fdada84f5d101fa31c58cf81670d230a7400a02735cc97b657916b73d138d1f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"CATEGORY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smallCellThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"casesTakenIn"}},{"kind":"Field","name":{"kind":"Name","value":"handled"}},{"kind":"Field","name":{"kind":"Name","value":"settled"}},{"kind":"Field","name":{"kind":"Name","value":"handledRate"}},{"kind":"Field","name":{"kind":"Name","value":"successRate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"earlyWarnings"}},{"kind":"Field","name":{"kind":"Name","value":"judicialConfirmations"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"casesTakenIn"}},{"kind":"Field","name":{"kind":"Name","value":"handled"}},{"kind":"Field","name":{"kind":"Name","value":"settled"}},{"kind":"Field","name":{"kind":"Name","value":"handledRate"}},{"kind":"Field","name":{"kind":"Name","value":"successRate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"earlyWarnings"}},{"kind":"Field","name":{"kind":"Name","value":"judicialConfirmations"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleStatisticsQuery, ConsoleStatisticsQueryVariables>;
export const ConsoleLedgerDocument = {"__meta__":{"hash":"cda065baa64a3aa1d8915208be55a7f7d03da90897af6fe7d9b2bd2ae7ca880e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportWorkLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ConsoleLedgerMutation, ConsoleLedgerMutationVariables>;
export const ConsolePersonDocument = {"__meta__":{"hash":"829c2b5347d4d9bbbba0c407587d8ed72dfa9dbafb86c33ae9845a4973635e1c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"residentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"residentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"residentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentIdMasked"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"access"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"mask"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careType"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"personResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"personAddress"}},{"kind":"Field","name":{"kind":"Name","value":"guardianName"}},{"kind":"Field","name":{"kind":"Name","value":"guardianPhone"}},{"kind":"Field","name":{"kind":"Name","value":"lastVisitOn"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityCorrectionSubject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"correctionType"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"supervisingOfficer"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourtCaseFiling"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","name":{"kind":"Name","value":"causeOfAction"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"presidingJudge"}},{"kind":"Field","name":{"kind":"Name","value":"nextHearingAt"}},{"kind":"Field","name":{"kind":"Name","value":"claimSummary"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourtJudicialConfirmation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"mediationBody"}},{"kind":"Field","name":{"kind":"Name","value":"agreementSummary"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"ruledOn"}},{"kind":"Field","name":{"kind":"Name","value":"ruling"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourtProtectionOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"applicantResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"applicantAddress"}},{"kind":"Field","name":{"kind":"Name","value":"respondentName"}},{"kind":"Field","name":{"kind":"Name","value":"respondentResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridScreeningEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"screenedOn"}},{"kind":"Field","name":{"kind":"Name","value":"grid"}},{"kind":"Field","name":{"kind":"Name","value":"gridWorker"}},{"kind":"Field","name":{"kind":"Name","value":"disputeType"}},{"kind":"Field","name":{"kind":"Name","value":"partiesDescription"}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskNote"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridVisitLog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"grid"}},{"kind":"Field","name":{"kind":"Name","value":"gridWorker"}},{"kind":"Field","name":{"kind":"Name","value":"householdAddress"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"personResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LabourArbitrationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"applicantResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"applicantPhone"}},{"kind":"Field","name":{"kind":"Name","value":"respondentName"}},{"kind":"Field","name":{"kind":"Name","value":"respondentCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"claims"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"concludedOn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LegalAidReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralNumber"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"applicantResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"applicantPhone"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}},{"kind":"Field","name":{"kind":"Name","value":"aidType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MarriageRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registrationType"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"registryOffice"}},{"kind":"Field","name":{"kind":"Name","value":"spouse1Name"}},{"kind":"Field","name":{"kind":"Name","value":"spouse1ResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"spouse2Name"}},{"kind":"Field","name":{"kind":"Name","value":"spouse2ResidentId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MentalHealthRehabilitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"personResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"personAddress"}},{"kind":"Field","name":{"kind":"Name","value":"serious"}},{"kind":"Field","name":{"kind":"Name","value":"riskGrade"}},{"kind":"Field","name":{"kind":"Name","value":"managementStatus"}},{"kind":"Field","name":{"kind":"Name","value":"guardianName"}},{"kind":"Field","name":{"kind":"Name","value":"guardianPhone"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeopleMediationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"mediationCommittee"}},{"kind":"Field","name":{"kind":"Name","value":"mediator"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"agreementNumber"}},{"kind":"Field","name":{"kind":"Name","value":"agreementSignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"agreementTerms"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PetitionMatter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matterNumber"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"collective"}},{"kind":"Field","name":{"kind":"Name","value":"repeated"}},{"kind":"Field","name":{"kind":"Name","value":"skipLevel"}},{"kind":"Field","name":{"kind":"Name","value":"earlierPetitions"}},{"kind":"Field","name":{"kind":"Name","value":"petitioners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"representative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"concernsOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"concernsCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"leaderInCharge"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"handlingDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"backlog"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoliceDomesticViolenceWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letterNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"abuserName"}},{"kind":"Field","name":{"kind":"Name","value":"abuserResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"victimName"}},{"kind":"Field","name":{"kind":"Name","value":"victimResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"victimAddress"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoliceIncident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"calledAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"handlingResult"}},{"kind":"Field","name":{"kind":"Name","value":"handlingOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoliceMediation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"incidentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"mediatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"agreementSummary"}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialAssistanceEntitlement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryName"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryAddress"}},{"kind":"Field","name":{"kind":"Name","value":"householdSize"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmountYuan"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WageArrearsComplaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"employerCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentativeName"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentativeResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"complainantName"}},{"kind":"Field","name":{"kind":"Name","value":"complainantResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"complainantPhone"}},{"kind":"Field","name":{"kind":"Name","value":"workersInvolved"}},{"kind":"Field","name":{"kind":"Name","value":"amountOwed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WomensFederationAssistance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistanceType"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryName"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryPhone"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryAddress"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WomensFederationComplaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"complaintType"}},{"kind":"Field","name":{"kind":"Name","value":"complainantName"}},{"kind":"Field","name":{"kind":"Name","value":"complainantResidentId"}},{"kind":"Field","name":{"kind":"Name","value":"complainantPhone"}},{"kind":"Field","name":{"kind":"Name","value":"complainantAddress"}},{"kind":"Field","name":{"kind":"Name","value":"respondentName"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsolePersonQuery, ConsolePersonQueryVariables>;
export const ConsoleAuditTrailDocument = {"__meta__":{"hash":"e7953742110163966cab816c12bc0fd7a2a79911e22aac9859139ff3cdebba00"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consumer"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"consumer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consumer"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"jointCaseId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAuditTrailQuery, ConsoleAuditTrailQueryVariables>;
export const ConsoleRecordSessionDocument = {"__meta__":{"hash":"c3d12d16e2fb6a29c25b1c87de5e5b93bccffe5a5ef17d835602c15a6e369303"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordJointSessionInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordJointSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionType"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordSessionMutation, ConsoleRecordSessionMutationVariables>;
export const ConsoleReachAgreementDocument = {"__meta__":{"hash":"75fb95a7a91d154b76ade95748cd3a7e9dad26a5cba5becb4739a822d5710380"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleReachAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"terms"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreement"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MediationAgreementInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reachAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"terms"},"value":{"kind":"Variable","name":{"kind":"Name","value":"terms"}}},{"kind":"Argument","name":{"kind":"Name","value":"agreement"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreement"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedNextStates"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleReachAgreementMutation, ConsoleReachAgreementMutationVariables>;
export const ConsoleApplyConfirmationDocument = {"__meta__":{"hash":"d2abafd63c80d808254de7d9b987b6ac0971eb59f6aafe1682f9aea98ac6b87f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleApplyConfirmation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyJudicialConfirmationInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyJudicialConfirmation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedNextStates"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleApplyConfirmationMutation, ConsoleApplyConfirmationMutationVariables>;
export const ConsoleConfirmJudiciallyDocument = {"__meta__":{"hash":"562d4491beece3aaa9fc97adab03392f45aff838aa090dd5a102e9d1dcb30258"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleConfirmJudicially"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmJudiciallyInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmJudicially"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedNextStates"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleConfirmJudiciallyMutation, ConsoleConfirmJudiciallyMutationVariables>;
export const ConsoleFollowUpDocument = {"__meta__":{"hash":"80df5bdac0bca7a529d9a1728d7f8ceed2a9f93ff763a9dfbcafb692bbc1febd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"findings"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpFindingsInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"findings"},"value":{"kind":"Variable","name":{"kind":"Name","value":"findings"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedNextStates"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleFollowUpMutation, ConsoleFollowUpMutationVariables>;
export const ConsoleCloseDocument = {"__meta__":{"hash":"d09438056f2b88f9842da8f195b81cde8c932b6ee3c14f58f2bcf1305874891f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeJointCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedNextStates"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCloseMutation, ConsoleCloseMutationVariables>;
export const ConsoleFailDocument = {"__meta__":{"hash":"b93c8f42cecf4f451f070e99255d3c10f4bd4c6358921917b611c68e3665136f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleFail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failMediation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedNextStates"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleFailMutation, ConsoleFailMutationVariables>;
export const ConsoleRejectConfirmationDocument = {"__meta__":{"hash":"fd195aaf628182fb7d5b1eb7302cd72f1425348e2fcdc68267a60796b4d1c558"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRejectConfirmation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectJudicialConfirmation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedNextStates"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRejectConfirmationMutation, ConsoleRejectConfirmationMutationVariables>;
export const ConsoleWithdrawDocument = {"__meta__":{"hash":"a7e9756de5259059b2047387ef2b0c9d67a891a95ecf0f81631553399cd893fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleWithdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawJointCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedNextStates"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleWithdrawMutation, ConsoleWithdrawMutationVariables>;
export const ConsoleSubjectAccessDocument = {"__meta__":{"hash":"9033f03996188ed836d21c5059502bcc7de141b421b44713acc1366273598e58"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleSubjectAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"residentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectAccessReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"residentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"residentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentIdMasked"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"readBy"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordTypes"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"jointCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleSubjectAccessQuery, ConsoleSubjectAccessQueryVariables>;