import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { JointCaseEntity } from './joint-case.entity';
import type { PartyRole } from './workflow/case-enums';
import type { Gender, IdentityDocumentType, PartyKind } from './workflow/case-domain-enums';

/** A party as the governance centre took them in at its window (its own record, not a department's). */
@Entity('joint_case_party')
export class JointCasePartyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'joint_case_id', type: 'uuid' })
  jointCaseId: string;

  @ManyToOne(() => JointCaseEntity, (c) => c.parties, { onDelete: 'CASCADE' })
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

  @Column({ type: 'text', default: 'NATURAL_PERSON' })
  kind: PartyKind;

  @Column({ name: 'document_type', type: 'text', default: 'RESIDENT_ID' })
  documentType: IdentityDocumentType;

  /** A document other than a resident ID (credit code, permit, passport); the resident ID stays in `residentId`. */
  @Column({ name: 'document_number', type: 'text', nullable: true })
  documentNumber: string | null;

  @Column({ type: 'text', nullable: true })
  gender: Gender | null;

  /** 民族. */
  @Column({ type: 'text', nullable: true })
  ethnicity: string | null;

  @Column({ name: 'birth_date', type: 'date', nullable: true })
  birthDate: string | null;

  /** 法定代表人 / 主要负责人 of an organisation. */
  @Column({ name: 'legal_representative', type: 'text', nullable: true })
  legalRepresentative: string | null;

  /** 委托代理人. */
  @Column({ name: 'agent_name', type: 'text', nullable: true })
  agentName: string | null;

  @Column({ name: 'agent_relation', type: 'text', nullable: true })
  agentRelation: string | null;

  /** 推选代表 of a group dispute. */
  @Column({ name: 'elected_representative', type: 'boolean', default: false })
  electedRepresentative: boolean;
}
