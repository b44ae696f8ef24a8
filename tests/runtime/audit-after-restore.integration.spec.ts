import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Pool } from 'pg';
import { type AuditRecord, AuditKind } from '../../src/audit/audit-record';
import { verifyAuditLog } from '../../src/audit/audit-verifier';
import { AuditWriter } from '../../src/audit/audit-writer';
import { quoteIdent, withClient } from '../../src/runtime/provisioning';
import { adminUrl, testCluster } from '../support/test-cluster';
import { createTestDatabases, type TestDatabases } from '../support/test-hub';

/** The README's own statements (section "Backup and restore of the hub database"), run as written. */
const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
const SAVE_HEADS = /psql "\$HUB_DATABASE_URL" -AtF, -c "([^"]+)"/.exec(readme)![1];
const COMPARE = /(SELECT s\.chain_id[\s\S]+?;)\n/.exec(readme)![1];
const SAVED_TABLE = /(CREATE TEMP TABLE saved \([^)]+\));/.exec(readme)![1];

interface Head {
  chain_id: string;
  head_seq: string;
  head_hash: string;
}

function record(n: number): AuditRecord {
  return {
    requestId: `restore-${n}`,
    kind: AuditKind.RECORD_READ,
    actor: { user: 'mediator', department: 'COURT', role: 'MEDIATOR' },
    purpose: 'JOINT_MEDIATION',
    jointCaseId: randomUUID(),
    provider: 'POLICE',
    recordType: 'INCIDENT',
    recordId: String(n),
    subjectHashes: [],
    fieldDecisions: null,
    agreementIds: [],
    detail: { decision: 'GRANTED' },
  };
}

/**
 * A backup taken while a replica writes, more records after it, the database lost and the
 * backup restored: the restored log verifies on its own, and the chain heads saved outside the
 * database (as the README says) tell what was lost, or that the history differs.
 */
describe('the audit log after a restore', () => {
  const cluster = testCluster();
  const backup = `t${randomBytes(5).toString('hex')}_hub_backup`;
  let dbs: TestDatabases;
  const pools: Pool[] = [];

  /** The runtime role's pool; idle connections close at once so the database can be copied. */
  function runtimePool(): Pool {
    const pool = new Pool({ connectionString: dbs.targets.hubUrl, max: 2, idleTimeoutMillis: 1 });
    pools.push(pool);
    return pool;
  }

  beforeAll(async () => {
    dbs = await createTestDatabases([]);
  });
  afterAll(async () => {
    await Promise.all(pools.map((pool) => pool.end()));
    await withClient(adminUrl(cluster, 'postgres'), (client) =>
      client.query(`DROP DATABASE IF EXISTS ${quoteIdent(backup)} WITH (FORCE)`),
    );
    await dbs.drop();
  });

  async function compare(url: string, saved: Head[]): Promise<Array<{ chain_id: string; finding: string }>> {
    return withClient(url, async (client) => {
      await client.query(SAVED_TABLE);
      for (const head of saved)
        await client.query('INSERT INTO saved VALUES ($1, $2, $3)', [head.chain_id, head.head_seq, head.head_hash]);
      return (await client.query<{ chain_id: string; finding: string }>(COMPARE)).rows.map(({ chain_id, finding }) => ({
        chain_id,
        finding,
      }));
    });
  }

  it('verifies the restored log, and the saved heads count what was lost and catch an altered one', async () => {
    const earlyPool = runtimePool();
    const early = new AuditWriter({ pool: earlyPool });
    await Promise.all([1, 2, 3, 4, 5].map((n) => early.append([record(n)])));

    // The backup: a consistent copy of the hub database at this moment.
    while (earlyPool.totalCount > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const hubDatabase = new URL(dbs.adminUrls.hub).pathname.slice(1);
    await withClient(adminUrl(cluster, 'postgres'), (client) =>
      client.query(`CREATE DATABASE ${quoteIdent(backup)} TEMPLATE ${quoteIdent(hubDatabase)}`),
    );

    // After it: three more records on the same chain, and a replica started later writes four.
    await Promise.all([6, 7, 8].map((n) => early.append([record(n)])));
    const late = new AuditWriter({ pool: runtimePool() });
    await Promise.all([9, 10, 11, 12].map((n) => late.append([record(n)])));
    await Promise.all([early.close(), late.close()]);
    const saved = await withClient(dbs.targets.hubUrl, async (client) => (await client.query<Head>(SAVE_HEADS)).rows);
    expect(saved.map((h) => [h.chain_id, Number(h.head_seq)]).sort()).toEqual(
      [
        [early.chainId, 8],
        [late.chainId, 4],
      ].sort(),
    );

    // The hub database is lost; the backup is restored.
    const restored = adminUrl(cluster, backup);
    await expect(withClient(restored, (client) => verifyAuditLog(client))).resolves.toEqual({
      ok: true,
      chains: 1,
      events: 5,
    });
    expect(await compare(restored, saved)).toEqual(
      [
        { chain_id: early.chainId, finding: '3 records lost since the backup' },
        { chain_id: late.chainId, finding: 'chain lost entirely (4 records)' },
      ].sort((x, y) => x.chain_id.localeCompare(y.chain_id)),
    );
    // The live database, had it survived, is the same history as its own heads.
    expect((await compare(dbs.adminUrls.hub, saved)).map((r) => r.finding)).toEqual(['same history', 'same history']);

    // Heads saved from the restored log, then one of its records altered by someone who could
    // disable the trigger: both the verification and the comparison say so.
    const restoredHeads = await withClient(restored, async (client) => (await client.query<Head>(SAVE_HEADS)).rows);
    await withClient(restored, async (client) => {
      await client.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only');
      await client.query(`UPDATE audit_event SET hash = repeat('b', 64) WHERE chain_id = $1 AND seq = 5`, [
        early.chainId,
      ]);
    });
    expect(await compare(restored, restoredHeads)).toEqual([{ chain_id: early.chainId, finding: 'DIFFERENT HISTORY' }]);
    await expect(withClient(restored, (client) => verifyAuditLog(client))).resolves.toMatchObject({
      ok: false,
      chainId: early.chainId,
      position: 5,
    });
  });
});
