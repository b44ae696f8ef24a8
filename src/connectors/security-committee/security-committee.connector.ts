import type { DepartmentDefinition, ListSource, RecordTypeSource } from '../department-definition';
import { isoDate } from '../sql';
import { GridScreeningEntry } from './grid-screening-entry.type';
import { GridVisitLog } from './grid-visit-log.type';

export const SECURITY_COMMITTEE = 'SECURITY_COMMITTEE';

/** The persons of the screening entry `e` (the ledger's grid_screening_person rows). */
const personsOfEntry: ListSource = {
  from: 'grid_screening_person p',
  where: 'p.screening_entry_id = e.id',
  orderBy: 'p.id',
  fields: {
    name: 'p.person_name',
    residentId: 'p.id_card_no',
    phone: 'p.phone',
    address: 'p.address',
  },
};

const screeningEntries: RecordTypeSource<GridScreeningEntry> = {
  name: 'GRID_SCREENING_ENTRY',
  graphqlType: GridScreeningEntry,
  from: 'grid_screening_entry e',
  id: 'e.id',
  fields: {
    entryNumber: 'e.entry_no',
    screenedOn: isoDate('e.screened_on'),
    grid: 'e.grid_name',
    gridWorker: 'e.grid_worker',
    disputeType: 'e.dispute_type',
    partiesDescription: 'e.parties_desc',
    riskNote: 'e.risk_note',
    status: 'e.entry_status',
  },
  lists: { persons: personsOfEntry },
  persons: [
    { residentId: 'persons.residentId', name: 'persons.name', phone: 'persons.phone', address: 'persons.address' },
  ],
  freeTextFields: ['partiesDescription', 'riskNote'],
};

const visitLogs: RecordTypeSource<GridVisitLog> = {
  name: 'VISIT_LOG',
  graphqlType: GridVisitLog,
  from: 'grid_visit_log v',
  id: 'v.id',
  fields: {
    visitedOn: isoDate('v.visited_on'),
    grid: 'v.grid_name',
    gridWorker: 'v.grid_worker',
    householdAddress: 'v.household_address',
    personName: 'v.person_name',
    personResidentId: 'v.id_card_no',
    notes: 'v.visit_notes',
  },
  persons: [{ residentId: 'personResidentId', name: 'personName', address: 'householdAddress' }],
  freeTextFields: ['notes'],
};

/** The village/community security committee (治保会), one of the "N": grid screening and visits. */
export const securityCommitteeDepartment: DepartmentDefinition = {
  code: SECURITY_COMMITTEE,
  displayName: '治保会 (village/community security committee)',
  recordTypes: [screeningEntries, visitLogs],
  personRecordsQuery: `SELECT x.resident_id AS "residentId", x.record_type AS "recordType", x.id::text AS "recordId" FROM (
       SELECT p.id_card_no::text AS resident_id, 'GRID_SCREENING_ENTRY' AS record_type, e.id, e.screened_on AS on_date
         FROM grid_screening_person p JOIN grid_screening_entry e ON e.id = p.screening_entry_id
        WHERE p.id_card_no = ANY($1::bpchar[])
       UNION ALL
       SELECT v.id_card_no::text, 'VISIT_LOG', v.id, v.visited_on
         FROM grid_visit_log v WHERE v.id_card_no = ANY($1::bpchar[])
     ) x
     ORDER BY x.on_date DESC, x.id DESC`,
};
