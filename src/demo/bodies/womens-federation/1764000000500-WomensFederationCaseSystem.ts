import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The women's federation's own case system (demo): rights-protection complaints and assistance given. */
export class WomensFederationCaseSystem1764000000500 implements MigrationInterface {
  name = 'WomensFederationCaseSystem1764000000500';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE rights_complaint (
        id                     bigserial PRIMARY KEY,
        complaint_no           text NOT NULL UNIQUE,
        received_on            date NOT NULL,
        complaint_type         text NOT NULL CHECK (complaint_type IN ('DOMESTIC_VIOLENCE', 'MARRIAGE', 'CUSTODY', 'OTHER')),
        complainant_name       text NOT NULL,
        complainant_id_card_no char(18),
        complainant_phone      text,
        complainant_address    text,
        respondent_name        text,
        complaint_summary      text,
        handling_status        text NOT NULL CHECK (handling_status IN ('RECEIVED', 'IN_PROGRESS', 'REFERRED', 'CLOSED'))
      )`);
    await db.query(`CREATE INDEX rights_complaint_id_card_idx ON rights_complaint (complainant_id_card_no)`);
    await db.query(`
      CREATE TABLE assistance_record (
        id                     bigserial PRIMARY KEY,
        rights_complaint_id    bigint REFERENCES rights_complaint (id),
        assistance_type        text NOT NULL CHECK (assistance_type IN ('SHELTER', 'PROTECTION_ORDER_APPLICATION', 'LEGAL_COUNSEL', 'PSYCHOLOGICAL')),
        started_on             date NOT NULL,
        ended_on               date,
        beneficiary_name       text NOT NULL,
        beneficiary_id_card_no char(18),
        beneficiary_phone      text,
        beneficiary_address    text,
        notes                  text
      )`);
    await db.query(`CREATE INDEX assistance_record_id_card_idx ON assistance_record (beneficiary_id_card_no)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE assistance_record`);
    await db.query(`DROP TABLE rights_complaint`);
  }
}
