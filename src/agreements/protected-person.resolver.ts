import { Arg, Ctx, Mutation, Resolver, registerEnumType } from 'type-graphql';
import type { RequestContext } from '../graphql/request-context';

export enum ProtectionKindEnum {
  DOMESTIC_VIOLENCE_VICTIM = 'DOMESTIC_VIOLENCE_VICTIM',
  MINOR = 'MINOR',
}
registerEnumType(ProtectionKindEnum, { name: 'ProtectionKind' });

@Resolver()
export class ProtectedPersonResolver {
  @Mutation(() => Boolean, {
    description: "Marks a person as protected (police, court, women's federation): their address and contact are shown to no other body.",
  })
  markProtectedPerson(@Arg('residentId') residentId: string, @Arg('kind', () => ProtectionKindEnum) kind: ProtectionKindEnum, @Ctx() ctx: RequestContext) {
    return ctx.services.protectedPersons.mark(ctx, residentId, kind);
  }

  @Mutation(() => Boolean, { description: "Lifts the caller's body's own protection mark; true when there was one." })
  liftProtection(@Arg('residentId') residentId: string, @Arg('kind', () => ProtectionKindEnum) kind: ProtectionKindEnum, @Ctx() ctx: RequestContext) {
    return ctx.services.protectedPersons.lift(ctx, residentId, kind);
  }
}
