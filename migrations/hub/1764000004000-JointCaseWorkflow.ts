import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The joint-case workflow: intake details, risk warning, assignment (首办负责制), joint
 * sessions (三长会商), outcome and judicial confirmation, follow-up and closure, and a
 * history entry for every transition.
 */
export class JointCaseWorkflow1764000004000 implements MigrationInterface {
  name = 'JointCaseWorkflow1764000004000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE joint_case
        ADD COLUMN source_channel text NOT NULL DEFAULT 'WALK_IN'
          CHECK (source_channel IN ('WALK_IN', 'POLICE_110_REFERRAL', 'COURT_PRE_LITIGATION_REFERRAL', 'PETITION', 'GRID_SCREENING')),
        ADD COLUMN urgency text NOT NULL DEFAULT 'NORMAL' CHECK (urgency IN ('NORMAL', 'URGENT')),
        ADD COLUMN place text,
        ADD COLUMN risk_level text CHECK (risk_level IN ('RED', 'ORANGE', 'YELLOW', 'BLUE')),
        ADD COLUMN risk_reasons jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN assessed_at timestamptz,
        ADD COLUMN risk_unavailable_sources text[] NOT NULL DEFAULT '{}',
        ADD COLUMN handler text,
        ADD COLUMN handler_department text,
        ADD COLUMN assigned_at timestamptz,
        ADD COLUMN deadline timestamptz,
        ADD COLUMN agreement_terms text,
        ADD COLUMN agreement_reached_at timestamptz,
        ADD COLUMN confirmation_number text,
        ADD COLUMN confirmed_on date,
        ADD COLUMN failure_reason text,
        ADD COLUMN referral_channel text CHECK (referral_channel IN ('LITIGATION', 'ARBITRATION', 'ADMINISTRATIVE', 'PETITION', 'OTHER')),
        ADD COLUMN referral_record_id text,
        ADD COLUMN follow_up_note text,
        ADD COLUMN closed_at timestamptz,
        ADD COLUMN version integer NOT NULL DEFAULT 1`);
    await db.query(`
      ALTER TABLE joint_case ADD CONSTRAINT joint_case_status_check CHECK (status IN (
        'INTAKE', 'ASSESSED', 'ASSIGNED', 'IN_MEDIATION', 'AGREEMENT_REACHED', 'JUDICIALLY_CONFIRMED',
        'FAILED', 'REFERRED', 'FOLLOW_UP', 'CLOSED', 'WITHDRAWN'))`);
    await db.query(
      `CREATE INDEX joint_case_open_deadline_idx ON joint_case (deadline) WHERE status NOT IN ('CLOSED', 'WITHDRAWN')`,
    );
    await db.query(
      `CREATE INDEX joint_case_warning_idx ON joint_case (risk_level) WHERE status NOT IN ('CLOSED', 'WITHDRAWN')`,
    );
    await db.query(`
      CREATE TABLE joint_case_history (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        joint_case_id    uuid NOT NULL REFERENCES joint_case (id) ON DELETE CASCADE,
        action           text NOT NULL,
        from_status      text,
        to_status        text NOT NULL,
        actor_user       text NOT NULL,
        actor_department text NOT NULL,
        actor_role       text NOT NULL,
        note             text,
        data             jsonb,
        at               timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX joint_case_history_case_idx ON joint_case_history (joint_case_id, at)`);
    await db.query(`
      CREATE TABLE joint_session (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        joint_case_id uuid NOT NULL REFERENCES joint_case (id) ON DELETE CASCADE,
        held_at       timestamptz NOT NULL,
        place         text NOT NULL,
        attendees     jsonb NOT NULL,
        minutes       text NOT NULL,
        outcome       text,
        recorded_by   text NOT NULL,
        recorded_at   timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX joint_session_case_idx ON joint_session (joint_case_id, held_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE joint_session`);
    await db.query(`DROP TABLE joint_case_history`);
    await db.query(`DROP INDEX joint_case_warning_idx`);
    await db.query(`DROP INDEX joint_case_open_deadline_idx`);
    await db.query(`ALTER TABLE joint_case DROP CONSTRAINT joint_case_status_check`);
    await db.query(`
      ALTER TABLE joint_case
        DROP COLUMN source_channel, DROP COLUMN urgency, DROP COLUMN place, DROP COLUMN risk_level, DROP COLUMN risk_reasons,
        DROP COLUMN assessed_at, DROP COLUMN risk_unavailable_sources, DROP COLUMN handler, DROP COLUMN handler_department, DROP COLUMN assigned_at, DROP COLUMN deadline,
        DROP COLUMN agreement_terms, DROP COLUMN agreement_reached_at, DROP COLUMN confirmation_number, DROP COLUMN confirmed_on,
        DROP COLUMN failure_reason, DROP COLUMN referral_channel, DROP COLUMN referral_record_id, DROP COLUMN follow_up_note,
        DROP COLUMN closed_at, DROP COLUMN version`);
  }
}
