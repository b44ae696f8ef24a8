import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The people's tribunal's own case system (demo): filings, parties, judicial confirmation rulings. */
export class CourtCaseSystem1764000000100 implements MigrationInterface {
  name = 'CourtCaseSystem1764000000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE case_filing (
        id              bigserial PRIMARY KEY,
        case_no         text NOT NULL UNIQUE,
        case_type       text NOT NULL CHECK (case_type IN ('CIVIL_FIRST_INSTANCE', 'PRE_LITIGATION_MEDIATION', 'SPECIAL_PROCEDURE')),
        cause_of_action text NOT NULL,
        procedure_stage text NOT NULL CHECK (procedure_stage IN ('MEDIATING', 'FILED', 'HEARING', 'JUDGED', 'CLOSED')),
        filed_on        date NOT NULL,
        presiding_judge text,
        next_hearing_at timestamptz,
        claim_summary   text
      )`);
    await db.query(`
      CREATE TABLE case_party (
        id             bigserial PRIMARY KEY,
        case_filing_id bigint NOT NULL REFERENCES case_filing (id),
        litigant_role  text NOT NULL CHECK (litigant_role IN ('PLAINTIFF', 'DEFENDANT', 'THIRD_PARTY')),
        party_name     text NOT NULL,
        id_card_no     char(18) NOT NULL,
        contact_phone  text,
        domicile       text
      )`);
    await db.query(`CREATE INDEX case_party_filing_idx ON case_party (case_filing_id)`);
    await db.query(`CREATE INDEX case_party_id_card_idx ON case_party (id_card_no)`);
    await db.query(`
      CREATE TABLE judicial_confirmation_ruling (
        id                bigserial PRIMARY KEY,
        case_filing_id    bigint NOT NULL UNIQUE REFERENCES case_filing (id),
        mediation_body    text NOT NULL,
        agreement_summary text NOT NULL,
        applied_on        date NOT NULL,
        ruled_on          date,
        ruling            text NOT NULL CHECK (ruling IN ('PENDING', 'CONFIRMED', 'REJECTED'))
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE judicial_confirmation_ruling`);
    await db.query(`DROP TABLE case_party`);
    await db.query(`DROP TABLE case_filing`);
  }
}
