import { TransitionErrorCode } from './transition-error-code';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsOptional,
  Length,
  Matches,
  Max,
  Min,
  MaxLength,
  Validate,
  ValidateNested,
  type ValidationArguments,
  type ValidatorConstraintInterface,
  ValidatorConstraint,
} from 'class-validator';
import { createUnionType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Role } from '../../auth/actor';
import { normaliseResidentId, residentIdProblem } from '../../common/resident-id';
import { JointCase } from '../joint-case.type';
import { DisputeCategory, PartyRole, ReferralChannel, SourceChannel, Urgency } from '../case-enums';
import { CaseAction, CaseStatus } from '../case-status';
import { RiskLevel } from '../risk/risk.model';
import {
  AgreementForm,
  Gender,
  IdentityDocumentType,
  MediationType,
  PartyKind,
  PerformanceStatus,
  Satisfaction,
  SessionType,
} from '../case-domain-enums';

/** class-validator rule: a resident ID number valid under GB 11643. */
@ValidatorConstraint({ name: 'residentId' })
class ResidentIdConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && residentIdProblem(normaliseResidentId(value)) === null;
  }

  defaultMessage(args?: ValidationArguments): string {
    const problem =
      typeof args?.value === 'string' ? residentIdProblem(normaliseResidentId(args.value)) : 'must be a string';
    return `the resident ID number ${problem}`;
  }
}

export const MOBILE = /^1[3-9]\d{9}$/;

@InputType({
  description:
    'A party as the centre takes them in (当事人): a natural person, a 法人 or a 非法人组织, identified by one document.',
})
export class IntakePartyInput {
  @Field(() => PartyRole, {
    description: "The party's role in the case: applicant, respondent or related person (当事人身份).",
  })
  role: PartyRole;

  @Field({ description: "The name (姓名), or an organisation's registered name (名称)." })
  @Length(1, 100)
  name: string;

  @Field(() => PartyKind, {
    defaultValue: PartyKind.NATURAL_PERSON,
    description: '当事人类型; an organisation is identified by its 统一社会信用代码.',
  })
  kind: PartyKind = PartyKind.NATURAL_PERSON;

  @Field(() => IdentityDocumentType, {
    nullable: true,
    description: '身份证件类型; RESIDENT_ID when residentId is given, else required with documentNumber.',
  })
  @IsOptional()
  documentType?: IdentityDocumentType | null;

  @Field(() => String, {
    nullable: true,
    description: 'The document number, checked by the rule of its type (BAD_USER_INPUT names the problem).',
  })
  @IsOptional()
  @Length(1, 40)
  documentNumber?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Resident ID number (居民身份证号码), checked; the same as documentType RESIDENT_ID with documentNumber.',
  })
  @IsOptional()
  @Validate(ResidentIdConstraint)
  residentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Mainland mobile number, 11 digits (联系方式).' })
  @IsOptional()
  @Matches(MOBILE, { message: 'the mobile must be 11 digits starting with 1' })
  mobile?: string | null;

  @Field(() => String, { nullable: true, description: '住址 (a natural person) or 住所地 (an organisation).' })
  @IsOptional()
  @Length(1, 200)
  address?: string | null;

  @Field(() => Gender, {
    nullable: true,
    description: '性别 of a natural person; derived from a resident ID number (a different value is refused).',
  })
  @IsOptional()
  gender?: Gender | null;

  @Field(() => String, { nullable: true, description: '民族 of a natural person, e.g. 汉族.' })
  @IsOptional()
  @Length(1, 20)
  ethnicity?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '出生日期 (YYYY-MM-DD) of a natural person; derived from a resident ID number.',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'birthDate must be YYYY-MM-DD' })
  birthDate?: string | null;

  @Field(() => String, { nullable: true, description: '法定代表人 / 主要负责人: required for an organisation.' })
  @IsOptional()
  @Length(1, 40)
  legalRepresentative?: string | null;

  @Field(() => String, { nullable: true, description: '委托代理人: who acts for the party.' })
  @IsOptional()
  @Length(1, 40)
  agentName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'How the 委托代理人 stands to the party (律师, 近亲属, 单位工作人员).',
  })
  @IsOptional()
  @Length(1, 40)
  agentRelation?: string | null;

  @Field({ defaultValue: false, description: '推选代表: the party speaks for a group dispute.' })
  electedRepresentative: boolean = false;
}

