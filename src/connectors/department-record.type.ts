import { Field, ID, InterfaceType } from 'type-graphql';

/**
 * What every record read from a body's own system has in common. Concrete record kinds
 * (a court case filing, a police incident, …) implement this interface, each in the
 * folder of the body that owns it.
 */
@InterfaceType({
  description: "A record read live from the owning body's own database. Never stored in the hub.",
})
export abstract class DepartmentRecord {
  @Field({ description: 'Code of the body that owns the record, e.g. COURT.' })
  department: string;

  @Field({ description: "The owner's record kind, e.g. CASE_FILING." })
  recordType: string;

  @Field(() => ID, { description: "The record's id in the owner's system." })
  recordId: string;
}
