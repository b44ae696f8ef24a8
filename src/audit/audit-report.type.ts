import { AuditDecision } from './audit-decision.enum';
import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import { Role } from '../auth/actor';
import { ConnectionType, PageArgs } from '../common/relay';
import { Purpose } from '../agreements/agreement.enums';
import { GraphQLJSONObject } from 'graphql-scalars';

@ObjectType({ description: "One look at a body's records by another body, as the audit log holds it." })
export class AuditEntry {
  @Field({ description: 'When the look took place (查阅时间).' })
  occurredAt: Date;

  @Field({ description: 'The user who read.' })
  user: string;

  @Field({ description: 'The body that read (the consumer).' })
  department: string;

  @Field(() => Role, { description: 'The role the reader acted in (查阅角色).' })
  role: Role;

  @Field(() => Purpose, {
    nullable: true,
    description: 'The purpose stated for the look (查阅目的); null when none was stated.',
  })
  purpose: Purpose | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The joint case the look was made for (关联案件); null when for none.',
  })
  jointCaseId: string | null;

  @Field(() => String, { nullable: true, description: 'The body whose record was read.' })
  provider: string | null;

  @Field(() => String, { nullable: true, description: 'null when the entry covers several kinds (see recordTypes).' })
  recordType: string | null;

  @Field(() => [String], {
    description:
      'The kinds the entry covers: one for a read, every kind refused together for a denial before any read.',
  })
  recordTypes: string[];

  @Field(() => String, {
    nullable: true,
    description: 'The id of the record read (记录编号); null when kinds were denied before any record was read.',
  })
  recordId: string | null;

  @Field(() => AuditDecision, { description: 'Granted or denied (查阅决定).' })
  decision: string;

  @Field(() => String, {
    nullable: true,
    description: 'The reason recorded with the decision, e.g. why a look was denied (原因); null when none.',
  })
  reason: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Per field path: GRANTED, MASKED or DENIED.' })
  fields: Record<string, string> | null;

  @Field(() => [ID], {
    description: 'The data-sharing agreements the look was granted under (依据协议); empty for a denial.',
  })
  agreementIds: string[];

  @Field({ description: "The id of the request that made the look (请求编号), to find it in the hub's logs." })
  requestId: string;
}

export const AuditEntryConnection = ConnectionType('AuditEntry', AuditEntry);

@ArgsType()
export class AuditTrailArgs extends PageArgs {
  @Field({ description: 'From this time (inclusive).' })
  from: Date;

  @Field({ description: 'Until this time (exclusive).' })
  until: Date;

  @Field(() => String, { nullable: true, description: 'Only reads by this body.' })
  consumer?: string | null;
}

@ObjectType({ description: "A look at a person's records, as disclosed to that person." })
export class SubjectAccessEntry {
  @Field({ description: 'When the look took place (查阅时间).' })
  occurredAt: Date;

  @Field({ description: 'The body that looked.' })
  readBy: string;

  @Field({ description: 'The body whose record it was.' })
  provider: string;

  @Field(() => String, { nullable: true, description: 'null when the entry covers several kinds (see recordTypes).' })
  recordType: string | null;

  @Field(() => [String], { description: 'The kinds of records the look was at.' })
  recordTypes: string[];

  @Field(() => Purpose, {
    nullable: true,
    description: 'The purpose stated for the look (查阅目的); null when none was stated.',
  })
  purpose: Purpose | null;

  @Field(() => String, { nullable: true, description: 'The joint case the look was for.' })
  jointCaseNumber: string | null;

  @Field(() => AuditDecision, { description: 'Granted or denied (查阅决定).' })
  decision: string;
}

@ObjectType({ description: "Which bodies looked at a person's records, and why (个人信息查阅记录)." })
export class SubjectAccessReport {
  @Field({ description: "The person's resident ID number, masked (身份证号脱敏), e.g. 110105********1234." })
  residentIdMasked: string;

  @Field({ description: 'When the report was produced (生成时间).' })
  generatedAt: Date;

  @Field(() => [SubjectAccessEntry], {
    description:
      "Every look at the person's records the report discloses (查阅记录); records under an investigation hold are left out.",
  })
  entries: SubjectAccessEntry[];
}
