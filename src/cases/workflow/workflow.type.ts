import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, Length, Matches, Max, Min, MaxLength, Validate, ValidateNested, type ValidationArguments, type ValidatorConstraintInterface, ValidatorConstraint } from 'class-validator';
import { createUnionType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Role } from '../../auth/actor';
import { normaliseResidentId, residentIdProblem } from '../../common/resident-id';
import { JointCase } from '../joint-case.type';
import { DisputeCategory, PartyRole, ReferralChannel, SourceChannel, Urgency } from './case-enums';
import { CaseAction, CaseStatus } from './case-status';
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
} from './case-domain-enums';

/** class-validator rule: a resident ID number valid under GB 11643. */
@ValidatorConstraint({ name: 'residentId' })
class ResidentIdConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && residentIdProblem(normaliseResidentId(value)) === null;
  }

  defaultMessage(args?: ValidationArguments): string {
    const problem = typeof args?.value === 'string' ? residentIdProblem(normaliseResidentId(args.value)) : 'must be a string';
    return `the resident ID number ${problem}`;
  }
}

export const MOBILE = /^1[3-9]\d{9}$/;

@InputType({ description: 'A party as the centre takes them in (当事人): a natural person, a 法人 or a 非法人组织, identified by one document.' })
export class IntakePartyInput {
  @Field(() => PartyRole)
  role: PartyRole;

  @Field({ description: 'The name (姓名), or an organisation\'s registered name (名称).' })
  @Length(1, 100)
  name: string;

  @Field(() => PartyKind, { defaultValue: PartyKind.NATURAL_PERSON, description: '当事人类型; an organisation is identified by its 统一社会信用代码.' })
  kind: PartyKind = PartyKind.NATURAL_PERSON;

  @Field(() => IdentityDocumentType, { nullable: true, description: '身份证件类型; RESIDENT_ID when residentId is given, else required with documentNumber.' })
  @IsOptional()
  documentType?: IdentityDocumentType | null;

  @Field(() => String, { nullable: true, description: 'The document number, checked by the rule of its type (BAD_USER_INPUT names the problem).' })
  @IsOptional()
  @Length(1, 40)
  documentNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Resident ID number (居民身份证号码), checked; the same as documentType RESIDENT_ID with documentNumber.' })
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

  @Field(() => Gender, { nullable: true, description: '性别 of a natural person; derived from a resident ID number (a different value is refused).' })
  @IsOptional()
  gender?: Gender | null;

  @Field(() => String, { nullable: true, description: '民族 of a natural person, e.g. 汉族.' })
  @IsOptional()
  @Length(1, 20)
  ethnicity?: string | null;

  @Field(() => String, { nullable: true, description: '出生日期 (YYYY-MM-DD) of a natural person; derived from a resident ID number.' })
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

  @Field(() => String, { nullable: true, description: 'How the 委托代理人 stands to the party (律师, 近亲属, 单位工作人员).' })
  @IsOptional()
  @Length(1, 40)
  agentRelation?: string | null;

  @Field({ defaultValue: false, description: '推选代表: the party speaks for a group dispute.' })
  electedRepresentative: boolean = false;
}

@InputType({ description: 'A department record a case starts from (a police incident, a court referral), by reference.' })
export class RecordReferenceInput {
  @Field()
  @Length(1, 60)
  department: string;

  @Field()
  @Length(1, 60)
  recordType: string;

  @Field(() => ID)
  @Length(1, 40)
  recordId: string;
}

@InputType()
export class OpenJointCaseInput {
  @Field()
  @Length(2, 100)
  title: string;

  @Field(() => DisputeCategory)
  category: DisputeCategory;

  @Field()
  @Length(1, 4000)
  description: string;

  @Field(() => SourceChannel)
  sourceChannel: SourceChannel;

  @Field(() => Urgency, { defaultValue: Urgency.NORMAL })
  urgency: Urgency = Urgency.NORMAL;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(100_000)
  peopleInvolved: number;

