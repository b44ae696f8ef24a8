import type { DepartmentDefinition, PersonRecordRef, RecordTypeSource } from '../department-definition';
import { numericIds } from '../department-definition';
import { toRecord } from '../record-mapping';
import { PeopleMediationSystem1764000000300 } from '../../../migrations/departments/judicial-office/1764000000300-PeopleMediationSystem';
import { CommunityCorrectionSubject } from './community-correction-subject.type';
import type { CorrectionSubjectRow, LegalAidReferralRow, MediationCaseRow, MediationPartyRow } from './judicial-office.entity';
import { seedJudicialOffice } from './judicial-office.seed';
import { LegalAidReferral } from './legal-aid-referral.type';
import { MediationParty, PeopleMediationCase } from './people-mediation-case.type';

export const JUDICIAL_OFFICE = 'JUDICIAL_OFFICE';

/** Parties of a mediation case, aggregated in the same statement as the case itself. */
const PARTIES_OF_CASE = `
  COALESCE((SELECT json_agg(json_build_object(
      'party_role', p.party_role, 'party_name', p.party_name, 'id_card_no', p.id_card_no,
      'contact_phone', p.contact_phone, 'home_address', p.home_address) ORDER BY p.id)
    FROM mediation_party p WHERE p.mediation_case_id = c.id), '[]'::json) AS parties`;

function mapParty(row: MediationPartyRow): MediationParty {
  return Object.assign(new MediationParty(), {
    role: row.party_role,
    name: row.party_name,
    residentId: row.id_card_no,
    phone: row.contact_phone,
    address: row.home_address,
  });
}

const mediationCases: RecordTypeSource<PeopleMediationCase> = {
  name: 'PEOPLE_MEDIATION_CASE',
  graphqlType: PeopleMediationCase,
  async loadByIds(db, ids) {
    const rows = await db.query<MediationCaseRow>(
      `SELECT c.id::text, c.case_no, c.accepted_on::text, c.dispute_category, c.committee_name, c.mediator_name,
              c.mediation_outcome, c.case_summary, a.agreement_no, a.signed_on::text, a.agreement_terms, ${PARTIES_OF_CASE}
         FROM mediation_case c LEFT JOIN mediation_agreement a ON a.mediation_case_id = c.id
        WHERE c.id = ANY($1::bigint[])`,
      [numericIds(ids)],
    );
    return rows.map((row) =>
      toRecord(PeopleMediationCase, { department: JUDICIAL_OFFICE, recordType: 'PEOPLE_MEDIATION_CASE', recordId: row.id }, {
        caseNumber: row.case_no,
        acceptedOn: row.accepted_on,
        category: row.dispute_category,
        mediationCommittee: row.committee_name,
        mediator: row.mediator_name,
        outcome: row.mediation_outcome,
        summary: row.case_summary,
        agreementNumber: row.agreement_no,
        agreementSignedOn: row.signed_on,
        agreementTerms: row.agreement_terms,
        parties: row.parties.map(mapParty),
      }),
    );
  },
};

const legalAidReferrals: RecordTypeSource<LegalAidReferral> = {
  name: 'LEGAL_AID_REFERRAL',
  graphqlType: LegalAidReferral,
  async loadByIds(db, ids) {
    const rows = await db.query<LegalAidReferralRow>(
      `SELECT r.id::text, r.referral_no, r.referred_on::text, r.applicant_name, r.applicant_id_card_no, r.applicant_phone,
              r.legal_matter, r.aid_type, r.referral_status
         FROM legal_aid_referral r WHERE r.id = ANY($1::bigint[])`,
      [numericIds(ids)],
    );
    return rows.map((row) =>
      toRecord(LegalAidReferral, { department: JUDICIAL_OFFICE, recordType: 'LEGAL_AID_REFERRAL', recordId: row.id }, {
        referralNumber: row.referral_no,
        referredOn: row.referred_on,
        applicantName: row.applicant_name,
        applicantResidentId: row.applicant_id_card_no,
        applicantPhone: row.applicant_phone,
        matter: row.legal_matter,
        aidType: row.aid_type,
        status: row.referral_status,
      }),
    );
  },
};

const correctionSubjects: RecordTypeSource<CommunityCorrectionSubject> = {
  name: 'COMMUNITY_CORRECTION_SUBJECT',
  graphqlType: CommunityCorrectionSubject,
  async loadByIds(db, ids) {
    const rows = await db.query<CorrectionSubjectRow>(
      `SELECT s.id::text, s.subject_name, s.id_card_no, s.residence_address, s.correction_type, s.started_on::text,
              s.ends_on::text, s.supervising_officer
         FROM correction_subject s WHERE s.id = ANY($1::bigint[])`,
      [numericIds(ids)],
    );
    return rows.map((row) =>
      toRecord(CommunityCorrectionSubject, { department: JUDICIAL_OFFICE, recordType: 'COMMUNITY_CORRECTION_SUBJECT', recordId: row.id }, {
        name: row.subject_name,
        residentId: row.id_card_no,
        address: row.residence_address,
        correctionType: row.correction_type,
        startedOn: row.started_on,
        endsOn: row.ends_on,
        supervisingOfficer: row.supervising_officer,
      }),
    );
  },
};

/** The judicial office (司法所): people's mediation, legal-aid referrals, community correction. */
export const judicialOfficeDepartment: DepartmentDefinition = {
  code: JUDICIAL_OFFICE,
  displayName: '司法所 (judicial office)',
  recordTypes: [mediationCases, legalAidReferrals, correctionSubjects],
  async findRecordsOfPersons(db, residentIds) {
    return db.query<PersonRecordRef>(
      `SELECT x.resident_id AS "residentId", x.record_type AS "recordType", x.id::text AS "recordId" FROM (
         SELECT p.id_card_no::text AS resident_id, 'PEOPLE_MEDIATION_CASE' AS record_type, c.id, c.accepted_on AS on_date
           FROM mediation_party p JOIN mediation_case c ON c.id = p.mediation_case_id
          WHERE p.id_card_no = ANY($1::text[])
         UNION ALL
         SELECT r.applicant_id_card_no::text, 'LEGAL_AID_REFERRAL', r.id, r.referred_on
           FROM legal_aid_referral r WHERE r.applicant_id_card_no = ANY($1::text[])
         UNION ALL
         SELECT s.id_card_no::text, 'COMMUNITY_CORRECTION_SUBJECT', s.id, s.started_on
           FROM correction_subject s WHERE s.id_card_no = ANY($1::text[])
       ) x
       ORDER BY x.on_date DESC, x.id DESC`,
      [residentIds],
    );
  },
  demo: {
    databaseName: 'dept_judicial_office',
    migrations: [PeopleMediationSystem1764000000300],
    seed: seedJudicialOffice,
  },
};
