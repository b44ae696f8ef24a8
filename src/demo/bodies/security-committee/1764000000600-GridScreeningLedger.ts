import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The security committee's grid ledger (demo): dispute screening entries by grid workers
 * (矛盾纠纷排查), the persons each entry names, and household visit logs (走访).
 */
export class GridScreeningLedger1764000000600 implements MigrationInterface {
  name = 'GridScreeningLedger1764000000600';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE grid_screening_entry (
        id            bigserial PRIMARY KEY,
        entry_no      text NOT NULL UNIQUE,
        screened_on   date NOT NULL,
        grid_name     text NOT NULL,
        grid_worker   text,
        dispute_type  text NOT NULL,
        parties_desc  text,
        risk_note     text,
        entry_status  text NOT NULL CHECK (entry_status IN ('REPORTED', 'RESOLVED_LOCALLY', 'ESCALATED'))
      )`);
    await db.query(`
      CREATE TABLE grid_screening_person (
        id                 bigserial PRIMARY KEY,
        screening_entry_id bigint NOT NULL REFERENCES grid_screening_entry (id),
        person_name        text NOT NULL,
        id_card_no         char(18),
        phone              text,
        address            text
      )`);
    await db.query(`CREATE INDEX grid_screening_person_entry_idx ON grid_screening_person (screening_entry_id)`);
    await db.query(`CREATE INDEX grid_screening_person_id_card_idx ON grid_screening_person (id_card_no)`);
    await db.query(`
      CREATE TABLE grid_visit_log (
        id                bigserial PRIMARY KEY,
        visited_on        date NOT NULL,
        grid_name         text NOT NULL,
        grid_worker       text,
        household_address text,
        person_name       text,
        id_card_no        char(18),
        visit_notes       text
      )`);
    await db.query(`CREATE INDEX grid_visit_log_id_card_idx ON grid_visit_log (id_card_no)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE grid_visit_log`);
    await db.query(`DROP TABLE grid_screening_person`);
    await db.query(`DROP TABLE grid_screening_entry`);
  }
}
