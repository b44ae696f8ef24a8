import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the hub derives and links is governed like what it reads: a stored risk reason keeps
 * what it reveals of each record it cites (risk_provenance); a link keeps who made it, why,
 * and whether the record names a party; a participant's link queues a risk re-assessment that
 * the governance centre runs under its own agreements (risk_assessment_request).
 */
export class GovernedCaseData1764000006000 implements MigrationInterface {
  name = 'GovernedCaseData1764000006000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE joint_case ADD COLUMN risk_provenance jsonb NOT NULL DEFAULT '{}'::jsonb`);
    await db.query(`
      ALTER TABLE joint_case_record_link
        ADD COLUMN linked_by text,
        ADD COLUMN linked_by_department text,
        ADD COLUMN names_party boolean,
        ADD COLUMN reason text`);
    // A creating write retried with the same Idempotency-Key gives the first result (per user).
    await db.query(`
      CREATE TABLE idempotent_write (
        actor_department text NOT NULL,
        actor_user text NOT NULL,
        idempotency_key text NOT NULL,
        operation text NOT NULL,
        fingerprint text NOT NULL,
        result_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (actor_department, actor_user, idempotency_key)
      )`);
    await db.query(`
      CREATE TABLE risk_assessment_request (
        joint_case_id uuid PRIMARY KEY REFERENCES joint_case(id) ON DELETE CASCADE,
        requested_at timestamptz NOT NULL DEFAULT now(),
        requested_by_department text NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE risk_assessment_request`);
    await db.query(`DROP TABLE idempotent_write`);
    await db.query(
      `ALTER TABLE joint_case_record_link DROP COLUMN linked_by, DROP COLUMN linked_by_department, DROP COLUMN names_party, DROP COLUMN reason`,
    );
    await db.query(`ALTER TABLE joint_case DROP COLUMN risk_provenance`);
  }
}
