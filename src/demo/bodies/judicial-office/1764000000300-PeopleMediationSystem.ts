import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The judicial office's own people's-mediation system (demo): mediation cases, their parties and
 * agreements, legal-aid referrals and the community-correction register.
 */
export class PeopleMediationSystem1764000000300 implements MigrationInterface {
  name = 'PeopleMediationSystem1764000000300';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE mediation_case (
        id                  bigserial PRIMARY KEY,
        case_no             text NOT NULL UNIQUE,
        accepted_on         date NOT NULL,
        dispute_category    text NOT NULL,
        committee_name      text NOT NULL,
        mediator_name       text,
        mediation_outcome   text NOT NULL CHECK (mediation_outcome IN ('SETTLED', 'FAILED', 'IN_PROGRESS')),
        case_summary        text
      )`);
    await db.query(`
      CREATE TABLE mediation_party (
        id                bigserial PRIMARY KEY,
        mediation_case_id bigint NOT NULL REFERENCES mediation_case (id),
        party_role        text NOT NULL CHECK (party_role IN ('APPLICANT', 'RESPONDENT', 'INTERESTED_PARTY')),
        party_name        text NOT NULL,
        id_card_no        char(18) NOT NULL,
        contact_phone     text,
        home_address      text
      )`);
    await db.query(`CREATE INDEX mediation_party_case_idx ON mediation_party (mediation_case_id)`);
    await db.query(`CREATE INDEX mediation_party_id_card_idx ON mediation_party (id_card_no)`);
    // 人民调解协议书: at most one per case, only for settled cases.
    await db.query(`
      CREATE TABLE mediation_agreement (
        id                bigserial PRIMARY KEY,
        mediation_case_id bigint NOT NULL UNIQUE REFERENCES mediation_case (id),
        agreement_no      text NOT NULL UNIQUE,
        signed_on         date NOT NULL,
        agreement_terms   text NOT NULL
      )`);
    await db.query(`
      CREATE TABLE legal_aid_referral (
        id                   bigserial PRIMARY KEY,
        referral_no          text NOT NULL UNIQUE,
        referred_on          date NOT NULL,
        applicant_name       text NOT NULL,
        applicant_id_card_no char(18) NOT NULL,
        applicant_phone      text,
        legal_matter         text NOT NULL,
        aid_type             text NOT NULL CHECK (aid_type IN ('CONSULTATION', 'LITIGATION_REPRESENTATION', 'NON_LITIGATION_REPRESENTATION')),
        referral_status      text NOT NULL CHECK (referral_status IN ('REFERRED', 'ACCEPTED', 'REJECTED', 'CLOSED'))
      )`);
    await db.query(`CREATE INDEX legal_aid_referral_id_card_idx ON legal_aid_referral (applicant_id_card_no)`);
    await db.query(`
      CREATE TABLE correction_subject (
        id                  bigserial PRIMARY KEY,
        subject_name        text NOT NULL,
        id_card_no          char(18) NOT NULL,
        residence_address   text,
        correction_type     text NOT NULL CHECK (correction_type IN ('PROBATION', 'PAROLE', 'SUSPENDED_SENTENCE', 'TEMPORARY_OUTSIDE_EXECUTION')),
        started_on          date NOT NULL,
        ends_on             date,
        supervising_officer text
      )`);
    await db.query(`CREATE INDEX correction_subject_id_card_idx ON correction_subject (id_card_no)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE correction_subject`);
    await db.query(`DROP TABLE legal_aid_referral`);
    await db.query(`DROP TABLE mediation_agreement`);
    await db.query(`DROP TABLE mediation_party`);
    await db.query(`DROP TABLE mediation_case`);
  }
}
