import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Investigation holds: a body (in practice the police) marks one of its records as under
 * investigation; subject access reports do not disclose reads of it until the hold is lifted.
 */
export class InvestigationHolds1764000003000 implements MigrationInterface {
  name = 'InvestigationHolds1764000003000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE investigation_hold (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        department  text NOT NULL,
        record_type text NOT NULL,
        record_id   text NOT NULL,
        placed_by   text NOT NULL,
        placed_at   timestamptz NOT NULL DEFAULT now(),
        lifted_at   timestamptz
      )`);
    await db.query(
      `CREATE UNIQUE INDEX investigation_hold_open_idx ON investigation_hold (department, record_type, record_id) WHERE lifted_at IS NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE investigation_hold`);
  }
}
