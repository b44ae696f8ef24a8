import type { DataSource } from 'typeorm';
import { GOVERNANCE_CENTRE } from '../../auth/actor';
import { HubError } from '../../common/hub-error';
import type { RequestContext } from '../../graphql/request-context';
import { visibleCasesSql } from '../case-visibility';
import { overdueSql } from '../case-clock';
import { assertMayReadCaseReports, checkPeriod } from '../statistics/case-measures';
import { toCsv } from './csv';
import {
  bodyZh,
  CATEGORY_ZH,
  MEDIATION_TYPE_ZH,
  NOT_ASSESSED_ZH,
  PARTY_KIND_ZH,
  PARTY_ROLE_ZH,
  PERFORMANCE_STATUS_ZH,
  SATISFACTION_ZH,
  REFERRAL_CHANNEL_ZH,
  RISK_LEVEL_ZH,
  shanghaiDate,
  SOURCE_CHANNEL_ZH,
  STATUS_ZH,
  zh,
} from '../labels-zh';
import { LEDGER_HEADERS, type LedgerRow } from './ledger-columns';
import { LedgerFormat, type LedgerFile, type WorkLedgerArgs } from './ledger.types';
import { ledgerWorkbook, XLSX_CONTENT_TYPE } from './xlsx';
import type { DepartmentRegistry } from '../../connectors/department-registry';
import type { ReadRoom } from '../../read-room/read-room';

/** A ledger covers at most a year (a leap year's days). */
export const MAX_LEDGER_DAYS = 366;
/** More cases than this in one file is not a ledger anyone prints: export a shorter period. */
export const MAX_LEDGER_ROWS = 10_000;

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

interface LedgerSqlRow {
  case_number: string;
  created_at: Date;
  category: string;
  source_channel: string;
  people_involved: number;
  community: string | null;
  grid: string | null;
  risk_level: string | null;
  lead_department: string | null;
  participating_departments: string[];
  handler: string | null;
  deadline: Date | null;
  status: string;
  agreement_reached_at: Date | null;
  confirmation_number: string | null;
  failure_reason: string | null;
  referral_channel: string | null;
  closed_at: Date | null;
  overdue: boolean;
  mediation_type: string | null;
  performance_status: string | null;
  satisfaction: string | null;
  extension_count: number;
  /** `residentId` only to tell a minor (printed as surname + 某 to other bodies), never printed. */
  parties: Array<{ role: string; name: string; residentId: string | null; hash: string | null; kind: string }>;
}

/**
 * 调解结果 as a centre writes it: 调解成功 (with 已司法确认 when the court confirmed it), or
 * 调解不成 (with where it was referred) followed by the recorded reason; empty while there is no outcome.
 */
export function outcomeZh(
  row: Pick<
    LedgerSqlRow,
    'agreement_reached_at' | 'confirmation_number' | 'failure_reason' | 'referral_channel' | 'status'
  >,
): string {
  if (row.confirmation_number !== null) return '调解成功（已司法确认）';
  if (row.agreement_reached_at !== null) return '调解成功';
  if (
    row.failure_reason !== null ||
    row.referral_channel !== null ||
    row.status === 'FAILED' ||
    row.status === 'REFERRED'
  ) {
    const referral = row.referral_channel ? `（${zh(REFERRAL_CHANNEL_ZH, row.referral_channel)}）` : '';
    const reason = row.failure_reason ? `：${row.failure_reason}` : '';
    return `调解不成${referral}${reason}`;
  }
  return '';
}

/**
 * 风险等级 as printed: only in the governance centre's own ledger. A case's level is drawn from
 * other bodies' records (police call-outs, warning letters, subsistence allowance) under the
 * centre's RISK_SCREENING agreements; statistics give other bodies early warnings only as
 * counts under the small-cell rule, and a per-case column would undo that rule. Any other
 * body's ledger prints an empty cell, the same for every case, so the column says nothing.
 */
export function riskLevelCell(ctx: Pick<RequestContext, 'actor'>, riskLevel: string | null): string {
  if (ctx.actor.department !== GOVERNANCE_CENTRE) return '';
  return riskLevel === null ? NOT_ASSESSED_ZH : zh(RISK_LEVEL_ZH, riskLevel);
}

/**
 * The work ledger (工作台账): every case taken in during [from, until) that the caller may see,
 * oldest first, one printed row each, as CSV or XLSX. The export is audited (kind EXPORT) with
 * the report, format, period, row count and the keyed hashes of the parties it contains.
 */
export class WorkLedgerService {
  constructor(
    private readonly hubDb: DataSource,
    private readonly registry: DepartmentRegistry,
    private readonly readRoom: ReadRoom,
  ) {}

