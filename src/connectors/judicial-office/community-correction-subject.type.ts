import { Field, ObjectType } from 'type-graphql';
import { DepartmentRecord } from '../department-record.type';

@ObjectType({
  simpleResolvers: true,
  implements: DepartmentRecord,
  description:
    'A community-correction subject (社区矫正对象) supervised by the judicial office. Very sensitive personal information.',
})
export class CommunityCorrectionSubject extends DepartmentRecord {
  @Field(() => String, { nullable: true, description: 'Name of the community-correction subject (矫正对象姓名).' })
  name: string | null;

  @Field(() => String, { nullable: true, description: 'Resident ID number (居民身份证号码).' })
  residentId: string | null;

  @Field(() => String, { nullable: true, description: 'Place of residence during correction.' })
  address: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'PROBATION, PAROLE, SUSPENDED_SENTENCE or TEMPORARY_OUTSIDE_EXECUTION.',
  })
  correctionType: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 8601 date.' })
  startedOn: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 8601 date.' })
  endsOn: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The judicial-office officer who supervises the subject (矫正负责人).',
  })
  supervisingOfficer: string | null;
}
