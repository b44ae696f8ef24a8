import { Field, ObjectType } from 'type-graphql';
import { DepartmentRecord } from '../department-record.type';

@ObjectType({
  simpleResolvers: true,
  implements: DepartmentRecord,
  description: 'A care record of a left-behind child or elderly person (留守儿童/留守老人) kept by civil affairs.',
})
export class CareRecord extends DepartmentRecord {
  @Field(() => String, { nullable: true, description: 'LEFT_BEHIND_CHILD or LEFT_BEHIND_ELDERLY.' })
  careType: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Name of the left-behind child or elderly person cared for (关爱对象姓名).',
  })
  personName: string | null;

  @Field(() => String, { nullable: true, description: 'Resident ID number (居民身份证号码).' })
  personResidentId: string | null;

  @Field(() => String, { nullable: true, description: 'Where the person cared for lives (居住地址).' })
  personAddress: string | null;

  @Field(() => String, { nullable: true, description: 'Guardian or entrusted carer (监护人/受委托照护人).' })
  guardianName: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Phone number of the guardian or entrusted carer (监护人联系电话).',
  })
  guardianPhone: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Last visit by a children's or elderly welfare worker, ISO 8601 date.",
  })
  lastVisitOn: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The welfare worker's notes on the person's situation (走访情况).",
  })
  notes: string | null;
}
