import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Role } from '../auth/actor';
import { ConnectionType } from '../common/relay';
import { AgreementScope, AgreementStatus, Mask, Purpose } from './agreement.enums';

@ObjectType({ description: 'One field the agreement grants, and how it is shown.' })
export class FieldGrantType {
  @Field({ description: 'Field path; fields of list items as `parties.name`.' })
  field: string;

  @Field(() => Mask)
  mask: Mask;
}

@ObjectType('RecordTypeGrant', { description: "The fields of one of the provider's record kinds that the agreement grants." })
export class RecordTypeGrantType {
  @Field()
  recordType: string;

  @Field(() => [FieldGrantType])
  fields: FieldGrantType[];
}

@ObjectType()
export class Approval {
  @Field()
  by: string;

  @Field()
  at: Date;
}

@ObjectType({ description: 'A data-sharing agreement (数据共享协议) between a providing and a consuming body.' })
export class Agreement {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: 'The body whose records are shared.' })
  provider: string;

  @Field({ description: 'The body that may read them.' })
  consumer: string;

  @Field(() => Purpose)
  purpose: Purpose;

  @Field(() => AgreementScope)
  scope: AgreementScope;

  @Field(() => [Role], { description: "The consumer's roles the agreement grants to (never ADMIN or AUDITOR)." })
  consumerRoles: Role[];

  @Field(() => [RecordTypeGrantType])
  grants: RecordTypeGrantType[];

  @Field()
  validFrom: Date;

  @Field()
  validUntil: Date;

  @Field(() => AgreementStatus, { description: 'EXPIRED once valid_until has passed.' })
  status: AgreementStatus;

  @Field(() => String, { nullable: true, description: 'Why it was suspended or revoked.' })
  statusReason: string | null;

  @Field()
  draftedBy: string;

  @Field(() => Approval, { nullable: true, description: "The provider's chief's approval." })
  providerApproval: Approval | null;

  @Field(() => Approval, { nullable: true, description: "The consumer's chief's approval." })
  consumerApproval: Approval | null;

  @Field()
  updatedAt: Date;
}

export const AgreementConnection = ConnectionType('Agreement', Agreement);

@InputType()
export class FieldGrantInput {
  @Field()
  field: string;

  @Field(() => Mask, { defaultValue: Mask.NONE })
  mask: Mask = Mask.NONE;
}

@InputType()
export class RecordTypeGrantInput {
  @Field()
  recordType: string;

  @Field(() => [FieldGrantInput])
  fields: FieldGrantInput[];
}

@InputType()
export class DraftAgreementInput {
  @Field()
  title: string;

  @Field()
  provider: string;

  @Field()
  consumer: string;

  @Field(() => Purpose)
  purpose: Purpose;

  @Field(() => AgreementScope)
  scope: AgreementScope;

  @Field(() => [Role])
  consumerRoles: Role[];

  @Field(() => [RecordTypeGrantInput])
  grants: RecordTypeGrantInput[];

  @Field()
  validFrom: Date;

  @Field()
  validUntil: Date;
}

@ObjectType({ description: 'What an agreement does with one field.' })
export class FieldExposure {
  @Field()
  recordType: string;

  @Field()
  field: string;

  @Field({ description: 'GRANTED, MASKED or DENIED.' })
  decision: string;

  @Field(() => Mask, { nullable: true })
  mask: Mask | null;
}

@ObjectType({ description: 'The fields an agreement exposes, and those it leaves denied.' })
export class AgreementCoverage {
  @Field(() => Agreement)
  agreement: Agreement;

  @Field(() => [FieldExposure])
  fields: FieldExposure[];
}
