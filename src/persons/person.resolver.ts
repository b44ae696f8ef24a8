import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../common/relay';
import type { RequestContext } from '../graphql/request-context';
import { DepartmentRecordConnection, Person, PersonRecordsAtDepartment } from './person.type';
import type { PersonService } from './person.service';
import type { ReadRoom } from '../read-room/read-room';

@Resolver(() => Person)
export class PersonResolver {
  constructor(private readonly persons: PersonService) {}

  @Query(() => Person, { description: 'A person across every body, by resident ID number (居民身份证号码).' })
  person(@Arg('residentId') residentId: string, @Ctx() ctx: RequestContext) {
    return this.persons.find(ctx, residentId);
  }

  @FieldResolver(() => [PersonRecordsAtDepartment], { description: 'One entry per body the hub serves.' })
  departments(@Root() person: Person, @Ctx() ctx: RequestContext) {
    return this.persons.departments(ctx, person);
  }
}

@Resolver(() => PersonRecordsAtDepartment)
export class PersonRecordsAtDepartmentResolver {
  constructor(private readonly readRoom: ReadRoom) {}

  @FieldResolver(() => DepartmentRecordConnection, {
    nullable: true,
    description: "null, with an error naming the body, when no agreement grants the caller this body's records.",
  })
  records(@Root() at: PersonRecordsAtDepartment, @Args() page: PageArgs, @Ctx() ctx: RequestContext) {
    return this.readRoom.personRecords(ctx, at, page);
  }
}
