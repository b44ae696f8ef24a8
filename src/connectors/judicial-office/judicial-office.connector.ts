import type { DepartmentDefinition, ListSource, RecordTypeSource } from '../department-definition';
import { isoDate } from '../sql';
import { CommunityCorrectionSubject } from './community-correction-subject.type';
import { LegalAidReferral } from './legal-aid-referral.type';
import { PeopleMediationCase } from './people-mediation-case.type';

export const JUDICIAL_OFFICE = 'JUDICIAL_OFFICE';

/** The parties of the mediation case `c` (the judicial office's mediation_party rows). */
const partiesOfCase: ListSource = {
  from: 'mediation_party p',
  where: 'p.mediation_case_id = c.id',
  orderBy: 'p.id',
  fields: {
    role: 'p.party_role',
    name: 'p.party_name',
    residentId: 'p.id_card_no',
    phone: 'p.contact_phone',
    address: 'p.home_address',
  },
};

const mediationCases: RecordTypeSource<PeopleMediationCase> = {
  name: 'PEOPLE_MEDIATION_CASE',
  graphqlType: PeopleMediationCase,
  /** The agreement exists only once the case is settled. */
  from: 'mediation_case c LEFT JOIN mediation_agreement a ON a.mediation_case_id = c.id',
  id: 'c.id',
  fields: {
    caseNumber: 'c.case_no',
    acceptedOn: isoDate('c.accepted_on'),
    category: 'c.dispute_category',
    mediationCommittee: 'c.committee_name',
    mediator: 'c.mediator_name',
    outcome: 'c.mediation_outcome',
    summary: 'c.case_summary',
    agreementNumber: 'a.agreement_no',
    agreementSignedOn: isoDate('a.signed_on'),
    agreementTerms: 'a.agreement_terms',
  },
  lists: { parties: partiesOfCase },
  persons: [
    { residentId: 'parties.residentId', name: 'parties.name', phone: 'parties.phone', address: 'parties.address' },
  ],
  freeTextFields: ['summary', 'agreementTerms'],
};

const legalAidReferrals: RecordTypeSource<LegalAidReferral> = {
  name: 'LEGAL_AID_REFERRAL',
  graphqlType: LegalAidReferral,
  from: 'legal_aid_referral r',
  id: 'r.id',
  fields: {
    referralNumber: 'r.referral_no',
    referredOn: isoDate('r.referred_on'),
    applicantName: 'r.applicant_name',
    applicantResidentId: 'r.applicant_id_card_no',
    applicantPhone: 'r.applicant_phone',
    matter: 'r.legal_matter',
    aidType: 'r.aid_type',
    status: 'r.referral_status',
  },
  persons: [{ residentId: 'applicantResidentId', name: 'applicantName', phone: 'applicantPhone' }],
};

const correctionSubjects: RecordTypeSource<CommunityCorrectionSubject> = {
  name: 'COMMUNITY_CORRECTION_SUBJECT',
  graphqlType: CommunityCorrectionSubject,
  from: 'correction_subject s',
  id: 's.id',
  fields: {
    name: 's.subject_name',
    residentId: 's.id_card_no',
    address: 's.residence_address',
    correctionType: 's.correction_type',
    startedOn: isoDate('s.started_on'),
    endsOn: isoDate('s.ends_on'),
    supervisingOfficer: 's.supervising_officer',
  },
  persons: [{ residentId: 'residentId', name: 'name', address: 'address' }],
};

/** The judicial office (司法所): people's mediation, legal-aid referrals, community correction. */
export const judicialOfficeDepartment: DepartmentDefinition = {
  code: JUDICIAL_OFFICE,
  displayName: '司法所 (judicial office)',
  recordTypes: [mediationCases, legalAidReferrals, correctionSubjects],
  personRecordsQuery: `SELECT x.resident_id AS "residentId", x.record_type AS "recordType", x.id::text AS "recordId" FROM (
       SELECT p.id_card_no::text AS resident_id, 'PEOPLE_MEDIATION_CASE' AS record_type, c.id, c.accepted_on AS on_date
         FROM mediation_party p JOIN mediation_case c ON c.id = p.mediation_case_id
        WHERE p.id_card_no = ANY($1::bpchar[])
       UNION ALL
       SELECT r.applicant_id_card_no::text, 'LEGAL_AID_REFERRAL', r.id, r.referred_on
         FROM legal_aid_referral r WHERE r.applicant_id_card_no = ANY($1::bpchar[])
       UNION ALL
       SELECT s.id_card_no::text, 'COMMUNITY_CORRECTION_SUBJECT', s.id, s.started_on
         FROM correction_subject s WHERE s.id_card_no = ANY($1::bpchar[])
     ) x
     ORDER BY x.on_date DESC, x.id DESC`,
};
