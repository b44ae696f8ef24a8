import { Field, ObjectType } from 'type-graphql';
import { DepartmentRecord } from '../department-record.type';
import { PersonOnRecord } from '../person-on-record.type';

@ObjectType({ simpleResolvers: true, description: 'A party to a court case, as the court records them.' })
export class CourtParty extends PersonOnRecord {
  @Field(() => String, { nullable: true, description: 'PLAINTIFF, DEFENDANT or THIRD_PARTY.' })
  role: string | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: DepartmentRecord,
  description: "A case filing (立案) in the people's tribunal.",
})
export class CourtCaseFiling extends DepartmentRecord {
  @Field(() => String, { nullable: true, description: 'Case number (案号), e.g. (2026)浙0106民初123号.' })
  caseNumber: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'CIVIL_FIRST_INSTANCE (民初), PRE_LITIGATION_MEDIATION (诉前调) or SPECIAL_PROCEDURE (民特).',
  })
  caseType: string | null;

  @Field(() => String, { nullable: true, description: 'Cause of action (案由).' })
  causeOfAction: string | null;

  @Field(() => String, { nullable: true, description: 'MEDIATING, FILED, HEARING, JUDGED or CLOSED.' })
  stage: string | null;

  @Field(() => String, { nullable: true, description: 'Filing date, ISO 8601 (YYYY-MM-DD).' })
  filedOn: string | null;

  @Field(() => String, { nullable: true, description: 'The judge presiding over the case (审判长/承办法官).' })
  presidingJudge: string | null;

  @Field(() => String, { nullable: true, description: 'Next hearing, ISO 8601 date-time.' })
  nextHearingAt: string | null;

  @Field(() => String, { nullable: true, description: 'A summary of the claims (诉讼请求).' })
  claimSummary: string | null;

  @Field(() => [CourtParty], {
    nullable: true,
    description: 'The parties to the court case (当事人): plaintiff, defendant, third party.',
  })
  parties: CourtParty[] | null;
}
