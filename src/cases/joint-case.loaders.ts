import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { hubRead } from '../common/hub-statement';
import { JointCaseHistoryEntity } from './joint-case-history.entity';
import {
  type CasePartyRow,
  type CaseRecordLink,
  type CaseScopeRow,
  type CaseWithParts,
  CASE_SCOPES_SQL,
  CASES_WITH_PARTS_SQL,
  jointCaseOf,
  PARTIES_OF_CASES_SQL,
  RECORD_LINKS_OF_CASES_SQL,
} from './joint-case.sql';
import { JointSessionEntity } from './joint-session.entity';
import { MediationAgreementEntity } from './agreement/mediation-agreement.entity';
import type { SingleCaseSelect } from './joint-case-page-read';

/** Groups rows by their case, in the order of `caseIds` (each case's rows keep the query's order). */
function byCase<Row extends { jointCaseId: string }>(caseIds: readonly string[], rows: readonly Row[]): Row[][] {
  const grouped = new Map<string, Row[]>(caseIds.map((id) => [id, []]));
  for (const row of rows) grouped.get(row.jointCaseId)?.push(row);
  return caseIds.map((id) => grouped.get(id)!);
}

/** A loader's batch: cases by id with their parts, read by `sql` (see casesWithPartsSql). */
function casesWithParts(hub: DataSource, sql: string, timestamps?: readonly string[]) {
  return async (ids: readonly string[]) => {
    const rows = await hubRead<Record<string, unknown>>(hub, sql, [ids]);
    return rows.map(({ parties, recordLinks, ...row }) =>
      row.id === null
        ? null
        : {
            jointCase: jointCaseOf(row, timestamps),
            parties: parties as CasePartyRow[],
            recordLinks: recordLinks as CaseRecordLink[],
          },
    );
  };
}

/**
 * Per-request loaders for joint cases and their parts, so a list of cases costs one statement
 * per part (each a named prepared statement: they run on nearly every request). Reads of one case (`cases`) bring its parts along; the service primes `parties`
 * and `recordLinks` with them once the caller may see the case. Keys are lower-case uuids.
 */
export class JointCaseLoaders {
  /** A case with its parts, or null when there is none with that id. Not filtered by visibility. */
  readonly cases: DataLoader<string, CaseWithParts | null>;
  /** A case's scope and its parties' hashes (for reads in its scope that show nothing of it), or null. */
  readonly scopes: DataLoader<string, CaseScopeRow | null>;
  readonly parties: DataLoader<string, CasePartyRow[]>;
  readonly recordLinks: DataLoader<string, CaseRecordLink[]>;
  /** Every step of each case, oldest first. */
  readonly timeline: DataLoader<string, JointCaseHistoryEntity[]>;
  /** The joint sessions of each case, in the order they were held. */
  readonly sessions: DataLoader<string, JointSessionEntity[]>;
  /** Each case's structured mediation agreement (人民调解协议书), or null: a page of cases in one statement. */
  readonly mediationAgreements: DataLoader<string, MediationAgreementEntity | null>;
  /**
   * The parties of each case of a page (案件列表) read in this request, by the case object the
   * page gave: the read room shows a page's parties and text from them, without the loader. They
   * may hold only the particulars the page's query selects (and what every decision needs), so
   * they are kept apart from `parties`, which always holds every particular.
   */
  readonly pageParties = new WeakMap<object, readonly CasePartyRow[]>();

  /**
   * The cases this request has read by their id, whole or projected (see casesReading): each
   * holds at least what the read room decides a case by (id, status, bodies) and every
   * particular of its parties — all a case's work text needs (ReadRoom#caseWorkText), so it is
   * shown without reading the case again.
   */
  readonly inView = new Map<string, CaseWithParts>();

  /** Loaders reading only some columns of each case, by their statement (see casesReading). */
  private readonly projectedCases = new Map<string, DataLoader<string, CaseWithParts | null>>();

  constructor(private readonly hub: DataSource) {
    this.cases = new DataLoader(casesWithParts(hub, CASES_WITH_PARTS_SQL));
    this.scopes = new DataLoader(async (ids) => {
      const rows = await hubRead<CaseScopeRow>(hub, CASE_SCOPES_SQL, [ids]);
      return rows.map((row) => (row.id === null ? null : row));
    });
    this.parties = new DataLoader(async (caseIds) => {
      const rows = await hubRead<{ parties: CasePartyRow[] }>(hub, PARTIES_OF_CASES_SQL, [caseIds]);
      return rows.map((r) => r.parties);
    });
    this.recordLinks = new DataLoader(async (caseIds) => {
      const rows = await hubRead<{ recordLinks: CaseRecordLink[] }>(hub, RECORD_LINKS_OF_CASES_SQL, [caseIds]);
      return rows.map((r) => r.recordLinks);
    });
    this.timeline = new DataLoader(async (caseIds) =>
      byCase(
        caseIds,
        await hub
          .getRepository(JointCaseHistoryEntity)
          .find({ where: { jointCaseId: In([...caseIds]) }, order: { at: 'ASC', id: 'ASC' } }),
      ),
    );
    this.sessions = new DataLoader(async (caseIds) =>
      byCase(
        caseIds,
        await hub
          .getRepository(JointSessionEntity)
          .find({ where: { jointCaseId: In([...caseIds]) }, order: { heldAt: 'ASC', id: 'ASC' } }),
      ),
    );
    this.mediationAgreements = new DataLoader(async (caseIds) => {
      const rows = await hub.getRepository(MediationAgreementEntity).find({ where: { jointCaseId: In([...caseIds]) } });
      const byId = new Map(rows.map((row) => [row.jointCaseId, row]));
      return caseIds.map((id) => byId.get(id) ?? null);
    });
  }

  /**
   * The loader of cases read as `projection` (some of their columns, see CaseProjections) with
   * every particular of their parties and their links, so the part loaders are primed as by
   * `cases`; `cases` itself for every column. A projected case goes only to the resolvers of the
   * query that asked for it and to its work text (`inView`); every other path reads through `cases`.
   */
  casesReading(projection: SingleCaseSelect | null): DataLoader<string, CaseWithParts | null> {
    if (projection === null) return this.cases;
    let loader = this.projectedCases.get(projection.sql);
    if (!loader) {
      loader = new DataLoader(casesWithParts(this.hub, projection.sql, projection.timestamps));
      this.projectedCases.set(projection.sql, loader);
    }
    return loader;
  }
}
