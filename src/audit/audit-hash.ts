import { hash } from 'node:crypto';

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
  /**
   * A row of one request's looks at one body: its entries. Absent (not null) in a row of one
   * look, so rows written before entries existed hash as they always did.
   */
  entries?: AuditEntryContent[];
}

/**
 * One entry of a row's `entries`, keyed like the columns it stands for; a key is present only
 * when it has a value (no nulls, no empty arrays), so the stored jsonb gives back the same object.
 */
export interface AuditEntryContent {
  /** The body whose record the entry looked at, in a row that names none (one request's looks at every body). */
  provider?: string;
  purpose?: string;
  joint_case_id?: string;
  record_type?: string;
  record_id?: string;
  subject_hashes?: string[];
  field_decisions?: Record<string, unknown>;
  agreement_ids?: string[];
  detail?: Record<string, unknown>;
}

/** JSON with object keys sorted at every depth, so jsonb's own key order does not matter. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    // Like `join`: an item with no JSON form (undefined, a function) leaves its slot empty.
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      const item = canonicalJson(value[i]) as string | undefined;
      if (item !== undefined) out += item;
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    if (out.length > 1) out += ',';
    out += `${quotedKey(key)}:${canonicalJson(item)}`;
  }
  return `${out}}`;
}

/**
 * Object keys come from a small vocabulary (field paths, detail names) and quoting them is a
 * good part of the cost, so their JSON forms are kept; bounded, should a caller use keys as data.
 */
const QUOTED_KEYS = new Map<string, string>();
const MAX_QUOTED_KEYS = 2048;

function quotedKey(key: string): string {
  let quoted = QUOTED_KEYS.get(key);
  if (quoted === undefined) {
    quoted = JSON.stringify(key);
    if (QUOTED_KEYS.size < MAX_QUOTED_KEYS) QUOTED_KEYS.set(key, quoted);
  }
  return quoted;
}

const COLUMNS: readonly (keyof AuditEventContent)[] = [
  'chain_id',
  'seq',
  'occurred_at',
  'request_id',
  'kind',
  'actor_user',
  'actor_department',
  'actor_role',
  'purpose',
  'joint_case_id',
  'provider',
  'record_type',
  'record_id',
  'subject_hashes',
  'field_decisions',
  'agreement_ids',
  'detail',
];
const COLUMN_SET: ReadonlySet<string> = new Set(COLUMNS);
/** The columns in canonicalJson's key order, each with the text that precedes its value. */
const sortedColumns = (columns: readonly string[]) =>
  [...columns].sort().map((column, i) => ({ column, prefix: `${i === 0 ? '{' : ','}${JSON.stringify(column)}:` }));
const SORTED_COLUMNS = sortedColumns(COLUMNS);
/** The same for a row with entries. */
const SORTED_COLUMNS_WITH_ENTRIES = sortedColumns([...COLUMNS, 'entries']);

/**
 * `canonicalJson(content)`. A content of exactly the known columns (with or without entries),
 * none undefined, is written in the precomputed column order instead of listing and sorting its
 * keys each time; anything else takes the general path, so the text is the same for every input.
 */
export function canonicalContentJson(content: AuditEventContent): string {
  const keys = Object.keys(content);
  const withEntries = keys.length === COLUMNS.length + 1 && keys.includes('entries');
  if (
    (keys.length !== COLUMNS.length && !withEntries) ||
    !keys.every((key) => COLUMN_SET.has(key) || (withEntries && key === 'entries'))
  )
    return canonicalJson(content);
  const record = content as unknown as Record<string, unknown>;
  let out = '';
  for (const { column, prefix } of withEntries ? SORTED_COLUMNS_WITH_ENTRIES : SORTED_COLUMNS) {
    const value = record[column];
    if (value === undefined) return canonicalJson(content);
    out += prefix + canonicalJson(value);
  }
  return `${out}}`;
}

/** sha256 hex of `prev_hash + '\n' + canonical JSON of the content`. */
export function auditEventHash(prevHash: string, content: AuditEventContent): string {
  return sha256Hex(`${prevHash}\n${canonicalContentJson(content)}`);
}

/**
 * `auditEventHash`, and the canonical JSON it hashed, for a caller that sends that JSON on: it is
 * cut from the hashed text, which hashing has already laid out flat, so it is not copied again.
 */
export function hashAuditEvent(prevHash: string, content: AuditEventContent): { hash: string; contentJson: string } {
  const hashed = `${prevHash}\n${canonicalContentJson(content)}`;
  return { hash: sha256Hex(hashed), contentJson: hashed.slice(prevHash.length + 1) };
}

/** Strings are hashed as UTF-8. */
function sha256Hex(text: string): string {
  return hash('sha256', text, 'hex');
}
