/** Row shapes of the court's own case system, as its tables name them. */

export interface CasePartyRow {
  litigant_role: 'PLAINTIFF' | 'DEFENDANT' | 'THIRD_PARTY';
  party_name: string;
  id_card_no: string;
  contact_phone: string | null;
  domicile: string | null;
}

export interface CaseFilingRow {
  id: string;
  case_no: string;
  case_type: string;
  cause_of_action: string;
  procedure_stage: string;
  filed_on: string;
  presiding_judge: string | null;
  next_hearing_at: Date | null;
  claim_summary: string | null;
  parties: CasePartyRow[];
}

export interface JudicialConfirmationRow {
  id: string;
  case_no: string;
  mediation_body: string;
  agreement_summary: string;
  applied_on: string;
  ruled_on: string | null;
  ruling: string;
  parties: CasePartyRow[];
}
