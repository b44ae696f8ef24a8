import type { DepartmentDefinition, PersonRecordRef, RecordTypeSource } from '../department-definition';
import { numericIds } from '../department-definition';
import { isoDateTime, toRecord } from '../record-mapping';
import { PoliceIncidentSystem1764000000200 } from '../../../migrations/departments/police/1764000000200-PoliceIncidentSystem';
import { PoliceDomesticViolenceWarning } from './dv-warning-letter.type';
import { PoliceIncident, PolicePerson } from './incident.type';
import type { DvWarningLetterRow, IncidentPersonRow, IncidentReportRow, PublicSecurityMediationRow } from './police.entity';
import { PoliceMediation } from './police-mediation.type';
import { seedPolice } from './police.seed';

export const POLICE = 'POLICE';

/** Persons of the incident `i`, aggregated in the same statement as the record itself. */
const PERSONS_OF_INCIDENT = `
  COALESCE((SELECT json_agg(json_build_object(
      'involvement', p.involvement, 'person_name', p.person_name, 'id_card_no', p.id_card_no,
      'phone_no', p.phone_no, 'home_address', p.home_address) ORDER BY p.id)
    FROM incident_person p WHERE p.incident_report_id = i.id), '[]'::json) AS persons`;

function mapPerson(row: IncidentPersonRow): PolicePerson {
  return Object.assign(new PolicePerson(), {
    role: row.involvement,
    name: row.person_name,
    residentId: row.id_card_no,
    phone: row.phone_no,
    address: row.home_address,
  });
}

const incidents: RecordTypeSource<PoliceIncident> = {
  name: 'INCIDENT',
  graphqlType: PoliceIncident,
  async loadByIds(db, ids) {
    const rows = await db.query<IncidentReportRow>(
      `SELECT i.id::text, i.jq_no, i.call_received_at, i.incident_address, i.incident_category, i.brief_facts,
              i.handling_result, i.handling_officer, ${PERSONS_OF_INCIDENT}
         FROM incident_report i WHERE i.id = ANY($1::bigint[])`,
      [numericIds(ids)],
    );
    return rows.map((row) =>
      toRecord(PoliceIncident, { department: POLICE, recordType: 'INCIDENT', recordId: row.id }, {
        incidentNumber: row.jq_no,
        calledAt: isoDateTime(row.call_received_at),
        place: row.incident_address,
        category: row.incident_category,
        summary: row.brief_facts,
        handlingResult: row.handling_result,
        handlingOfficer: row.handling_officer,
        persons: row.persons.map(mapPerson),
      }),
    );
  },
};

const mediations: RecordTypeSource<PoliceMediation> = {
  name: 'POLICE_MEDIATION',
  graphqlType: PoliceMediation,
  async loadByIds(db, ids) {
    const rows = await db.query<PublicSecurityMediationRow>(
      `SELECT m.id::text, m.mediation_no, i.jq_no, m.mediated_on::text, m.mediation_result, m.agreement_content,
              ${PERSONS_OF_INCIDENT}
         FROM public_security_mediation m JOIN incident_report i ON i.id = m.incident_report_id
        WHERE m.id = ANY($1::bigint[])`,
      [numericIds(ids)],
    );
    return rows.map((row) =>
      toRecord(PoliceMediation, { department: POLICE, recordType: 'POLICE_MEDIATION', recordId: row.id }, {
        mediationNumber: row.mediation_no,
        incidentNumber: row.jq_no,
        mediatedOn: row.mediated_on,
        outcome: row.mediation_result,
        agreementSummary: row.agreement_content,
        persons: row.persons.map(mapPerson),
      }),
    );
  },
};

const warningLetters: RecordTypeSource<PoliceDomesticViolenceWarning> = {
  name: 'DV_WARNING_LETTER',
  graphqlType: PoliceDomesticViolenceWarning,
  async loadByIds(db, ids) {
    const rows = await db.query<DvWarningLetterRow>(
      `SELECT w.id::text, w.letter_no, w.issued_on::text, w.abuser_name, w.abuser_id_card_no, w.victim_name,
              w.victim_id_card_no, w.victim_address, w.facts
         FROM dv_warning_letter w WHERE w.id = ANY($1::bigint[])`,
      [numericIds(ids)],
    );
    return rows.map((row) =>
      toRecord(PoliceDomesticViolenceWarning, { department: POLICE, recordType: 'DV_WARNING_LETTER', recordId: row.id }, {
        letterNumber: row.letter_no,
        issuedOn: row.issued_on,
        abuserName: row.abuser_name,
        abuserResidentId: row.abuser_id_card_no,
        victimName: row.victim_name,
        victimResidentId: row.victim_id_card_no,
        victimAddress: row.victim_address,
        facts: row.facts,
      }),
    );
  },
};

/** The police station (派出所): incidents, public-security mediations, domestic-violence warning letters. */
export const policeDepartment: DepartmentDefinition = {
  code: POLICE,
  displayName: '派出所 (police station)',
  recordTypes: [incidents, mediations, warningLetters],
  async findRecordsOfPersons(db, residentIds) {
    return db.query<PersonRecordRef>(
      `SELECT resident_id AS "residentId", record_type AS "recordType", record_id::text AS "recordId" FROM (
         SELECT p.id_card_no AS resident_id, 'INCIDENT' AS record_type, i.id AS record_id, i.call_received_at AS happened_at
           FROM incident_person p JOIN incident_report i ON i.id = p.incident_report_id
          WHERE p.id_card_no = ANY($1::text[])
         UNION ALL
         SELECT p.id_card_no, 'POLICE_MEDIATION', m.id, m.mediated_on::timestamptz
           FROM incident_person p JOIN public_security_mediation m ON m.incident_report_id = p.incident_report_id
          WHERE p.id_card_no = ANY($1::text[])
         UNION ALL
         SELECT w.abuser_id_card_no, 'DV_WARNING_LETTER', w.id, w.issued_on::timestamptz
           FROM dv_warning_letter w WHERE w.abuser_id_card_no = ANY($1::text[])
         UNION ALL
         SELECT w.victim_id_card_no, 'DV_WARNING_LETTER', w.id, w.issued_on::timestamptz
           FROM dv_warning_letter w WHERE w.victim_id_card_no = ANY($1::text[])
       ) found
       ORDER BY happened_at DESC, record_type, record_id DESC`,
      [residentIds],
    );
  },
  demo: {
    databaseName: 'dept_police',
    migrations: [PoliceIncidentSystem1764000000200],
    seed: seedPolice,
  },
};
