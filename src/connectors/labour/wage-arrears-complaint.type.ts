import { Field, Int, ObjectType } from 'type-graphql';
import { DepartmentRecord } from '../department-record.type';

@ObjectType({
  simpleResolvers: true,
  implements: DepartmentRecord,
  description:
    'A wage-arrears complaint (欠薪投诉) at the labour security inspectorate (劳动保障监察) of human resources and social security (人社).',
})
export class WageArrearsComplaint extends DepartmentRecord {
  @Field(() => String, { nullable: true, description: 'Complaint number (投诉编号), e.g. 西湖人社监投〔2026〕123号.' })
  complaintNumber: string | null;

  @Field(() => String, { nullable: true, description: 'Day received (受理日期), ISO 8601 date.' })
  receivedOn: string | null;

  @Field(() => String, { nullable: true, description: 'The employer (用人单位).' })
  employerName: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The employer's unified social credit code (统一社会信用代码, GB 32100).",
  })
  employerCreditCode: string | null;

  @Field(() => String, { nullable: true, description: "The employer's legal representative (法定代表人)." })
  legalRepresentativeName: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The legal representative's resident ID number (居民身份证号码).",
  })
  legalRepresentativeResidentId: string | null;

  @Field(() => String, { nullable: true, description: 'The worker who complained (投诉人).' })
  complainantName: string | null;

  @Field(() => String, { nullable: true, description: "The complainant's resident ID number (居民身份证号码)." })
  complainantResidentId: string | null;

  @Field(() => String, { nullable: true, description: "The complainant's mobile number." })
  complainantPhone: string | null;

  @Field(() => Int, { nullable: true, description: 'Workers owed wages (涉及人数).' })
  workersInvolved: number | null;

  @Field(() => String, { nullable: true, description: 'Wages owed in yuan (欠薪金额), as a decimal string.' })
  amountOwed: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Status (状态): RECEIVED 已受理, INVESTIGATING 调查中, ORDERED_TO_PAY 责令支付, PAID 已支付 or TRANSFERRED_TO_POLICE 移送公安 (拒不支付劳动报酬).',
  })
  status: string | null;
}
