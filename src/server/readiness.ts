import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { Logger } from '../common/logger';
import type { DepartmentSources, DepartmentStatus } from '../connectors/department-sources';

export type PartStatus = 'UP' | 'DOWN' | 'TIMEOUT';

export interface Readiness {
  ok: boolean;
  body: {
    status: 'READY' | 'NOT_READY';
    hub: PartStatus;
    audit: PartStatus;
    departments: Record<string, DepartmentStatus>;
  };
}

/**
 * GET /ready, answered within `timeoutMs` whatever the databases do: READY only when the hub
 * database answers and the audit log could commit now (no lock on its tables stands in the
 * way, the role may still write it). Each body's status is reported, but a body that is down
 * does not make the hub unready: its data is answered SOURCE_UNAVAILABLE and the rest works.
 */
export async function probeReadiness(parts: {
  hubDb: DataSource;
  auditPool: Pool;
  sources: DepartmentSources;
  timeoutMs: number;
  log: Logger;
}): Promise<Readiness> {
  const { hubDb, auditPool, sources, timeoutMs, log } = parts;
  const [hub, audit, departments] = await Promise.all([
    within(
      hubDb.query('SELECT 1').then((): PartStatus => 'UP'),
      timeoutMs,
      log,
      'hub database',
    ),
    within(auditCanCommit(auditPool), timeoutMs, log, 'audit log'),
    Promise.race([
      sources.status(),
      delay(timeoutMs).then(() =>
        Object.fromEntries(sources.registry.codes.map((code): [string, DepartmentStatus] => [code, 'TIMEOUT'])),
      ),
    ]),
  ]);
  const ok = hub === 'UP' && audit === 'UP';
  return { ok, body: { status: ok ? 'READY' : 'NOT_READY', hub, audit, departments } };
}

/**
 * Whether an audit batch could commit now: in a transaction that is rolled back, the lock an
 * INSERT takes on the audit tables, without waiting. A lock held by someone else (a long
 * maintenance statement, a stuck session) or a missing privilege answers DOWN at once.
 */
async function auditCanCommit(pool: Pool): Promise<PartStatus> {
  const client = await pool.connect();
  let failure: unknown;
  try {
    await client.query('BEGIN');
    await client.query('LOCK TABLE audit_event, audit_chain IN ROW EXCLUSIVE MODE NOWAIT');
    await client.query('ROLLBACK');
    return 'UP';
  } catch (error) {
    failure = error;
    throw error;
  } finally {
    // A connection whose transaction failed is not given back to the pool.
    client.release(failure instanceof Error ? failure : undefined);
  }
}

async function within(probe: Promise<PartStatus>, timeoutMs: number, log: Logger, what: string): Promise<PartStatus> {
  probe.catch(() => undefined);
  const outcome = await Promise.race([
    probe.catch((error: unknown) => ({ error })),
    delay(timeoutMs).then(() => 'TIMEOUT' as const),
  ]);
  if (outcome === 'UP') return 'UP';
  if (outcome === 'TIMEOUT') {
    log.warn({ part: what, timeoutMs }, `readiness: ${what} did not answer in time`);
    return 'TIMEOUT';
  }
  log.warn({ part: what, err: (outcome as { error: unknown }).error }, `readiness: ${what} unavailable`);
  return 'DOWN';
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
