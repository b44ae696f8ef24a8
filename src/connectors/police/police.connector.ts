import type { DepartmentDefinition, ListSource, RecordTypeSource } from '../department-definition';
import { isoDate, isoTimestamp } from '../sql';
import { PoliceDomesticViolenceWarning } from './dv-warning-letter.type';
import { PoliceIncident } from './incident.type';
import { PoliceMediation } from './police-mediation.type';

export const POLICE = 'POLICE';

/** The persons of the incident `i` (the police station's incident_person rows). */
const personsOfIncident: ListSource = {
  from: 'incident_person p',
  where: 'p.incident_report_id = i.id',
  orderBy: 'p.id',
  fields: {
    role: 'p.involvement',
    name: 'p.person_name',
    residentId: 'p.id_card_no',
    phone: 'p.phone_no',
    address: 'p.home_address',
  },
};
const INCIDENT_PERSON = {
  residentId: 'persons.residentId',
  name: 'persons.name',
  phone: 'persons.phone',
  address: 'persons.address',
};

const incidents: RecordTypeSource<PoliceIncident> = {
  name: 'INCIDENT',
  graphqlType: PoliceIncident,
  from: 'incident_report i',
  id: 'i.id',
  fields: {
    incidentNumber: 'i.jq_no',
    calledAt: isoTimestamp('i.call_received_at'),
    place: 'i.incident_address',
    category: 'i.incident_category',
    summary: 'i.brief_facts',
    handlingResult: 'i.handling_result',
    handlingOfficer: 'i.handling_officer',
  },
  lists: { persons: personsOfIncident },
  persons: [INCIDENT_PERSON],
  addressFields: ['place'],
  freeTextFields: ['summary', 'handlingResult'],
};

const mediations: RecordTypeSource<PoliceMediation> = {
  name: 'POLICE_MEDIATION',
  graphqlType: PoliceMediation,
  from: 'public_security_mediation m JOIN incident_report i ON i.id = m.incident_report_id',
  id: 'm.id',
  fields: {
    mediationNumber: 'm.mediation_no',
    incidentNumber: 'i.jq_no',
    mediatedOn: isoDate('m.mediated_on'),
    outcome: 'm.mediation_result',
    agreementSummary: 'm.agreement_content',
  },
  lists: { persons: personsOfIncident },
  persons: [INCIDENT_PERSON],
  freeTextFields: ['agreementSummary'],
};

const warningLetters: RecordTypeSource<PoliceDomesticViolenceWarning> = {
  name: 'DV_WARNING_LETTER',
  graphqlType: PoliceDomesticViolenceWarning,
  from: 'dv_warning_letter w',
  id: 'w.id',
  fields: {
    letterNumber: 'w.letter_no',
    issuedOn: isoDate('w.issued_on'),
    abuserName: 'w.abuser_name',
    abuserResidentId: 'w.abuser_id_card_no',
    victimName: 'w.victim_name',
    victimResidentId: 'w.victim_id_card_no',
    victimAddress: 'w.victim_address',
    facts: 'w.facts',
  },
  persons: [
    { residentId: 'abuserResidentId', name: 'abuserName' },
    { residentId: 'victimResidentId', name: 'victimName', address: 'victimAddress' },
  ],
  freeTextFields: ['facts'],
};

/** The police station (派出所): incidents, public-security mediations, domestic-violence warning letters. */
export const policeDepartment: DepartmentDefinition = {
  code: POLICE,
  displayName: '派出所 (police station)',
  recordTypes: [incidents, mediations, warningLetters],
  personRecordsQuery: `SELECT resident_id AS "residentId", record_type AS "recordType", record_id::text AS "recordId" FROM (
       SELECT p.id_card_no AS resident_id, 'INCIDENT' AS record_type, i.id AS record_id, i.call_received_at AS happened_at
         FROM incident_person p JOIN incident_report i ON i.id = p.incident_report_id
        WHERE p.id_card_no = ANY($1::bpchar[])
       UNION ALL
       SELECT p.id_card_no, 'POLICE_MEDIATION', m.id, m.mediated_on::timestamptz
         FROM incident_person p JOIN public_security_mediation m ON m.incident_report_id = p.incident_report_id
        WHERE p.id_card_no = ANY($1::bpchar[])
       UNION ALL
       SELECT w.abuser_id_card_no, 'DV_WARNING_LETTER', w.id, w.issued_on::timestamptz
         FROM dv_warning_letter w WHERE w.abuser_id_card_no = ANY($1::bpchar[])
       UNION ALL
       SELECT w.victim_id_card_no, 'DV_WARNING_LETTER', w.id, w.issued_on::timestamptz
         FROM dv_warning_letter w WHERE w.victim_id_card_no = ANY($1::bpchar[])
     ) found
     ORDER BY happened_at DESC, record_type, record_id DESC`,
};
