import { createHash } from 'node:crypto';

/** The `prev_hash` of a chain's first row. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The hashed content of one `audit_event` row, keyed by column name. Everything but the two
 * hashes is covered, including the chain and the position, so a row cannot be moved.
 */
export interface AuditEventContent {
  chain_id: string;
  seq: number;
  /** `Date.toISOString()` form: UTC, milliseconds, `Z`. */
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
  subject_hashes: string[];
  field_decisions: Record<string, unknown> | null;
  agreement_ids: string[];
  detail: Record<string, unknown> | null;
}

/** JSON with object keys sorted at every depth, so jsonb's own key order does not matter. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.keys(value)
    .sort()
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}

/** sha256 hex of `prev_hash + '\n' + canonical JSON of the content`. */
export function auditEventHash(prevHash: string, content: AuditEventContent): string {
  return createHash('sha256').update(`${prevHash}\n${canonicalJson(content)}`).digest('hex');
}
