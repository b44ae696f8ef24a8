import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fair-use budget leases (src/graphql/fair-use.ts, BudgetLeases): a replica takes a slice of a
 * bucket's budget in one statement and spends it request by request in its own memory, instead of
 * one statement per request.
 *
 * `fair_use_lease` first gives back to each bucket what the replica returns of its expired leases
 * (`p_back`, never above the bucket's cap: a slice held past a refill to full is not kept twice),
 * refills it, and checks that every bucket can pay what the replica lacks for the request in hand
 * (`p_need`). If one cannot, nothing is taken and the waits say how long until each could (as
 * `fair_use_take`). If all can, each gives a slice: at least the need, otherwise the smaller of
 * `p_slice` and the share `p_of_level` of what the bucket holds, so slices shrink as a budget runs
 * out and little of it is held back on other replicas when someone is about to be refused. Rows
 * are locked in key order, as in `fair_use_take`; time is the database's clock.
 *
 * A call with no need and no slice only gives back (a replica returning its idle leases).
 */
export class FairUseLeases1803000000000 implements MigrationInterface {
  name = 'FairUseLeases1803000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION fair_use_lease(
        p_keys text[], p_per_minute double precision[], p_back double precision[], p_need double precision[],
        p_slice double precision[], p_of_level double precision,
        OUT waits double precision[], OUT grants double precision[])
      LANGUAGE plpgsql AS $$
      DECLARE
        now_at  timestamptz := clock_timestamp();
        n       int := cardinality(p_keys);
        levels  double precision[] := array_fill(0::double precision, ARRAY[n]);
        v_level double precision;
        needed  double precision;
        refused boolean := false;
        i       int;
      BEGIN
        waits := array_fill(0::double precision, ARRAY[n]);
        grants := array_fill(0::double precision, ARRAY[n]);
        FOR i IN SELECT k.ord FROM unnest(p_keys) WITH ORDINALITY AS k(key, ord) ORDER BY k.key LOOP
          INSERT INTO fair_use_bucket AS b (key, level, updated_at)
               VALUES (p_keys[i], p_per_minute[i], now_at)
          ON CONFLICT (key) DO UPDATE
             SET level = least(p_per_minute[i],
                               b.level + p_back[i]
                                 + greatest(0, extract(epoch FROM now_at - b.updated_at)) * p_per_minute[i] / 60),
                 updated_at = greatest(b.updated_at, now_at)
          RETURNING b.level INTO v_level;
          levels[i] := v_level;
          -- A need above a whole budget waits for a full bucket rather than forever.
          needed := least(p_need[i], p_per_minute[i]);
          IF v_level < needed THEN
            waits[i] := (needed - v_level) * 60000 / p_per_minute[i];
            refused := true;
          END IF;
        END LOOP;
        IF refused THEN
          RETURN;
        END IF;
        FOR i IN 1..n LOOP
          grants[i] := greatest(p_need[i], least(p_slice[i], levels[i] * p_of_level));
          IF grants[i] > 0 THEN
            UPDATE fair_use_bucket SET level = level - grants[i] WHERE key = p_keys[i];
          END IF;
        END LOOP;
      END
      $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `DROP FUNCTION fair_use_lease(text[], double precision[], double precision[], double precision[], double precision[], double precision)`,
    );
  }
}
