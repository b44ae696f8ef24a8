import { Field, ObjectType } from 'type-graphql';
import { DepartmentRecord } from '../department-record.type';

@ObjectType({
  simpleResolvers: true,
  implements: DepartmentRecord,
  description: 'A marriage or divorce registration (婚姻登记) by civil affairs.',
})
export class MarriageRegistration extends DepartmentRecord {
  @Field(() => String, { nullable: true, description: 'Certificate number (证字号), e.g. J330106-2015-001234.' })
  certificateNumber: string | null;

  @Field(() => String, { nullable: true, description: 'MARRIAGE (结婚登记) or DIVORCE (离婚登记).' })
  registrationType: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 8601 date.' })
  registeredOn: string | null;

  @Field(() => String, { nullable: true, description: 'The marriage registry (婚姻登记处) that registered it.' })
  registryOffice: string | null;

  @Field(() => String, { nullable: true, description: 'First party on the certificate (男方).' })
  spouse1Name: string | null;

  @Field(() => String, { nullable: true, description: 'Resident ID number (居民身份证号码) of the first party.' })
  spouse1ResidentId: string | null;

  @Field(() => String, { nullable: true, description: 'Second party on the certificate (女方).' })
  spouse2Name: string | null;

  @Field(() => String, { nullable: true, description: 'Resident ID number (居民身份证号码) of the second party.' })
  spouse2ResidentId: string | null;
}
