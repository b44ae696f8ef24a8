import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { shownAt } from '../agreements/withheld-field';
import { PageArgs } from '../common/relay';
import type { RequestContext } from '../graphql/request-context';
import { surelySelectedArguments } from '../common/graphql-selection';
import { IdentityDocumentType } from '../cases/case-domain-enums';
import { Person, PersonRecordsAtDepartment } from './person.type';
import { PersonRecordConnection } from '../read-room/person-record-access.type';
import type { PersonService } from './person.service';
import type { ReadRoom } from '../read-room/read-room';

/** The page every body's `records` is asked with, when one is (selected once, without a directive). */
const recordsPageAsked = surelySelectedArguments(['records']);

@Resolver(() => Person)
export class PersonResolver {
  constructor(
    private readonly persons: PersonService,
    private readonly readRoom: ReadRoom,
  ) {}

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
  departments(@Root() person: Person, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    const entries = this.persons.departments(ctx, person);
    // Every body's records asked with one page: all read now, together, and each answered at once.
    const page = recordsPageAsked(info) as PageArgs | null;
    return page ? this.readRoom.personRecordsAhead(ctx, entries, page).then(() => entries) : entries;
  }
}

@Resolver(() => PersonRecordsAtDepartment)
export class PersonRecordsAtDepartmentResolver {
  constructor(private readonly readRoom: ReadRoom) {}

  @FieldResolver(() => PersonRecordConnection, {
    nullable: true,
    description: "null, with an error naming the body, when no agreement grants the caller this body's records.",
  })
  records(
    @Root() at: PersonRecordsAtDepartment,
    // PageArgs carries no class-validator rules (checkPageSize bounds it): validating it would only cost time.
    @Args({ validate: false }) page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    // A withheld body: null, with its error placed here.
    return shownAt(this.readRoom.personRecords(ctx, at, page), info);
  }
}
