import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The work list's search (案件列表检索) over case numbers and parties' names, kept fast at a
 * million cases by GIN indexes on each text's character bigrams.
 *
 * Bigrams rather than pg_trgm: names are mostly two or three Chinese characters, too short for
 * trigrams, and pg_trgm extracts no trigrams at all from Chinese text in a database whose
 * LC_CTYPE is C (the embedded default and common on servers). Bigrams of the lower-cased text
 * need no extension and no locale. The index finds the rows holding every bigram of the search;
 * an ILIKE on the text itself then keeps the exact substring matches.
 */
export class CaseListSearch1799000000000 implements MigrationInterface {
  name = 'CaseListSearch1799000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION search_bigrams(t text) RETURNS text[]
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$
        SELECT COALESCE(array_agg(DISTINCT substr(lower(t), i, 2)), '{}')
          FROM generate_series(1, char_length(t) - 1) AS i
      $$`);
    await db.query(`CREATE INDEX joint_case_number_search_idx ON joint_case USING gin (search_bigrams(case_number))`);
    await db.query(
      `CREATE INDEX joint_case_party_name_search_idx ON joint_case_party USING gin (search_bigrams(name))`,
    );
    // The work list's other sort keys (intake date has joint_case_created_idx).
    await db.query(`CREATE INDEX joint_case_number_idx ON joint_case (case_number, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX joint_case_number_idx');
    await db.query('DROP INDEX joint_case_party_name_search_idx');
    await db.query('DROP INDEX joint_case_number_search_idx');
    await db.query('DROP FUNCTION search_bigrams(text)');
  }
}
