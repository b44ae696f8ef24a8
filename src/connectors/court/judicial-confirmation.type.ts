import { Field, ObjectType } from 'type-graphql';
import { DepartmentRecord } from '../department-record.type';
import { CourtParty } from './case-filing.type';

@ObjectType({
  simpleResolvers: true,
  implements: DepartmentRecord,
  description: 'A judicial confirmation (司法确认) of a mediation agreement, which makes it enforceable.',
})
export class CourtJudicialConfirmation extends DepartmentRecord {
  @Field(() => String, {
    nullable: true,
    description: 'Case number of the special procedure, e.g. (2026)浙0106民特12号.',
  })
  caseNumber: string | null;

  @Field(() => String, { nullable: true, description: 'The mediation body whose agreement is confirmed.' })
  mediationBody: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A summary of the mediation agreement submitted for confirmation (调解协议内容摘要).',
  })
  agreementSummary: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 8601 date.' })
  appliedOn: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 8601 date.' })
  ruledOn: string | null;

  @Field(() => String, { nullable: true, description: 'PENDING, CONFIRMED or REJECTED.' })
  ruling: string | null;

  @Field(() => [CourtParty], {
    nullable: true,
    description: 'The parties to the mediation agreement, who apply together for its confirmation (当事人).',
  })
  parties: CourtParty[] | null;
}
