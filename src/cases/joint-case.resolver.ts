import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { shownAt } from '../agreements/withheld-field';
import { PageArgs } from '../common/relay';
import { DepartmentRecord } from '../connectors/department-record.type';
import type { RequestContext } from '../graphql/request-context';
import { surelySelected } from '../common/graphql-selection';
import { JointCaseFilter, JointCaseOrder } from './joint-case-list.input';
import {
  CaseParty,
  JointCase,
  JointCaseConnection,
  LinkedRecord,
  LinkedRecordConnection,
  WithheldLinkedRecords,
} from './joint-case.type';
import { RiskReasonType } from './risk/risk.model';
import type { JointCaseService } from './joint-case.service';
import type { ReadRoom } from '../read-room/read-room';
import { availableActions } from './workflow/available-actions';
import { CaseAction } from './case-status';
import { RecordFieldAccess } from '../read-room/record-access.type';

const FREE_TEXT =
  'Free text; shown in full to the centre and the lead body, with contact details masked to the other bodies and whenever a party is protected.';

/** The records a page of links will show: every link's `record`, when selected without a directive. */
const selectedRecords = surelySelected(['edges', 'node', 'record']);

/** A joint case's own data and everything drawn from the bodies reach the caller through the read room. */
@Resolver(() => JointCase)
export class JointCaseResolver {
  constructor(
    private readonly cases: JointCaseService,
    private readonly readRoom: ReadRoom,
  ) {}

  @Query(() => JointCase, { description: "One joint case the caller's body may see, with its shared context." })
  jointCase(
    @Arg('id', () => ID, { description: "The case's id (案件编号)." }) id: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.cases.findVisible(ctx, id, info);
  }

  @Query(() => JointCaseConnection, {
    description:
      "The work list (案件列表): joint cases the caller's body may see, filtered, searched and sorted (default newest first), a page at a time.",
  })
  jointCases(
    // PageArgs carries no class-validator rules (checkPageSize bounds it): validating it would only cost time.
    @Args({ validate: false }) page: PageArgs,
    @Arg('filter', () => JointCaseFilter, {
      nullable: true,
      description: 'Which cases (筛选条件); all visible cases when absent.',
    })
    filter: JointCaseFilter | null,
    @Arg('orderBy', () => JointCaseOrder, {
      nullable: true,
      description: 'The order (排序); newest intake first when absent.',
    })
    orderBy: JointCaseOrder | null,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.cases.listFiltered(ctx, filter, orderBy, page, info);
  }

  @FieldResolver(() => String, { description: `The case's title. ${FREE_TEXT}` })
  title(@Root() jointCase: JointCase, @Ctx() ctx: RequestContext) {
    return this.readRoom.caseText(ctx, jointCase, 'title');
  }

  @FieldResolver(() => String, { nullable: true, description: `What the dispute is about. ${FREE_TEXT}` })
  description(@Root() jointCase: JointCase, @Ctx() ctx: RequestContext) {
    return this.readRoom.caseText(ctx, jointCase, 'description');
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Where the dispute arose, treated as an address: in full to the centre and the lead body, to the community for the other bodies, withheld when a party is protected.',
  })
  place(@Root() jointCase: JointCase, @Ctx() ctx: RequestContext) {
    return this.readRoom.caseText(ctx, jointCase, 'place');
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: `Terms of the mediation agreement (调解协议). ${FREE_TEXT}`,
  })
  agreementTerms(@Root() jointCase: JointCase, @Ctx() ctx: RequestContext) {
    return this.readRoom.caseText(ctx, jointCase, 'agreementTerms');
  }

  @FieldResolver(() => String, { nullable: true, description: `Why mediation failed (调解不成). ${FREE_TEXT}` })
  failureReason(@Root() jointCase: JointCase, @Ctx() ctx: RequestContext) {
    return this.readRoom.caseText(ctx, jointCase, 'failureReason');
  }

  @FieldResolver(() => String, { nullable: true, description: `The follow-up (回访) note. ${FREE_TEXT}` })
  followUpNote(@Root() jointCase: JointCase, @Ctx() ctx: RequestContext) {
    return this.readRoom.caseText(ctx, jointCase, 'followUpNote');
  }

  @FieldResolver(() => [RiskReasonType], {
    description:
      "Why the case has its level. A reason drawn from a body's records is shown only as far as an agreement grants the caller what it reveals, and each look is audited.",
  })
  riskReasons(@Root() jointCase: JointCase, @Ctx() ctx: RequestContext) {
    return this.readRoom.riskReasons(ctx, jointCase);
  }

  @FieldResolver(() => [RiskReasonType], {
    description:
      'Care markers (关爱/帮扶): why a party needs care or help in mediation (低保, 特困, 高龄, 未成年). They never raise the level; ' +
      "drawn from bodies' records like the reasons, and shown as far as agreements allow.",
  })
  careMarkers(@Root() jointCase: JointCase, @Ctx() ctx: RequestContext) {
    return this.readRoom.careMarkers(ctx, jointCase);
  }

  @FieldResolver(() => [CaseParty], {
    description:
      'The parties, each particular shown as the caller\'s standing in the case allows (README, "The hub\'s own data").',
  })
  parties(@Root() jointCase: JointCase, @Ctx() ctx: RequestContext) {
    return this.readRoom.parties(ctx, jointCase);
  }

  @FieldResolver(() => LinkedRecordConnection, {
    description:
      'Department records linked to this case that the caller may know of (its own, or kinds an agreement grants it).',
  })
  linkedRecords(
    @Root() jointCase: JointCase,
    // PageArgs carries no class-validator rules (checkPageSize bounds it): validating it would only cost time.
    @Args({ validate: false }) page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.readRoom.linkedRecords(ctx, jointCase, page, selectedRecords(info).length > 0);
  }

  @FieldResolver(() => [CaseAction], {
    description:
      "The workflow steps (可办理操作) the caller may take on the case now: those its status allows and the transition table grants the caller's body and role. A screen offers only these.",
  })
  availableActions(@Root() jointCase: JointCase, @Ctx() ctx: RequestContext) {
    return availableActions(ctx.actor, jointCase);
  }

  @FieldResolver(() => [WithheldLinkedRecords], {
    description: 'Per body, how many linked records the caller may not know of.',
  })
  withheldLinkedRecords(@Root() jointCase: JointCase, @Ctx() ctx: RequestContext) {
    return this.readRoom.withheldLinks(ctx, jointCase);
  }
}

@Resolver(() => LinkedRecord)
export class LinkedRecordResolver {
  constructor(private readonly readRoom: ReadRoom) {}

  @FieldResolver(() => DepartmentRecord, {
    nullable: true,
    description: 'The record, read live from its owner and shaped by the agreements (关联记录).',
  })
  record(@Root() link: LinkedRecord, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return shownAt(this.readRoom.linkedRecord(ctx, link), info);
  }

  @FieldResolver(() => [RecordFieldAccess], {
    description:
      'How each field of the record reaches the caller (字段访问情况): GRANTED, MASKED (with its mask) or DENIED (with the reason) — the decisions the audit records for this look. ' +
      'Select it with the record, and leave denied fields out of the selection: a screen then gets no FORBIDDEN_BY_AGREEMENT errors (README "For frontend teams").',
  })
  access(@Root() link: LinkedRecord, @Ctx() ctx: RequestContext) {
    return this.readRoom.linkedRecordAccess(ctx, link);
  }
}
