import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { JointCaseEntity } from './joint-case.entity';
import type { PartyRole } from './case-enums';

/** A party as the governance centre took them in at its window (its own record, not a department's). */
@Entity('joint_case_party')
export class JointCasePartyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'joint_case_id', type: 'uuid' })
  jointCaseId: string;

  // Named, not imported: the case imports its parts, and a part only names its case (no import cycle).
  @ManyToOne('JointCaseEntity', 'parties', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'joint_case_id' })
  jointCase: JointCaseEntity;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  role: PartyRole;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'resident_id', type: 'char', length: 18, nullable: true })
  residentId: string | null;

  /** Keyed hash of the resident ID number: how records of one person are linked without a central copy. */
  @Column({ name: 'resident_id_hash', type: 'text', nullable: true })
  residentIdHash: string | null;

  @Column({ type: 'text', nullable: true })
  mobile: string | null;

  @Column({ type: 'text', nullable: true })
  address: string | null;
}
