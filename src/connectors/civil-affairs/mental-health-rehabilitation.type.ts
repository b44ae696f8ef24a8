import { Field, Int, ObjectType } from 'type-graphql';
import { DepartmentRecord } from '../department-record.type';

@ObjectType({
  simpleResolvers: true,
  implements: DepartmentRecord,
  description:
    'A person in community rehabilitation for a mental disorder (精神障碍社区康复服务对象), registered by civil affairs, which leads community ' +
    'rehabilitation (精康融合行动), with the management status and risk grade shared by health. Very sensitive personal information.',
})
export class MentalHealthRehabilitation extends DepartmentRecord {
  @Field(() => String, {
    nullable: true,
    description: 'Name of the person in community rehabilitation (康复对象姓名).',
  })
  personName: string | null;

  @Field(() => String, { nullable: true, description: 'Resident ID number (居民身份证号码).' })
  personResidentId: string | null;

  @Field(() => String, { nullable: true, description: 'Where the person lives (居住地址).' })
  personAddress: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "A serious mental disorder (严重精神障碍) under the health system's management (在册患者).",
  })
  serious: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Risk grade (危险性评估等级) 0–5 of the latest assessment; 3 or above is a danger to others.',
  })
  riskGrade: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Management status: MANAGED 在管, LOST_CONTACT 失访 or DISCHARGED 结案.',
  })
  managementStatus: string | null;

  @Field(() => String, { nullable: true, description: 'The guardian (监护人).' })
  guardianName: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number of the guardian (监护人联系电话).' })
  guardianPhone: string | null;

  @Field(() => String, { nullable: true, description: 'Day registered, ISO 8601 date.' })
  registeredOn: string | null;
}
