import { Field, ObjectType } from 'type-graphql';

/** A person as a body's record names them; each body's record types extend it with its own role. */
@ObjectType({ simpleResolvers: true })
export abstract class PersonOnRecord {
  @Field(() => String, { nullable: true, description: "The person's name (姓名) as the owner records it." })
  name: string | null;

  @Field(() => String, { nullable: true, description: 'Resident ID number (居民身份证号码).' })
  residentId: string | null;

  @Field(() => String, { nullable: true, description: "The person's phone number (联系电话) as the owner records it." })
  phone: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Address as the owner records it (domicile, home or household).',
  })
  address: string | null;
}
