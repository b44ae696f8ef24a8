import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { JointCaseEntity } from './joint-case.entity';

/** A department record linked to a joint case by reference only; its content is always read live. */
@Entity('joint_case_record_link')
export class JointCaseRecordLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'joint_case_id', type: 'uuid' })
  jointCaseId: string;

  // Named, not imported: the case imports its parts, and a part only names its case (no import cycle).
  @ManyToOne('JointCaseEntity', 'recordLinks', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'joint_case_id' })
  jointCase: JointCaseEntity;

  @Column({ type: 'text' })
  department: string;

  @Column({ name: 'record_type', type: 'text' })
  recordType: string;

  @Column({ name: 'record_id', type: 'text' })
  recordId: string;

  @CreateDateColumn({ name: 'linked_at', type: 'timestamptz' })
  linkedAt: Date;

  @Column({ name: 'linked_by', type: 'text', nullable: true })
  linkedBy: string | null;

  @Column({ name: 'linked_by_department', type: 'text', nullable: true })
  linkedByDepartment: string | null;

  /** Whether the record names a party of the case; when not, `reason` says why it belongs. */
  @Column({ name: 'names_party', type: 'boolean', nullable: true })
  namesParty: boolean | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;
}
