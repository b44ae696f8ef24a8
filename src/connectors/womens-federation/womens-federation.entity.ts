/** Row shapes of the women's federation's own case system, as its tables name them. */

export interface RightsComplaintRow {
  id: string;
  complaint_no: string;
  received_on: string;
  complaint_type: 'DOMESTIC_VIOLENCE' | 'MARRIAGE' | 'CUSTODY' | 'OTHER';
  complainant_name: string;
  complainant_id_card_no: string | null;
  complainant_phone: string | null;
  complainant_address: string | null;
  respondent_name: string | null;
  complaint_summary: string | null;
  handling_status: string;
}

export interface AssistanceRecordRow {
  id: string;
  assistance_type: 'SHELTER' | 'PROTECTION_ORDER_APPLICATION' | 'LEGAL_COUNSEL' | 'PSYCHOLOGICAL';
  started_on: string;
  ended_on: string | null;
  beneficiary_name: string;
  beneficiary_id_card_no: string | null;
  beneficiary_phone: string | null;
  beneficiary_address: string | null;
  notes: string | null;
}
