import { Arg, Ctx, FieldResolver, Float, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context';
import { JointCase } from '../joint-case.type';
import { EarlyWarning } from './early-warning.type';
import type { EarlyWarningService } from './early-warning.service';
import type { ReadRoom } from '../../read-room/read-room';

@Resolver(() => EarlyWarning)
export class EarlyWarningResolver {
  constructor(
    private readonly warnings: EarlyWarningService,
    private readonly readRoom: ReadRoom,
  ) {}

  @Mutation(() => EarlyWarning, {
    description:
      "签收: acknowledges the case's open warning (the centre's or the lead body's handlers); who and when are recorded and the time to acknowledge measured.",
  })
  acknowledgeWarning(
    @Arg('jointCaseId', () => ID, { description: 'The case whose open warning is acknowledged.' }) jointCaseId: string,
    @Arg('expectedVersion', () => Int, {
      nullable: true,
      description: 'The warning version the user read; CONFLICT when it changed.',
    })
    expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.warnings.acknowledge(ctx, jointCaseId, expectedVersion);
  }

  @Mutation(() => EarlyWarning, {
    description: '稳控措施: records the measures taken on an acknowledged warning (again to add to them).',
  })
  recordWarningMeasures(
    @Arg('jointCaseId', () => ID, { description: 'The case whose open warning is handled.' }) jointCaseId: string,
    @Arg('measures', { description: 'The measures taken (稳控措施), 1–2000 characters.' }) measures: string,
    @Arg('expectedVersion', () => Int, {
      nullable: true,
      description: 'The warning version the user read; CONFLICT when it changed.',
    })
    expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.warnings.handle(ctx, jointCaseId, measures, expectedVersion);
  }

  @Mutation(() => EarlyWarning, {
    description: "销号: clears a handled warning with the reason (the governance centre's chief or supervisor).",
  })
  clearWarning(
    @Arg('jointCaseId', () => ID, { description: 'The case whose open warning is cleared.' }) jointCaseId: string,
    @Arg('reason', { description: 'Why the warning can be cleared (销号理由), 1–2000 characters.' }) reason: string,
    @Arg('expectedVersion', () => Int, {
      nullable: true,
      description: 'The warning version the user read; CONFLICT when it changed.',
    })
    expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.warnings.clear(ctx, jointCaseId, reason, expectedVersion);
  }

  @Mutation(() => EarlyWarning, {
    description:
      "上报: reports an open warning to the county's governance centre (the centre's chief or supervisor), once.",
  })
  escalateWarning(
    @Arg('jointCaseId', () => ID, { description: 'The case whose open warning is reported.' }) jointCaseId: string,
    @Arg('note', { description: 'What the county is told, 1–2000 characters.' }) note: string,
    @Arg('expectedVersion', () => Int, {
      nullable: true,
      description: 'The warning version the user read; CONFLICT when it changed.',
    })
    expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.warnings.escalate(ctx, jointCaseId, note, expectedVersion);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'Minutes from raised to acknowledged (签收用时); null until acknowledged.',
  })
  minutesToAcknowledge(@Root() warning: EarlyWarning): number | null {
    if (!warning.acknowledgedAt) return null;
    return (
      Math.round(((new Date(warning.acknowledgedAt).getTime() - new Date(warning.raisedAt).getTime()) / 60_000) * 100) /
      100
    );
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Measures taken to keep the situation stable (稳控措施); free text, contacts masked as for the case's own text.",
  })
  measures(@Root() warning: EarlyWarning, @Ctx() ctx: RequestContext) {
    return this.readRoom.caseWorkText(ctx, warning.jointCaseId, 'warning.measures', warning.measures);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Why it was cleared (销号理由); free text, contacts masked as for the case's own text.",
  })
  clearReason(@Root() warning: EarlyWarning, @Ctx() ctx: RequestContext) {
    return this.readRoom.caseWorkText(ctx, warning.jointCaseId, 'warning.clearReason', warning.clearReason);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "What the county was told (上报说明); free text, contacts masked as for the case's own text.",
  })
  escalationNote(@Root() warning: EarlyWarning, @Ctx() ctx: RequestContext) {
    return this.readRoom.caseWorkText(ctx, warning.jointCaseId, 'warning.escalationNote', warning.escalationNote);
  }
}

@Resolver(() => JointCase)
export class JointCaseWarningResolver {
  constructor(private readonly warnings: EarlyWarningService) {}

  @FieldResolver(() => EarlyWarning, {
    nullable: true,
    description:
      "The case's early warning (预警): the open one, or else the last cleared; null when it was never warned of.",
  })
  async warning(@Root() jointCase: JointCase) {
    return (await this.warnings.latestOf([jointCase.id])).get(jointCase.id) ?? null;
  }
}
