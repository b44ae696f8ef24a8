import { Field, ID, ObjectType } from 'type-graphql';
import { AgreementForm, MediationType, PerformanceStatus } from '../case-domain-enums';

@ObjectType({
  description: 'One obligation of a mediation agreement (义务), with 履行方式 and 履行期限 (人民调解法 第二十九条).',
})
export class AgreementObligationType {
  @Field(() => ID, { description: 'The party (CaseParty id) who owes it; read the party through JointCase.parties.' })
  obligorPartyId: string;

  /** Shown through the read room (free text about the parties). */
  content: string;

  /** Shown through the read room (free text: an account, an address or a phone number is often written here). */
  performanceMethod: string;

  @Field({ description: '履行期限 (YYYY-MM-DD).' })
  dueOn: string;

  /** The case, for the read room. Not exposed. */
  jointCaseId: string;
}

@ObjectType({
  description: 'The structured mediation agreement (人民调解协议书) of a joint case.',
  simpleResolvers: true,
})
export class MediationAgreement {
  @Field(() => MediationType, { description: '调解类型.' })
  mediationType: MediationType;

  @Field({ description: '调解组织.' })
  organisation: string;

  @Field({ description: '调解员.' })
  mediator: string;

  @Field({ description: '协议书编号.' })
  documentNumber: string;

  @Field(() => AgreementForm, { description: '协议形式: 书面 / 口头.' })
  form: AgreementForm;

  @Field({ description: '生效日期 (YYYY-MM-DD).' })
  effectiveOn: string;

  @Field({
    description:
      '司法确认 申请期限: the last day (YYYY-MM-DD) the parties may apply, 30 days from 生效日期 (人民调解法 第三十三条).',
  })
  judicialConfirmationDeadline: string;

  @Field(() => PerformanceStatus, { description: '履行状态, updated at follow-up (回访).' })
  performanceStatus: PerformanceStatus;

  /** Shown through the read room. */
  facts: string;

  /** Resolved with the read room governing their content. */
  obligations: AgreementObligationType[];

  /** The case, for the read room. Not exposed. */
  jointCaseId: string;
}
