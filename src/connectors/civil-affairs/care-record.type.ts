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

  @Field(() => String, { nullable: true })
  personName: string | null;

  @Field(() => String, { nullable: true, description: 'Resident ID number (居民身份证号码).' })
  personResidentId: string | null;

  @Field(() => String, { nullable: true })
  personAddress: string | null;

  @Field(() => String, { nullable: true, description: 'Guardian or entrusted carer (监护人/受委托照护人).' })
  guardianName: string | null;

  @Field(() => String, { nullable: true })
  guardianPhone: string | null;

  @Field(() => String, { nullable: true, description: 'Last visit by a children\'s or elderly welfare worker, ISO 8601 date.' })
  lastVisitOn: string | null;

  @Field(() => String, { nullable: true })
  notes: string | null;
}
