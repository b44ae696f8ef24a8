import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** The part of pg's pool a named statement needs (TypeORM's postgres driver keeps one as `master`). */
interface NamedStatementPool {
  query<Row>(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: Row[] }>;
}

/**
 * The session setting (pg's `options`) of the sessions that run only reads the hub writes itself,
 * as named statements — the hub's named reads and the bodies' reads (past their bound of names,
 * the same shapes unnamed): each statement is planned once per session. Left to
 * Postgres, a statement whose parameters are an array of ids, a page's LIMIT or a list of ID
 * numbers is planned again at every execution (its generic plan is estimated dearer than a plan
 * for the values at hand), and planning costs more than running it (docs/benchmarks.md).
 */
export const PLAN_ONCE = '-c plan_cache_mode=force_generic_plan';

/** A serving hub's data source (HubDataSource, src/runtime/hub-data-source.ts): sessions of its own for named reads. */
interface WithNamedReads {
  namedReads: NamedStatementPool | null;
}

/** Statement texts are few (one per read shape); past this many, reads go unnamed rather than fill each connection. */
const MAX_NAMED_STATEMENTS = 256;
const names = new Map<string, string>();

function statementName(text: string): string | null {
  let name = names.get(text);
  if (name === undefined) {
    if (names.size >= MAX_NAMED_STATEMENTS) return null;
    name = `hub_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * A read of the hub's own database as a named prepared statement (pg's `{ name, text, values }`):
 * each session parses and plans it once and then only binds the values, which is most of a
 * hot read's Postgres CPU. The name is derived from the text, so two texts never share one.
 * Counted like every other hub statement (the DataSource's logger); run on the serving hub's
 * named-read sessions, which keep the generic plan (HubDataSource), else on the DataSource's pool.
 */
export async function hubRead<Row>(hub: DataSource, text: string, values: unknown[]): Promise<Row[]> {
  const name = statementName(text);
  if (name === null) return hub.query<Row[]>(text, values);
  hub.logger.logQuery(text, values);
  const pool =
    (hub as Partial<WithNamedReads>).namedReads ?? (hub.driver as unknown as { master: NamedStatementPool }).master;
  const { rows } = await pool.query<Row>({ name, text, values });
  return rows;
}
