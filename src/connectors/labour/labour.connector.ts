import type { DepartmentDefinition, RecordTypeSource } from '../department-definition';
import { isoDate } from '../sql';
import { LabourArbitrationCase } from './labour-arbitration-case.type';
import { WageArrearsComplaint } from './wage-arrears-complaint.type';

export const LABOUR = 'LABOUR';

const wageComplaints: RecordTypeSource<WageArrearsComplaint> = {
  name: 'WAGE_ARREARS_COMPLAINT',
  graphqlType: WageArrearsComplaint,
  from: 'jc_wage_complaint w',
  id: 'w.id',
  fields: {
    complaintNumber: 'w.complaint_no',
    receivedOn: isoDate('w.received_on'),
    employerName: 'w.employer_name',
    employerCreditCode: 'w.employer_uscc',
    legalRepresentativeName: 'w.legal_rep_name',
    legalRepresentativeResidentId: 'w.legal_rep_id_no',
    complainantName: 'w.complainant_name',
    complainantResidentId: 'w.complainant_id_no',
    complainantPhone: 'w.complainant_phone',
    workersInvolved: 'w.workers_involved',
    amountOwed: 'w.amount_owed::text',
    status: 'w.complaint_status',
  },
  persons: [
    { residentId: 'complainantResidentId', name: 'complainantName', phone: 'complainantPhone' },
    { residentId: 'legalRepresentativeResidentId', name: 'legalRepresentativeName' },
  ],
};

const arbitrationCases: RecordTypeSource<LabourArbitrationCase> = {
  name: 'LABOUR_ARBITRATION_CASE',
  graphqlType: LabourArbitrationCase,
  from: 'zc_arbitration_case a',
  id: 'a.id',
  fields: {
    caseNumber: 'a.case_no',
    filedOn: isoDate('a.filed_on'),
    applicantName: 'a.applicant_name',
    applicantResidentId: 'a.applicant_id_no',
    applicantPhone: 'a.applicant_phone',
    respondentName: 'a.respondent_name',
    respondentCreditCode: 'a.respondent_uscc',
    claims: 'a.claims',
    result: 'a.result',
    concludedOn: isoDate('a.concluded_on'),
  },
  persons: [{ residentId: 'applicantResidentId', name: 'applicantName', phone: 'applicantPhone' }],
  freeTextFields: ['claims'],
};

/**
 * Human resources and social security (人力资源和社会保障, 人社), one of the "N": the labour
 * security inspectorate's wage-arrears complaints and the arbitration commission's cases.
 */
export const labourDepartment: DepartmentDefinition = {
  code: LABOUR,
  displayName: '人社局 (human resources and social security: labour inspection and arbitration)',
  recordTypes: [wageComplaints, arbitrationCases],
  personRecordsQuery: `SELECT x.resident_id AS "residentId", x.record_type AS "recordType", x.id::text AS "recordId" FROM (
       SELECT w.complainant_id_no::text AS resident_id, 'WAGE_ARREARS_COMPLAINT' AS record_type, w.id, w.received_on AS on_date
         FROM jc_wage_complaint w WHERE w.complainant_id_no = ANY($1::bpchar[])
       UNION ALL
       SELECT w.legal_rep_id_no::text, 'WAGE_ARREARS_COMPLAINT', w.id, w.received_on
         FROM jc_wage_complaint w WHERE w.legal_rep_id_no = ANY($1::bpchar[])
       UNION ALL
       SELECT a.applicant_id_no::text, 'LABOUR_ARBITRATION_CASE', a.id, a.filed_on
         FROM zc_arbitration_case a WHERE a.applicant_id_no = ANY($1::bpchar[])
     ) x
     ORDER BY x.on_date DESC, x.id DESC`,
};
