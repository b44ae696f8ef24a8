import type { DepartmentDefinition, PersonRecordRef, RecordTypeSource } from '../department-definition';
import { numericIds } from '../department-definition';
import { toRecord } from '../record-mapping';
import { CivilAffairsRegisters1764000000400 } from '../../../migrations/departments/civil-affairs/1764000000400-CivilAffairsRegisters';
import type { AssistanceEntitlementRow, LeftBehindCareRow, MarriageRegistrationRow } from './civil-affairs.entity';
import { seedCivilAffairs } from './civil-affairs.seed';
import { CareRecord } from './care-record.type';
import { MarriageRegistration } from './marriage-registration.type';
import { SocialAssistanceEntitlement } from './social-assistance.type';

export const CIVIL_AFFAIRS = 'CIVIL_AFFAIRS';

const marriageRegistrations: RecordTypeSource<MarriageRegistration> = {
  name: 'MARRIAGE_REGISTRATION',
  graphqlType: MarriageRegistration,
  async loadByIds(db, ids) {
    const rows = await db.query<MarriageRegistrationRow>(
      `SELECT m.id::text, m.certificate_no, m.registration_type, m.registered_on::text, m.registry_office,
              m.man_name, m.man_id_card_no, m.woman_name, m.woman_id_card_no
         FROM marriage_registration m WHERE m.id = ANY($1::bigint[])`,
      [numericIds(ids)],
    );
    return rows.map((row) =>
      toRecord(MarriageRegistration, { department: CIVIL_AFFAIRS, recordType: 'MARRIAGE_REGISTRATION', recordId: row.id }, {
        certificateNumber: row.certificate_no,
        registrationType: row.registration_type,
        registeredOn: row.registered_on,
        registryOffice: row.registry_office,
        spouse1Name: row.man_name,
        spouse1ResidentId: row.man_id_card_no,
        spouse2Name: row.woman_name,
        spouse2ResidentId: row.woman_id_card_no,
      }),
    );
  },
};

const socialAssistance: RecordTypeSource<SocialAssistanceEntitlement> = {
  name: 'SOCIAL_ASSISTANCE',
  graphqlType: SocialAssistanceEntitlement,
  async loadByIds(db, ids) {
    const rows = await db.query<AssistanceEntitlementRow>(
      `SELECT e.id::text, e.programme, e.beneficiary_name, e.id_card_no, e.residence_address, e.household_size,
              e.monthly_amount::float8 AS monthly_amount, e.granted_on::text, e.entitlement_status
         FROM assistance_entitlement e WHERE e.id = ANY($1::bigint[])`,
      [numericIds(ids)],
    );
    return rows.map((row) =>
      toRecord(SocialAssistanceEntitlement, { department: CIVIL_AFFAIRS, recordType: 'SOCIAL_ASSISTANCE', recordId: row.id }, {
        programme: row.programme,
        beneficiaryName: row.beneficiary_name,
        beneficiaryResidentId: row.id_card_no,
        beneficiaryAddress: row.residence_address,
        householdSize: row.household_size,
        monthlyAmountYuan: row.monthly_amount,
        since: row.granted_on,
        status: row.entitlement_status,
      }),
    );
  },
};

const careRecords: RecordTypeSource<CareRecord> = {
  name: 'CARE_RECORD',
  graphqlType: CareRecord,
  async loadByIds(db, ids) {
    const rows = await db.query<LeftBehindCareRow>(
      `SELECT c.id::text, c.care_type, c.person_name, c.id_card_no, c.residence_address, c.guardian_name,
              c.guardian_phone, c.last_visit_on::text, c.care_notes
         FROM left_behind_care c WHERE c.id = ANY($1::bigint[])`,
      [numericIds(ids)],
    );
    return rows.map((row) =>
      toRecord(CareRecord, { department: CIVIL_AFFAIRS, recordType: 'CARE_RECORD', recordId: row.id }, {
        careType: row.care_type,
        personName: row.person_name,
        personResidentId: row.id_card_no,
        personAddress: row.residence_address,
        guardianName: row.guardian_name,
        guardianPhone: row.guardian_phone,
        lastVisitOn: row.last_visit_on,
        notes: row.care_notes,
      }),
    );
  },
};

/** Civil affairs (民政): marriage registration, social assistance, left-behind care. */
export const civilAffairsDepartment: DepartmentDefinition = {
  code: CIVIL_AFFAIRS,
  displayName: '民政 (civil affairs)',
  recordTypes: [marriageRegistrations, socialAssistance, careRecords],
  async findRecordsOfPersons(db, residentIds) {
    return db.query<PersonRecordRef>(
      `SELECT x.resident_id AS "residentId", x.record_type AS "recordType", x.id::text AS "recordId" FROM (
         SELECT m.man_id_card_no::text AS resident_id, 'MARRIAGE_REGISTRATION' AS record_type, m.id, m.registered_on AS on_date
           FROM marriage_registration m WHERE m.man_id_card_no = ANY($1::text[])
         UNION ALL
         SELECT m.woman_id_card_no::text, 'MARRIAGE_REGISTRATION', m.id, m.registered_on
           FROM marriage_registration m WHERE m.woman_id_card_no = ANY($1::text[])
         UNION ALL
         SELECT e.id_card_no::text, 'SOCIAL_ASSISTANCE', e.id, e.granted_on
           FROM assistance_entitlement e WHERE e.id_card_no = ANY($1::text[])
         UNION ALL
         SELECT c.id_card_no::text, 'CARE_RECORD', c.id, c.last_visit_on
           FROM left_behind_care c WHERE c.id_card_no = ANY($1::text[])
       ) x
       ORDER BY x.on_date DESC NULLS LAST, x.id DESC`,
      [residentIds],
    );
  },
  demo: {
    databaseName: 'dept_civil_affairs',
    migrations: [CivilAffairsRegisters1764000000400],
    seed: seedCivilAffairs,
  },
};
