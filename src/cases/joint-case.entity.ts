import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { JointCasePartyEntity } from './joint-case-party.entity';
import { JointCaseRecordLinkEntity } from './joint-case-record-link.entity';
import type { RiskLevel, RiskReason, RiskSourceProvenance } from './risk/risk.model';
import type { DisputeCategory, ReferralChannel, SourceChannel, Urgency } from './workflow/case-enums';
import type { CaseStatus } from './workflow/case-status';
import type { JudicialConfirmationStatus, Satisfaction } from './workflow/case-domain-enums';

@Entity('joint_case')
export class JointCaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_number', type: 'text' })
  caseNumber: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  category: DisputeCategory;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text' })
  status: CaseStatus;

  @Column({ name: 'lead_department', type: 'text', nullable: true })
  leadDepartment: string | null;

  @Column({ name: 'participating_departments', type: 'text', array: true })
  participatingDepartments: string[];

  @Column({ type: 'text', nullable: true })
  community: string | null;

  @Column({ type: 'text', nullable: true })
  grid: string | null;

  @Column({ name: 'people_involved', type: 'integer' })
  peopleInvolved: number;

  @Column({ name: 'occurred_at', type: 'timestamptz', nullable: true })
  occurredAt: Date | null;

  @Column({ name: 'source_channel', type: 'text' })
  sourceChannel: SourceChannel;

  @Column({ type: 'text' })
  urgency: Urgency;

  @Column({ type: 'text', nullable: true })
  place: string | null;

  @Column({ name: 'risk_level', type: 'text', nullable: true })
  riskLevel: RiskLevel | null;

  @Column({ name: 'risk_reasons', type: 'jsonb' })
  riskReasons: RiskReason[];

  /** What each reason reveals of the records it cites (fields and masks, persons named), by riskSourceKey. */
  @Column({ name: 'risk_provenance', type: 'jsonb', default: () => "'{}'" })
  riskProvenance: Record<string, RiskSourceProvenance>;

  @Column({ name: 'assessed_at', type: 'timestamptz', nullable: true })
  assessedAt: Date | null;

  /** Bodies that were down at the last assessment: its reasons may be incomplete. */
  @Column({ name: 'risk_unavailable_sources', type: 'text', array: true })
  riskUnavailableSources: string[];

  /** The first handler (首办负责制): stays responsible for the case to its end. */
  @Column({ type: 'text', nullable: true })
  handler: string | null;

  @Column({ name: 'handler_department', type: 'text', nullable: true })
  handlerDepartment: string | null;

  @Column({ name: 'assigned_at', type: 'timestamptz', nullable: true })
  assignedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deadline: Date | null;

  @Column({ name: 'agreement_terms', type: 'text', nullable: true })
  agreementTerms: string | null;

  @Column({ name: 'agreement_reached_at', type: 'timestamptz', nullable: true })
  agreementReachedAt: Date | null;

  @Column({ name: 'confirmation_number', type: 'text', nullable: true })
  confirmationNumber: string | null;

  @Column({ name: 'confirmed_on', type: 'date', nullable: true })
  confirmedOn: string | null;

  @Column({ name: 'failure_reason', type: 'text', nullable: true })
  failureReason: string | null;

  @Column({ name: 'referral_channel', type: 'text', nullable: true })
  referralChannel: ReferralChannel | null;

  @Column({ name: 'referral_record_id', type: 'text', nullable: true })
  referralRecordId: string | null;

  @Column({ name: 'follow_up_note', type: 'text', nullable: true })
  followUpNote: string | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** 当事人自愿调解 (人民调解法 第三条), recorded at intake. */
  @Column({ name: 'consent_to_mediate', type: 'boolean', default: true })
  consentToMediate: boolean;

  /** 不予受理: why the centre refused the case. */
  @Column({ name: 'refusal_reason', type: 'text', nullable: true })
  refusalReason: string | null;

  /** 研判意见 written at assessment. */
  @Column({ name: 'assessment_opinion', type: 'text', nullable: true })
  assessmentOpinion: string | null;

  /** A level set by hand at 研判, kept apart from the rules' level (`riskLevel`). */
  @Column({ name: 'manual_risk_level', type: 'text', nullable: true })
  manualRiskLevel: RiskLevel | null;

  @Column({ name: 'manual_risk_level_reason', type: 'text', nullable: true })
  manualRiskLevelReason: string | null;

  /** When the handling clock stopped (an outcome, a referral, a withdrawal). */
  @Column({ name: 'handling_stopped_at', type: 'timestamptz', nullable: true })
  handlingStoppedAt: Date | null;

  /** 回访期限. */
  @Column({ name: 'follow_up_deadline', type: 'timestamptz', nullable: true })
  followUpDeadline: Date | null;

  /** How many times the deadline was extended (延期). */
  @Column({ name: 'extension_count', type: 'integer', default: 0 })
  extensionCount: number;

  @Column({ name: 'referral_reason', type: 'text', nullable: true })
  referralReason: string | null;

  @Column({ name: 'judicial_confirmation_status', type: 'text', nullable: true })
  judicialConfirmationStatus: JudicialConfirmationStatus | null;

  @Column({ name: 'judicial_confirmation_applied_on', type: 'date', nullable: true })
  judicialConfirmationAppliedOn: string | null;

  /** The court's JUDICIAL_CONFIRMATION record the ruling is (its id). */
  @Column({ name: 'judicial_confirmation_record_id', type: 'text', nullable: true })
  judicialConfirmationRecordId: string | null;

  @Column({ name: 'judicial_confirmation_rejection_reason', type: 'text', nullable: true })
  judicialConfirmationRejectionReason: string | null;

  @Column({ type: 'text', nullable: true })
  satisfaction: Satisfaction | null;

  @Column({ type: 'integer' })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @OneToMany(() => JointCasePartyEntity, (party) => party.jointCase)
  parties: JointCasePartyEntity[];

  @OneToMany(() => JointCaseRecordLinkEntity, (link) => link.jointCase)
  recordLinks: JointCaseRecordLinkEntity[];
}
