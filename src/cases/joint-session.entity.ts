import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { SessionType } from './case-domain-enums';

/** A joint mediation session (联合调解 / 三长会商). */
@Entity('joint_session')
export class JointSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'joint_case_id', type: 'uuid' })
  jointCaseId: string;

  @Column({ name: 'held_at', type: 'timestamptz' })
  heldAt: Date;

  @Column({ type: 'text' })
  place: string;

  @Column({ type: 'jsonb' })
  attendees: Array<{ department: string; name: string }>;

  @Column({ type: 'text' })
  minutes: string;

  @Column({ name: 'session_type', type: 'text', default: 'JOINT_MEDIATION' })
  sessionType: SessionType;

  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}
