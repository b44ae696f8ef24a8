import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One audit row per request (its looks at every body's records), each entry naming the body
 * whose record it looked at (`provider` inside the entry; the row's own `provider` is NULL).
 * A row costs Postgres and the writer far more than an entry does (its index entries, its hash,
 * its tuple), and a request that asks about a person across bodies looks at up to nine of them.
 *
 * Rows written before keep their shapes (a look per row; a request's looks at one body per row):
 * the log is append-only and hash-chained, so nothing is rewritten. `audit_entry` shows every
 * look of all three shapes, one row per entry, and gains `row_providers`: the bodies a row's
 * entries looked at. A body's audit trail (审计记录) finds its looks through it: rows of the
 * older shapes by the btree on `provider`, rows of this shape by the GIN index below, on the
 * same expression the view uses for them.
 */
export class AuditRowPerRequest1806000000000 implements MigrationInterface {
  name = 'AuditRowPerRequest1806000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX audit_event_entry_providers_idx ON audit_event
        USING gin (jsonb_path_query_array(entries, '$[*].provider'))
        WHERE entries IS NOT NULL AND provider IS NULL`);
    // CREATE OR REPLACE keeps the view's grants; the new column comes last.
    await db.query(`
      CREATE OR REPLACE VIEW audit_entry AS
        SELECT e.chain_id, e.seq, 1::bigint AS entry_no, e.occurred_at, e.request_id, e.kind,
               e.actor_user, e.actor_department, e.actor_role, e.purpose, e.joint_case_id, e.provider,
               e.record_type, e.record_id, e.subject_hashes, e.field_decisions, e.agreement_ids, e.detail,
               e.subject_hashes AS row_subject_hashes,
               CASE WHEN e.provider IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(e.provider) END AS row_providers
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
               e.subject_hashes,
               jsonb_build_array(e.provider)
          FROM audit_event e
               CROSS JOIN LATERAL jsonb_array_elements(e.entries) WITH ORDINALITY AS x(entry, n)
         WHERE e.entries IS NOT NULL AND e.provider IS NOT NULL
        UNION ALL
        SELECT e.chain_id, e.seq, x.n, e.occurred_at, e.request_id, e.kind,
               e.actor_user, e.actor_department, e.actor_role,
               coalesce(x.entry ->> 'purpose', e.purpose),
               coalesce((x.entry ->> 'joint_case_id')::uuid, e.joint_case_id),
               x.entry ->> 'provider',
               x.entry ->> 'record_type',
               x.entry ->> 'record_id',
               ARRAY(SELECT jsonb_array_elements_text(x.entry -> 'subject_hashes')),
               x.entry -> 'field_decisions',
               ARRAY(SELECT jsonb_array_elements_text(x.entry -> 'agreement_ids'))::uuid[],
               x.entry -> 'detail',
               e.subject_hashes,
               jsonb_path_query_array(e.entries, '$[*].provider')
          FROM audit_event e
               CROSS JOIN LATERAL jsonb_array_elements(e.entries) WITH ORDINALITY AS x(entry, n)
         WHERE e.entries IS NOT NULL AND e.provider IS NULL`);
    await db.query(`COMMENT ON VIEW audit_entry IS
      'Every look recorded in audit_event, one row per entry (entry_no from 1), whichever shape its row has: a look per row, a request''s looks at one body per row, or a request''s looks per row with each entry naming its body. row_providers: the bodies the row''s entries looked at.'`);
  }

  async down(db: QueryRunner): Promise<void> {
    // The older view cannot show the looks of rows of this shape under their bodies.
    const [{ grouped }] = (await db.query(
      `SELECT exists(SELECT 1 FROM audit_event WHERE entries IS NOT NULL AND provider IS NULL) AS grouped`,
    )) as Array<{ grouped: boolean }>;
    if (grouped)
      throw new Error('audit_event holds rows whose entries name their bodies; the older view would hide them');
    await db.query(`DROP VIEW audit_entry`);
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
    await db.query(`DROP INDEX audit_event_entry_providers_idx`);
  }
}
