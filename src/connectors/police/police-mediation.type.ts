import { Field, ObjectType } from 'type-graphql';
import { DepartmentRecord } from '../department-record.type';
import { PolicePerson } from './incident.type';

@ObjectType({
  simpleResolvers: true,
  implements: DepartmentRecord,
  description: 'A public-security mediation (治安调解) by the police station after an incident.',
})
export class PoliceMediation extends DepartmentRecord {
  @Field(() => String, { nullable: true, description: 'Mediation document number (调解书编号).' })
  mediationNumber: string | null;

  @Field(() => String, { nullable: true, description: 'Number of the incident (警情编号) that was mediated.' })
  incidentNumber: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 8601 date.' })
  mediatedOn: string | null;

  @Field(() => String, { nullable: true, description: 'SETTLED or FAILED.' })
  outcome: string | null;

  @Field(() => String, { nullable: true, description: 'What the parties agreed; null when the mediation failed.' })
  agreementSummary: string | null;

  @Field(() => [PolicePerson], { nullable: true, description: 'The persons of the mediated incident.' })
  persons: PolicePerson[] | null;
}
