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

  @Field(() => String, { nullable: true })
  abuserResidentId: string | null;

  @Field(() => String, { nullable: true })
  victimName: string | null;

  @Field(() => String, { nullable: true })
  victimResidentId: string | null;

  @Field(() => String, { nullable: true, description: 'Sensitive: must never reach the abuser.' })
  victimAddress: string | null;

  @Field(() => String, { nullable: true })
  facts: string | null;
}
