import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Role } from '../auth/actor';
import { ConnectionType } from '../common/relay';
import { AgreementScope, AgreementStatus, Mask, Purpose } from './agreement.enums';

@ObjectType({ description: 'One field the agreement grants, and how it is shown.' })
export class FieldGrantType {
  @Field({ description: 'Field path; fields of list items as `parties.name`.' })
  field: string;

  @Field(() => Mask, {
    description: 'How the consuming body sees this field (脱敏方式); NONE shows it as the provider holds it.',
  })
  mask: Mask;
}

@ObjectType('RecordTypeGrant', {
  description: "The fields of one of the provider's record kinds that the agreement grants.",
})
export class RecordTypeGrantType {
  @Field({ description: "The provider's record kind, by its GraphQL type name (记录类型), e.g. PoliceIncident." })
  recordType: string;

  @Field(() => [FieldGrantType], {
    description: 'The fields of that record kind the agreement grants, each with its mask (授权字段).',
  })
  fields: FieldGrantType[];
}

@ObjectType({ description: "A chief's approval of a data-sharing agreement (负责人审批)." })
export class Approval {
  @Field({ description: "The approving chief's user id, the token subject (审批人)." })
  by: string;

  @Field({ description: 'When the chief approved (审批时间).' })
  at: Date;
}

@ObjectType({ description: 'A data-sharing agreement (数据共享协议) between a providing and a consuming body.' })
export class Agreement {
  @Field(() => ID, { description: "The agreement's id (协议编号)." })
  id: string;

  @Field({ description: "The agreement's title as the two bodies named it (协议名称)." })
  title: string;

  @Field({ description: 'The body whose records are shared.' })
  provider: string;

  @Field({ description: 'The body that may read them.' })
  consumer: string;

  @Field(() => Purpose, { description: 'The one purpose the agreement grants reading for (查阅目的).' })
  purpose: Purpose;

  @Field(() => AgreementScope, { description: "Which of the provider's records the agreement reaches (协议范围)." })
  scope: AgreementScope;

  @Field(() => [Role], { description: "The consumer's roles the agreement grants to (never ADMIN or AUDITOR)." })
  consumerRoles: Role[];

  @Field(() => [RecordTypeGrantType], {
    description: 'Per record kind of the provider, the fields granted and how each is masked (授权字段).',
  })
  grants: RecordTypeGrantType[];

  @Field({ description: 'The start of the validity period (生效日期).' })
  validFrom: Date;

  @Field({ description: 'The end of the validity period; the agreement is EXPIRED after it (失效日期).' })
  validUntil: Date;

  @Field(() => AgreementStatus, { description: 'EXPIRED once valid_until has passed.' })
  status: AgreementStatus;

  @Field(() => String, { nullable: true, description: 'Why it was suspended or revoked.' })
  statusReason: string | null;

  @Field({ description: 'The user id of the person who drafted the agreement (起草人).' })
  draftedBy: string;

  @Field(() => Approval, { nullable: true, description: "The provider's chief's approval." })
  providerApproval: Approval | null;

  @Field(() => Approval, { nullable: true, description: "The consumer's chief's approval." })
  consumerApproval: Approval | null;

  @Field({
    description: 'When the agreement last changed: drafted, approved, suspended, resumed or revoked (更新时间).',
  })
  updatedAt: Date;
}

export const AgreementConnection = ConnectionType('Agreement', Agreement);

@InputType({ description: 'One field to grant in a draft agreement, and how to mask it (授权字段).' })
export class FieldGrantInput {
  @Field({ description: 'Field path of the record kind; fields of list items as `parties.name` (字段路径).' })
  field: string;

  @Field(() => Mask, {
    defaultValue: Mask.NONE,
    description: 'How the consuming body sees the field (脱敏方式); NONE unless given.',
  })
  mask: Mask = Mask.NONE;
}

@InputType({ description: "The fields of one of the provider's record kinds a draft agreement grants (记录类型授权)." })
export class RecordTypeGrantInput {
  @Field({ description: "The provider's record kind, by its GraphQL type name (记录类型), e.g. PoliceIncident." })
  recordType: string;

  @Field(() => [FieldGrantInput], {
    description: 'The fields of that record kind to grant, each with its mask (授权字段).',
  })
  fields: FieldGrantInput[];
}

@InputType({
  description: 'A new data-sharing agreement to draft (起草数据共享协议); it grants nothing until both chiefs approve.',
})
export class DraftAgreementInput {
  @Field({ description: "The agreement's title (协议名称)." })
  title: string;

  @Field({ description: 'The code of the body whose records are shared (提供方), e.g. police.' })
  provider: string;

  @Field({ description: 'The code of the body that may read them (使用方).' })
  consumer: string;

  @Field(() => Purpose, { description: 'The one purpose the agreement grants reading for (查阅目的).' })
  purpose: Purpose;

  @Field(() => AgreementScope, { description: "Which of the provider's records the agreement reaches (协议范围)." })
  scope: AgreementScope;

  @Field(() => [Role], {
    description: "The consumer's roles the agreement grants to (授权角色); never ADMIN or AUDITOR.",
  })
  consumerRoles: Role[];

  @Field(() => [RecordTypeGrantInput], {
    description: 'Per record kind of the provider, the fields to grant and their masks (授权字段).',
  })
  grants: RecordTypeGrantInput[];

  @Field({ description: 'The start of the validity period (生效日期).' })
  validFrom: Date;

  @Field({ description: 'The end of the validity period (失效日期).' })
  validUntil: Date;
}

@ObjectType({ description: 'What an agreement does with one field.' })
export class FieldExposure {
  @Field({ description: "The provider's record kind the field belongs to (记录类型)." })
  recordType: string;

  @Field({ description: 'Field path; fields of list items as `parties.name` (字段路径).' })
  field: string;

  @Field({ description: 'GRANTED, MASKED or DENIED.' })
  decision: string;

  @Field(() => Mask, {
    nullable: true,
    description: 'The mask applied when the field is MASKED (脱敏方式); null when granted as held or denied.',
  })
  mask: Mask | null;
}

@ObjectType({ description: 'The fields an agreement exposes, and those it leaves denied.' })
export class AgreementCoverage {
  @Field(() => Agreement, { description: 'The active agreement (数据共享协议).' })
  agreement: Agreement;

  @Field(() => [FieldExposure], {
    description: 'Every field of the record kinds the agreement names, and what it does with each (字段覆盖).',
  })
  fields: FieldExposure[];
}
