/** Row shapes of the police station's own incident system, as its tables name them. */

export interface IncidentPersonRow {
  involvement: 'REPORTER' | 'PARTY' | 'VICTIM' | 'OFFENDER' | 'WITNESS';
  person_name: string;
  id_card_no: string | null;
  phone_no: string | null;
  home_address: string | null;
}

export interface IncidentReportRow {
  id: string;
  jq_no: string;
  call_received_at: Date;
  incident_address: string;
  incident_category: string;
  brief_facts: string | null;
  handling_result: string | null;
  handling_officer: string | null;
  persons: IncidentPersonRow[];
}

export interface PublicSecurityMediationRow {
  id: string;
  mediation_no: string;
  jq_no: string;
  mediated_on: string;
  mediation_result: 'SETTLED' | 'FAILED';
  agreement_content: string | null;
  persons: IncidentPersonRow[];
}

export interface DvWarningLetterRow {
  id: string;
  letter_no: string;
  issued_on: string;
  abuser_name: string;
  abuser_id_card_no: string | null;
  victim_name: string;
  victim_id_card_no: string | null;
  victim_address: string | null;
  facts: string | null;
}
