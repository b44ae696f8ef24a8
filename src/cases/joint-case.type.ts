import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../common/relay';
import { DepartmentRecord } from '../connectors/department-record.type';
import { RiskLevel, type RiskReason, type RiskSourceProvenance } from './risk/risk.model';
import { DisputeCategory, PartyRole, ReferralChannel, SourceChannel, Urgency } from './case-enums';
import { CaseStatus } from './case-status';
import { Gender, IdentityDocumentType, JudicialConfirmationStatus, PartyKind, Satisfaction } from './case-domain-enums';

// The types below hold plain values: fields without a field resolver are read directly by
// graphql-js (simpleResolvers; the schema has no global middleware). Field resolvers
// (`record`, `parties`, `linkedRecords`, the workflow's) are unaffected by the option.

@ObjectType({
  description: "A party to a joint case, as taken in at the governance centre's window.",
  simpleResolvers: true,
})
export class CaseParty {
  @Field(() => ID, {
    description: "The party's id within the hub (当事人编号); obligations of an agreement name the party by it.",
  })
  id: string;

  @Field(() => PartyRole, {
    description: "The party's role in the case: applicant, respondent or related person (当事人身份).",
  })
  role: PartyRole;

  @Field({ description: "The party's name (姓名), or an organisation's registered name (名称)." })
  name: string;

  @Field(() => String, { nullable: true, description: 'Resident ID number (居民身份证号码).' })
  residentId: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Mobile number (联系电话): in full to the centre and the lead body, 138****5678 to other participating bodies.',
  })
  mobile: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Address (住址 / 住所地): in full to the centre and the lead body, down to the community for other participating bodies.',
  })
  address: string | null;

  @Field(() => PartyKind, { description: '当事人类型: 自然人, 法人 or 非法人组织.' })
  kind: PartyKind;

  @Field(() => IdentityDocumentType, { description: '身份证件类型.' })
  documentType: IdentityDocumentType;

  @Field(() => String, {
    nullable: true,
    description:
      'The number of a document other than a resident ID (统一社会信用代码, 通行证, 护照), masked like a resident ID number for the other bodies; a resident ID is in residentId.',
  })
  documentNumber: string | null;

  @Field(() => Gender, {
    nullable: true,
    description: '性别 of a natural person (derived from the resident ID number where there is one).',
  })
  gender: Gender | null;

  @Field(() => String, { nullable: true, description: '民族 of a natural person.' })
  ethnicity: string | null;

  @Field(() => String, {
    nullable: true,
    description: '出生日期 (YYYY-MM-DD) of a natural person, derived from the resident ID number where there is one.',
  })
  birthDate: string | null;

  @Field(() => String, { nullable: true, description: '法定代表人 / 主要负责人 of an organisation.' })
  legalRepresentative: string | null;

  @Field(() => String, { nullable: true, description: '委托代理人: the name of whoever acts for the party.' })
  agentName: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'How the 委托代理人 stands to the party (律师, 近亲属, 单位工作人员).',
  })
  agentRelation: string | null;

  @Field({ description: '推选代表: the party speaks for a group dispute.' })
  electedRepresentative: boolean;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "A department record linked to a joint case. The reference is the hub's own; `record` is read live from the owner " +
    'and is null, with an error naming the body, when no agreement grants it or the owner is unavailable.',
})
export class LinkedRecord {
  @Field({ description: 'The code of the body that owns the record (所属部门), e.g. police.' })
  department: string;

  @Field({ description: "The owner's record kind, by its GraphQL type name (记录类型), e.g. PoliceIncident." })
  recordType: string;

  @Field(() => ID, { description: "The record's id at its owner (记录编号)." })
  recordId: string;

  @Field(() => DepartmentRecord, {
    nullable: true,
    description: 'The record, read live from its owner and shaped by the agreements (关联记录).',
  })
  record?: DepartmentRecord | null;

  /** The case the link belongs to: the scope its record is read in. Not exposed. */
  jointCase: JointCase;
}

export const LinkedRecordConnection = ConnectionType('LinkedRecord', LinkedRecord);

@ObjectType({
  description:
    'Records of one body linked to a case that the caller is not granted to know of: the body and how many, nothing more.',
})
export class WithheldLinkedRecords {
  @Field({ description: 'The code of the body whose linked records are withheld (所属部门).' })
  department: string;

  @Field(() => Int, { description: 'How many of its records are linked to the case and withheld (未显示记录数).' })
  count: number;

  @Field(() => [String], {
    description: 'Why they are withheld (no purpose stated, no agreement, a closed case, the role), naming no kind.',
  })
  reasons: string[];
}

@ObjectType({
  description: 'A joint mediation case (联合调解案件) owned by the governance centre.',
  simpleResolvers: true,
})
export class JointCase {
  @Field(() => ID, {
    description: "The case's id in the hub (案件编号), used as the id argument of every workflow step.",
  })
  id: string;

  @Field({ description: 'Case number, e.g. (2026)西湖联调0001号.' })
  caseNumber: string;

  /** Shown through the read room (JointCaseResolver.title): free text, masked by viewer. */
  title: string;

  @Field(() => DisputeCategory, { description: 'The kind of dispute (矛盾纠纷类别).' })
  category: DisputeCategory;

  /** Shown through the read room: free text, masked by viewer. */
  description: string | null;

  @Field(() => CaseStatus, { description: 'Where the case stands in the workflow (案件状态).' })
  status: CaseStatus;

