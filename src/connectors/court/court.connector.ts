import type { DepartmentDefinition, ListSource, RecordTypeSource } from '../department-definition';
import { isoDate, isoTimestamp } from '../sql';
import { CourtCaseFiling } from './case-filing.type';
import { CourtJudicialConfirmation } from './judicial-confirmation.type';
import { CourtProtectionOrder } from './protection-order.type';

export const COURT = 'COURT';

/** The parties of the filing `f` (the court's case_party rows). */
const partiesOfFiling: ListSource = {
  from: 'case_party p',
  where: 'p.case_filing_id = f.id',
  orderBy: 'p.id',
  fields: {
    role: 'p.litigant_role',
    name: 'p.party_name',
    residentId: 'p.id_card_no',
    phone: 'p.contact_phone',
    address: 'p.domicile',
  },
};
const PARTY_PERSON = {
  residentId: 'parties.residentId',
  name: 'parties.name',
  phone: 'parties.phone',
  address: 'parties.address',
};

const caseFilings: RecordTypeSource<CourtCaseFiling> = {
  name: 'CASE_FILING',
  graphqlType: CourtCaseFiling,
  from: 'case_filing f',
  id: 'f.id',
  fields: {
    caseNumber: 'f.case_no',
    caseType: 'f.case_type',
    causeOfAction: 'f.cause_of_action',
    stage: 'f.procedure_stage',
    filedOn: isoDate('f.filed_on'),
    presidingJudge: 'f.presiding_judge',
    nextHearingAt: isoTimestamp('f.next_hearing_at'),
    claimSummary: 'f.claim_summary',
  },
  lists: { parties: partiesOfFiling },
  persons: [PARTY_PERSON],
  freeTextFields: ['claimSummary'],
};

const judicialConfirmations: RecordTypeSource<CourtJudicialConfirmation> = {
  name: 'JUDICIAL_CONFIRMATION',
  graphqlType: CourtJudicialConfirmation,
  from: 'judicial_confirmation_ruling r JOIN case_filing f ON f.id = r.case_filing_id',
  id: 'r.id',
  fields: {
    caseNumber: 'f.case_no',
    mediationBody: 'r.mediation_body',
    agreementSummary: 'r.agreement_summary',
    appliedOn: isoDate('r.applied_on'),
    ruledOn: isoDate('r.ruled_on'),
    ruling: 'r.ruling',
  },
  lists: { parties: partiesOfFiling },
  persons: [PARTY_PERSON],
  freeTextFields: ['agreementSummary'],
};

const protectionOrders: RecordTypeSource<CourtProtectionOrder> = {
  name: 'PROTECTION_ORDER',
  graphqlType: CourtProtectionOrder,
  from: 'protection_order o',
  id: 'o.id',
  fields: {
    orderNumber: 'o.order_no',
    issuedOn: isoDate('o.issued_on'),
    effectiveUntil: isoDate('o.effective_until'),
    status: 'o.order_status',
    applicantName: 'o.applicant_name',
    applicantResidentId: 'o.applicant_id_card_no',
    applicantAddress: 'o.applicant_address',
    respondentName: 'o.respondent_name',
    respondentResidentId: 'o.respondent_id_card_no',
    measures: 'o.measures',
  },
  persons: [
    { residentId: 'applicantResidentId', name: 'applicantName', address: 'applicantAddress' },
    { residentId: 'respondentResidentId', name: 'respondentName' },
  ],
  freeTextFields: ['measures'],
};

/** The people's tribunal (人民法庭): case filings, judicial confirmations, protection orders (民保令). */
export const courtDepartment: DepartmentDefinition = {
  code: COURT,
  displayName: "人民法庭 (people's tribunal)",
  recordTypes: [caseFilings, judicialConfirmations, protectionOrders],
  personRecordsQuery: `SELECT x."residentId", x."recordType", x."recordId" FROM (
       SELECT p.id_card_no AS "residentId",
              CASE WHEN r.id IS NULL THEN 'CASE_FILING' ELSE 'JUDICIAL_CONFIRMATION' END AS "recordType",
              COALESCE(r.id, f.id)::text AS "recordId", f.filed_on AS on_date, f.id AS sort_id
         FROM case_party p
         JOIN case_filing f ON f.id = p.case_filing_id
         LEFT JOIN judicial_confirmation_ruling r ON r.case_filing_id = f.id
        WHERE p.id_card_no = ANY($1::bpchar[])
       UNION ALL
       SELECT o.applicant_id_card_no, 'PROTECTION_ORDER', o.id::text, o.issued_on, o.id
         FROM protection_order o WHERE o.applicant_id_card_no = ANY($1::bpchar[])
       UNION ALL
       SELECT o.respondent_id_card_no, 'PROTECTION_ORDER', o.id::text, o.issued_on, o.id
         FROM protection_order o WHERE o.respondent_id_card_no = ANY($1::bpchar[])
     ) x
     ORDER BY x.on_date DESC, x.sort_id DESC`,
};