  @Field()
  occurredAt: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  place?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 60)
  community?: string | null;

  @Field(() => String, { nullable: true, description: 'The grid (网格).' })
  @IsOptional()
  @Length(1, 60)
  grid?: string | null;

  @Field(() => [IntakePartyInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested()
  parties: IntakePartyInput[];

  @Field(() => RecordReferenceInput, { nullable: true, description: 'The department record the case starts from.' })
  @IsOptional()
  @ValidateNested()
  sourceRecord?: RecordReferenceInput | null;

  @Field({ defaultValue: true, description: '当事人自愿调解 (人民调解法 第三条): without it the case may be referred or refused, not mediated.' })
  consentToMediate: boolean = true;
}

@InputType({ description: '研判: the written opinion and, when the assessor disagrees with the rules, a level set by hand with its reason.' })
export class AssessJointCaseInput {
  @Field(() => String, { nullable: true, description: '研判意见.' })
  @IsOptional()
  @Length(1, 4000)
  opinion?: string | null;

  @Field(() => RiskLevel, { nullable: true, description: 'A level set by hand (kept apart from the rules\' level); needs manualRiskLevelReason.' })
  @IsOptional()
  manualRiskLevel?: RiskLevel | null;

  @Field(() => String, { nullable: true, description: 'Why the level was changed by hand.' })
  @IsOptional()
  @Length(1, 2000)
  manualRiskLevelReason?: string | null;
}

@InputType({ description: '延期: a new deadline and why, approved by the lead body\'s CHIEF.' })
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

@InputType({ description: '申请司法确认: both parties apply to the court within 30 days of the agreement taking effect.' })
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

@InputType()
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

@InputType()
export class SessionAttendeeInput {
  @Field()
  department: string;

  @Field()
  @Length(1, 40)
  name: string;
}

@InputType()
export class RecordJointSessionInput {
  @Field()
  heldAt: Date;

  @Field(() => SessionType, { defaultValue: SessionType.JOINT_MEDIATION, description: 'The kind of session; 三长会商 needs the court, the police station and the judicial office among the attendees.' })
  sessionType: SessionType = SessionType.JOINT_MEDIATION;

  @Field()
  @Length(1, 200)
  place: string;

  @Field(() => [SessionAttendeeInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested()
  attendees: SessionAttendeeInput[];

  @Field()
  @Length(1, 10_000)
  minutes: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  outcome?: string | null;
}

@InputType()
export class ConfirmJudiciallyInput {
  @Field({ description: '裁定书文号, e.g. （2026）浙0106民特12号' })
  @Length(1, 60)
  confirmationNumber: string;

  @Field({ description: 'ISO 8601 date.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'confirmedOn must be YYYY-MM-DD' })
  confirmedOn: string;

  @Field(() => ID, { nullable: true, description: "The court's JUDICIAL_CONFIRMATION record of the ruling; linked to the case." })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'courtRecordId must be a court record id' })
  courtRecordId?: string | null;
}

@InputType()
export class ReferJointCaseInput {
  @Field(() => ReferralChannel)
  @IsIn(Object.values(ReferralChannel))
  channel: ReferralChannel;

  @Field(() => ID, { nullable: true, description: 'For LITIGATION: the court filing (COURT CASE_FILING id) the case became.' })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'courtFilingId must be a court record id' })
  courtFilingId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the dispute goes to this channel (依法导入); required when referring from 研判.' })
  @IsOptional()
  @Length(1, 2000)
  reason?: string | null;
}

@ObjectType({ description: 'A step a joint case could not take, returned as data (not thrown).' })
export class TransitionError {
  @Field({ description: 'INVALID_TRANSITION or CONFLICT.' })
  code: string;

  @Field()
  message: string;

  @Field(() => CaseStatus)
  status: CaseStatus;

  @Field(() => [CaseStatus], { description: 'The states the case may move to from where it is.' })
  allowedNextStates: CaseStatus[];
}

export const JointCaseTransitionResult = createUnionType({
  name: 'JointCaseTransitionResult',
  types: () => [JointCase, TransitionError] as const,
  resolveType: (value) => (value instanceof TransitionError ? TransitionError : JointCase),
});

@ObjectType({ description: 'One step in the life of a joint case.' })
export class TimelineEntry {
  @Field()
  at: Date;

  @Field({ description: 'INTAKE, SESSION, LINK, or a CaseAction.' })
  action: string;

  @Field(() => CaseStatus, { nullable: true })
  fromStatus: CaseStatus | null;

  @Field(() => CaseStatus)
  toStatus: CaseStatus;

  @Field()
  actorUser: string;

  @Field()
  actorDepartment: string;

  @Field(() => Role)
  actorRole: Role;

  /** Shown through the read room (TimelineEntryResolver.note). */
  note: string | null;
}

@ObjectType()
export class SessionAttendee {
  @Field()
  department: string;

  @Field()
  name: string;
}

@ObjectType({ description: 'A joint mediation session (联合调解 / 三长会商).' })
export class JointSession {
  @Field(() => ID)
  id: string;

  @Field(() => SessionType, { description: 'The kind of session (三长会商, 联合调解, 背靠背调解, 听证评理).' })
  sessionType: SessionType;

  @Field()
  heldAt: Date;

  /** Shown through the read room (JointSessionResolver). */
  place: string;

  @Field(() => [SessionAttendee])
  attendees: SessionAttendee[];

  /** Shown through the read room. */
  minutes: string;

  /** Shown through the read room. */
  outcome: string | null;

  @Field()
  recordedBy: string;
}

export { CaseAction };
