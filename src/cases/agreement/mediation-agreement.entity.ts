import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AgreementForm, MediationType, PerformanceStatus } from '../workflow/case-domain-enums';

/** One obligation of an agreement (人民调解法 第二十九条), as stored. */
export interface AgreementObligation {
  obligorPartyId: string;
  content: string;
  performanceMethod: string;
  dueOn: string;
}

/** The structured mediation agreement (人民调解协议书) of a joint case: the centre's own record. */
@Entity('mediation_agreement')
export class MediationAgreementEntity {
  @PrimaryColumn({ name: 'joint_case_id', type: 'uuid' })
  jointCaseId: string;

  @Column({ name: 'mediation_type', type: 'text' })
  mediationType: MediationType;

  @Column({ type: 'text' })
  organisation: string;

  @Column({ type: 'text' })
  mediator: string;

  @Column({ name: 'document_number', type: 'text' })
  documentNumber: string;

  @Column({ type: 'text' })
  form: AgreementForm;

  @Column({ name: 'effective_on', type: 'date' })
  effectiveOn: string;

  @Column({ type: 'text' })
  facts: string;

  @Column({ type: 'jsonb' })
  obligations: AgreementObligation[];

  @Column({ name: 'performance_status', type: 'text', default: 'NOT_DUE' })
  performanceStatus: PerformanceStatus;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}
