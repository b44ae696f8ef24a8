import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The three hand-overs (对接) of the 3+N model: a court delegating a dispute before filing
 * (诉调对接, 委派调解), a police station handing a 110 incident to mediation (警调对接), a petitions
 * body referring a petition matter (访调对接). Each becomes a joint case; each outcome of that
 * case is returned to the sender as a feedback record the sender owns in the hub.
 */
export class HandOvers1797000000600 implements MigrationInterface {
  name = 'HandOvers1797000000600';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE handover (
        id                    uuid PRIMARY KEY,
        kind                  text NOT NULL CHECK (kind IN ('COURT_PRE_LITIGATION', 'POLICE_INCIDENT', 'PETITION_MATTER')),
        sender_department     text NOT NULL,
        source_record_type    text NOT NULL,
        source_record_id      text NOT NULL,
        joint_case_id         uuid NOT NULL UNIQUE REFERENCES joint_case(id),
        reference_number      text,
        invited_mediator      text,
        handed_over_at        timestamptz NOT NULL DEFAULT now(),
        handed_over_by        text NOT NULL,
        due_at                timestamptz,
        petition_resolved     boolean,
        petition_decided_at   timestamptz,
        petition_decided_by   text,
        UNIQUE (sender_department, source_record_type, source_record_id)
      )`);
    await db.query(`CREATE INDEX handover_sender_idx ON handover (sender_department, handed_over_at DESC)`);
    await db.query(`
      CREATE TABLE handover_feedback (
        id                  uuid PRIMARY KEY,
        handover_id         uuid NOT NULL REFERENCES handover(id),
        outcome             text NOT NULL CHECK (outcome IN ('SETTLED', 'JUDICIALLY_CONFIRMED', 'NOT_SETTLED', 'REFERRED', 'WITHDRAWN', 'CLOSED')),
        case_status         text NOT NULL,
        agreement_reached_at timestamptz,
        confirmation_number text,
        failure_reason      text,
        referral_channel    text,
        recorded_at         timestamptz NOT NULL DEFAULT now(),
        recorded_by         text NOT NULL,
        recorded_by_department text NOT NULL
      )`);
    await db.query(`CREATE INDEX handover_feedback_handover_idx ON handover_feedback (handover_id, recorded_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE handover_feedback`);
    await db.query(`DROP TABLE handover`);
  }
}
