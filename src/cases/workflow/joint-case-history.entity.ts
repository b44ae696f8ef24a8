import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { SessionType } from './case-domain-enums';

/** One step of a joint case, written in the same transaction as the step itself. */
@Entity('joint_case_history')
export class JointCaseHistoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'joint_case_id', type: 'uuid' })
  jointCaseId: string;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: string | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: string;

  @Column({ name: 'actor_user', type: 'text' })
  actorUser: string;

  @Column({ name: 'actor_department', type: 'text' })
  actorDepartment: string;

  @Column({ name: 'actor_role', type: 'text' })
  actorRole: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'jsonb', nullable: true })
  data: Record<string, unknown> | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;
}

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
