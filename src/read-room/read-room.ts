import { type Connection, type PageArgs, pageOf } from '../common/relay';
import type { DepartmentRecord } from '../connectors/department-record.type';
import { caseScopeOf } from '../cases/case-visibility';
import type { CaseParty, JointCase, LinkedRecord } from '../cases/joint-case.type';
import type { RequestContext } from '../graphql/request-context';
import type { PersonRecordsAtDepartment } from '../persons/person.type';
import {
  linkedRecordAccess,
  personRecordsReadAhead,
  readLinkedRecord,
  readLinkedRecordsAhead,
  readPersonRecords,
  readPersonRecordsAhead,
} from './body-records.read';
import type { RecordFieldAccess } from './record-access.type';
import type { WithheldField } from '../agreements/withheld-field';
import { showLinks, type WithheldLinks } from './case-links.view';
import {
  decidedByTableAlone,
  partyNameFor,
  printedFreeText,
  showCaseText,
  showCaseTextWith,
  showParties,
  showPartiesWith,
  whyNotPrintable,
} from './case-data.view';
import type { CasePartyRow } from '../cases/joint-case.sql';
import { ErrorCode } from '../common/error-code';
import { HubError } from '../common/hub-error';
import { type CaseTextField, caseViewerOf } from './case-viewer';
import { checkRecordForLink, type LinkCheck } from './link-check.read';
import { type ShownRiskReason, showRiskReasons } from './risk-reasons.view';
import type { ReadRoomDeps } from './read-room-deps';
import { readRiskHistory, type RiskHistory } from './risk-screening.read';
import type { JointCaseEntity } from '../cases/joint-case.entity';
import type { JointCasePartyEntity } from '../cases/joint-case-party.entity';
import type { RiskSourceKind } from '../cases/risk/risk-rule';
import { careMarkers, escalationReasons, type RiskReason } from '../cases/risk/risk.model';

/** The case fields the read room needs; a case read by the hub or a workflow entity both have them. */
type CaseInView = Pick<
  JointCase,
  'id' | 'status' | 'leadDepartment' | 'participatingDepartments' | 'riskReasons' | 'riskProvenance'
> &
  Partial<Record<CaseTextField, string | null>>;

/**
 * The read room: the one way anything drawn from a body's records, or naming a person, leaves
 * the hub. Each method decides (agreements for the bodies' records, the case-data table for
 * the hub's own), reads or takes only what is decided, shapes it, and records the look in the
 * request's access log — from which the audit plugin commits the audit before the response.
 * Resolvers and services reach connectors, stored risk reasons, links and parties' particulars
 * only through here (a dependency rule in tests/architecture checks it).
 */
export class ReadRoom {
  constructor(private readonly deps: ReadRoomDeps) {}

  checkLink(
    ctx: RequestContext,
    parties: ReadonlyArray<{ residentId: string | null }>,
    ref: { department: string; recordType: string; recordId: string },
  ): Promise<LinkCheck> {
    return checkRecordForLink(this.deps, ctx, parties, ref);
  }

  /** The record, or its withholding (FORBIDDEN_BY_AGREEMENT) as data: `WithheldField#at` places it in an answer. */
  linkedRecord(
    ctx: RequestContext,
    link: LinkedRecord,
  ): DepartmentRecord | WithheldField | Promise<DepartmentRecord | WithheldField> {
    return readLinkedRecord(this.deps, ctx, link, caseScopeOf(link.jointCase));
  }

  linkedRecordAccess(ctx: RequestContext, link: LinkedRecord): Promise<RecordFieldAccess[]> {
    return linkedRecordAccess(this.deps, ctx, link, caseScopeOf(link.jointCase));
  }

  /**
   * A page of the person's records at one body, or the body's withholding (FORBIDDEN_BY_AGREEMENT)
   * as data; at once when it was read ahead with the person's other bodies.
   */
  personRecords(
    ctx: RequestContext,
    at: PersonRecordsAtDepartment,
    page: PageArgs,
  ): Connection<DepartmentRecord> | WithheldField | Promise<Connection<DepartmentRecord> | WithheldField> {
    return personRecordsReadAhead(at, page) ?? readPersonRecords(this.deps, ctx, at, page);
  }

  /** The person's page at every body, read at once when each body's `records` will be asked with `page`. */
  personRecordsAhead(
    ctx: RequestContext,
    entries: readonly PersonRecordsAtDepartment[],
    page: PageArgs,
  ): Promise<void> {
    return readPersonRecordsAhead(this.deps, ctx, entries, page);
  }

  /**
   * What the other bodies hold of a case's parties, read live for risk screening under the
   * centre's RISK_SCREENING agreements (see readRiskHistory).
   */
  riskHistory(
    ctx: RequestContext,
    jointCase: JointCaseEntity,
    parties: readonly JointCasePartyEntity[],
    kinds: readonly RiskSourceKind[],
  ): Promise<RiskHistory> {
    return readRiskHistory(this.deps, ctx, jointCase, parties, kinds);
  }

  /**
   * The parties of a case as the caller may see them. A case of a page read in this request
   * (the work list) is shown from the page's parties, synchronously once the request's policy
   * is in hand (the page awaits it once), so a page of cases is completed without a promise each.
   */
  parties(ctx: RequestContext, jointCase: CaseInView): CaseParty[] | Promise<CaseParty[]> {
    const rows = ctx.loaders.caseParts.pageParties.get(jointCase);
    if (rows) {
      const policy = this.deps.synchronousPages === false ? undefined : ctx.access.policyNow();
      return policy ? showPartiesWith(ctx, jointCase, rows, policy) : showParties(ctx, jointCase, rows);
    }
    return ctx.loaders.caseParts.parties.load(jointCase.id).then((loaded) => showParties(ctx, jointCase, loaded));
  }

