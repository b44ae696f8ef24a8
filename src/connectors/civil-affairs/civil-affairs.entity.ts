/** Row shapes of civil affairs' own registers, as its tables name them. */

export interface MarriageRegistrationRow {
  id: string;
  certificate_no: string;
  registration_type: 'MARRIAGE' | 'DIVORCE';
  registered_on: string;
  registry_office: string;
  man_name: string;
  man_id_card_no: string;
  woman_name: string;
  woman_id_card_no: string;
}

export interface AssistanceEntitlementRow {
  id: string;
  programme: 'MINIMUM_LIVING_ALLOWANCE' | 'EXTREME_POVERTY_SUPPORT';
  beneficiary_name: string;
  id_card_no: string;
  residence_address: string | null;
  household_size: number;
  /** numeric(10,2), read as float8 so it arrives as a number. */
  monthly_amount: number;
  granted_on: string;
  entitlement_status: 'ACTIVE' | 'ENDED';
}

export interface LeftBehindCareRow {
  id: string;
  care_type: 'LEFT_BEHIND_CHILD' | 'LEFT_BEHIND_ELDERLY';
  person_name: string;
  id_card_no: string;
  residence_address: string | null;
  guardian_name: string | null;
  guardian_phone: string | null;
  last_visit_on: string | null;
  care_notes: string | null;
}
