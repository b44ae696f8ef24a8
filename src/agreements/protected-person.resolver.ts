import { Arg, Ctx, Mutation, Resolver, registerEnumType } from 'type-graphql';
import type { RequestContext } from '../graphql/request-context';
import type { ProtectedPersonService } from './protected-person.service';

export enum ProtectionKindEnum {
  DOMESTIC_VIOLENCE_VICTIM = 'DOMESTIC_VIOLENCE_VICTIM',
  MINOR = 'MINOR',
}
registerEnumType(ProtectionKindEnum, {
  name: 'ProtectionKind',
  description: 'Why a person is protected (特殊保护对象): their address and contact are shown to no other body.',
  valuesConfig: {
    DOMESTIC_VIOLENCE_VICTIM: { description: 'A victim of domestic violence (家庭暴力受害人).' },
    MINOR: { description: 'A minor (未成年人); the name is also shown as surname + 某.' },
  },
});

@Resolver()
export class ProtectedPersonResolver {
  constructor(private readonly protectedPersons: ProtectedPersonService) {}

  @Mutation(() => Boolean, {
    description:
      "Marks a person as protected (police, court, women's federation): their address and contact are shown to no other body.",
  })
  markProtectedPerson(
    @Arg('residentId', { description: "The person's resident ID number (居民身份证号码)." }) residentId: string,
    @Arg('kind', () => ProtectionKindEnum, { description: 'Why the person is protected (保护类型).' })
    kind: ProtectionKindEnum,
    @Ctx() ctx: RequestContext,
  ) {
    return this.protectedPersons.mark(ctx, residentId, kind);
  }

  @Mutation(() => Boolean, { description: "Lifts the caller's body's own protection mark; true when there was one." })
  liftProtection(
    @Arg('residentId', { description: "The person's resident ID number (居民身份证号码)." }) residentId: string,
    @Arg('kind', () => ProtectionKindEnum, {
      description: "The protection mark to lift (保护类型); only the caller's body's own mark is lifted.",
    })
    kind: ProtectionKindEnum,
    @Ctx() ctx: RequestContext,
  ) {
    return this.protectedPersons.lift(ctx, residentId, kind);
  }
}