  /** One text field of a case as the caller may see it; a page's case synchronously, as `parties`. */
  caseText(ctx: RequestContext, jointCase: CaseInView, field: CaseTextField): string | null | Promise<string | null> {
    const value = jointCase[field] ?? null;
    if (value === null) return null;
    const rows = ctx.loaders.caseParts.pageParties.get(jointCase);
    if (rows) {
      if (this.deps.synchronousPages !== false) {
        const policy = ctx.access.policyNow();
        if (policy || decidedByTableAlone(caseViewerOf(ctx.actor, jointCase)))
          return showCaseTextWith(ctx, jointCase, rows, field, value, field, policy);
      }
      return showCaseText(ctx, jointCase, rows, field, value);
    }
    return ctx.loaders.caseParts.parties
      .load(jointCase.id)
      .then((loaded) => showCaseText(ctx, jointCase, loaded, field, value));
  }

  /**
   * Free text written in a case's work (session minutes and outcomes, history notes): governed
   * like the case's description, under the name `shownAs` in the access report.
   */
  async caseWorkText(
    ctx: RequestContext,
    jointCaseId: string,
    shownAs: string,
    value: string | null,
  ): Promise<string | null> {
    if (value === null) return null;
    // A case this request read by its id (perhaps only some columns) holds all the decision needs.
    const { caseParts } = ctx.loaders;
    const found = caseParts.inView.get(jointCaseId) ?? (await caseParts.cases.load(jointCaseId));
    if (!found) return null;
    return showCaseText(ctx, found.jointCase, found.parties, 'description', value, shownAs);
  }

  /**
   * The parties of a case in full, for a printed document (人民调解协议书, 司法确认申请书): only
   * for a caller shown every printed particular in full, else FORBIDDEN with the reason. The
   * caller records the export (kind EXPORT) once the document exists.
   */
  async printableParties(ctx: RequestContext, jointCase: CaseInView): Promise<readonly CasePartyRow[]> {
    const rows = await ctx.loaders.caseParts.parties.load(jointCase.id);
    const refusal = await whyNotPrintable(ctx, jointCase, rows);
    if (refusal) throw new HubError(ErrorCode.FORBIDDEN, refusal);
    return rows;
  }

  /** A party's name as the caller may print it in a report (the work ledger). */
  partyName(
    ctx: RequestContext,
    jointCase: { leadDepartment: string | null },
    party: { name: string; residentId: string | null },
  ): string {
    return partyNameFor(ctx, jointCase, party);
  }

  /** Free text as the caller may print it in a report. */
  printedText(ctx: RequestContext, value: string): string {
    return printedFreeText(ctx, value);
  }

  /** The reasons for the case's level, as the caller may see them (care markers apart). */
  riskReasons(ctx: RequestContext, jointCase: CaseInView): Promise<ShownRiskReason[]> {
    return this.shownReasons(ctx, jointCase, escalationReasons(jointCase.riskReasons ?? []));
  }

  /** The care markers (关爱/帮扶) of the case, governed like its reasons: they too are drawn from bodies' records. */
  careMarkers(ctx: RequestContext, jointCase: CaseInView): Promise<ShownRiskReason[]> {
    return this.shownReasons(ctx, jointCase, careMarkers(jointCase.riskReasons ?? []));
  }

  private async shownReasons(
    ctx: RequestContext,
    jointCase: CaseInView,
    reasons: RiskReason[],
  ): Promise<ShownRiskReason[]> {
    if (reasons.length === 0) return [];
    const links = await ctx.loaders.caseParts.recordLinks.load(jointCase.id);
    const handler = caseViewerOf(ctx.actor, jointCase) !== 'OVERSIGHT';
    return showRiskReasons(ctx, { ...jointCase, riskReasons: reasons }, caseScopeOf(jointCase), links, handler);
  }

  /**
   * A page of the links of a case the caller may know of. `withRecords`: every link on the page
   * will have its record shown, so the records are read together now (see readLinkedRecordsAhead).
   */
  async linkedRecords(
    ctx: RequestContext,
    jointCase: JointCase,
    page: PageArgs,
    withRecords = false,
  ): Promise<Connection<LinkedRecord>> {
    const { shown } = await this.links(ctx, jointCase);
    const connection = pageOf(
      shown.map(({ department, recordType, recordId }) => ({ department, recordType, recordId, jointCase })),
      page,
    );
    if (withRecords) {
      const links = connection.edges.map((edge) => edge.node);
      await readLinkedRecordsAhead(this.deps, ctx, links, caseScopeOf(jointCase));
    }
    return connection;
  }

  async withheldLinks(ctx: RequestContext, jointCase: JointCase): Promise<WithheldLinks[]> {
    return (await this.links(ctx, jointCase)).withheld;
  }

  private async links(ctx: RequestContext, jointCase: CaseInView) {
    return showLinks(
      ctx,
      jointCase.id,
      caseScopeOf(jointCase),
      await ctx.loaders.caseParts.recordLinks.load(jointCase.id),
    );
  }
}
