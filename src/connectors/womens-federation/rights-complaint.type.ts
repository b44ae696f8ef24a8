import { Field, ObjectType } from 'type-graphql';
import { DepartmentRecord } from '../department-record.type';

@ObjectType({
  simpleResolvers: true,
  implements: DepartmentRecord,
  description: "A rights-protection complaint (维权投诉) received by the women's federation.",
})
export class WomensFederationComplaint extends DepartmentRecord {
  @Field(() => String, { nullable: true, description: 'Complaint number (投诉编号).' })
  complaintNumber: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 8601 date.' })
  receivedOn: string | null;

  @Field(() => String, { nullable: true, description: 'DOMESTIC_VIOLENCE, MARRIAGE, CUSTODY or OTHER.' })
  complaintType: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the complainant (投诉人姓名).' })
  complainantName: string | null;

  @Field(() => String, { nullable: true, description: 'Resident ID number (居民身份证号码).' })
  complainantResidentId: string | null;

  @Field(() => String, { nullable: true, description: "The complainant's phone number (投诉人联系电话)." })
  complainantPhone: string | null;

  @Field(() => String, { nullable: true, description: 'Sensitive when the complaint is about domestic violence.' })
  complainantAddress: string | null;

  @Field(() => String, { nullable: true, description: 'Whom the complaint is about (被投诉人).' })
  respondentName: string | null;

  @Field(() => String, { nullable: true, description: 'What the complaint is about (投诉内容摘要).' })
  summary: string | null;

  @Field(() => String, { nullable: true, description: 'RECEIVED, IN_PROGRESS, REFERRED or CLOSED.' })
  status: string | null;
}
