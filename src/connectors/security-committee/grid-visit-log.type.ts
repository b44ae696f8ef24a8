import { Field, ObjectType } from 'type-graphql';
import { DepartmentRecord } from '../department-record.type';

@ObjectType({ simpleResolvers: true, implements: DepartmentRecord, description: 'A household visit (走访) by a grid worker of the security committee.' })
export class GridVisitLog extends DepartmentRecord {
  @Field(() => String, { nullable: true, description: 'ISO 8601 date.' })
  visitedOn: string | null;

  @Field(() => String, { nullable: true })
  grid: string | null;

  @Field(() => String, { nullable: true })
  gridWorker: string | null;

  @Field(() => String, { nullable: true })
  householdAddress: string | null;

  @Field(() => String, { nullable: true })
  personName: string | null;

  @Field(() => String, { nullable: true, description: 'Resident ID number (居民身份证号码).' })
  personResidentId: string | null;

  @Field(() => String, { nullable: true })
  notes: string | null;
}