  async export(ctx: RequestContext, args: WorkLedgerArgs): Promise<LedgerFile> {
    assertMayReadCaseReports(ctx.actor, 'Work ledgers');
    checkPeriod(args.from, args.until, MAX_LEDGER_DAYS);
    if (!Object.values(LedgerFormat).includes(args.format)) throw HubError.badInput('"format" must be CSV or XLSX');
    const generatedAt = new Date();
    const values: unknown[] = [args.from, args.until, generatedAt, MAX_LEDGER_ROWS + 1];
    const visible = visibleCasesSql(ctx.actor, values);
    const cases: LedgerSqlRow[] = await this.hubDb.query(
      `SELECT c.case_number, c.created_at, c.category, c.source_channel, c.people_involved, c.community, c.grid,
              c.risk_level, c.lead_department, c.participating_departments, c.handler, c.deadline, c.status,
              c.agreement_reached_at, c.confirmation_number, c.failure_reason, c.referral_channel, c.closed_at,
              ${overdueSql('$3::timestamptz')} AS overdue,
              c.satisfaction, c.extension_count,
              (SELECT a.mediation_type FROM mediation_agreement a WHERE a.joint_case_id = c.id) AS mediation_type,
              (SELECT a.performance_status FROM mediation_agreement a WHERE a.joint_case_id = c.id) AS performance_status,
              COALESCE((SELECT json_agg(json_build_object('role', p.role, 'name', p.name, 'residentId', p.resident_id, 'hash', p.resident_id_hash, 'kind', p.kind) ORDER BY p.position)
                          FROM joint_case_party p WHERE p.joint_case_id = c.id), '[]'::json) AS parties
         FROM joint_case c
        WHERE c.created_at >= $1 AND c.created_at < $2 AND ${visible}
        ORDER BY c.created_at, c.case_number
        LIMIT $4`,
      values,
    );
    if (cases.length > MAX_LEDGER_ROWS) {
      throw HubError.badInput(`The period holds more than ${MAX_LEDGER_ROWS} cases; export a shorter period`);
    }

    const rows = cases.map((c, i) => this.row(ctx, c, i + 1));
    const lastDay = shanghaiDate(new Date(args.until.getTime() - 1));
    const period = `${shanghaiDate(args.from)}至${lastDay}`;
    const base = `工作台账_${shanghaiDate(args.from)}_${lastDay}`;
    const file: LedgerFile =
      args.format === LedgerFormat.CSV
        ? {
            filename: `${base}.csv`,
            contentType: CSV_CONTENT_TYPE,
            rowCount: rows.length,
            contentBase64: Buffer.from(toCsv([LEDGER_HEADERS, ...rows]), 'utf8').toString('base64'),
          }
        : {
            filename: `${base}.xlsx`,
            contentType: XLSX_CONTENT_TYPE,
            rowCount: rows.length,
            contentBase64: (await ledgerWorkbook(rows, `工作台账 ${period}`, generatedAt)).toString('base64'),
          };

    // Recorded only once the file exists; the audit plugin commits it before the response leaves.
    const subjectHashes = [
      ...new Set(cases.flatMap((c) => c.parties.map((p) => p.hash).filter((h): h is string => h !== null))),
    ];
    ctx.accessLog.changed({
      kind: 'EXPORT',
      subjectHashes,
      detail: {
        report: 'WORK_LEDGER',
        format: args.format,
        from: args.from.toISOString(),
        until: args.until.toISOString(),
        rows: rows.length,
      },
    });
    return file;
  }

  private row(ctx: RequestContext, c: LedgerSqlRow, position: number): LedgerRow {
    const registry = this.registry;
    return [
      position,
      c.case_number,
      shanghaiDate(c.created_at),
      zh(CATEGORY_ZH, c.category),
      zh(SOURCE_CHANNEL_ZH, c.source_channel),
      c.parties
        .map(
          (p) =>
            `${this.readRoom.partyName(ctx, { leadDepartment: c.lead_department }, p)}（${zh(PARTY_ROLE_ZH, p.role)}）`,
        )
        .join('、'),
      c.people_involved,
      c.community ?? '',
      c.grid ?? '',
      riskLevelCell(ctx, c.risk_level),
      bodyZh(c.lead_department, registry),
      c.participating_departments.map((d) => bodyZh(d, registry)).join('、'),
      c.handler ?? '',
      shanghaiDate(c.deadline),
      zh(STATUS_ZH, c.status),
      outcomeZh({
        ...c,
        failure_reason: c.failure_reason === null ? null : this.readRoom.printedText(ctx, c.failure_reason),
      }),
      c.confirmation_number ?? '',
      shanghaiDate(c.closed_at),
      c.overdue ? '是' : '否',
      [...new Set(c.parties.map((p) => zh(PARTY_KIND_ZH, p.kind)))].join('、'),
      zh(MEDIATION_TYPE_ZH, c.mediation_type),
      zh(PERFORMANCE_STATUS_ZH, c.performance_status),
      zh(SATISFACTION_ZH, c.satisfaction),
      c.extension_count,
    ];
  }
}
