import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Civil affairs' register of people in community rehabilitation for a mental disorder (demo):
 * 精神障碍社区康复服务对象, with whether the disorder is serious and under management, the latest
 * risk grade (危险性评估 0–5) and the guardian.
 */
export class MentalHealthRehabilitation1797000000300 implements MigrationInterface {
  name = 'MentalHealthRehabilitation1797000000300';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE mental_rehab_subject (
        id                bigserial PRIMARY KEY,
        person_name       text NOT NULL,
        id_card_no        char(18),
        residence_address text,
        is_serious        boolean NOT NULL,
        risk_grade        smallint NOT NULL CHECK (risk_grade BETWEEN 0 AND 5),
        management_status text NOT NULL CHECK (management_status IN ('MANAGED', 'LOST_CONTACT', 'DISCHARGED')),
        guardian_name     text,
        guardian_phone    text,
        registered_on     date NOT NULL
      )`);
    await db.query(`CREATE INDEX mental_rehab_subject_id_card_idx ON mental_rehab_subject (id_card_no)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE mental_rehab_subject`);
  }
}
