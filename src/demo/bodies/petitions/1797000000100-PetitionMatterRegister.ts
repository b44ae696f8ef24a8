import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The petitions bureau's register (demo): petition matters (信访事项) with their form, headcount,
 * collective / repeated / skip-level flags, stage and the time limits of the 《信访工作条例》,
 * and the petitioners each matter names.
 */
export class PetitionMatterRegister1797000000100 implements MigrationInterface {
  name = 'PetitionMatterRegister1797000000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE xf_matter (
        id                   bigserial PRIMARY KEY,
        matter_no            text NOT NULL UNIQUE,
        petition_form        text NOT NULL CHECK (petition_form IN ('LETTER', 'VISIT', 'ONLINE', 'PHONE')),
        registered_on        date NOT NULL,
        headcount            integer NOT NULL CHECK (headcount > 0),
        is_collective        boolean NOT NULL DEFAULT false,
        is_repeated          boolean NOT NULL DEFAULT false,
        is_skip_level        boolean NOT NULL DEFAULT false,
        earlier_petitions    integer NOT NULL DEFAULT 0 CHECK (earlier_petitions >= 0),
        request_content      text NOT NULL,
        concerns_org_name    text,
        concerns_credit_code char(18),
        responsible_unit     text,
        stage                text NOT NULL CHECK (stage IN ('ACCEPTANCE', 'HANDLING', 'REPLY', 'REVIEW', 'RE_EXAMINATION', 'CONCLUDED')),
        leader_in_charge     text,
        acceptance_due_on    date NOT NULL,
        accepted_on          date,
        handling_due_on      date,
        resolution_status    text NOT NULL DEFAULT 'UNRESOLVED' CHECK (resolution_status IN ('UNRESOLVED', 'RESOLVED')),
        is_backlog           boolean NOT NULL DEFAULT false
      )`);
    await db.query(`CREATE INDEX xf_matter_credit_code_idx ON xf_matter (concerns_credit_code)`);
    await db.query(`
      CREATE TABLE xf_petitioner (
        id                bigserial PRIMARY KEY,
        matter_id         bigint NOT NULL REFERENCES xf_matter (id),
        petitioner_name   text NOT NULL,
        id_card_no        char(18),
        phone             text,
        address           text,
        is_representative boolean NOT NULL DEFAULT false
      )`);
    await db.query(`CREATE INDEX xf_petitioner_matter_idx ON xf_petitioner (matter_id)`);
    await db.query(`CREATE INDEX xf_petitioner_id_card_idx ON xf_petitioner (id_card_no)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE xf_petitioner`);
    await db.query(`DROP TABLE xf_matter`);
  }
}
