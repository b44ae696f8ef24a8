import { Field, ObjectType } from 'type-graphql';
import { DepartmentRecord } from '../department-record.type';

@ObjectType({
  simpleResolvers: true,
  implements: DepartmentRecord,
  description: 'A domestic-violence warning letter (家庭暴力告诫书) the police issued to an abuser.',
})
export class PoliceDomesticViolenceWarning extends DepartmentRecord {
  @Field(() => String, { nullable: true, description: 'Letter number (告诫书文号).' })
  letterNumber: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 8601 date.' })
  issuedOn: string | null;

  @Field(() => String, { nullable: true, description: 'The person warned (加害人).' })
  abuserName: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Resident ID number (居民身份证号码) of the person warned (加害人).',
  })
  abuserResidentId: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the victim (受害人姓名).' })
  victimName: string | null;

  @Field(() => String, { nullable: true, description: 'Resident ID number (居民身份证号码) of the victim (受害人).' })
  victimResidentId: string | null;

  @Field(() => String, { nullable: true, description: 'Sensitive: must never reach the abuser.' })
  victimAddress: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The facts of the domestic violence the letter records (违法事实).',
  })
  facts: string | null;
}
