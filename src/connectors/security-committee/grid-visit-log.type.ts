import { Field, ObjectType } from 'type-graphql';
import { DepartmentRecord } from '../department-record.type';

@ObjectType({
  simpleResolvers: true,
  implements: DepartmentRecord,
  description: 'A household visit (走访) by a grid worker of the security committee.',
})
export class GridVisitLog extends DepartmentRecord {
  @Field(() => String, { nullable: true, description: 'ISO 8601 date.' })
  visitedOn: string | null;

  @Field(() => String, { nullable: true, description: 'The grid (网格) the household belongs to.' })
  grid: string | null;

  @Field(() => String, { nullable: true, description: 'The grid worker who made the visit (网格员).' })
  gridWorker: string | null;

  @Field(() => String, { nullable: true, description: 'The address of the household visited (走访住户地址).' })
  householdAddress: string | null;

  @Field(() => String, { nullable: true, description: 'The person met at the visit (走访对象姓名).' })
  personName: string | null;

  @Field(() => String, { nullable: true, description: 'Resident ID number (居民身份证号码).' })
  personResidentId: string | null;

  @Field(() => String, { nullable: true, description: 'What the grid worker noted at the visit (走访情况).' })
  notes: string | null;
}
