import type { ClientBase } from 'pg';
import { type AuditEventContent, auditEventHash, GENESIS_HASH } from './audit-hash';

export type AuditVerification =
  | { ok: true; chains: number; events: number }
  /** `position` is the seq of the first bad row in the chain (see `verifyAuditLog`). */
  | { ok: false; chainId: string; position: number; reason: string };

export interface AuditVerifyOptions {
  /** Rows read per statement; memory stays bounded by this, whatever the log's size. */
  pageSize?: number;
}

interface StoredRow {
  seq: string;
  occurred_at: string;
  request_id: string;
  kind: string;
  actor_user: string;
  actor_department: string;
  actor_role: string;
  purpose: string | null;
  joint_case_id: string | null;
  provider: string | null;
  record_type: string | null;
  record_id: string | null;
  subject_hashes: string;
  field_decisions: string | null;
  agreement_ids: string;
  detail: string | null;
  entries: string | null;
  prev_hash: string;
  hash: string;
}

// Everything is read as text and parsed here, so the result does not depend on the client's
// type parsers; the time keeps its microseconds, so sub-millisecond edits show. (Queries must
// order by e.seq: a bare `seq` would be the text alias.)
const ROW_COLUMNS = `seq::text AS seq,
  to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS occurred_at,
  request_id, kind, actor_user, actor_department, actor_role, purpose, joint_case_id::text AS joint_case_id,
  provider, record_type, record_id, array_to_json(subject_hashes)::text AS subject_hashes,
  field_decisions::text AS field_decisions, array_to_json(agreement_ids)::text AS agreement_ids,
  detail::text AS detail, entries::text AS entries, prev_hash, hash`;

/** The first chain, or the next one after $1, whether it has an anchor, rows, or both (two index probes). */
const nextChain = (after: string | null) => `
  SELECT least(
    (SELECT chain_id FROM audit_chain ${after ? 'WHERE chain_id > $1' : ''} ORDER BY chain_id LIMIT 1),
    (SELECT chain_id FROM audit_event ${after ? 'WHERE chain_id > $1' : ''} ORDER BY chain_id LIMIT 1)
  )::text AS chain_id`;

/**
 * Walks every chain (in chain_id order) row by row in seq order, a page at a time, and
 * names the first bad position:
 * - a row whose content or hash was altered → that row's seq;
 * - a missing row → the missing seq;
 * - rows swapped → the first seq whose prev_hash no longer links;
 * - a truncated tail → the seq after the last row present (the anchor still counts them);
 * - a row beyond the anchor's head (appended around the writer) → that row's seq.
 *
 * Each chain's anchor is read before its rows: rows and anchor are committed together,
 * so a log being written to while it is verified gives no false alarms, without holding
 * one long transaction open.
 */
