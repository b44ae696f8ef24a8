import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Civil affairs' own registers (demo): marriage registration, social-assistance entitlements
 * (低保 / 特困供养) and care of left-behind children and elderly (留守儿童/老人).
 */
export class CivilAffairsRegisters1764000000400 implements MigrationInterface {
  name = 'CivilAffairsRegisters1764000000400';

  async up(db: QueryRunner): Promise<void> {
    // Certificates name 男方 and 女方, so the register does too.
    await db.query(`
      CREATE TABLE marriage_registration (
        id                bigserial PRIMARY KEY,
        certificate_no    text NOT NULL UNIQUE,
        registration_type text NOT NULL CHECK (registration_type IN ('MARRIAGE', 'DIVORCE')),
        registered_on     date NOT NULL,
        registry_office   text NOT NULL,
        man_name          text NOT NULL,
        man_id_card_no    char(18) NOT NULL,
        woman_name        text NOT NULL,
        woman_id_card_no  char(18) NOT NULL
      )`);
    await db.query(`CREATE INDEX marriage_registration_man_idx ON marriage_registration (man_id_card_no)`);
    await db.query(`CREATE INDEX marriage_registration_woman_idx ON marriage_registration (woman_id_card_no)`);
    await db.query(`
      CREATE TABLE assistance_entitlement (
        id                bigserial PRIMARY KEY,
        programme         text NOT NULL CHECK (programme IN ('MINIMUM_LIVING_ALLOWANCE', 'EXTREME_POVERTY_SUPPORT')),
        beneficiary_name  text NOT NULL,
        id_card_no        char(18) NOT NULL,
        residence_address text,
        household_size    integer NOT NULL CHECK (household_size > 0),
        monthly_amount    numeric(10, 2) NOT NULL,
        granted_on        date NOT NULL,
        entitlement_status text NOT NULL CHECK (entitlement_status IN ('ACTIVE', 'ENDED'))
      )`);
    await db.query(`CREATE INDEX assistance_entitlement_id_card_idx ON assistance_entitlement (id_card_no)`);
    await db.query(`
      CREATE TABLE left_behind_care (
        id                bigserial PRIMARY KEY,
        care_type         text NOT NULL CHECK (care_type IN ('LEFT_BEHIND_CHILD', 'LEFT_BEHIND_ELDERLY')),
        person_name       text NOT NULL,
        id_card_no        char(18) NOT NULL,
        residence_address text,
        guardian_name     text,
        guardian_phone    text,
        last_visit_on     date,
        care_notes        text
      )`);
    await db.query(`CREATE INDEX left_behind_care_id_card_idx ON left_behind_care (id_card_no)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE left_behind_care`);
    await db.query(`DROP TABLE assistance_entitlement`);
    await db.query(`DROP TABLE marriage_registration`);
  }
}
