import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { JointCasePartyEntity } from './joint-case-party.entity';
import { JointCaseRecordLinkEntity } from './joint-case-record-link.entity';

@Entity('joint_case')
export class JointCaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_number', type: 'text' })
  caseNumber: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  category: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text' })
  status: string;

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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @OneToMany(() => JointCasePartyEntity, (party) => party.jointCase)
  parties: JointCasePartyEntity[];

  @OneToMany(() => JointCaseRecordLinkEntity, (link) => link.jointCase)
  recordLinks: JointCaseRecordLinkEntity[];
}
