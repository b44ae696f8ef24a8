import { AuditDecision } from './audit-decision.enum';
import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import { Role } from '../auth/actor';
import { ConnectionType, PageArgs } from '../common/relay';
import { Purpose } from '../agreements/agreement.enums';
import { GraphQLJSONObject } from 'graphql-scalars';

@ObjectType({ description: "One look at a body's records by another body, as the audit log holds it." })
export class AuditEntry {
  @Field()
  occurredAt: Date;

  @Field({ description: 'The user who read.' })
  user: string;

  @Field({ description: 'The body that read (the consumer).' })
  department: string;

  @Field(() => Role)
  role: Role;

  @Field(() => Purpose, { nullable: true })
  purpose: Purpose | null;

  @Field(() => ID, { nullable: true })
  jointCaseId: string | null;

  @Field(() => String, { nullable: true, description: 'The body whose record was read.' })
  provider: string | null;

  @Field(() => String, { nullable: true, description: 'null when the entry covers several kinds (see recordTypes).' })
  recordType: string | null;

  @Field(() => [String], { description: 'The kinds the entry covers: one for a read, every kind refused together for a denial before any read.' })
  recordTypes: string[];

  @Field(() => String, { nullable: true })
  recordId: string | null;

  @Field(() => AuditDecision, { description: 'Granted or denied (查阅决定).' })
  decision: string;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Per field path: GRANTED, MASKED or DENIED.' })
  fields: Record<string, string> | null;

  @Field(() => [ID])
  agreementIds: string[];

  @Field()
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

@ObjectType({ description: 'A look at a person\'s records, as disclosed to that person.' })
export class SubjectAccessEntry {
  @Field()
  occurredAt: Date;

  @Field({ description: 'The body that looked.' })
  readBy: string;

  @Field({ description: 'The body whose record it was.' })
  provider: string;

  @Field(() => String, { nullable: true, description: 'null when the entry covers several kinds (see recordTypes).' })
  recordType: string | null;

  @Field(() => [String], { description: 'The kinds of records the look was at.' })
  recordTypes: string[];

  @Field(() => Purpose, { nullable: true })
  purpose: Purpose | null;

  @Field(() => String, { nullable: true, description: 'The joint case the look was for.' })
  jointCaseNumber: string | null;

  @Field(() => AuditDecision, { description: 'Granted or denied (查阅决定).' })
  decision: string;
}

@ObjectType({ description: 'Which bodies looked at a person\'s records, and why (个人信息查阅记录).' })
export class SubjectAccessReport {
  @Field()
  residentIdMasked: string;

  @Field()
  generatedAt: Date;

  @Field(() => [SubjectAccessEntry])
  entries: SubjectAccessEntry[];
}
