import { Field, ObjectType } from 'type-graphql';
import { DepartmentRecord } from '../department-record.type';
import { PersonOnRecord } from '../person-on-record.type';

@ObjectType({
  simpleResolvers: true,
  description: 'A person named in a grid screening entry, as the grid worker recorded them.',
})
export class ScreenedPerson extends PersonOnRecord {}

@ObjectType({
  simpleResolvers: true,
  implements: DepartmentRecord,
  description: 'A dispute screening entry (矛盾纠纷排查) recorded by a grid worker (网格员) of the security committee.',
})
export class GridScreeningEntry extends DepartmentRecord {
  @Field(() => String, { nullable: true, description: 'Ledger entry number, e.g. PC-20260315-00012.' })
  entryNumber: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 8601 date.' })
  screenedOn: string | null;

  @Field(() => String, { nullable: true, description: 'The grid (网格) the entry was found in.' })
  grid: string | null;

  @Field(() => String, { nullable: true, description: 'The grid worker who recorded the entry (网格员).' })
  gridWorker: string | null;

  @Field(() => String, { nullable: true, description: 'Dispute type as the ledger names it, e.g. 邻里纠纷.' })
  disputeType: string | null;

  @Field(() => String, { nullable: true, description: 'Free-text description of the parties.' })
  partiesDescription: string | null;

  @Field(() => [ScreenedPerson], { nullable: true, description: 'The people the entry names (涉及人员).' })
  persons: ScreenedPerson[] | null;

  @Field(() => String, { nullable: true, description: "The grid worker's note on the risk of escalation." })
  riskNote: string | null;

  @Field(() => String, { nullable: true, description: 'REPORTED, RESOLVED_LOCALLY or ESCALATED.' })
  status: string | null;
}
