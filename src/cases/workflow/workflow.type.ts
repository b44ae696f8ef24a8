import { TransitionErrorCode } from './transition-error-code';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, Length, Matches, Max, Min, MaxLength, Validate, ValidateNested, type ValidationArguments, type ValidatorConstraintInterface, ValidatorConstraint } from 'class-validator';
import { createUnionType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Role } from '../../auth/actor';
import { normaliseResidentId, residentIdProblem } from '../../common/resident-id';
import { JointCase } from '../joint-case.type';
import { DisputeCategory, PartyRole, ReferralChannel, SourceChannel, Urgency } from './case-enums';
import { CaseAction, CaseStatus } from './case-status';

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

@InputType({ description: 'A party as the centre takes them in.' })
export class IntakePartyInput {
  @Field(() => PartyRole)
  role: PartyRole;

  @Field()
  @Length(1, 40)
  name: string;

  @Field({ description: 'Resident ID number (居民身份证号码), checked.' })
  @Validate(ResidentIdConstraint)
  residentId: string;

  @Field(() => String, { nullable: true, description: 'Mainland mobile number, 11 digits.' })
  @IsOptional()
  @Matches(MOBILE, { message: 'the mobile must be 11 digits starting with 1' })
  mobile?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  address?: string | null;
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
  @Field({ description: 'e.g. (2026)浙0106民特12号' })
  @Length(1, 60)
  confirmationNumber: string;

  @Field({ description: 'ISO 8601 date.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'confirmedOn must be YYYY-MM-DD' })
  confirmedOn: string;
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
}

@ObjectType({ description: 'A step a joint case could not take, returned as data (not thrown).' })
export class TransitionError {
  @Field(() => TransitionErrorCode, { description: 'Why the step was refused (拒绝原因代码).' })
  code: string;

  @Field({ description: 'The reason in words, to show the user (拒绝理由).' })
  message: string;

  @Field(() => CaseStatus, { description: 'The case\'s status now (当前状态).' })
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
