import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The hash-chained, append-only audit log (architecture principle 4). Each writer process
 * appends to its own chain; `audit_chain` anchors every chain's head so that a truncated
 * tail is as detectable as an altered or missing row.
 *
 * The triggers refuse changes even to the table owner and superusers; only
 * `ALTER TABLE … DISABLE TRIGGER` (itself an owner-only act) gets around them, and the
 * hash chain then reveals whatever was changed. The hub's own role additionally lacks the
 * privileges (granted in provisioning).
 */
export class AuditLog1764000001000 implements MigrationInterface {
  name = 'AuditLog1764000001000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE audit_chain (
        chain_id   uuid PRIMARY KEY,
        started_at timestamptz NOT NULL DEFAULT now(),
        head_seq   bigint NOT NULL CHECK (head_seq >= 0),
        head_hash  text NOT NULL CHECK (head_hash ~ '^[0-9a-f]{64}$')
      )`);
    await db.query(`
      CREATE TABLE audit_event (
        chain_id         uuid NOT NULL REFERENCES audit_chain (chain_id),
        seq              bigint NOT NULL CHECK (seq >= 1),
        occurred_at      timestamptz NOT NULL,
        request_id       text NOT NULL,
        kind             text NOT NULL CHECK (kind ~ '^[A-Z][A-Z0-9_]*$'),
        actor_user       text NOT NULL,
        actor_department text NOT NULL,
        actor_role       text NOT NULL,
        purpose          text,
        joint_case_id    uuid,
        provider         text,
        record_type      text,
        record_id        text,
        subject_hashes   text[] NOT NULL DEFAULT '{}',
        field_decisions  jsonb CHECK (jsonb_typeof(field_decisions) = 'object'),
        agreement_ids    uuid[] NOT NULL DEFAULT '{}',
        detail           jsonb CHECK (jsonb_typeof(detail) = 'object'),
        prev_hash        text NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
        hash             text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
        PRIMARY KEY (chain_id, seq)
      )`);
    // For the reports: "who read this body's records", "what did this body read", "who read about this person".
    await db.query(`CREATE INDEX audit_event_provider_idx ON audit_event (provider, occurred_at)`);
    await db.query(`CREATE INDEX audit_event_actor_department_idx ON audit_event (actor_department, occurred_at)`);
    await db.query(`CREATE INDEX audit_event_subject_idx ON audit_event USING gin (subject_hashes)`);

    await db.query(`
      CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP
          USING HINT = 'Audit records are never changed or removed.';
      END
      $$`);
    await db.query(`
      CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change()`);
    await db.query(`
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
        FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change()`);

    // An anchor may only move forward: moving it back or removing it would hide a truncated tail.
    await db.query(`
      CREATE FUNCTION audit_chain_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.chain_id = OLD.chain_id AND NEW.started_at = OLD.started_at
           AND NEW.head_seq > OLD.head_seq THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_chain anchors only move forward: % refused', TG_OP;
      END
      $$`);
    await db.query(`
      CREATE TRIGGER audit_chain_forward_only BEFORE UPDATE OR DELETE ON audit_chain
        FOR EACH ROW EXECUTE FUNCTION audit_chain_forward_only()`);
    await db.query(`
      CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
        FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_forward_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_event`);
    await db.query(`DROP TABLE audit_chain`);
    await db.query(`DROP FUNCTION audit_chain_forward_only()`);
    await db.query(`DROP FUNCTION audit_event_refuse_change()`);
  }
}
