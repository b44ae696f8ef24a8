import { Field, ObjectType } from 'type-graphql';
import { DepartmentRecord } from '../department-record.type';
import { PersonOnRecord } from '../person-on-record.type';

@ObjectType({ simpleResolvers: true, description: 'A party to a court case, as the court records them.' })
export class CourtParty extends PersonOnRecord {
  @Field(() => String, { nullable: true, description: 'PLAINTIFF, DEFENDANT or THIRD_PARTY.' })
  role: string | null;
}

@ObjectType({ simpleResolvers: true, implements: DepartmentRecord, description: 'A case filing (立案) in the people\'s tribunal.' })
export class CourtCaseFiling extends DepartmentRecord {
  @Field(() => String, { nullable: true, description: 'Case number (案号), e.g. (2026)浙0106民初123号.' })
  caseNumber: string | null;

  @Field(() => String, { nullable: true, description: 'CIVIL_FIRST_INSTANCE (民初), PRE_LITIGATION_MEDIATION (诉前调) or SPECIAL_PROCEDURE (民特).' })
  caseType: string | null;

  @Field(() => String, { nullable: true, description: 'Cause of action (案由).' })
  causeOfAction: string | null;

  @Field(() => String, { nullable: true, description: 'MEDIATING, FILED, HEARING, JUDGED or CLOSED.' })
  stage: string | null;

  @Field(() => String, { nullable: true, description: 'Filing date, ISO 8601 (YYYY-MM-DD).' })
  filedOn: string | null;

  @Field(() => String, { nullable: true })
  presidingJudge: string | null;

  @Field(() => String, { nullable: true, description: 'Next hearing, ISO 8601 date-time.' })
  nextHearingAt: string | null;

  @Field(() => String, { nullable: true })
  claimSummary: string | null;

  @Field(() => [CourtParty], { nullable: true })
  parties: CourtParty[] | null;
}