@InputType({
  description: 'A department record a case starts from (a police incident, a court referral), by reference.',
})
export class RecordReferenceInput {
  @Field({ description: 'The code of the body that owns the record (所属部门), e.g. police.' })
  @Length(1, 60)
  department: string;

  @Field({ description: "The owner's record kind, by its GraphQL type name (记录类型), e.g. PoliceIncident." })
  @Length(1, 60)
  recordType: string;

  @Field(() => ID, { description: "The record's id at its owner (记录编号)." })
  @Length(1, 40)
  recordId: string;
}

@InputType({ description: "A dispute taken in at the centre's window, to open a joint case (受理登记)." })
export class OpenJointCaseInput {
  @Field({ description: 'A short title of the dispute (案件名称), 2 to 100 characters.' })
  @Length(2, 100)
  title: string;

  @Field(() => DisputeCategory, { description: 'The kind of dispute (矛盾纠纷类别); it sets the default deadline.' })
  category: DisputeCategory;

  @Field({ description: 'What the dispute is about (纠纷简要情况), up to 4000 characters.' })
  @Length(1, 4000)
  description: string;

  @Field(() => SourceChannel, { description: 'How the dispute reached the centre (来源渠道).' })
  sourceChannel: SourceChannel;

  @Field(() => Urgency, {
    defaultValue: Urgency.NORMAL,
    description: 'How urgent the dispute is (紧急程度); NORMAL unless given.',
  })
  urgency: Urgency = Urgency.NORMAL;

  @Field(() => Int, { description: 'How many people the dispute involves (涉及人数), 1 to 100000.' })
  @IsInt()
  @Min(1)
  @Max(100_000)
  peopleInvolved: number;

  @Field({ description: 'When the dispute arose (发生时间); not in the future.' })
  occurredAt: Date;

