import { Arg, Ctx, Mutation, Resolver, registerEnumType } from 'type-graphql';
import type { RequestContext } from '../graphql/request-context';
import type { ProtectedPersonService } from './protected-person.service';

export enum ProtectionKindEnum {
  DOMESTIC_VIOLENCE_VICTIM = 'DOMESTIC_VIOLENCE_VICTIM',
  MINOR = 'MINOR',
}
registerEnumType(ProtectionKindEnum, { name: 'ProtectionKind' });

@Resolver()
export class ProtectedPersonResolver {
  constructor(private readonly protectedPersons: ProtectedPersonService) {}

  @Mutation(() => Boolean, {
    description: "Marks a person as protected (police, court, women's federation): their address and contact are shown to no other body.",
  })
  markProtectedPerson(@Arg('residentId') residentId: string, @Arg('kind', () => ProtectionKindEnum) kind: ProtectionKindEnum, @Ctx() ctx: RequestContext) {
    return this.protectedPersons.mark(ctx, residentId, kind);
  }

  @Mutation(() => Boolean, { description: "Lifts the caller's body's own protection mark; true when there was one." })
  liftProtection(@Arg('residentId') residentId: string, @Arg('kind', () => ProtectionKindEnum) kind: ProtectionKindEnum, @Ctx() ctx: RequestContext) {
    return this.protectedPersons.lift(ctx, residentId, kind);
  }
}
