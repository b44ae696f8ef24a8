import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  type CasePartyRow,
  type CaseRecordLink,
  type CaseWithParts,
  CASES_WITH_PARTS_SQL,
  jointCaseOf,
  PARTIES_OF_CASES_SQL,
  RECORD_LINKS_OF_CASES_SQL,
} from './joint-case.sql';

/**
 * Per-request loaders for joint cases and their parts, so a list of cases costs one statement
 * per part. Reads of one case (`cases`) bring its parts along; the service primes `parties`
 * and `recordLinks` with them once the caller may see the case. Keys are lower-case uuids.
 */
export class JointCaseLoaders {
  /** A case with its parts, or null when there is none with that id. Not filtered by visibility. */
  readonly cases: DataLoader<string, CaseWithParts | null>;
  readonly parties: DataLoader<string, CasePartyRow[]>;
  readonly recordLinks: DataLoader<string, CaseRecordLink[]>;

  constructor(hub: DataSource) {
    this.cases = new DataLoader(async (ids) => {
      const rows: Array<Record<string, unknown>> = await hub.query(CASES_WITH_PARTS_SQL, [ids]);
      return rows.map(({ parties, recordLinks, ...row }) =>
        row.id === null ? null : { jointCase: jointCaseOf(row), parties: parties as CasePartyRow[], recordLinks: recordLinks as CaseRecordLink[] },
      );
    });
    this.parties = new DataLoader(async (caseIds) => {
      const rows: Array<{ parties: CasePartyRow[] }> = await hub.query(PARTIES_OF_CASES_SQL, [caseIds]);
      return rows.map((r) => r.parties);
    });
    this.recordLinks = new DataLoader(async (caseIds) => {
      const rows: Array<{ recordLinks: CaseRecordLink[] }> = await hub.query(RECORD_LINKS_OF_CASES_SQL, [caseIds]);
      return rows.map((r) => r.recordLinks);
    });
  }
}
