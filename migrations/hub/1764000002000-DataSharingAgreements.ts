import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data-sharing agreements (数据共享协议): what a providing body grants a consuming body, field
 * by field with masks, for one purpose and scope, for a period, approved by both chiefs.
 * Also the persons a body has marked as protected, and the police's investigation holds.
 */
export class DataSharingAgreements1764000002000 implements MigrationInterface {
  name = 'DataSharingAgreements1764000002000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE agreement (
        id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title                 text NOT NULL,
        provider              text NOT NULL,
        consumer              text NOT NULL CHECK (consumer <> provider),
        purpose               text NOT NULL CHECK (purpose IN ('JOINT_MEDIATION', 'RISK_SCREENING', 'STATISTICS')),
        scope                 text NOT NULL CHECK (scope IN ('RECORDS_LINKED_TO_PARTICIPATING_CASE', 'RECORDS_OF_PARTIES_TO_PARTICIPATING_CASE')),
        consumer_roles        text[] NOT NULL,
        grants                jsonb NOT NULL,
        valid_from            timestamptz NOT NULL,
        valid_until           timestamptz NOT NULL CHECK (valid_until > valid_from),
        status                text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'ACTIVE', 'SUSPENDED', 'REVOKED')),
        status_reason         text,
        drafted_by            text NOT NULL,
        drafted_by_department text NOT NULL,
        provider_approved_by  text,
        provider_approved_at  timestamptz,
        consumer_approved_by  text,
        consumer_approved_at  timestamptz,
        created_at            timestamptz NOT NULL DEFAULT now(),
        updated_at            timestamptz NOT NULL DEFAULT now(),
        version               integer NOT NULL DEFAULT 1
      )`);
    await db.query(`CREATE INDEX agreement_active_idx ON agreement (consumer, provider) WHERE status = 'ACTIVE'`);
    await db.query(`
      CREATE TABLE protected_person (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        resident_id_hash text NOT NULL,
        kind             text NOT NULL CHECK (kind IN ('DOMESTIC_VIOLENCE_VICTIM', 'MINOR')),
        marked_by        text NOT NULL,
        marked_by_department text NOT NULL,
        marked_at        timestamptz NOT NULL DEFAULT now(),
        lifted_at        timestamptz
      )`);
    await db.query(
      `CREATE UNIQUE INDEX protected_person_open_idx ON protected_person (resident_id_hash, kind, marked_by_department) WHERE lifted_at IS NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE protected_person`);
    await db.query(`DROP TABLE agreement`);
  }
}
