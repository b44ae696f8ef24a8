import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { RecordTypeGrant } from './agreement-grant';
import type { AgreementScope, Purpose } from './agreement.enums';

@Entity('agreement')
export class AgreementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  provider: string;

  @Column({ type: 'text' })
  consumer: string;

  @Column({ type: 'text' })
  purpose: Purpose;

  @Column({ type: 'text' })
  scope: AgreementScope;

  @Column({ name: 'consumer_roles', type: 'text', array: true })
  consumerRoles: string[];

  @Column({ type: 'jsonb' })
  grants: RecordTypeGrant[];

  @Column({ name: 'valid_from', type: 'timestamptz' })
  validFrom: Date;

  @Column({ name: 'valid_until', type: 'timestamptz' })
  validUntil: Date;

  /** Stored state: DRAFT, ACTIVE, SUSPENDED or REVOKED (EXPIRED is derived from valid_until). */
  @Column({ type: 'text' })
  status: 'DRAFT' | 'ACTIVE' | 'SUSPENDED' | 'REVOKED';

  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason: string | null;

  @Column({ name: 'drafted_by', type: 'text' })
  draftedBy: string;

  @Column({ name: 'drafted_by_department', type: 'text' })
  draftedByDepartment: string;

  @Column({ name: 'provider_approved_by', type: 'text', nullable: true })
  providerApprovedBy: string | null;

  @Column({ name: 'provider_approved_at', type: 'timestamptz', nullable: true })
  providerApprovedAt: Date | null;

  @Column({ name: 'consumer_approved_by', type: 'text', nullable: true })
  consumerApprovedBy: string | null;

  @Column({ name: 'consumer_approved_at', type: 'timestamptz', nullable: true })
  consumerApprovedAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** Optimistic lock: two chiefs acting at once cannot both win. */
  @VersionColumn()
  version: number;
}
