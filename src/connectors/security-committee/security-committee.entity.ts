/** Row shapes of the security committee's grid ledger, as its tables name them. */

export interface ScreeningPersonRow {
  person_name: string;
  id_card_no: string | null;
  phone: string | null;
  address: string | null;
}

export interface ScreeningEntryRow {
  id: string;
  entry_no: string;
  screened_on: string;
  grid_name: string;
  grid_worker: string | null;
  dispute_type: string;
  parties_desc: string | null;
  risk_note: string | null;
  entry_status: 'REPORTED' | 'RESOLVED_LOCALLY' | 'ESCALATED';
  persons: ScreeningPersonRow[];
}

export interface VisitLogRow {
  id: string;
  visited_on: string;
  grid_name: string;
  grid_worker: string | null;
  household_address: string | null;
  person_name: string | null;
  id_card_no: string | null;
  visit_notes: string | null;
}
