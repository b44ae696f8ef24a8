import { Field, ObjectType } from 'type-graphql';
import { DepartmentRecord } from '../department-record.type';

@ObjectType({
  simpleResolvers: true,
  implements: DepartmentRecord,
  description: "Assistance the women's federation gave (庇护救助, help applying for a 人身安全保护令, counsel).",
})
export class WomensFederationAssistance extends DepartmentRecord {
  @Field(() => String, {
    nullable: true,
    description: 'SHELTER, PROTECTION_ORDER_APPLICATION, LEGAL_COUNSEL or PSYCHOLOGICAL.',
  })
  assistanceType: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 8601 date.' })
  startedOn: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 8601 date; null while ongoing.' })
  endedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the woman or child assisted (受助人姓名).' })
  beneficiaryName: string | null;

  @Field(() => String, { nullable: true, description: 'Resident ID number (居民身份证号码).' })
  beneficiaryResidentId: string | null;

  @Field(() => String, { nullable: true, description: "The beneficiary's phone number (受助人联系电话)." })
  beneficiaryPhone: string | null;

  @Field(() => String, { nullable: true, description: 'Sensitive: must never reach the other party.' })
  beneficiaryAddress: string | null;

  @Field(() => String, { nullable: true, description: "The caseworker's notes on the assistance (帮扶情况)." })
  notes: string | null;
}
