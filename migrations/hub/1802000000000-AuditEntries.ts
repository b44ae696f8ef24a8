import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One audit row per request and body (被查阅机关): a request's looks at one body's records are
 * the `entries` of a single row, each entry keeping what a row of its own kept before (the
 * record, its case, purpose, agreements, field decisions, subjects and the decision). The row is
 * hashed and chained whole, `entries` included, like any other row.
 *
 * Rows written before keep their shape (`entries` NULL, one look per row): the log is
 * append-only and hash-chained, so they are neither rewritten nor copied; the verifier reads
 * both shapes, and the `audit_entry` view shows every look, old and new, one row per entry.
 *
 * A grouped row's `subject_hashes` and `agreement_ids` hold every entry's (the writer unions
 * them), so the existing GIN index on `subject_hashes` finds the rows about a person for the
 * subject access report (个人查询报告) whichever shape they have; the report then keeps the
 * entries that name the person. The view exposes the row's array as `row_subject_hashes` for that.
 */
export class AuditEntries1802000000000 implements MigrationInterface {
  name = 'AuditEntries1802000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE audit_event ADD COLUMN entries jsonb
        CONSTRAINT audit_event_entries_check
        CHECK (entries IS NULL OR CASE WHEN jsonb_typeof(entries) = 'array' THEN jsonb_array_length(entries) > 0 ELSE false END)`);
    await db.query(`
      CREATE VIEW audit_entry AS
        SELECT e.chain_id, e.seq, 1::bigint AS entry_no, e.occurred_at, e.request_id, e.kind,
               e.actor_user, e.actor_department, e.actor_role, e.purpose, e.joint_case_id, e.provider,
               e.record_type, e.record_id, e.subject_hashes, e.field_decisions, e.agreement_ids, e.detail,
               e.subject_hashes AS row_subject_hashes
          FROM audit_event e
         WHERE e.entries IS NULL
        UNION ALL
        SELECT e.chain_id, e.seq, x.n, e.occurred_at, e.request_id, e.kind,
               e.actor_user, e.actor_department, e.actor_role,
               coalesce(x.entry ->> 'purpose', e.purpose),
               coalesce((x.entry ->> 'joint_case_id')::uuid, e.joint_case_id),
               e.provider,
               x.entry ->> 'record_type',
               x.entry ->> 'record_id',
               ARRAY(SELECT jsonb_array_elements_text(x.entry -> 'subject_hashes')),
               x.entry -> 'field_decisions',
               ARRAY(SELECT jsonb_array_elements_text(x.entry -> 'agreement_ids'))::uuid[],
               x.entry -> 'detail',
               e.subject_hashes
          FROM audit_event e
               CROSS JOIN LATERAL jsonb_array_elements(e.entries) WITH ORDINALITY AS x(entry, n)
         WHERE e.entries IS NOT NULL`);
    await db.query(`COMMENT ON VIEW audit_entry IS
      'Every look recorded in audit_event, one row per entry: a row of the old shape as it is, a row with entries once per entry (entry_no from 1).'`);
  }

  async down(db: QueryRunner): Promise<void> {
    // Dropping the column would destroy the looks recorded in it.
    const [{ grouped }] = (await db.query(
      `SELECT exists(SELECT 1 FROM audit_event WHERE entries IS NOT NULL) AS grouped`,
    )) as Array<{ grouped: boolean }>;
    if (grouped) throw new Error('audit_event holds rows with entries; they cannot be removed');
    await db.query(`DROP VIEW audit_entry`);
    await db.query(`ALTER TABLE audit_event DROP COLUMN entries`);
  }
}
