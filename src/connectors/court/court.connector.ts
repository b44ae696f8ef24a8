import type { DepartmentDefinition, PersonRecordRef, RecordTypeSource } from '../department-definition';
import { numericIds } from '../department-definition';
import { isoDateTime, toRecord } from '../record-mapping';
import { CourtCaseSystem1764000000100 } from '../../../migrations/departments/court/1764000000100-CourtCaseSystem';
import { CourtCaseFiling, CourtParty } from './case-filing.type';
import type { CaseFilingRow, CasePartyRow, JudicialConfirmationRow } from './court.entity';
import { CourtJudicialConfirmation } from './judicial-confirmation.type';
import { seedCourt } from './court.seed';

export const COURT = 'COURT';

/** Parties of a filing, aggregated in the same statement as the filing itself. */
const PARTIES_OF_FILING = `
  COALESCE((SELECT json_agg(json_build_object(
      'litigant_role', p.litigant_role, 'party_name', p.party_name, 'id_card_no', p.id_card_no,
      'contact_phone', p.contact_phone, 'domicile', p.domicile) ORDER BY p.id)
    FROM case_party p WHERE p.case_filing_id = f.id), '[]'::json) AS parties`;

function mapParty(row: CasePartyRow): CourtParty {
  return Object.assign(new CourtParty(), {
    role: row.litigant_role,
    name: row.party_name,
    residentId: row.id_card_no,
    phone: row.contact_phone,
    address: row.domicile,
  });
}

const caseFilings: RecordTypeSource<CourtCaseFiling> = {
  name: 'CASE_FILING',
  graphqlType: CourtCaseFiling,
  async loadByIds(db, ids) {
    const rows = await db.query<CaseFilingRow>(
      `SELECT f.id::text, f.case_no, f.case_type, f.cause_of_action, f.procedure_stage, f.filed_on::text,
              f.presiding_judge, f.next_hearing_at, f.claim_summary, ${PARTIES_OF_FILING}
         FROM case_filing f WHERE f.id = ANY($1::bigint[])`,
      [numericIds(ids)],
    );
    return rows.map((row) =>
      toRecord(CourtCaseFiling, { department: COURT, recordType: 'CASE_FILING', recordId: row.id }, {
        caseNumber: row.case_no,
        caseType: row.case_type,
        causeOfAction: row.cause_of_action,
        stage: row.procedure_stage,
        filedOn: row.filed_on,
        presidingJudge: row.presiding_judge,
        nextHearingAt: isoDateTime(row.next_hearing_at),
        claimSummary: row.claim_summary,
        parties: row.parties.map(mapParty),
      }),
    );
  },
};

const judicialConfirmations: RecordTypeSource<CourtJudicialConfirmation> = {
  name: 'JUDICIAL_CONFIRMATION',
  graphqlType: CourtJudicialConfirmation,
  async loadByIds(db, ids) {
    const rows = await db.query<JudicialConfirmationRow>(
      `SELECT r.id::text, f.case_no, r.mediation_body, r.agreement_summary, r.applied_on::text, r.ruled_on::text,
              r.ruling, ${PARTIES_OF_FILING}
         FROM judicial_confirmation_ruling r JOIN case_filing f ON f.id = r.case_filing_id
        WHERE r.id = ANY($1::bigint[])`,
      [numericIds(ids)],
    );
    return rows.map((row) =>
      toRecord(CourtJudicialConfirmation, { department: COURT, recordType: 'JUDICIAL_CONFIRMATION', recordId: row.id }, {
        caseNumber: row.case_no,
        mediationBody: row.mediation_body,
        agreementSummary: row.agreement_summary,
        appliedOn: row.applied_on,
        ruledOn: row.ruled_on,
        ruling: row.ruling,
        parties: row.parties.map(mapParty),
      }),
    );
  },
};

/** The people's tribunal (人民法庭): case filings and judicial confirmations. */
export const courtDepartment: DepartmentDefinition = {
  code: COURT,
  displayName: '人民法庭 (people\'s tribunal)',
  recordTypes: [caseFilings, judicialConfirmations],
  async findRecordsOfPersons(db, residentIds) {
    return db.query<PersonRecordRef>(
      `SELECT p.id_card_no AS "residentId",
              CASE WHEN r.id IS NULL THEN 'CASE_FILING' ELSE 'JUDICIAL_CONFIRMATION' END AS "recordType",
              COALESCE(r.id, f.id)::text AS "recordId"
         FROM case_party p
         JOIN case_filing f ON f.id = p.case_filing_id
         LEFT JOIN judicial_confirmation_ruling r ON r.case_filing_id = f.id
        WHERE p.id_card_no = ANY($1::text[])
        ORDER BY f.filed_on DESC, f.id DESC`,
      [residentIds],
    );
  },
  demo: {
    databaseName: 'dept_court',
    migrations: [CourtCaseSystem1764000000100],
    seed: seedCourt,
  },
};
