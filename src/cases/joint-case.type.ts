import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../common/relay';
import { DepartmentRecord } from '../connectors/department-record.type';

@ObjectType({ description: 'A party to a joint case, as taken in at the governance centre\'s window.' })
export class CaseParty {
  @Field(() => ID)
  id: string;

  @Field({ description: 'APPLICANT, RESPONDENT or RELATED_PERSON.' })
  role: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'Resident ID number (居民身份证号码).' })
  residentId: string | null;

  @Field(() => String, { nullable: true })
  mobile: string | null;

  @Field(() => String, { nullable: true })
  address: string | null;
}

@ObjectType({
  description:
    'A department record linked to a joint case. The reference is the hub\'s own; `record` is read live from the owner ' +
    'and is null, with an error naming the body, when no agreement grants it or the owner is unavailable.',
})
export class LinkedRecord {
  @Field()
  department: string;

  @Field()
  recordType: string;

  @Field(() => ID)
  recordId: string;

  @Field(() => DepartmentRecord, { nullable: true })
  record?: DepartmentRecord | null;

  /** The case the link belongs to: the scope its record is read in. Not exposed. */
  jointCase: JointCase;
}

export const LinkedRecordConnection = ConnectionType('LinkedRecord', LinkedRecord);

@ObjectType({ description: 'A joint mediation case (联合调解案件) owned by the governance centre.' })
export class JointCase {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Case number, e.g. (2026)西湖联调0001号.' })
  caseNumber: string;

  @Field()
  title: string;

  @Field({ description: 'NEIGHBOUR, FAMILY_MARRIAGE, DOMESTIC_VIOLENCE, LAND_HOUSING, WAGES, CONSUMER, MEDICAL or OTHER.' })
  category: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field()
  status: string;

  @Field(() => String, { nullable: true })
  leadDepartment: string | null;

  @Field(() => [String])
  participatingDepartments: string[];

  @Field(() => String, { nullable: true })
  community: string | null;

  @Field(() => String, { nullable: true, description: 'The grid (网格) where the dispute arose.' })
  grid: string | null;

  @Field(() => Int)
  peopleInvolved: number;

  @Field(() => Date, { nullable: true })
  occurredAt: Date | null;

  @Field()
  createdAt: Date;
}

export const JointCaseConnection = ConnectionType('JointCase', JointCase);
