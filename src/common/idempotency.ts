import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { ErrorCode } from './error-code';
import { HubError } from './hub-error';

/** The Idempotency-Key header: 1 to 128 characters a client generates (a UUID is typical). */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{1,128}$/;

/** JSON with object keys sorted at every level, so the same input always gives the same text. */
function canonicalJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * A creating write that is safe to retry. With a key, the first request's result (its id) is
 * kept with the key in the write's own transaction: a retry with the same key and input gets
 * that result and creates nothing; the same key with another operation or input is refused
 * (IDEMPOTENCY_KEY_REUSED). A retry that arrives while the first is still running waits for it
 * (the key's row is locked until the first commits or rolls back). Keys are per user.
 */
export async function idempotentCreate<T>(
  manager: EntityManager,
  request: { actor: Actor; idempotencyKey: string | null },
  operation: string,
  input: unknown,
  create: () => Promise<string>,
  load: (id: string) => Promise<T>,
): Promise<T> {
  const { actor, idempotencyKey: key } = request;
  if (!key) return load(await create());
  const fingerprint = createHash('sha256').update(canonicalJson(input)).digest('hex');
  const claimed: unknown[] = await manager.query(
    `INSERT INTO idempotent_write (actor_department, actor_user, idempotency_key, operation, fingerprint) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT DO NOTHING RETURNING 1`,
    [actor.department, actor.user, key, operation, fingerprint],
  );
  if (claimed.length === 0) {
    const [first]: Array<{ operation: string; fingerprint: string; result_id: string | null }> = await manager.query(
      `SELECT operation, fingerprint, result_id FROM idempotent_write WHERE actor_department = $1 AND actor_user = $2 AND idempotency_key = $3`,
      [actor.department, actor.user, key],
    );
    if (!first || first.operation !== operation || first.fingerprint !== fingerprint || first.result_id === null) {
      throw new HubError(
        ErrorCode.IDEMPOTENCY_KEY_REUSED,
        'This Idempotency-Key was used for another request; use a new key for a new request',
      );
    }
    return load(first.result_id);
  }
  const id = await create();
  await manager.query(
    `UPDATE idempotent_write SET result_id = $4 WHERE actor_department = $1 AND actor_user = $2 AND idempotency_key = $3`,
    [actor.department, actor.user, key, id],
  );
  return load(id);
}
