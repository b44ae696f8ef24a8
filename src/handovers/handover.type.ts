import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { CaseStatus } from '../cases/case-status';
import { OpenJointCaseInput } from '../cases/workflow/workflow.type';
import { HandoverKind, HandoverOutcome } from './handover.kinds';

@InputType({ description: 'A dispute handed over to joint mediation by the body that holds it (对接).' })
export class HandOverToMediationInput {
  @Field(() => HandoverKind, {
    description:
      "Which hand-over it is (对接类型): 诉调对接, 警调对接 or 访调对接; it sets the record kind and the case's source channel.",
  })
  kind: HandoverKind;

  @Field(() => ID, {
    description:
      "The id of the sender's own record handed over (a court CASE_FILING, a police INCIDENT, a PETITION_MATTER).",
  })
  sourceRecordId: string;

  @Field(() => String, {
    nullable: true,
    description: 'The delegation number, required for 诉调对接, e.g. （2026）浙0106民诉前调123号.',
  })
  referenceNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'The mediator the court invites (特邀调解员), for 诉调对接.' })
  invitedMediator?: string | null;

  @Field(() => OpenJointCaseInput, {
    description: 'The dispute as the joint case takes it in; its channel and source record are set by the hand-over.',
  })
  dispute: OpenJointCaseInput;
}

@ObjectType({
  description: 'One outcome of a handed-over case, returned to the sender (反馈); owned by the sender in the hub.',
})
export class HandoverFeedback {
  @Field(() => ID, { description: "The feedback's id (反馈编号)." })
  id: string;

  @Field(() => HandoverOutcome, {
    description: 'What came of the case (反馈结果): settled, confirmed, not settled, referred or withdrawn.',
  })
  outcome: HandoverOutcome;

  @Field(() => CaseStatus, { description: 'The case status the outcome was reached in.' })
  caseStatus: CaseStatus;

  @Field(() => Date, { nullable: true, description: 'When the mediation agreement was reached.' })
  agreementReachedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The judicial confirmation ruling number (司法确认).' })
  confirmationNumber: string | null;

  @Field(() => String, { nullable: true, description: 'Where the case was referred (LITIGATION is 转立案).' })
  referralChannel: string | null;

  @Field({ description: 'When the outcome was returned.' })
  recordedAt: Date;

  @Field({ description: 'Who reached the outcome.' })
  recordedBy: string;

  @Field({ description: 'The body of whoever reached the outcome.' })
  recordedByDepartment: string;

  jointCaseId: string;
  failureReason: string | null;
}

@ObjectType({
  description:
    "A dispute the caller's body handed over to joint mediation, with the case's state and every outcome returned.",
})
export class Handover {
  @Field(() => ID, { description: "The hand-over's id (对接编号)." })
  id: string;

  @Field(() => HandoverKind, { description: 'Which hand-over it was (对接类型): 诉调对接, 警调对接 or 访调对接.' })
  kind: HandoverKind;

  @Field({ description: 'The body that handed it over (and alone reads this record).' })
  senderDepartment: string;

  @Field({ description: "The sender's record kind handed over." })
  sourceRecordType: string;

  @Field(() => ID, { description: "The sender's record handed over." })
  sourceRecordId: string;

  @Field(() => ID, { description: 'The joint case it became.' })
  jointCaseId: string;

  @Field(() => String, { nullable: true, description: 'The case number of the joint case.' })
  caseNumber: string | null;

  @Field(() => CaseStatus, { description: 'Where the joint case stands now.' })
  caseStatus: CaseStatus;

  @Field(() => String, { nullable: true, description: 'The delegation number (诉前调 number) for 诉调对接.' })
  referenceNumber: string | null;

  @Field(() => String, { nullable: true, description: 'The invited mediator (特邀调解员) for 诉调对接.' })
  invitedMediator: string | null;

  @Field({ description: 'When the dispute was handed over (移交时间).' })
  handedOverAt: Date;

  @Field({ description: 'The user id of whoever handed it over (移交人).' })
  handedOverBy: string;

  @Field(() => Date, { nullable: true, description: 'When the delegated mediation is due (30 days for 诉调对接).' })
  dueAt: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      '访调对接: whether the petitions body marked the petition matter 化解 (resolved); null until it decides.',
  })
  petitionResolved: boolean | null;

  @Field(() => Date, { nullable: true, description: 'When the petitions body decided.' })
  petitionDecidedAt: Date | null;

  @Field(() => [HandoverFeedback], { description: 'Every outcome returned, oldest first.' })
  feedback: HandoverFeedback[];
}
