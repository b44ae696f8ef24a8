import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The police station's own incident system (demo): 110 incidents, persons involved, mediations, DV warning letters. */
export class PoliceIncidentSystem1764000000200 implements MigrationInterface {
  name = 'PoliceIncidentSystem1764000000200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE incident_report (
        id                bigserial PRIMARY KEY,
        jq_no             text NOT NULL UNIQUE,
        call_received_at  timestamptz NOT NULL,
        incident_address  text NOT NULL,
        incident_category text NOT NULL CHECK (incident_category IN ('FAMILY_DISPUTE', 'NEIGHBOUR_DISPUTE', 'FIGHT', 'WAGE_DISPUTE', 'OTHER')),
        brief_facts       text,
        handling_result   text,
        handling_officer  text
      )`);
    await db.query(`CREATE INDEX incident_report_address_idx ON incident_report (incident_address)`);
    await db.query(`
      CREATE TABLE incident_person (
        id                 bigserial PRIMARY KEY,
        incident_report_id bigint NOT NULL REFERENCES incident_report (id),
        involvement        text NOT NULL CHECK (involvement IN ('REPORTER', 'PARTY', 'VICTIM', 'OFFENDER', 'WITNESS')),
        person_name        text NOT NULL,
        id_card_no         char(18),
        phone_no           text,
        home_address       text
      )`);
    await db.query(`CREATE INDEX incident_person_incident_idx ON incident_person (incident_report_id)`);
    await db.query(`CREATE INDEX incident_person_id_card_idx ON incident_person (id_card_no)`);
    await db.query(`
      CREATE TABLE public_security_mediation (
        id                 bigserial PRIMARY KEY,
        mediation_no       text NOT NULL UNIQUE,
        incident_report_id bigint NOT NULL REFERENCES incident_report (id),
        mediated_on        date NOT NULL,
        mediation_result   text NOT NULL CHECK (mediation_result IN ('SETTLED', 'FAILED')),
        agreement_content  text
      )`);
    await db.query(
      `CREATE INDEX public_security_mediation_incident_idx ON public_security_mediation (incident_report_id)`,
    );
    await db.query(`
      CREATE TABLE dv_warning_letter (
        id                 bigserial PRIMARY KEY,
        letter_no          text NOT NULL UNIQUE,
        incident_report_id bigint REFERENCES incident_report (id),
        issued_on          date NOT NULL,
        abuser_name        text NOT NULL,
        abuser_id_card_no  char(18),
        victim_name        text NOT NULL,
        victim_id_card_no  char(18),
        victim_address     text,
        facts              text
      )`);
    await db.query(`CREATE INDEX dv_warning_letter_abuser_idx ON dv_warning_letter (abuser_id_card_no)`);
    await db.query(`CREATE INDEX dv_warning_letter_victim_idx ON dv_warning_letter (victim_id_card_no)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE dv_warning_letter`);
    await db.query(`DROP TABLE public_security_mediation`);
    await db.query(`DROP TABLE incident_person`);
    await db.query(`DROP TABLE incident_report`);
  }
}
