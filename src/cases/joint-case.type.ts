import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../common/relay';
import { DepartmentRecord } from '../connectors/department-record.type';
import { RiskLevel, type RiskReason, type RiskSourceProvenance } from './risk/risk.model';
import { DisputeCategory, PartyRole, ReferralChannel, SourceChannel, Urgency } from './case-enums';
import { CaseStatus } from './case-status';

// The types below hold plain values: fields without a field resolver are read directly by
// graphql-js (simpleResolvers; the schema has no global middleware). Field resolvers
// (`record`, `parties`, `linkedRecords`, the workflow's) are unaffected by the option.

@ObjectType({ description: 'A party to a joint case, as taken in at the governance centre\'s window.', simpleResolvers: true })
export class CaseParty {
  @Field(() => ID)
  id: string;

  @Field(() => PartyRole)
  role: PartyRole;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'Resident ID number (居民身份证号码).' })
  residentId: string | null;

  @Field(() => String, { nullable: true })
  mobile: string | null;

  @Field(() => String, { nullable: true })
  address: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'A department record linked to a joint case. The reference is the hub\'s own; `record` is read live from the owner ' +
    'and is null, with an error naming the body, when no agreement grants it or the owner is unavailable.',
})
export class LinkedRecord {
  @Field()
  department: string;

  @Field()
  recordType: string;

  @Field(() => ID)
  recordId: string;

  @Field(() => DepartmentRecord, { nullable: true })
  record?: DepartmentRecord | null;

  /** The case the link belongs to: the scope its record is read in. Not exposed. */
  jointCase: JointCase;
}

export const LinkedRecordConnection = ConnectionType('LinkedRecord', LinkedRecord);

@ObjectType({ description: 'Records of one body linked to a case that the caller is not granted to know of: the body and how many, nothing more.' })
export class WithheldLinkedRecords {
  @Field()
  department: string;

  @Field(() => Int)
  count: number;

  @Field(() => [String], { description: 'Why they are withheld (no purpose stated, no agreement, a closed case, the role), naming no kind.' })
  reasons: string[];
}

@ObjectType({ description: 'A joint mediation case (联合调解案件) owned by the governance centre.', simpleResolvers: true })
export class JointCase {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Case number, e.g. (2026)西湖联调0001号.' })
  caseNumber: string;

  /** Shown through the read room (JointCaseResolver.title): free text, masked by viewer. */
  title: string;

  @Field(() => DisputeCategory)
  category: DisputeCategory;

  /** Shown through the read room: free text, masked by viewer. */
  description: string | null;

  @Field(() => CaseStatus)
  status: CaseStatus;

  @Field(() => SourceChannel)
  sourceChannel: SourceChannel;

  @Field(() => Urgency)
  urgency: Urgency;

  /** Shown through the read room: treated as an address. */
  place: string | null;

  @Field(() => RiskLevel, { nullable: true, description: 'Early-warning level; null until assessed.' })
  riskLevel: RiskLevel | null;

  /** Shown through the read room, each reason governed like a read of the records it cites. */
  riskReasons: RiskReason[];

  /** What each stored reason reveals of the records it cites; never shown. */
  riskProvenance: Record<string, RiskSourceProvenance>;

  @Field(() => Date, { nullable: true })
  assessedAt: Date | null;

  @Field(() => [String], { description: 'Bodies that were unavailable at the last assessment: the reasons may be incomplete.' })
  riskUnavailableSources: string[];

  @Field(() => String, { nullable: true, description: 'The first handler (首办负责制), responsible to the end.' })
  handler: string | null;

  @Field(() => String, { nullable: true })
  handlerDepartment: string | null;

  @Field(() => Date, { nullable: true })
  deadline: Date | null;

  /** Terms of the mediation agreement (调解协议); shown through the read room. */
  agreementTerms: string | null;

  @Field(() => Date, { nullable: true })
  agreementReachedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Number of the judicial confirmation ruling (司法确认).' })
  confirmationNumber: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 8601 date.' })
  confirmedOn: string | null;

  /** Shown through the read room: free text. */
  failureReason: string | null;

  @Field(() => ReferralChannel, { nullable: true })
  referralChannel: ReferralChannel | null;

  @Field(() => String, { nullable: true, description: 'The court filing a litigation referral became (COURT CASE_FILING id).' })
  referralRecordId: string | null;

  /** Shown through the read room: free text. */
  followUpNote: string | null;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field(() => Int, { description: 'Changes with every step; pass it as expectedVersion to detect a concurrent change.' })
  version: number;

  @Field(() => String, { nullable: true })
  leadDepartment: string | null;

  @Field(() => [String])
  participatingDepartments: string[];

  @Field(() => String, { nullable: true })
  community: string | null;

  @Field(() => String, { nullable: true, description: 'The grid (网格) where the dispute arose.' })
  grid: string | null;

  @Field(() => Int)
  peopleInvolved: number;

  @Field(() => Date, { nullable: true })
  occurredAt: Date | null;

  @Field()
  createdAt: Date;
}

export const JointCaseConnection = ConnectionType('JointCase', JointCase);
