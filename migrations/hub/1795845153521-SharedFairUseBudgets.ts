import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fair-use budgets kept in the hub database, so every replica behind a load balancer spends
 * from the same buckets (src/graphql/fair-use.ts).
 *
 * A bucket row holds its level at `updated_at`; it refills at `per_minute` a minute up to
 * `per_minute`. `fair_use_take` refills the buckets it is given, and takes `cost` from all of
 * them only if every one can pay: one statement, under the rows' locks, so two replicas
 * charging the same user at once never both spend the last of a budget. Time is the
 * database's clock, the one clock every replica shares.
 *
 * The table is UNLOGGED: a charge is a write on every request, and waiting for it to reach the
 * disk cost more than the request's own work. After a crash of the database (or on a
 * standby after failover) the buckets start full again, which a budget can afford.
 */
export class SharedFairUseBudgets1795845153521 implements MigrationInterface {
  name = 'SharedFairUseBudgets1795845153521';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE UNLOGGED TABLE fair_use_bucket (
        key        text PRIMARY KEY,
        level      double precision NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    // Returns, per bucket (in the order given), the milliseconds until it could pay; all zero
    // means the cost was taken. A refused charge takes nothing.
    await db.query(`
      CREATE FUNCTION fair_use_take(p_keys text[], p_per_minute double precision[], p_cost double precision)
        RETURNS double precision[] LANGUAGE plpgsql AS $$
      DECLARE
        now_at  timestamptz := clock_timestamp();
        v_level double precision;
        waits   double precision[] := array_fill(0::double precision, ARRAY[cardinality(p_keys)]);
        needed  double precision;
        refused boolean := false;
        i       int;
      BEGIN
        -- Rows are locked in key order, so charges naming the same buckets never deadlock.
        FOR i IN SELECT k.ord FROM unnest(p_keys) WITH ORDINALITY AS k(key, ord) ORDER BY k.key LOOP
          INSERT INTO fair_use_bucket AS b (key, level, updated_at)
               VALUES (p_keys[i], p_per_minute[i], now_at)
          ON CONFLICT (key) DO UPDATE
             SET level = least(p_per_minute[i],
                               b.level + greatest(0, extract(epoch FROM now_at - b.updated_at)) * p_per_minute[i] / 60),
                 updated_at = greatest(b.updated_at, now_at)
          RETURNING b.level INTO v_level;
          -- A cost above a whole budget waits for a full bucket rather than forever.
          needed := least(p_cost, p_per_minute[i]);
          IF v_level < needed THEN
            waits[i] := (needed - v_level) * 60000 / p_per_minute[i];
            refused := true;
          END IF;
        END LOOP;
        IF NOT refused THEN
          UPDATE fair_use_bucket AS b SET level = b.level - p_cost
            FROM unnest(p_keys) AS k(key) WHERE b.key = k.key;
        END IF;
        RETURN waits;
      END
      $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION fair_use_take(text[], double precision[], double precision)`);
    await db.query(`DROP TABLE fair_use_bucket`);
  }
}
