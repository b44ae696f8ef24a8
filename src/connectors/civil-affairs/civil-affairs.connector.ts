import type { DepartmentDefinition, RecordTypeSource } from '../department-definition';
import { isoDate } from '../sql';
import { MentalHealthRehabilitation } from './mental-health-rehabilitation.type';
import { CareRecord } from './care-record.type';
import { MarriageRegistration } from './marriage-registration.type';
import { SocialAssistanceEntitlement } from './social-assistance.type';

export const CIVIL_AFFAIRS = 'CIVIL_AFFAIRS';

const marriageRegistrations: RecordTypeSource<MarriageRegistration> = {
  name: 'MARRIAGE_REGISTRATION',
  graphqlType: MarriageRegistration,
  from: 'marriage_registration m',
  id: 'm.id',
  fields: {
    certificateNumber: 'm.certificate_no',
    registrationType: 'm.registration_type',
    registeredOn: isoDate('m.registered_on'),
    registryOffice: 'm.registry_office',
    spouse1Name: 'm.man_name',
    spouse1ResidentId: 'm.man_id_card_no',
    spouse2Name: 'm.woman_name',
    spouse2ResidentId: 'm.woman_id_card_no',
  },
  persons: [
    { residentId: 'spouse1ResidentId', name: 'spouse1Name' },
    { residentId: 'spouse2ResidentId', name: 'spouse2Name' },
  ],
};

const socialAssistance: RecordTypeSource<SocialAssistanceEntitlement> = {
  name: 'SOCIAL_ASSISTANCE',
  graphqlType: SocialAssistanceEntitlement,
  from: 'assistance_entitlement e',
  id: 'e.id',
  fields: {
    programme: 'e.programme',
    beneficiaryName: 'e.beneficiary_name',
    beneficiaryResidentId: 'e.id_card_no',
    beneficiaryAddress: 'e.residence_address',
    householdSize: 'e.household_size::int',
    /** numeric(10,2): as float8 so it arrives as a JSON number, not text. */
    monthlyAmountYuan: 'e.monthly_amount::float8',
    since: isoDate('e.granted_on'),
    status: 'e.entitlement_status',
  },
  persons: [{ residentId: 'beneficiaryResidentId', name: 'beneficiaryName', address: 'beneficiaryAddress' }],
};

const careRecords: RecordTypeSource<CareRecord> = {
  name: 'CARE_RECORD',
  graphqlType: CareRecord,
  from: 'left_behind_care c',
  id: 'c.id',
  fields: {
    careType: 'c.care_type',
    personName: 'c.person_name',
    personResidentId: 'c.id_card_no',
    personAddress: 'c.residence_address',
    guardianName: 'c.guardian_name',
    guardianPhone: 'c.guardian_phone',
    lastVisitOn: isoDate('c.last_visit_on'),
    notes: 'c.care_notes',
  },
  persons: [{ residentId: 'personResidentId', name: 'personName', address: 'personAddress' }],
  freeTextFields: ['notes'],
};

const mentalHealthRehabilitation: RecordTypeSource<MentalHealthRehabilitation> = {
  name: 'MENTAL_HEALTH_REHABILITATION',
  graphqlType: MentalHealthRehabilitation,
  from: 'mental_rehab_subject m',
  id: 'm.id',
  fields: {
    personName: 'm.person_name',
    personResidentId: 'm.id_card_no',
    personAddress: 'm.residence_address',
    serious: 'm.is_serious',
    riskGrade: 'm.risk_grade::int',
    managementStatus: 'm.management_status',
    guardianName: 'm.guardian_name',
    guardianPhone: 'm.guardian_phone',
    registeredOn: isoDate('m.registered_on'),
  },
  persons: [{ residentId: 'personResidentId', name: 'personName', address: 'personAddress' }],
};

/** Civil affairs (民政): marriage registration, social assistance, left-behind care, mental-health rehabilitation. */
export const civilAffairsDepartment: DepartmentDefinition = {
  code: CIVIL_AFFAIRS,
  displayName: '民政 (civil affairs)',
  recordTypes: [marriageRegistrations, socialAssistance, careRecords, mentalHealthRehabilitation],
  personRecordsQuery: `SELECT x.resident_id AS "residentId", x.record_type AS "recordType", x.id::text AS "recordId" FROM (
       SELECT m.man_id_card_no::text AS resident_id, 'MARRIAGE_REGISTRATION' AS record_type, m.id, m.registered_on AS on_date
         FROM marriage_registration m WHERE m.man_id_card_no = ANY($1::bpchar[])
       UNION ALL
       SELECT m.woman_id_card_no::text, 'MARRIAGE_REGISTRATION', m.id, m.registered_on
         FROM marriage_registration m WHERE m.woman_id_card_no = ANY($1::bpchar[])
       UNION ALL
       SELECT e.id_card_no::text, 'SOCIAL_ASSISTANCE', e.id, e.granted_on
         FROM assistance_entitlement e WHERE e.id_card_no = ANY($1::bpchar[])
       UNION ALL
       SELECT c.id_card_no::text, 'CARE_RECORD', c.id, c.last_visit_on
         FROM left_behind_care c WHERE c.id_card_no = ANY($1::bpchar[])
       UNION ALL
       SELECT m.id_card_no::text, 'MENTAL_HEALTH_REHABILITATION', m.id, m.registered_on
         FROM mental_rehab_subject m WHERE m.id_card_no = ANY($1::bpchar[])
     ) x
     ORDER BY x.on_date DESC NULLS LAST, x.id DESC`,
};
