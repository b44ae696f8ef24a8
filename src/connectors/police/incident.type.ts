import { Field, ObjectType } from 'type-graphql';
import { DepartmentRecord } from '../department-record.type';
import { PersonOnRecord } from '../person-on-record.type';

@ObjectType({
  simpleResolvers: true,
  description: 'A person involved in a police incident, as the police station records them.',
})
export class PolicePerson extends PersonOnRecord {
  @Field(() => String, {
    nullable: true,
    description: 'REPORTER (报警人), PARTY (当事人), VICTIM (受害人), OFFENDER (违法行为人) or WITNESS (证人).',
  })
  role: string | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: DepartmentRecord,
  description: 'An incident report (警情) of the police station, usually from a 110 call.',
})
export class PoliceIncident extends DepartmentRecord {
  @Field(() => String, { nullable: true, description: 'Incident number (警情编号).' })
  incidentNumber: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'When the 110 call was received (接警时间), ISO 8601 date-time.',
  })
  calledAt: string | null;

  @Field(() => String, { nullable: true, description: 'Where it happened (发案地点).' })
  place: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'FAMILY_DISPUTE, NEIGHBOUR_DISPUTE, FIGHT, WAGE_DISPUTE or OTHER.',
  })
  category: string | null;

  @Field(() => String, { nullable: true, description: 'Brief facts (简要案情).' })
  summary: string | null;

  @Field(() => String, { nullable: true, description: 'Handling result (处理结果).' })
  handlingResult: string | null;

  @Field(() => String, { nullable: true, description: 'The police officer who handled the incident (处警民警).' })
  handlingOfficer: string | null;

  @Field(() => [PolicePerson], {
    nullable: true,
    description: 'The people involved: reporter, parties, victims, offenders, witnesses (涉警人员).',
  })
  persons: PolicePerson[] | null;
}
