import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An early warning has a life of its own (预警处置闭环): raised by an assessment at RED or ORANGE,
 * acknowledged (签收: who, when), handled (稳控措施), cleared (销号, with the reason), and possibly
 * escalated to the county (上报). At most one warning of a case is not cleared at a time.
 * Cases already at RED or ORANGE and still open get a raised warning.
 */
export class EarlyWarningLifecycle1797000000500 implements MigrationInterface {
  name = 'EarlyWarningLifecycle1797000000500';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE early_warning (
        id                         uuid PRIMARY KEY,
        joint_case_id              uuid NOT NULL REFERENCES joint_case(id) ON DELETE CASCADE,
        level                      text NOT NULL CHECK (level IN ('RED', 'ORANGE')),
        status                     text NOT NULL CHECK (status IN ('RAISED', 'ACKNOWLEDGED', 'HANDLED', 'CLEARED')),
        raised_at                  timestamptz NOT NULL DEFAULT now(),
        acknowledged_at            timestamptz,
        acknowledged_by            text,
        acknowledged_by_department text,
        measures                   text,
        handled_at                 timestamptz,
        handled_by                 text,
        handled_by_department      text,
        cleared_at                 timestamptz,
        cleared_by                 text,
        cleared_by_department      text,
        clear_reason               text,
        escalated_at               timestamptz,
        escalated_by               text,
        escalation_note            text,
        version                    integer NOT NULL DEFAULT 1,
        CHECK (status = 'RAISED' OR acknowledged_at IS NOT NULL),
        CHECK (status NOT IN ('HANDLED', 'CLEARED') OR measures IS NOT NULL),
        CHECK (status <> 'CLEARED' OR (cleared_at IS NOT NULL AND clear_reason IS NOT NULL))
      )`);
    await db.query(
      `CREATE UNIQUE INDEX early_warning_one_open_idx ON early_warning (joint_case_id) WHERE status <> 'CLEARED'`,
    );
    await db.query(`CREATE INDEX early_warning_case_idx ON early_warning (joint_case_id, raised_at DESC)`);
    await db.query(`
      INSERT INTO early_warning (id, joint_case_id, level, status, raised_at)
      SELECT gen_random_uuid(), id, risk_level, 'RAISED', COALESCE(assessed_at, now())
        FROM joint_case
       WHERE risk_level IN ('RED', 'ORANGE') AND status NOT IN ('CLOSED', 'WITHDRAWN', 'NOT_ACCEPTED')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE early_warning`);
  }
}
