import { Field, ObjectType } from 'type-graphql';
import { DepartmentRecord } from '../department-record.type';

@ObjectType({
  simpleResolvers: true,
  implements: DepartmentRecord,
  description: 'A legal-aid referral (法律援助) made by the judicial office.',
})
export class LegalAidReferral extends DepartmentRecord {
  @Field(() => String, { nullable: true, description: 'Referral number, e.g. 西湖法援转〔2026〕7号.' })
  referralNumber: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 8601 date.' })
  referredOn: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the person seeking legal aid (受援申请人姓名).' })
  applicantName: string | null;

  @Field(() => String, { nullable: true, description: 'Resident ID number (居民身份证号码) of the applicant.' })
  applicantResidentId: string | null;

  @Field(() => String, { nullable: true, description: "The applicant's phone number (申请人联系电话)." })
  applicantPhone: string | null;

  @Field(() => String, { nullable: true, description: 'The legal matter aid is sought for, e.g. 追索劳动报酬.' })
  matter: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'CONSULTATION, LITIGATION_REPRESENTATION or NON_LITIGATION_REPRESENTATION.',
  })
  aidType: string | null;

  @Field(() => String, { nullable: true, description: 'REFERRED, ACCEPTED, REJECTED or CLOSED.' })
  status: string | null;
}
