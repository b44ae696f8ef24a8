import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The hub's own records: joint cases, their parties (the governance centre's intake) and
 * links to department records by reference only (body, record type, record id).
 */
export class HubFoundation1764000000000 implements MigrationInterface {
  name = 'HubFoundation1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE SEQUENCE joint_case_number_seq`);
    await db.query(`
      CREATE TABLE joint_case (
        id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_number               text NOT NULL UNIQUE,
        title                     text NOT NULL,
        category                  text NOT NULL,
        description               text,
        status                    text NOT NULL DEFAULT 'INTAKE',
        lead_department           text,
        participating_departments text[] NOT NULL DEFAULT '{}',
        community                 text,
        grid                      text,
        people_involved           integer NOT NULL DEFAULT 1 CHECK (people_involved > 0),
        occurred_at               timestamptz,
        created_at                timestamptz NOT NULL DEFAULT now(),
        updated_at                timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX joint_case_created_idx ON joint_case (created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX joint_case_participants_idx ON joint_case USING gin (participating_departments)`);
    await db.query(`
      CREATE TABLE joint_case_party (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        joint_case_id    uuid NOT NULL REFERENCES joint_case (id) ON DELETE CASCADE,
        position         integer NOT NULL,
        role             text NOT NULL CHECK (role IN ('APPLICANT', 'RESPONDENT', 'RELATED_PERSON')),
        name             text NOT NULL,
        resident_id      char(18),
        resident_id_hash text,
        mobile           text,
        address          text,
        UNIQUE (joint_case_id, position)
      )`);
    await db.query(`CREATE INDEX joint_case_party_person_idx ON joint_case_party (resident_id_hash)`);
    await db.query(`
      CREATE TABLE joint_case_record_link (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        joint_case_id uuid NOT NULL REFERENCES joint_case (id) ON DELETE CASCADE,
        department    text NOT NULL,
        record_type   text NOT NULL,
        record_id     text NOT NULL,
        linked_at     timestamptz NOT NULL DEFAULT now(),
        UNIQUE (joint_case_id, department, record_type, record_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE joint_case_record_link`);
    await db.query(`DROP TABLE joint_case_party`);
    await db.query(`DROP TABLE joint_case`);
    await db.query(`DROP SEQUENCE joint_case_number_seq`);
  }
}
