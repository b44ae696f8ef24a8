import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { WithheldField } from '../agreements/withheld-field';
import { PageArgs } from '../common/relay';
import type { RequestContext } from '../graphql/request-context';
import { IdentityDocumentType } from '../cases/case-domain-enums';
import { Person, PersonRecordsAtDepartment } from './person.type';
import { PersonRecordConnection } from '../read-room/person-record-access.type';
import type { PersonService } from './person.service';
import type { ReadRoom } from '../read-room/read-room';

@Resolver(() => Person)
export class PersonResolver {
  constructor(private readonly persons: PersonService) {}

  @Query(() => Person, { description: 'A person across every body, by resident ID number (居民身份证号码).' })
  person(
    @Arg('residentId', { description: "The person's resident ID number (居民身份证号码)." }) residentId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.persons.find(ctx, residentId);
  }

  @Query(() => Person, {
    description:
      'A party across every body by (document type, number): a person by any identity document, an organisation (法人 / 非法人组织) by its 统一社会信用代码. ' +
      "Its records at each body are read under the same agreements as a person's.",
  })
  partyByDocument(
    @Arg('documentType', () => IdentityDocumentType, { description: '身份证件类型.' })
    documentType: IdentityDocumentType,
    @Arg('number', { description: 'The document number, checked by the rule of its type.' }) number: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.persons.findByDocument(ctx, documentType, number);
  }

  @FieldResolver(() => [PersonRecordsAtDepartment], { description: 'One entry per body the hub serves.' })
  departments(@Root() person: Person, @Ctx() ctx: RequestContext) {
    return this.persons.departments(ctx, person);
  }
}

@Resolver(() => PersonRecordsAtDepartment)
export class PersonRecordsAtDepartmentResolver {
  constructor(private readonly readRoom: ReadRoom) {}

  @FieldResolver(() => PersonRecordConnection, {
    nullable: true,
    description: "null, with an error naming the body, when no agreement grants the caller this body's records.",
  })
  async records(
    @Root() at: PersonRecordsAtDepartment,
    // PageArgs carries no class-validator rules (checkPageSize bounds it): validating it would only cost time.
    @Args({ validate: false }) page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const records = await this.readRoom.personRecords(ctx, at, page);
    // A withheld body: null, with its error placed here (nothing thrown, no stack).
    return records instanceof WithheldField ? records.at(info) : records;
  }
}
