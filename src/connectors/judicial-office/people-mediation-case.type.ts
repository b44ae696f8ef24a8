import { Field, ObjectType } from 'type-graphql';
import { DepartmentRecord } from '../department-record.type';
import { PersonOnRecord } from '../person-on-record.type';

@ObjectType({
  simpleResolvers: true,
  description: "A party to a people's mediation case (当事人), as the judicial office records them.",
})
export class MediationParty extends PersonOnRecord {
  @Field(() => String, {
    nullable: true,
    description: 'APPLICANT (申请人), RESPONDENT (被申请人) or INTERESTED_PARTY (利害关系人).',
  })
  role: string | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: DepartmentRecord,
  description: "A people's mediation case (人民调解案件) with its mediation agreement (人民调解协议书) when settled.",
})
export class PeopleMediationCase extends DepartmentRecord {
  @Field(() => String, { nullable: true, description: 'Case number, e.g. 西湖人调〔2026〕12号.' })
  caseNumber: string | null;

  @Field(() => String, { nullable: true, description: 'Date the case was accepted, ISO 8601 (YYYY-MM-DD).' })
  acceptedOn: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Dispute category as the mediation system names it, e.g. 邻里纠纷.',
  })
  category: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The people's mediation committee (人民调解委员会) handling the case.",
  })
  mediationCommittee: string | null;

  @Field(() => String, { nullable: true, description: "The people's mediator handling the case (人民调解员)." })
  mediator: string | null;

  @Field(() => String, { nullable: true, description: 'SETTLED, FAILED or IN_PROGRESS.' })
  outcome: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A summary of the dispute and how it was mediated (纠纷简要情况).',
  })
  summary: string | null;

  @Field(() => String, { nullable: true, description: 'Number of the mediation agreement, when settled.' })
  agreementNumber: string | null;

  @Field(() => String, { nullable: true, description: 'Date the agreement was signed, ISO 8601 (YYYY-MM-DD).' })
  agreementSignedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Terms of the mediation agreement, when settled.' })
  agreementTerms: string | null;

  @Field(() => [MediationParty], { nullable: true, description: 'The parties to the mediation (当事人).' })
  parties: MediationParty[] | null;
}
