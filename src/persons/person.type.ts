import { Field, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: "One body's records of a person, read live from that body." })
export class PersonRecordsAtDepartment {
  @Field({ description: 'The code of the body holding the records (所属部门).' })
  department: string;

  @Field({ description: "The body's name to show (部门名称)." })
  displayName: string;

  /** Kept for the records resolver; never exposed. */
  residentId: string;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'A person as the bodies know them, found by resident ID number. Nothing about them is stored in the hub.',
})
export class Person {
  @Field({ description: 'The resident ID number, masked for display: 110105********1234.' })
  residentIdMasked: string;

  /** The number asked for, kept for the per-body resolvers; never exposed. */
  residentId: string;
}
