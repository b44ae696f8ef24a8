import { Field, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  bodyZh,
  CATEGORY_ZH,
  ENUM_LABELS_ZH,
  labelOrNull,
  PARTY_ROLE_ZH,
  RISK_LEVEL_ZH,
  ROLE_ZH,
  SOURCE_CHANNEL_ZH,
  STATUS_ZH,
  URGENCY_ZH,
  WARNING_STATUS_ZH,
} from '../cases/labels-zh';
import { JointCase, CaseParty } from '../cases/joint-case.type';
import { EarlyWarning } from '../cases/warnings/early-warning.type';
import { TimelineEntry } from '../cases/workflow/workflow.type';
import type { DepartmentRegistry } from '../connectors/department-registry';
import { Department, Me } from './hub-info.resolver';

/*
 * Each label reads only its one property of the parent (`@Root('status')`): type-graphql would
 * otherwise copy the whole shaped case or party (withheld particulars included) into a new
 * object for every label it resolves.
 *
 * The Chinese a screen shows for the enum values the hub returns, from the one place the hub's
 * own printouts (the work ledger) take them: src/cases/labels-zh.ts. `enumLabels` lists them
 * all; the `…Label` fields give the label beside the value a screen shows.
 */

export { ENUM_LABELS_ZH };

@ObjectType({
  description: 'The Chinese label (中文名称) of one enum value, as screens and printouts show it.',
  simpleResolvers: true,
})
export class EnumValueLabel {
  @Field({ description: "The enum's GraphQL name, e.g. CaseStatus (枚举名)." })
  enum: string;

  @Field({ description: 'The value, e.g. IN_MEDIATION (枚举值).' })
  value: string;

  @Field({ description: 'Its Chinese label, e.g. 调解中 (中文名称).' })
  label: string;
}

@Resolver()
export class LabelsResolver {
  @Query(() => [EnumValueLabel], {
    description:
      'The Chinese labels (中文名称) of every enum value a screen shows — status, category, channel, risk level, role, purpose, decision, mask, urgency, workflow step, session, agreement and warning values — and, as enum "Body", the short names of the known body codes (the centre included), from the one place the hub keeps them. Every registered body is also in `departments`.',
  })
  enumLabels(): EnumValueLabel[] {
    return Object.entries(ENUM_LABELS_ZH).flatMap(([name, labels]) =>
      Object.entries(labels).map(([value, label]) => ({ enum: name, value, label })),
    );
  }
}

/** The Chinese labels beside a joint case's enum values (also the work list's and the warnings' rows). */
@Resolver(() => JointCase)
export class JointCaseLabelsResolver {
  constructor(private readonly registry: DepartmentRegistry) {}

  @FieldResolver(() => String, { description: 'The status in Chinese (状态名称), e.g. 调解中.' })
  statusLabel(@Root('status') status: string): string {
    return labelOrNull(STATUS_ZH, status)!;
  }

  @FieldResolver(() => String, { description: 'The dispute category in Chinese (纠纷类别名称), e.g. 邻里纠纷.' })
  categoryLabel(@Root('category') category: string): string {
    return labelOrNull(CATEGORY_ZH, category)!;
  }

  @FieldResolver(() => String, {
    description: 'The source channel in Chinese (来源渠道名称), e.g. 110移交; the label of sourceChannel.',
  })
  channelLabel(@Root('sourceChannel') sourceChannel: string): string {
    return labelOrNull(SOURCE_CHANNEL_ZH, sourceChannel)!;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The risk level in Chinese (预警等级名称), e.g. 红色; null while the case is not assessed.',
  })
  riskLevelLabel(@Root('riskLevel') riskLevel: string | null): string | null {
    return labelOrNull(RISK_LEVEL_ZH, riskLevel);
  }

  @FieldResolver(() => String, { description: 'The urgency in Chinese (紧急程度名称), e.g. 紧急.' })
  urgencyLabel(@Root('urgency') urgency: string): string {
    return labelOrNull(URGENCY_ZH, urgency)!;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The lead body in Chinese (牵头部门名称), e.g. 司法所; null before assignment.',
  })
  leadDepartmentLabel(@Root('leadDepartment') leadDepartment: string | null): string | null {
    return leadDepartment ? bodyZh(leadDepartment, this.registry) : null;
  }
}

@Resolver(() => CaseParty)
export class CasePartyLabelsResolver {
  @FieldResolver(() => String, { description: "The party's role in Chinese (当事人身份名称), e.g. 申请人." })
  roleLabel(@Root('role') role: string): string {
    return labelOrNull(PARTY_ROLE_ZH, role)!;
  }
}

@Resolver(() => EarlyWarning)
export class EarlyWarningLabelsResolver {
  @FieldResolver(() => String, { description: 'The warning level in Chinese (预警等级名称), e.g. 红色.' })
  levelLabel(@Root('level') level: string): string {
    return labelOrNull(RISK_LEVEL_ZH, level)!;
  }

  @FieldResolver(() => String, { description: "The warning's handling status in Chinese (预警状态名称), e.g. 已签收." })
  statusLabel(@Root('status') status: string): string {
    return labelOrNull(WARNING_STATUS_ZH, status)!;
  }
}

@Resolver(() => TimelineEntry)
export class TimelineEntryLabelsResolver {
  @FieldResolver(() => String, { description: 'The status after the step in Chinese (新状态名称), e.g. 已交办.' })
  toStatusLabel(@Root('toStatus') toStatus: string): string {
    return labelOrNull(STATUS_ZH, toStatus)!;
  }

  @FieldResolver(() => String, { description: 'The role the actor acted in, in Chinese (操作角色名称), e.g. 调解员.' })
  actorRoleLabel(@Root('actorRole') actorRole: string): string {
    return labelOrNull(ROLE_ZH, actorRole)!;
  }
}

@Resolver(() => Me)
export class MeLabelsResolver {
  constructor(private readonly registry: DepartmentRegistry) {}

  @FieldResolver(() => String, { description: "The caller's role in Chinese (角色名称), e.g. 调解员." })
  roleLabel(@Root('role') role: string): string {
    return labelOrNull(ROLE_ZH, role)!;
  }

  @FieldResolver(() => String, { description: "The caller's body in Chinese (所属部门名称), e.g. 派出所." })
  departmentLabel(@Root('department') department: string): string {
    return bodyZh(department, this.registry);
  }
}

@Resolver(() => Department)
export class DepartmentLabelsResolver {
  constructor(private readonly registry: DepartmentRegistry) {}

  @FieldResolver(() => String, {
    description:
      "The body's short Chinese name (部门简称), e.g. 派出所: the label screens show; a body the hub has no label for is named by its displayName.",
  })
  label(@Root('code') code: string): string {
    return bodyZh(code, this.registry);
  }
}
