import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The domestic-violence path (家暴): per case, the safety assessment made at intake (by the
 * women's federation or the police), the safety measures an outcome must record, referrals to a
 * shelter (庇护所) and to the court for a protection order (人身安全保护令), and the mandatory report
 * (强制报告) where a minor or a person without capacity is involved.
 */
export class DomesticViolenceSafeguards1797000000700 implements MigrationInterface {
  name = 'DomesticViolenceSafeguards1797000000700';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE dv_safeguard (
        joint_case_id                uuid PRIMARY KEY REFERENCES joint_case(id) ON DELETE CASCADE,
        safety_assessment            text,
        risk_of_harm                 text CHECK (risk_of_harm IN ('LOW', 'MEDIUM', 'HIGH')),
        assessed_by                  text,
        assessed_by_department       text,
        assessed_at                  timestamptz,
        safety_measures              text,
        measures_recorded_by         text,
        measures_recorded_at         timestamptz,
        shelter                      text,
        shelter_referred_at          timestamptz,
        protection_order_referred_at timestamptz,
        protection_order_referred_by text,
        mandatory_report_to          text,
        mandatory_reported_at        timestamptz,
        mandatory_report_recorded_by text
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE dv_safeguard`);
  }
}
