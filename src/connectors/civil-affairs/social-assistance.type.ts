import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DepartmentRecord } from '../department-record.type';

@ObjectType({
  simpleResolvers: true,
  implements: DepartmentRecord,
  description:
    'A social-assistance entitlement: subsistence allowance (低保) or extreme-poverty support (特困供养). Sensitive personal information.',
})
export class SocialAssistanceEntitlement extends DepartmentRecord {
  @Field(() => String, {
    nullable: true,
    description: 'MINIMUM_LIVING_ALLOWANCE (低保) or EXTREME_POVERTY_SUPPORT (特困供养).',
  })
  programme: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Name of the person the entitlement is registered to (救助对象姓名), the household's applicant.",
  })
  beneficiaryName: string | null;

  @Field(() => String, { nullable: true, description: 'Resident ID number (居民身份证号码).' })
  beneficiaryResidentId: string | null;

  @Field(() => String, { nullable: true, description: "The assisted household's address (家庭住址)." })
  beneficiaryAddress: string | null;

  @Field(() => Int, { nullable: true, description: 'People in the assisted household.' })
  householdSize: number | null;

  @Field(() => Float, { nullable: true, description: 'Monthly payment to the household, in yuan.' })
  monthlyAmountYuan: number | null;

  @Field(() => String, { nullable: true, description: 'Date the entitlement was granted, ISO 8601.' })
  since: string | null;

  @Field(() => String, { nullable: true, description: 'ACTIVE or ENDED.' })
  status: string | null;
}
