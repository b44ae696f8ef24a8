import { Field, ObjectType } from 'type-graphql';
import { DepartmentRecord } from '../department-record.type';

@ObjectType({
  simpleResolvers: true,
  implements: DepartmentRecord,
  description:
    'A labour and personnel dispute arbitration case (劳动人事争议仲裁案件) of the arbitration commission (劳动人事争议仲裁委员会).',
})
export class LabourArbitrationCase extends DepartmentRecord {
  @Field(() => String, { nullable: true, description: 'Case number (案号), e.g. 杭劳人仲案字〔2026〕第123号.' })
  caseNumber: string | null;

  @Field(() => String, { nullable: true, description: 'Day filed (立案日期), ISO 8601 date.' })
  filedOn: string | null;

  @Field(() => String, { nullable: true, description: 'The applicant (申请人), a worker.' })
  applicantName: string | null;

  @Field(() => String, { nullable: true, description: "The applicant's resident ID number (居民身份证号码)." })
  applicantResidentId: string | null;

  @Field(() => String, { nullable: true, description: "The applicant's mobile number." })
  applicantPhone: string | null;

  @Field(() => String, { nullable: true, description: 'The respondent (被申请人), the employer.' })
  respondentName: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The respondent's unified social credit code (统一社会信用代码, GB 32100).",
  })
  respondentCreditCode: string | null;

  @Field(() => String, { nullable: true, description: 'What the applicant claims (请求事项), free text.' })
  claims: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Result (结果): PENDING 审理中, MEDIATED 调解, AWARDED 裁决 or WITHDRAWN 撤回.',
  })
  result: string | null;

  @Field(() => String, { nullable: true, description: 'Day concluded (结案日期), ISO 8601 date.' })
  concludedOn: string | null;
}
