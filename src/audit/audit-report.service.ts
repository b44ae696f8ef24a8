import type { DataSource } from 'typeorm';
import { GOVERNANCE_CENTRE, Role } from '../auth/actor';
import { ErrorCode } from '../common/error-code';
import { HubError } from '../common/hub-error';
import type { Connection } from '../common/relay';
import { checkPageSize } from '../common/relay';
import { keysetCursor } from '../common/keyset-cursor';
import type { RequestContext } from '../graphql/request-context';
import type { Purpose } from '../agreements/agreement.enums';
import type { AuditEntry, AuditTrailArgs, SubjectAccessReport } from './audit-report.type';
import type { DepartmentRegistry } from '../connectors/department-registry';
import type { PersonService } from '../persons/person.service';
import type { ResidentIdHasher } from '../persons/resident-id-hash';

interface AuditRow {
  occurred_at: Date;
  chain_id: string;
  seq: string;
  entry_no: string;
  request_id: string;
  actor_user: string;
  actor_department: string;
  actor_role: Role;
  purpose: Purpose | null;
  joint_case_id: string | null;
  provider: string | null;
  record_type: string | null;
  record_id: string | null;
  field_decisions: Record<string, string> | null;
  agreement_ids: string[];
  detail: { decision?: string; reason?: string; recordTypes?: string[] } | null;
}

/** The kinds an audit row covers: a denial before any read names them in its detail. */
function kindsOf(row: Pick<AuditRow, 'record_type' | 'detail'>): string[] {
  return row.detail?.recordTypes ?? (row.record_type ? [row.record_type] : []);
}

const MAX_PERIOD_DAYS = 366;

/**
 * The looks at records naming one person ($1, the keyed hash), oldest first, leaving out looks at
 * a record under an open investigation hold. The row's subject hashes (every entry's) find the
 * rows through the GIN index on audit_event.subject_hashes; the entry's own then keep the looks
 * that name the person; each kept look probes investigation_hold's index of open holds.
 */
export const SUBJECT_ACCESS_SQL = `
  SELECT e.occurred_at, e.actor_department, e.provider, e.record_type, e.purpose, c.case_number, e.detail
    FROM audit_entry e
    LEFT JOIN joint_case c ON c.id = e.joint_case_id
   WHERE e.kind = 'RECORD_READ' AND e.row_subject_hashes @> ARRAY[$1]::text[] AND e.subject_hashes @> ARRAY[$1]::text[]
     AND NOT EXISTS (SELECT 1 FROM investigation_hold h
                      WHERE h.lifted_at IS NULL AND h.department = e.provider AND h.record_type = e.record_type AND h.record_id = e.record_id)
   ORDER BY e.occurred_at, e.chain_id, e.seq, e.entry_no`;

/**
 * `audit_entry`'s looks at one body's records (`param`, the body's code): the rows holding them
 * first, by the index for each row shape (the btree on provider, the GIN on the bodies a
 * request's entries name), then the entries in those rows that are the body's.
 */
export const lookedAtBody = (param: string) => `row_providers ? ${param}::text AND provider = ${param}`;

/** Newest first: the position after an entry is its instant, chain, place in the chain and place in its row. */
const auditCursor = keysetCursor(
  (value: unknown): value is [string, string, string, string] =>
    Array.isArray(value) && value.length === 4 && value.every((v) => typeof v === 'string'),
);
const cursorOf = (row: AuditRow) =>
  auditCursor.encode([row.occurred_at.toISOString(), row.chain_id, row.seq, row.entry_no]);
const parseCursor = (after: string) => auditCursor.decode(after);

/**
 * Reports over the audit log: for a body's data-protection officer, who read its records;
 * for a citizen (through the governance centre), which bodies looked at their records and why.
 * Both list looks, one per entry (the `audit_entry` view), whichever row shape holds them.
 */
export class AuditReportService {
  constructor(
    private readonly hubDb: DataSource,
    private readonly registry: DepartmentRegistry,
    private readonly persons: PersonService,
    private readonly hashResidentId: ResidentIdHasher,
  ) {}

