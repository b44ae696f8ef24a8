import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Human resources and social security (demo): the labour security inspectorate's wage-arrears
 * complaints (劳动保障监察 欠薪投诉, `jc_`) and the arbitration commission's cases
 * (劳动人事争议仲裁, `zc_`). Employers are kept by name and unified social credit code.
 */
export class LabourSecuritySystem1797000000200 implements MigrationInterface {
  name = 'LabourSecuritySystem1797000000200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE jc_wage_complaint (
        id                bigserial PRIMARY KEY,
        complaint_no      text NOT NULL UNIQUE,
        received_on       date NOT NULL,
        employer_name     text NOT NULL,
        employer_uscc     char(18) NOT NULL,
        legal_rep_name    text,
        legal_rep_id_no   char(18),
        complainant_name  text NOT NULL,
        complainant_id_no char(18),
        complainant_phone text,
        workers_involved  integer NOT NULL CHECK (workers_involved > 0),
        amount_owed       numeric(12, 2) NOT NULL CHECK (amount_owed >= 0),
        complaint_status  text NOT NULL CHECK (complaint_status IN ('RECEIVED', 'INVESTIGATING', 'ORDERED_TO_PAY', 'PAID', 'TRANSFERRED_TO_POLICE'))
      )`);
    await db.query(`CREATE INDEX jc_wage_complaint_complainant_idx ON jc_wage_complaint (complainant_id_no)`);
    await db.query(`CREATE INDEX jc_wage_complaint_legal_rep_idx ON jc_wage_complaint (legal_rep_id_no)`);
    await db.query(`CREATE INDEX jc_wage_complaint_uscc_idx ON jc_wage_complaint (employer_uscc)`);
    await db.query(`
      CREATE TABLE zc_arbitration_case (
        id               bigserial PRIMARY KEY,
        case_no          text NOT NULL UNIQUE,
        filed_on         date NOT NULL,
        applicant_name   text NOT NULL,
        applicant_id_no  char(18),
        applicant_phone  text,
        respondent_name  text NOT NULL,
        respondent_uscc  char(18),
        claims           text NOT NULL,
        result           text NOT NULL CHECK (result IN ('PENDING', 'MEDIATED', 'AWARDED', 'WITHDRAWN')),
        concluded_on     date
      )`);
    await db.query(`CREATE INDEX zc_arbitration_case_applicant_idx ON zc_arbitration_case (applicant_id_no)`);
    await db.query(`CREATE INDEX zc_arbitration_case_uscc_idx ON zc_arbitration_case (respondent_uscc)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE zc_arbitration_case`);
    await db.query(`DROP TABLE jc_wage_complaint`);
  }
}
