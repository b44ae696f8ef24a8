import type { DepartmentDefinition, RecordTypeSource } from '../department-definition';
import { isoDate } from '../sql';
import { WomensFederationAssistance } from './assistance.type';
import { WomensFederationComplaint } from './rights-complaint.type';

export const WOMENS_FEDERATION = 'WOMENS_FEDERATION';

const complaints: RecordTypeSource<WomensFederationComplaint> = {
  name: 'RIGHTS_COMPLAINT',
  graphqlType: WomensFederationComplaint,
  from: 'rights_complaint c',
  id: 'c.id',
  fields: {
    complaintNumber: 'c.complaint_no',
    receivedOn: isoDate('c.received_on'),
    complaintType: 'c.complaint_type',
    complainantName: 'c.complainant_name',
    complainantResidentId: 'c.complainant_id_card_no',
    complainantPhone: 'c.complainant_phone',
    complainantAddress: 'c.complainant_address',
    respondentName: 'c.respondent_name',
    summary: 'c.complaint_summary',
    status: 'c.handling_status',
  },
  persons: [
    {
      residentId: 'complainantResidentId',
      name: 'complainantName',
      phone: 'complainantPhone',
      address: 'complainantAddress',
    },
  ],
  freeTextFields: ['summary'],
};

const assistance: RecordTypeSource<WomensFederationAssistance> = {
  name: 'ASSISTANCE',
  graphqlType: WomensFederationAssistance,
  from: 'assistance_record a',
  id: 'a.id',
  fields: {
    assistanceType: 'a.assistance_type',
    startedOn: isoDate('a.started_on'),
    endedOn: isoDate('a.ended_on'),
    beneficiaryName: 'a.beneficiary_name',
    beneficiaryResidentId: 'a.beneficiary_id_card_no',
    beneficiaryPhone: 'a.beneficiary_phone',
    beneficiaryAddress: 'a.beneficiary_address',
    notes: 'a.notes',
  },
  persons: [
    {
      residentId: 'beneficiaryResidentId',
      name: 'beneficiaryName',
      phone: 'beneficiaryPhone',
      address: 'beneficiaryAddress',
    },
  ],
  freeTextFields: ['notes'],
};

/** The women's federation (妇联): rights-protection complaints and assistance to women and children. */
export const womensFederationDepartment: DepartmentDefinition = {
  code: WOMENS_FEDERATION,
  displayName: "妇联 (women's federation)",
  recordTypes: [complaints, assistance],
  personRecordsQuery: `SELECT resident_id AS "residentId", record_type AS "recordType", record_id::text AS "recordId" FROM (
       SELECT c.complainant_id_card_no AS resident_id, 'RIGHTS_COMPLAINT' AS record_type, c.id AS record_id,
              c.received_on AS happened_on
         FROM rights_complaint c WHERE c.complainant_id_card_no = ANY($1::bpchar[])
       UNION ALL
       SELECT a.beneficiary_id_card_no, 'ASSISTANCE', a.id, a.started_on
         FROM assistance_record a WHERE a.beneficiary_id_card_no = ANY($1::bpchar[])
     ) found
     ORDER BY happened_on DESC, record_type, record_id DESC`,
};