  @Field(() => String, { nullable: true, description: 'Where the dispute arose (发生地点).' })
  @IsOptional()
  @Length(1, 200)
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'The community (社区) where the dispute arose.' })
  @IsOptional()
  @Length(1, 60)
  community?: string | null;

  @Field(() => String, { nullable: true, description: 'The grid (网格).' })
  @IsOptional()
  @Length(1, 60)
  grid?: string | null;

  @Field(() => [IntakePartyInput], { description: 'The parties (当事人), 1 to 50.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested()
  parties: IntakePartyInput[];

  @Field(() => RecordReferenceInput, { nullable: true, description: 'The department record the case starts from.' })
  @IsOptional()
  @ValidateNested()
  sourceRecord?: RecordReferenceInput | null;

  @Field({
    defaultValue: true,
    description: '当事人自愿调解 (人民调解法 第三条): without it the case may be referred or refused, not mediated.',
  })
  consentToMediate: boolean = true;
}

@InputType({
  description:
    '研判: the written opinion and, when the assessor disagrees with the rules, a level set by hand with its reason.',
})
export class AssessJointCaseInput {
  @Field(() => String, { nullable: true, description: '研判意见.' })
  @IsOptional()
  @Length(1, 4000)
  opinion?: string | null;

  @Field(() => RiskLevel, {
    nullable: true,
    description: "A level set by hand (kept apart from the rules' level); needs manualRiskLevelReason.",
  })
  @IsOptional()
  manualRiskLevel?: RiskLevel | null;

  @Field(() => String, { nullable: true, description: 'Why the level was changed by hand.' })
  @IsOptional()
  @Length(1, 2000)
  manualRiskLevelReason?: string | null;
}

@InputType({ description: "延期: a new deadline and why, approved by the lead body's CHIEF." })
export class ExtendDeadlineInput {
  @Field({ description: 'The new deadline, later than the current one.' })
  newDeadline: Date;

  @Field({ description: 'Why more time is needed.' })
  @Length(1, 2000)
  reason: string;
}

@InputType({ description: '改派/交接: the new handler of the lead body and why.' })
export class HandOverInput {
  @Field({ description: 'The new handler, a user of the lead body.' })
  @Length(1, 60)
  handler: string;

  @Field({ description: 'Why the case changes hands.' })
  @Length(1, 2000)
  reason: string;
}

@InputType({ description: 'One obligation of the agreement (人民调解法 第二十九条: 履行方式 and 履行期限).' })
export class AgreementObligationInput {
  @Field(() => ID, { description: 'The party (CaseParty id) who owes it.' })
  obligorPartyId: string;

  @Field({ description: 'What is owed (义务内容).' })
  @Length(1, 2000)
  content: string;

  @Field({ description: '履行方式, e.g. 银行转账、分两期支付.' })
  @Length(1, 200)
  performanceMethod: string;

  @Field({ description: '履行期限 (YYYY-MM-DD).' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueOn must be YYYY-MM-DD' })
  dueOn: string;
}

@InputType({ description: 'The structured mediation agreement (人民调解协议书).' })
export class MediationAgreementInput {
  @Field(() => MediationType, { description: '调解类型.' })
  mediationType: MediationType;

  @Field({ description: '调解组织, e.g. 西湖区北山街道人民调解委员会.' })
  @Length(1, 100)
  organisation: string;

  @Field({ description: '调解员.' })
  @Length(1, 60)
  mediator: string;

  @Field({ description: '协议书编号, unique, e.g. 西北调字〔2026〕第15号.' })
  @Length(1, 60)
  documentNumber: string;

  @Field(() => AgreementForm, { description: '协议形式: 书面 or 口头.' })
  form: AgreementForm;

  @Field({ description: '生效日期 (YYYY-MM-DD): the 司法确认 window runs 30 days from it.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'effectiveOn must be YYYY-MM-DD' })
  effectiveOn: string;

  @Field({ description: '纠纷的主要事实、争议事项.' })
  @Length(1, 10_000)
  facts: string;

  @Field(() => [AgreementObligationInput], { description: 'The obligations, each with 履行方式 and 履行期限.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested()
  obligations: AgreementObligationInput[];
}

@InputType({
  description: '申请司法确认: both parties apply to the court within 30 days of the agreement taking effect.',
})
export class ApplyJudicialConfirmationInput {
  @Field({ description: '申请日期 (YYYY-MM-DD).' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'appliedOn must be YYYY-MM-DD' })
  appliedOn: string;

  @Field({ description: 'Both parties applied together (双方共同申请); must be true.' })
  bothPartiesApplied: boolean;
}

@InputType({ description: 'What the follow-up (回访) found.' })
export class FollowUpFindingsInput {
  @Field(() => PerformanceStatus, { nullable: true, description: '履行状态 of the agreement.' })
  @IsOptional()
  performanceStatus?: PerformanceStatus | null;

  @Field(() => Satisfaction, { nullable: true, description: '回访满意度.' })
  @IsOptional()
  satisfaction?: Satisfaction | null;
}

@InputType({ description: '分流交办: the lead body, the bodies taking part, the first handler and the deadline.' })
export class AssignJointCaseInput {
  @Field({ description: 'The body that leads the mediation.' })
  leadDepartment: string;

  @Field(() => [String], { description: 'Every body taking part (the 3 + N), the lead included or not.' })
  @ArrayMaxSize(20)
  participatingDepartments: string[];

  @Field({ description: 'The first handler (首办负责制): a user of the lead body.' })
  @Length(1, 60)
  handler: string;

  @Field(() => Date, { nullable: true, description: 'Defaults by category (see README).' })
  @IsOptional()
  deadline?: Date | null;
}

@InputType({ description: 'One person attending a joint session, and the body they come for (参会人员).' })
export class SessionAttendeeInput {
  @Field({ description: 'The code of the body the attendee comes for (参会部门).' })
  department: string;

  @Field({ description: "The attendee's name (姓名)." })
  @Length(1, 40)
  name: string;
}

@InputType({ description: 'A joint mediation session to record (记录联合调解 / 三长会商).' })
export class RecordJointSessionInput {
  @Field({ description: 'When the session was held (召开时间).' })
  heldAt: Date;

  @Field(() => SessionType, {
    defaultValue: SessionType.JOINT_MEDIATION,
    description:
      'The kind of session; 三长会商 needs the court, the police station and the judicial office among the attendees.',
  })
  sessionType: SessionType = SessionType.JOINT_MEDIATION;

  @Field({ description: 'Where the session was held (地点).' })
  @Length(1, 200)
  place: string;

  @Field(() => [SessionAttendeeInput], { description: 'Who attended, by body (参会人员), 1 to 50.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested()
  attendees: SessionAttendeeInput[];

  @Field({ description: 'The minutes of the session (会议记录).' })
  @Length(1, 10_000)
  minutes: string;

  @Field(() => String, { nullable: true, description: 'What the session came to (调解结果), if anything.' })
  @IsOptional()
  @MaxLength(2000)
  outcome?: string | null;
}

@InputType({ description: "The court's ruling confirming the mediation agreement (司法确认裁定)." })
export class ConfirmJudiciallyInput {
  @Field({ description: '裁定书文号, e.g. （2026）浙0106民特12号' })
  @Length(1, 60)
  confirmationNumber: string;

  @Field({ description: 'ISO 8601 date.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'confirmedOn must be YYYY-MM-DD' })
  confirmedOn: string;

  @Field(() => ID, {
    nullable: true,
    description: "The court's JUDICIAL_CONFIRMATION record of the ruling; linked to the case.",
  })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'courtRecordId must be a court record id' })
  courtRecordId?: string | null;
}

@InputType({ description: 'Where a dispute goes when mediation is not its channel or did not settle it (依法导入).' })
export class ReferJointCaseInput {
  @Field(() => ReferralChannel, {
    description:
      'The channel the dispute is referred to (导入渠道): litigation, arbitration, reconsideration, petition and so on.',
  })
  @IsIn(Object.values(ReferralChannel))
  channel: ReferralChannel;

  @Field(() => ID, {
    nullable: true,
    description: 'For LITIGATION: the court filing (COURT CASE_FILING id) the case became.',
  })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'courtFilingId must be a court record id' })
  courtFilingId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A note on the referral for the case history (备注); used as the history note when no reason is given.',
  })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the dispute goes to this channel (依法导入); required when referring from 研判.',
  })
  @IsOptional()
  @Length(1, 2000)
  reason?: string | null;
}

@ObjectType({ description: 'A step a joint case could not take, returned as data (not thrown).' })
export class TransitionError {
  @Field(() => TransitionErrorCode, { description: 'Why the step was refused (拒绝原因代码).' })
  code: string;

  @Field({ description: 'The reason in words, to show the user (拒绝理由).' })
  message: string;

  @Field(() => CaseStatus, { description: "The case's status now (当前状态)." })
  status: CaseStatus;

  @Field(() => [CaseStatus], { description: 'The states the case may move to from where it is.' })
  allowedNextStates: CaseStatus[];
}

export const JointCaseTransitionResult = createUnionType({
  name: 'JointCaseTransitionResult',
  description:
    'The outcome of a workflow step (流程操作结果): the case as it now stands, or a TransitionError saying why the step was refused.',
  types: () => [JointCase, TransitionError] as const,
  resolveType: (value) => (value instanceof TransitionError ? TransitionError : JointCase),
});

@ObjectType({ description: 'One step in the life of a joint case.' })
export class TimelineEntry {
  @Field({ description: 'When the step was taken (操作时间).' })
  at: Date;

  @Field({ description: 'INTAKE, SESSION, LINK, or a CaseAction.' })
  action: string;

  @Field(() => CaseStatus, { nullable: true, description: 'The status before the step (原状态); null at intake.' })
  fromStatus: CaseStatus | null;

  @Field(() => CaseStatus, { description: 'The status after the step (新状态).' })
  toStatus: CaseStatus;

  @Field({ description: 'The user id of whoever took the step (操作人).' })
  actorUser: string;

  @Field({ description: 'The code of the body they acted for (操作部门).' })
  actorDepartment: string;

  @Field(() => Role, { description: 'The role they acted in (操作角色).' })
  actorRole: Role;

  /** Shown through the read room (TimelineEntryResolver.note). */
  note: string | null;
}

@ObjectType({ description: 'One person who attended a joint session, and the body they came for (参会人员).' })
export class SessionAttendee {
  @Field({ description: 'The code of the body the attendee came for (参会部门).' })
  department: string;

  @Field({ description: "The attendee's name (姓名)." })
  name: string;
}

@ObjectType({ description: 'A joint mediation session (联合调解 / 三长会商).' })
export class JointSession {
  @Field(() => ID, { description: "The session's id (会议编号)." })
  id: string;

  @Field(() => SessionType, { description: 'The kind of session (三长会商, 联合调解, 背靠背调解, 听证评理).' })
  sessionType: SessionType;

  @Field({ description: 'When the session was held (召开时间).' })
  heldAt: Date;

  /** Shown through the read room (JointSessionResolver). */
  place: string;

  @Field(() => [SessionAttendee], { description: 'Who attended, by body (参会人员).' })
  attendees: SessionAttendee[];

  /** Shown through the read room. */
  minutes: string;

  /** Shown through the read room. */
  outcome: string | null;

  @Field({ description: 'The user id of whoever recorded the session (记录人).' })
  recordedBy: string;
}

export { CaseAction };
