import type { BenchEnvironment } from './environment';
import { withClient } from '../src/runtime/provisioning';

/** The data each query reads, found (and for Q1 completed) in the freshly seeded databases. */
export interface Fixtures {
  /** Q1: the showcase family dispute, linked to records of every body (see prepareFixtures). */
  sharedCaseId: string;
  /** Q2: a person named in police incidents only (no police mediation, no warning letter). */
  policePersonId: string;
  /** Q4: the showcase domestic-violence case and its applicant. */
  dvCaseId: string;
  dvApplicantId: string;
  /** Department records per body, for the report. */
  recordsPerDepartment: Record<string, number>;
  jointCases: number;
}

/** Tables holding each body's records (the record kinds of its connector), for counting. */
const RECORD_TABLES: Record<string, string[]> = {
  COURT: ['case_filing', 'judicial_confirmation_ruling'],
  POLICE: ['incident_report', 'public_security_mediation', 'dv_warning_letter'],
  JUDICIAL_OFFICE: ['mediation_case', 'legal_aid_referral', 'correction_subject'],
  WOMENS_FEDERATION: ['rights_complaint', 'assistance_record'],
  CIVIL_AFFAIRS: ['marriage_registration', 'assistance_entitlement', 'left_behind_care'],
  SECURITY_COMMITTEE: ['grid_screening_entry', 'grid_visit_log'],
};

/**
 * The demo's showcase family dispute (chunk 0, so the same case at every scale) is known to the
 * court, the police, the women's federation and civil affairs. For Q1 it is also linked to one
 * people's mediation case of the judicial office and one grid screening entry of the security
 * committee, so a court mediator's shared context spans every body: its own records in full,
 * the police's and the judicial office's granted (some fields masked, some denied), and the
 * women's federation's, civil affairs' and the security committee's withheld: the court has no
 * agreement for any of their kinds, so it learns only how many each body holds (never which
 * kinds), and those bodies receive no statement.
 */
export async function prepareFixtures(env: BenchEnvironment): Promise<Fixtures> {
  const urls = env.databases.adminUrls;
  const first = (url: string, sql: string) =>
    withClient(url, async (c) => (await c.query(sql)).rows[0] as Record<string, string>);
  const mediationCase = await first(urls.departments.JUDICIAL_OFFICE, 'SELECT min(id)::text AS id FROM mediation_case');
  const screening = await first(
    urls.departments.SECURITY_COMMITTEE,
    'SELECT min(id)::text AS id FROM grid_screening_entry',
  );
  const police = await first(
    urls.departments.POLICE,
    `SELECT p.id_card_no AS id FROM incident_person p
      WHERE NOT EXISTS (SELECT 1 FROM incident_person q JOIN public_security_mediation m ON m.incident_report_id = q.incident_report_id WHERE q.id_card_no = p.id_card_no)
        AND NOT EXISTS (SELECT 1 FROM dv_warning_letter w WHERE p.id_card_no IN (w.abuser_id_card_no, w.victim_id_card_no))
      ORDER BY p.incident_report_id, p.id LIMIT 1`,
  );
  const hub = await withClient(urls.hub, async (c) => {
    const caseId = async (number: string) =>
      (await c.query<{ id: string }>('SELECT id FROM joint_case WHERE case_number = $1', [number])).rows[0].id;
    const sharedCaseId = await caseId('(2026)西湖联调000001号');
    const dvCaseId = await caseId('(2026)西湖联调000003号');
    await c.query(
      `UPDATE joint_case SET participating_departments = ARRAY(SELECT DISTINCT unnest(participating_departments || ARRAY['JUDICIAL_OFFICE', 'SECURITY_COMMITTEE']) ORDER BY 1)
        WHERE id = $1`,
      [sharedCaseId],
    );
    await c.query(
      `INSERT INTO joint_case_record_link (joint_case_id, department, record_type, record_id)
       SELECT $1, d, t, r FROM (VALUES ('JUDICIAL_OFFICE', 'PEOPLE_MEDIATION_CASE', $2::text), ('SECURITY_COMMITTEE', 'GRID_SCREENING_ENTRY', $3::text)) AS v(d, t, r)
        WHERE NOT EXISTS (SELECT 1 FROM joint_case_record_link l WHERE l.joint_case_id = $1 AND l.department = v.d)`,
      [sharedCaseId, mediationCase.id, screening.id],
    );
    const applicant = (
      await c.query<{ resident_id: string }>(
        `SELECT resident_id FROM joint_case_party WHERE joint_case_id = $1 AND role = 'APPLICANT' ORDER BY position LIMIT 1`,
        [dvCaseId],
      )
    ).rows[0].resident_id;
    const jointCases = Number((await c.query<{ count: string }>('SELECT count(*) FROM joint_case')).rows[0].count);
    return { sharedCaseId, dvCaseId, applicant, jointCases };
  });
  const recordsPerDepartment: Record<string, number> = {};
  for (const [code, tables] of Object.entries(RECORD_TABLES)) {
    recordsPerDepartment[code] = await withClient(urls.departments[code], async (c) => {
      // One client answers one statement at a time.
      let total = 0;
      for (const table of tables)
        total += Number((await c.query<{ count: string }>(`SELECT count(*) FROM ${table}`)).rows[0].count);
      return total;
    });
  }
  return {
    sharedCaseId: hub.sharedCaseId,
    policePersonId: police.id,
    dvCaseId: hub.dvCaseId,
    dvApplicantId: hub.applicant,
    recordsPerDepartment,
    jointCases: hub.jointCases,
  };
}
