/** Row shapes of the judicial office's own people's-mediation system, as its tables name them. */

export interface MediationPartyRow {
  party_role: 'APPLICANT' | 'RESPONDENT' | 'INTERESTED_PARTY';
  party_name: string;
  id_card_no: string;
  contact_phone: string | null;
  home_address: string | null;
}

/** A mediation case joined with its agreement (absent unless settled). */
export interface MediationCaseRow {
  id: string;
  case_no: string;
  accepted_on: string;
  dispute_category: string;
  committee_name: string;
  mediator_name: string | null;
  mediation_outcome: 'SETTLED' | 'FAILED' | 'IN_PROGRESS';
  case_summary: string | null;
  agreement_no: string | null;
  signed_on: string | null;
  agreement_terms: string | null;
  parties: MediationPartyRow[];
}

export interface LegalAidReferralRow {
  id: string;
  referral_no: string;
  referred_on: string;
  applicant_name: string;
  applicant_id_card_no: string;
  applicant_phone: string | null;
  legal_matter: string;
  aid_type: 'CONSULTATION' | 'LITIGATION_REPRESENTATION' | 'NON_LITIGATION_REPRESENTATION';
  referral_status: 'REFERRED' | 'ACCEPTED' | 'REJECTED' | 'CLOSED';
}

export interface CorrectionSubjectRow {
  id: string;
  subject_name: string;
  id_card_no: string;
  residence_address: string | null;
  correction_type: 'PROBATION' | 'PAROLE' | 'SUSPENDED_SENTENCE' | 'TEMPORARY_OUTSIDE_EXECUTION';
  started_on: string;
  ends_on: string | null;
  supervising_officer: string | null;
}
