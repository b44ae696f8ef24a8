import type { DepartmentDefinition, PersonRecordRef, RecordTypeSource } from '../department-definition';
import { numericIds } from '../department-definition';
import { toRecord } from '../record-mapping';
import { GridScreeningLedger1764000000600 } from '../../../migrations/departments/security-committee/1764000000600-GridScreeningLedger';
import { GridScreeningEntry, ScreenedPerson } from './grid-screening-entry.type';
import { GridVisitLog } from './grid-visit-log.type';
import type { ScreeningEntryRow, ScreeningPersonRow, VisitLogRow } from './security-committee.entity';
import { seedSecurityCommittee } from './security-committee.seed';

export const SECURITY_COMMITTEE = 'SECURITY_COMMITTEE';

/** Persons of a screening entry, aggregated in the same statement as the entry itself. */
const PERSONS_OF_ENTRY = `
  COALESCE((SELECT json_agg(json_build_object(
      'person_name', p.person_name, 'id_card_no', p.id_card_no, 'phone', p.phone, 'address', p.address) ORDER BY p.id)
    FROM grid_screening_person p WHERE p.screening_entry_id = e.id), '[]'::json) AS persons`;

function mapPerson(row: ScreeningPersonRow): ScreenedPerson {
  return Object.assign(new ScreenedPerson(), {
    name: row.person_name,
    residentId: row.id_card_no,
    phone: row.phone,
    address: row.address,
  });
}

const screeningEntries: RecordTypeSource<GridScreeningEntry> = {
  name: 'GRID_SCREENING_ENTRY',
  graphqlType: GridScreeningEntry,
  async loadByIds(db, ids) {
    const rows = await db.query<ScreeningEntryRow>(
      `SELECT e.id::text, e.entry_no, e.screened_on::text, e.grid_name, e.grid_worker, e.dispute_type, e.parties_desc,
              e.risk_note, e.entry_status, ${PERSONS_OF_ENTRY}
         FROM grid_screening_entry e WHERE e.id = ANY($1::bigint[])`,
      [numericIds(ids)],
    );
    return rows.map((row) =>
      toRecord(GridScreeningEntry, { department: SECURITY_COMMITTEE, recordType: 'GRID_SCREENING_ENTRY', recordId: row.id }, {
        entryNumber: row.entry_no,
        screenedOn: row.screened_on,
        grid: row.grid_name,
        gridWorker: row.grid_worker,
        disputeType: row.dispute_type,
        partiesDescription: row.parties_desc,
        persons: row.persons.map(mapPerson),
        riskNote: row.risk_note,
        status: row.entry_status,
      }),
    );
  },
};

const visitLogs: RecordTypeSource<GridVisitLog> = {
  name: 'VISIT_LOG',
  graphqlType: GridVisitLog,
  async loadByIds(db, ids) {
    const rows = await db.query<VisitLogRow>(
      `SELECT v.id::text, v.visited_on::text, v.grid_name, v.grid_worker, v.household_address, v.person_name,
              v.id_card_no, v.visit_notes
         FROM grid_visit_log v WHERE v.id = ANY($1::bigint[])`,
      [numericIds(ids)],
    );
    return rows.map((row) =>
      toRecord(GridVisitLog, { department: SECURITY_COMMITTEE, recordType: 'VISIT_LOG', recordId: row.id }, {
        visitedOn: row.visited_on,
        grid: row.grid_name,
        gridWorker: row.grid_worker,
        householdAddress: row.household_address,
        personName: row.person_name,
        personResidentId: row.id_card_no,
        notes: row.visit_notes,
      }),
    );
  },
};

/** The village/community security committee (治保会), one of the "N": grid screening and visits. */
export const securityCommitteeDepartment: DepartmentDefinition = {
  code: SECURITY_COMMITTEE,
  displayName: '治保会 (village/community security committee)',
  recordTypes: [screeningEntries, visitLogs],
  async findRecordsOfPersons(db, residentIds) {
    return db.query<PersonRecordRef>(
      `SELECT x.resident_id AS "residentId", x.record_type AS "recordType", x.id::text AS "recordId" FROM (
         SELECT p.id_card_no::text AS resident_id, 'GRID_SCREENING_ENTRY' AS record_type, e.id, e.screened_on AS on_date
           FROM grid_screening_person p JOIN grid_screening_entry e ON e.id = p.screening_entry_id
          WHERE p.id_card_no = ANY($1::text[])
         UNION ALL
         SELECT v.id_card_no::text, 'VISIT_LOG', v.id, v.visited_on
           FROM grid_visit_log v WHERE v.id_card_no = ANY($1::text[])
       ) x
       ORDER BY x.on_date DESC, x.id DESC`,
      [residentIds],
    );
  },
  demo: {
    databaseName: 'dept_security_committee',
    migrations: [GridScreeningLedger1764000000600],
    seed: seedSecurityCommittee,
  },
};
