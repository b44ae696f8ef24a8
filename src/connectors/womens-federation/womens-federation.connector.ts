import type { DepartmentDefinition, PersonRecordRef, RecordTypeSource } from '../department-definition';
import { numericIds } from '../department-definition';
import { toRecord } from '../record-mapping';
import { WomensFederationCaseSystem1764000000500 } from '../../../migrations/departments/womens-federation/1764000000500-WomensFederationCaseSystem';
import { WomensFederationAssistance } from './assistance.type';
import { WomensFederationComplaint } from './rights-complaint.type';
import type { AssistanceRecordRow, RightsComplaintRow } from './womens-federation.entity';
import { seedWomensFederation } from './womens-federation.seed';

export const WOMENS_FEDERATION = 'WOMENS_FEDERATION';

const complaints: RecordTypeSource<WomensFederationComplaint> = {
  name: 'RIGHTS_COMPLAINT',
  graphqlType: WomensFederationComplaint,
  async loadByIds(db, ids) {
    const rows = await db.query<RightsComplaintRow>(
      `SELECT c.id::text, c.complaint_no, c.received_on::text, c.complaint_type, c.complainant_name,
              c.complainant_id_card_no, c.complainant_phone, c.complainant_address, c.respondent_name,
              c.complaint_summary, c.handling_status
         FROM rights_complaint c WHERE c.id = ANY($1::bigint[])`,
      [numericIds(ids)],
    );
    return rows.map((row) =>
      toRecord(WomensFederationComplaint, { department: WOMENS_FEDERATION, recordType: 'RIGHTS_COMPLAINT', recordId: row.id }, {
        complaintNumber: row.complaint_no,
        receivedOn: row.received_on,
        complaintType: row.complaint_type,
        complainantName: row.complainant_name,
        complainantResidentId: row.complainant_id_card_no,
        complainantPhone: row.complainant_phone,
        complainantAddress: row.complainant_address,
        respondentName: row.respondent_name,
        summary: row.complaint_summary,
        status: row.handling_status,
      }),
    );
  },
};

const assistance: RecordTypeSource<WomensFederationAssistance> = {
  name: 'ASSISTANCE',
  graphqlType: WomensFederationAssistance,
  async loadByIds(db, ids) {
    const rows = await db.query<AssistanceRecordRow>(
      `SELECT a.id::text, a.assistance_type, a.started_on::text, a.ended_on::text, a.beneficiary_name,
              a.beneficiary_id_card_no, a.beneficiary_phone, a.beneficiary_address, a.notes
         FROM assistance_record a WHERE a.id = ANY($1::bigint[])`,
      [numericIds(ids)],
    );
    return rows.map((row) =>
      toRecord(WomensFederationAssistance, { department: WOMENS_FEDERATION, recordType: 'ASSISTANCE', recordId: row.id }, {
        assistanceType: row.assistance_type,
        startedOn: row.started_on,
        endedOn: row.ended_on,
        beneficiaryName: row.beneficiary_name,
        beneficiaryResidentId: row.beneficiary_id_card_no,
        beneficiaryPhone: row.beneficiary_phone,
        beneficiaryAddress: row.beneficiary_address,
        notes: row.notes,
      }),
    );
  },
};

/** The women's federation (妇联): rights-protection complaints and assistance to women and children. */
export const womensFederationDepartment: DepartmentDefinition = {
  code: WOMENS_FEDERATION,
  displayName: "妇联 (women's federation)",
  recordTypes: [complaints, assistance],
  async findRecordsOfPersons(db, residentIds) {
    return db.query<PersonRecordRef>(
      `SELECT resident_id AS "residentId", record_type AS "recordType", record_id::text AS "recordId" FROM (
         SELECT c.complainant_id_card_no AS resident_id, 'RIGHTS_COMPLAINT' AS record_type, c.id AS record_id,
                c.received_on AS happened_on
           FROM rights_complaint c WHERE c.complainant_id_card_no = ANY($1::text[])
         UNION ALL
         SELECT a.beneficiary_id_card_no, 'ASSISTANCE', a.id, a.started_on
           FROM assistance_record a WHERE a.beneficiary_id_card_no = ANY($1::text[])
       ) found
       ORDER BY happened_on DESC, record_type, record_id DESC`,
      [residentIds],
    );
  },
  demo: {
    databaseName: 'dept_womens_federation',
    migrations: [WomensFederationCaseSystem1764000000500],
    seed: seedWomensFederation,
  },
};
