import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A person a body marked for protection (a domestic-violence victim, a minor), by keyed hash only. */
@Entity('protected_person')
export class ProtectedPersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'resident_id_hash', type: 'text' })
  residentIdHash: string;

  @Column({ type: 'text' })
  kind: 'DOMESTIC_VIOLENCE_VICTIM' | 'MINOR';

  @Column({ name: 'marked_by', type: 'text' })
  markedBy: string;

  @Column({ name: 'marked_by_department', type: 'text' })
  markedByDepartment: string;

  @Column({ name: 'marked_at', type: 'timestamptz', insert: false, update: false })
  markedAt: Date;

  @Column({ name: 'lifted_at', type: 'timestamptz', nullable: true })
  liftedAt: Date | null;
}
