import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The court's register of personal-safety protection orders (demo): 人身安全保护令, case type
 * 民保令, with the applicant protected, the respondent, the measures and the period in force.
 */
export class ProtectionOrders1797000000400 implements MigrationInterface {
  name = 'ProtectionOrders1797000000400';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE protection_order (
        id                   bigserial PRIMARY KEY,
        order_no             text NOT NULL UNIQUE,
        issued_on            date NOT NULL,
        effective_until      date NOT NULL,
        order_status         text NOT NULL CHECK (order_status IN ('EFFECTIVE', 'EXPIRED', 'REVOKED')),
        applicant_name       text NOT NULL,
        applicant_id_card_no char(18),
        applicant_address    text,
        respondent_name      text NOT NULL,
        respondent_id_card_no char(18),
        measures             text NOT NULL,
        CHECK (effective_until <= issued_on + 184)
      )`);
    await db.query(`CREATE INDEX protection_order_applicant_idx ON protection_order (applicant_id_card_no)`);
    await db.query(`CREATE INDEX protection_order_respondent_idx ON protection_order (respondent_id_card_no)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE protection_order`);
  }
}