  @Field(() => SourceChannel, { description: 'How the dispute reached the centre (来源渠道).' })
  sourceChannel: SourceChannel;

  @Field(() => Urgency, { description: 'How urgent the dispute is (紧急程度); URGENT raises the risk level.' })
  urgency: Urgency;

  /** Shown through the read room: treated as an address. */
  place: string | null;

  @Field(() => RiskLevel, { nullable: true, description: 'Early-warning level; null until assessed.' })
  riskLevel: RiskLevel | null;

  /** Shown through the read room, each reason governed like a read of the records it cites. */
  riskReasons: RiskReason[];

  /** What each stored reason reveals of the records it cites; never shown. */
  riskProvenance: Record<string, RiskSourceProvenance>;

  @Field(() => Date, {
    nullable: true,
    description: 'When the risk was last assessed (研判时间); null until assessed.',
  })
  assessedAt: Date | null;

  @Field(() => [String], {
    description: 'Bodies that were unavailable at the last assessment: the reasons may be incomplete.',
  })
  riskUnavailableSources: string[];

  @Field(() => String, { nullable: true, description: 'The first handler (首办负责制), responsible to the end.' })
  handler: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The body of the first handler (承办部门), the lead body at assignment.',
  })
  handlerDepartment: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'The handling deadline (办理期限), set at assignment (by category unless given) and moved by an extension.',
  })
  deadline: Date | null;

  /** Terms of the mediation agreement (调解协议); shown through the read room. */
  agreementTerms: string | null;

  @Field(() => Date, { nullable: true, description: 'When the mediation agreement was reached (达成协议时间).' })
  agreementReachedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Number of the judicial confirmation ruling (司法确认).' })
  confirmationNumber: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 8601 date.' })
  confirmedOn: string | null;

  /** Shown through the read room: free text. */
  failureReason: string | null;

  @Field(() => ReferralChannel, {
    nullable: true,
    description: 'Where the dispute was referred (依法导入渠道); null unless referred.',
  })
  referralChannel: ReferralChannel | null;

  @Field(() => String, {
    nullable: true,
    description: 'The court filing a litigation referral became (COURT CASE_FILING id).',
  })
  referralRecordId: string | null;

  /** Shown through the read room: free text. */
  followUpNote: string | null;

  @Field(() => Date, { nullable: true, description: 'When the case ended (结案时间): closed, withdrawn or refused.' })
  closedAt: Date | null;

  @Field(() => Int, {
    description: 'Changes with every step; pass it as expectedVersion to detect a concurrent change.',
  })
  version: number;

  @Field(() => String, {
    nullable: true,
    description: 'The body that leads the mediation (牵头部门), named at assignment; null before.',
  })
  leadDepartment: string | null;

  @Field(() => [String], {
    description: 'The bodies taking part in the case (参与部门): the 3 + N, the lead body included once assigned.',
  })
  participatingDepartments: string[];

  @Field(() => String, { nullable: true, description: 'The community (社区) where the dispute arose.' })
  community: string | null;

  @Field(() => String, { nullable: true, description: 'The grid (网格) where the dispute arose.' })
  grid: string | null;

  @Field(() => Int, { description: 'How many people the dispute involves (涉及人数).' })
  peopleInvolved: number;

  @Field(() => Date, { nullable: true, description: 'When the dispute arose (发生时间).' })
  occurredAt: Date | null;

  @Field({ description: 'When the centre took the case in (登记时间).' })
  createdAt: Date;

  @Field({ description: '当事人自愿调解 (人民调解法 第三条), recorded at intake.' })
  consentToMediate: boolean;

  /** 不予受理 reason; shown through the read room. */
  refusalReason: string | null;

  /** 研判意见; shown through the read room. */
  assessmentOpinion: string | null;

  @Field(() => RiskLevel, {
    nullable: true,
    description:
      "研判 by hand: a level set at assessment with its reason, kept apart from the rules' level (riskLevel).",
  })
  manualRiskLevel: RiskLevel | null;

  /** Shown through the read room. */
  manualRiskLevelReason: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the handling clock (办理期限) stopped: the outcome, referral or withdrawal.',
  })
  handlingStoppedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: '回访期限: the follow-up is due by then; set at an outcome (agreement or referral), 30 days on.',
  })
  followUpDeadline: Date | null;

  @Field(() => Int, { description: '延期: how many times the deadline was extended.' })
  extensionCount: number;

  /** 依法导入 reason; shown through the read room. */
  referralReason: string | null;

  @Field(() => JudicialConfirmationStatus, {
    nullable: true,
    description: '司法确认 status: APPLIED, CONFIRMED or REJECTED.',
  })
  judicialConfirmationStatus: JudicialConfirmationStatus | null;

  @Field(() => String, { nullable: true, description: '司法确认 申请日期 (YYYY-MM-DD).' })
  judicialConfirmationAppliedOn: string | null;

  @Field(() => String, { nullable: true, description: "The court's JUDICIAL_CONFIRMATION record (id) the ruling is." })
  judicialConfirmationRecordId: string | null;

  /** Shown through the read room. */
  judicialConfirmationRejectionReason: string | null;

  @Field(() => Satisfaction, {
    nullable: true,
    description: '回访满意度 recorded at follow-up: 满意 / 基本满意 / 不满意.',
  })
  satisfaction: Satisfaction | null;
}

export const JointCaseConnection = ConnectionType('JointCase', JointCase);
