import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { Role } from '../auth/actor';
import type { RequestContext } from './request-context';
import type { DepartmentRegistry } from '../connectors/department-registry';

@ObjectType({ description: 'The caller, as the verified token names them.' })
export class Me {
  @Field({ description: "The caller's user id, the token subject (用户编号)." })
  user: string;

  @Field({ description: 'The code of the body the caller acts for (所属部门), e.g. police.' })
  department: string;

  @Field(() => Role, { description: 'The role the caller acts in (角色).' })
  role: Role;
}

@ObjectType({ description: 'A body the hub serves, with the kinds of record it owns.' })
export class Department {
  @Field({ description: "The body's code (部门代码), as record references and agreements name it, e.g. police." })
  code: string;

  @Field({ description: "The body's name to show (部门名称), e.g. 派出所 (police station)." })
  displayName: string;

  @Field(() => [String], {
    description: 'The GraphQL type names of the record kinds the body owns (记录类型), e.g. PoliceIncident.',
  })
  recordTypes: string[];
}

@Resolver()
export class HubInfoResolver {
  constructor(private readonly registry: DepartmentRegistry) {}

  @Query(() => Me, { description: 'The caller, as the verified token names them (当前用户).' })
  me(@Ctx() ctx: RequestContext): Me {
    return ctx.actor;
  }

  @Query(() => [Department], { description: 'Every body the hub serves (the 3 + N).' })
  departments(): Department[] {
    return this.registry.all.map((d) => ({
      code: d.code,
      displayName: d.displayName,
      recordTypes: d.recordTypes.map((t) => t.name),
    }));
  }
}