export async function verifyAuditLog(
  client: ClientBase,
  onProgress?: (checked: number, total: number) => void,
  options: AuditVerifyOptions = {},
): Promise<AuditVerification> {
  const pageSize = options.pageSize ?? 5000;
  const [{ total }] = (
    await client.query<{ total: string }>('SELECT coalesce(sum(head_seq), 0)::text AS total FROM audit_chain')
  ).rows;
  const expectedTotal = Number(total);
  let checked = 0;
  let chains = 0;
  let chainId: string | null = null;
  onProgress?.(0, expectedTotal);

  for (;;) {
    chainId = (await client.query<{ chain_id: string | null }>(nextChain(chainId), chainId ? [chainId] : [])).rows[0]
      .chain_id;
    if (chainId === null) break;
    chains++;
    const head = await readAnchor(client, chainId);
    const headSeq = head?.seq ?? 0;

    let expected = 1;
    let prevHash = GENESIS_HASH;
    for (;;) {
      const { rows } = await client.query<StoredRow>(
        `SELECT ${ROW_COLUMNS} FROM audit_event e
          WHERE e.chain_id = $1 AND e.seq >= $2 AND e.seq <= $3 ORDER BY e.seq LIMIT $4`,
        [chainId, expected, headSeq, pageSize],
      );
      for (const row of rows) {
        const seq = Number(row.seq);
        if (seq !== expected) {
          return broken(chainId, expected, `row ${expected} is missing (the next row present is ${seq})`);
        }
        if (row.prev_hash !== prevHash) {
          return broken(
            chainId,
            seq,
            seq === 1
              ? 'row 1 does not start from the genesis hash'
              : `row ${seq} does not link to row ${seq - 1} (prev_hash differs)`,
          );
        }
        if (auditEventHash(row.prev_hash, contentOf(chainId, seq, row)) !== row.hash) {
          return broken(chainId, seq, `row ${seq} does not match its hash (content altered)`);
        }
        prevHash = row.hash;
        expected++;
        checked++;
      }
      onProgress?.(checked, Math.max(expectedTotal, checked));
      if (rows.length < pageSize) break;
    }

    const last = expected - 1;
    if (last < headSeq) {
      return broken(
        chainId,
        last + 1,
        `truncated: the anchor's head is row ${headSeq} but the last row present is ${last}`,
      );
    }
    if (head && head.hash !== prevHash) {
      return broken(chainId, last, `row ${last}'s hash differs from the anchor's head hash`);
    }
    const beyond = await client.query<{ seq: string }>(
      'SELECT e.seq::text AS seq FROM audit_event e WHERE e.chain_id = $1 AND e.seq > $2 ORDER BY e.seq LIMIT 1',
      [chainId, headSeq],
    );
    if (beyond.rows.length) {
      // Re-read: a batch committed since the first read moved the anchor along with its rows.
      const seq = Number(beyond.rows[0].seq);
      const now = await readAnchor(client, chainId);
      if (!now || now.seq < seq) {
        return broken(
          chainId,
          seq,
          now ? `row ${seq} is beyond the anchor's head ${now.seq}` : `row ${seq} belongs to a chain without an anchor`,
        );
      }
    }
  }
  return { ok: true, chains, events: checked };
}

function broken(chainId: string, position: number, reason: string): AuditVerification {
  return { ok: false, chainId, position, reason };
}

async function readAnchor(client: ClientBase, chainId: string): Promise<{ seq: number; hash: string } | null> {
  const { rows } = await client.query<{ head_seq: string; head_hash: string }>(
    'SELECT head_seq::text AS head_seq, head_hash FROM audit_chain WHERE chain_id = $1',
    [chainId],
  );
  return rows.length ? { seq: Number(rows[0].head_seq), hash: rows[0].head_hash } : null;
}

/**
 * The stored row in the writer's form; anything the writer could not have produced will not hash
 * the same. Both shapes: a row of one look (no entries, hashed as rows always were) and a row of
 * one request's looks at one body (its entries hashed with it).
 */
function contentOf(chainId: string, seq: number, row: StoredRow): AuditEventContent {
  // The writer stores milliseconds; microseconds other than 000 stay visible and break the hash.
  const micros = row.occurred_at.slice(20);
  const occurredAt = `${row.occurred_at.slice(0, 20)}${micros.endsWith('000') ? micros.slice(0, 3) : micros}Z`;
  const content: AuditEventContent = {
    chain_id: chainId,
    seq,
    occurred_at: occurredAt,
    request_id: row.request_id,
    kind: row.kind,
    actor_user: row.actor_user,
    actor_department: row.actor_department,
    actor_role: row.actor_role,
    purpose: row.purpose,
    joint_case_id: row.joint_case_id,
    provider: row.provider,
    record_type: row.record_type,
    record_id: row.record_id,
    subject_hashes: JSON.parse(row.subject_hashes) as string[],
    field_decisions: row.field_decisions === null ? null : (JSON.parse(row.field_decisions) as Record<string, unknown>),
    agreement_ids: JSON.parse(row.agreement_ids) as string[],
    detail: row.detail === null ? null : (JSON.parse(row.detail) as Record<string, unknown>),
  };
  if (row.entries !== null) content.entries = JSON.parse(row.entries) as AuditEventContent['entries'];
  return content;
}