  /** Reads of the caller's body's records by other bodies (the centre's auditor sees every body's). */
  async trail(ctx: RequestContext, args: AuditTrailArgs): Promise<Connection<AuditEntry>> {
    if (ctx.actor.role !== Role.AUDITOR)
      throw new HubError(ErrorCode.FORBIDDEN, "Only a body's AUDITOR reads its audit trail");
    checkPageSize(args.first);
    if (!(args.from < args.until)) throw HubError.badInput('"until" must be after "from"');
    if (args.until.getTime() - args.from.getTime() > MAX_PERIOD_DAYS * 86_400_000)
      throw HubError.badInput(`A period is at most ${MAX_PERIOD_DAYS} days`);
    const conditions = [`kind = 'RECORD_READ'`, 'occurred_at >= $1', 'occurred_at < $2'];
    const values: unknown[] = [args.from, args.until];
    if (ctx.actor.department !== GOVERNANCE_CENTRE) {
      values.push(ctx.actor.department);
      conditions.push(lookedAtBody(`$${values.length}`));
    }
    if (args.consumer) {
      values.push(args.consumer);
      conditions.push(`actor_department = $${values.length}`);
    }
    const where = conditions.join(' AND ');
    const [{ total }] = await this.hubDb.query<Array<{ total: number }>>(
      `SELECT count(*)::int AS total FROM audit_entry WHERE ${where}`,
      values,
    );
    const pageValues = [...values];
    let pageWhere = where;
    if (args.after) {
      pageValues.push(...parseCursor(args.after));
      const n = pageValues.length;
      pageWhere += ` AND (occurred_at, chain_id, seq, entry_no) < ($${n - 3}::timestamptz, $${n - 2}::uuid, $${n - 1}::bigint, $${n}::bigint)`;
    }
    pageValues.push(args.first + 1);
    const rows: AuditRow[] = await this.hubDb.query(
      `SELECT occurred_at, chain_id, seq::text, entry_no::text, request_id, actor_user, actor_department, actor_role, purpose,
              joint_case_id, provider, record_type, record_id, field_decisions, agreement_ids, detail
         FROM audit_entry WHERE ${pageWhere}
        ORDER BY occurred_at DESC, chain_id DESC, seq DESC, entry_no DESC LIMIT $${pageValues.length}`,
      pageValues,
    );
    const edges = rows.slice(0, args.first).map((row) => ({
      cursor: cursorOf(row),
      node: {
        occurredAt: row.occurred_at,
        user: row.actor_user,
        department: row.actor_department,
        role: row.actor_role,
        purpose: row.purpose,
        jointCaseId: row.joint_case_id,
        provider: row.provider,
        recordType: row.record_type,
        recordTypes: kindsOf(row),
        recordId: row.record_id,
        decision: row.detail?.decision ?? 'GRANTED',
        reason: row.detail?.reason ?? null,
        fields: row.field_decisions,
        agreementIds: row.agreement_ids,
        requestId: row.request_id,
      },
    }));
    return {
      edges,
      totalCount: total,
      pageInfo: {
        hasNextPage: rows.length > args.first,
        hasPreviousPage: Boolean(args.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  /**
   * For the governance centre to hand to a citizen: every look by another body at records
   * concerning them. Looks at records under an investigation hold stay out until it is lifted.
   */
  async subjectAccess(ctx: RequestContext, residentIdInput: string): Promise<SubjectAccessReport> {
    if (
      ctx.actor.department !== GOVERNANCE_CENTRE ||
      ![Role.CLERK, Role.CHIEF, Role.AUDITOR].includes(ctx.actor.role)
    ) {
      throw new HubError(ErrorCode.FORBIDDEN, 'Subject access reports are issued by the governance centre');
    }
    const person = this.persons.find(ctx, residentIdInput);
    const hash = this.hashResidentId(person.residentId);
    const rows: Array<{
      occurred_at: Date;
      actor_department: string;
      provider: string;
      record_type: string | null;
      purpose: Purpose | null;
      case_number: string | null;
      detail: AuditRow['detail'];
    }> = await this.hubDb.query(SUBJECT_ACCESS_SQL, [hash]);
    ctx.accessLog.changed({
      kind: 'EXPORT',
      subjectHashes: [hash],
      detail: { report: 'SUBJECT_ACCESS', entries: rows.length },
    });
    return {
      residentIdMasked: person.residentIdMasked,
      generatedAt: new Date(),
      entries: rows.map((r) => ({
        occurredAt: r.occurred_at,
        readBy: r.actor_department,
        provider: r.provider,
        recordType: r.record_type,
        recordTypes: kindsOf(r),
        purpose: r.purpose,
        jointCaseNumber: r.case_number,
        decision: r.detail?.decision ?? 'GRANTED',
      })),
    };
  }

  /**
   * The police (or any body) marks one of its own records as under investigation. A hold hides
   * looks from subject access reports, so placing and lifting one are audited (kind
   * HOLD_CHANGE, naming the record; the record's actor and time say who and when).
   */
  async placeHold(ctx: RequestContext, recordType: string, recordId: string): Promise<boolean> {
    this.assertMayHold(ctx);
    this.registry.recordType(ctx.actor.department, recordType);
    const placed: Array<{ id: string }> = await this.hubDb.query(
      `INSERT INTO investigation_hold (department, record_type, record_id, placed_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (department, record_type, record_id) WHERE lifted_at IS NULL DO NOTHING
       RETURNING id`,
      [ctx.actor.department, recordType, recordId, ctx.actor.user],
    );
    // A record already held stays under its first hold; nothing changed, so nothing to audit.
    if (placed.length > 0) this.auditHold(ctx, 'PLACED', placed[0].id, recordType, recordId);
    return true;
  }

  async liftHold(ctx: RequestContext, recordType: string, recordId: string): Promise<boolean> {
    this.assertMayHold(ctx);
    const [lifted]: [Array<{ id: string }>, number] = await this.hubDb.query(
      `UPDATE investigation_hold SET lifted_at = now() WHERE department = $1 AND record_type = $2 AND record_id = $3 AND lifted_at IS NULL
       RETURNING id`,
      [ctx.actor.department, recordType, recordId],
    );
    for (const { id } of lifted) this.auditHold(ctx, 'LIFTED', id, recordType, recordId);
    return lifted.length > 0;
  }

  private auditHold(
    ctx: RequestContext,
    change: 'PLACED' | 'LIFTED',
    holdId: string,
    recordType: string,
    recordId: string,
  ): void {
    ctx.accessLog.changed({
      kind: 'HOLD_CHANGE',
      detail: { change, holdId, department: ctx.actor.department, recordType, recordId },
    });
  }

  private assertMayHold(ctx: RequestContext): void {
    if (ctx.actor.department !== 'POLICE' || ![Role.MEDIATOR, Role.CHIEF].includes(ctx.actor.role)) {
      throw new HubError(
        ErrorCode.FORBIDDEN,
        "Investigation holds are placed by the police on the police's own records",
      );
    }
  }
}
