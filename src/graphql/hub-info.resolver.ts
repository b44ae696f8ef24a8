import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { Role } from '../auth/actor';
import type { RequestContext } from './request-context';
import type { DepartmentRegistry } from '../connectors/department-registry';

@ObjectType({ description: 'The caller, as the verified token names them.' })
export class Me {
  @Field()
  user: string;

  @Field()
  department: string;

  @Field(() => Role)
  role: Role;
}

@ObjectType({ description: 'A body the hub serves, with the kinds of record it owns.' })
export class Department {
  @Field()
  code: string;

  @Field()
  displayName: string;

  @Field(() => [String])
  recordTypes: string[];
}

@Resolver()
export class HubInfoResolver {
  constructor(private readonly registry: DepartmentRegistry) {}

  @Query(() => Me)
  me(@Ctx() ctx: RequestContext): Me {
    return ctx.actor;
  }

  @Query(() => [Department], { description: 'Every body the hub serves (the 3 + N).' })
  departments(@Ctx() ctx: RequestContext): Department[] {
    return this.registry.all.map((d) => ({
      code: d.code,
      displayName: d.displayName,
      recordTypes: d.recordTypes.map((t) => t.name),
    }));
  }
}
