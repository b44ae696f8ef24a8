import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES_BEFORE = `'INTAKE', 'ASSESSED', 'ASSIGNED', 'IN_MEDIATION', 'AGREEMENT_REACHED', 'JUDICIALLY_CONFIRMED',
        'FAILED', 'REFERRED', 'FOLLOW_UP', 'CLOSED', 'WITHDRAWN'`;

/**
 * The joint case as the bodies work it: parties that are organisations or hold other documents
 * than a resident ID (当事人), consent and 不予受理 at intake, 研判意见 and a manual level kept
 * apart from the rules' level, the handling clock that stops at an outcome with its follow-up
 * deadline and extensions (延期), referral reasons, typed sessions (三长会商), the structured
 * mediation agreement (人民调解协议书) with its obligations and 履行状态, 司法确认 as steps, and
 * satisfaction recorded at follow-up (回访).
 */
export class JointCaseDomain1796000000000 implements MigrationInterface {
  name = 'JointCaseDomain1796000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE joint_case_party
        ADD COLUMN kind text NOT NULL DEFAULT 'NATURAL_PERSON' CHECK (kind IN ('NATURAL_PERSON', 'LEGAL_PERSON', 'UNINCORPORATED_ORGANISATION')),
        ADD COLUMN document_type text NOT NULL DEFAULT 'RESIDENT_ID' CHECK (document_type IN (
          'RESIDENT_ID', 'UNIFIED_SOCIAL_CREDIT_CODE', 'HK_MACAO_PERMIT', 'TAIWAN_PERMIT', 'FOREIGNER_PERMANENT_RESIDENCE_ID', 'PASSPORT')),
        ADD COLUMN document_number text,
        ADD COLUMN gender text CHECK (gender IN ('MALE', 'FEMALE')),
        ADD COLUMN ethnicity text,
        ADD COLUMN birth_date date,
        ADD COLUMN legal_representative text,
        ADD COLUMN agent_name text,
        ADD COLUMN agent_relation text,
        ADD COLUMN elected_representative boolean NOT NULL DEFAULT false`);
    // A resident ID lives in resident_id (char 18, as before); any other document in document_number.
    await db.query(`
      ALTER TABLE joint_case_party ADD CONSTRAINT joint_case_party_document_check CHECK (
        (document_type = 'RESIDENT_ID' AND document_number IS NULL) OR (document_type <> 'RESIDENT_ID' AND resident_id IS NULL AND document_number IS NOT NULL))`);
    await db.query(`
      ALTER TABLE joint_case_party ADD CONSTRAINT joint_case_party_kind_document_check CHECK (
        kind = 'NATURAL_PERSON' OR document_type = 'UNIFIED_SOCIAL_CREDIT_CODE')`);

    await db.query(`ALTER TABLE joint_case DROP CONSTRAINT joint_case_status_check`);
    await db.query(
      `ALTER TABLE joint_case ADD CONSTRAINT joint_case_status_check CHECK (status IN (${STATUSES_BEFORE}, 'NOT_ACCEPTED', 'CONFIRMATION_APPLIED'))`,
    );
    await db.query(`ALTER TABLE joint_case DROP CONSTRAINT joint_case_source_channel_check`);
    await db.query(`ALTER TABLE joint_case DROP CONSTRAINT joint_case_referral_channel_check`);
    await db.query(`
      ALTER TABLE joint_case ADD CONSTRAINT joint_case_source_channel_check CHECK (source_channel IN (
        'WALK_IN', 'PHONE_CALL', 'HOTLINE_12345', 'ONLINE_PETITION', 'GRID_SCREENING', 'POLICE_110_REFERRAL', 'COURT_PRE_LITIGATION_REFERRAL',
        'DEPARTMENT_TRANSFER', 'LEADERSHIP_ASSIGNED', 'WOMENS_HOTLINE_12338', 'CONSUMER_HOTLINE_12315', 'PETITION'))`);
    await db.query(`
      ALTER TABLE joint_case ADD CONSTRAINT joint_case_referral_channel_check CHECK (referral_channel IN (
        'LITIGATION', 'ARBITRATION', 'ADMINISTRATIVE_RECONSIDERATION', 'ADMINISTRATIVE', 'PETITION', 'OTHER'))`);
    await db.query(`
      ALTER TABLE joint_case
        ADD COLUMN consent_to_mediate boolean NOT NULL DEFAULT true,
        ADD COLUMN refusal_reason text,
        ADD COLUMN assessment_opinion text,
        ADD COLUMN manual_risk_level text CHECK (manual_risk_level IN ('RED', 'ORANGE', 'YELLOW', 'BLUE')),
        ADD COLUMN manual_risk_level_reason text,
        ADD COLUMN handling_stopped_at timestamptz,
        ADD COLUMN follow_up_deadline timestamptz,
        ADD COLUMN extension_count integer NOT NULL DEFAULT 0 CHECK (extension_count >= 0),
        ADD COLUMN referral_reason text,
        ADD COLUMN judicial_confirmation_status text CHECK (judicial_confirmation_status IN ('APPLIED', 'CONFIRMED', 'REJECTED')),
        ADD COLUMN judicial_confirmation_applied_on date,
        ADD COLUMN judicial_confirmation_record_id text,
        ADD COLUMN judicial_confirmation_rejection_reason text,
        ADD COLUMN satisfaction text CHECK (satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'))`);
    // The clock of a case that already has an outcome stopped when the outcome was recorded.
    await db.query(`
      UPDATE joint_case c SET handling_stopped_at = (
        SELECT min(h.at) FROM joint_case_history h
         WHERE h.joint_case_id = c.id AND h.to_status IN ('AGREEMENT_REACHED', 'FAILED', 'REFERRED', 'WITHDRAWN'))`);
    await db.query(`
      ALTER TABLE joint_session
        ADD COLUMN session_type text NOT NULL DEFAULT 'JOINT_MEDIATION'
          CHECK (session_type IN ('THREE_CHIEFS_CONSULTATION', 'JOINT_MEDIATION', 'SEPARATE_MEDIATION', 'HEARING'))`);
    await db.query(`
      CREATE TABLE mediation_agreement (
        joint_case_id      uuid PRIMARY KEY REFERENCES joint_case (id) ON DELETE CASCADE,
        mediation_type     text NOT NULL CHECK (mediation_type IN ('PEOPLES', 'ADMINISTRATIVE', 'PUBLIC_SECURITY', 'JUDICIAL_PRE_LITIGATION', 'JUDICIAL_IN_LITIGATION', 'PROFESSIONAL')),
        organisation       text NOT NULL,
        mediator           text NOT NULL,
        document_number    text NOT NULL UNIQUE,
        form               text NOT NULL CHECK (form IN ('WRITTEN', 'ORAL')),
        effective_on       date NOT NULL,
        facts              text NOT NULL,
        obligations        jsonb NOT NULL CHECK (jsonb_typeof(obligations) = 'array'),
        performance_status text NOT NULL DEFAULT 'NOT_DUE' CHECK (performance_status IN ('NOT_DUE', 'PERFORMED', 'PARTLY_PERFORMED', 'NOT_PERFORMED')),
        recorded_by        text NOT NULL,
        recorded_at        timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE mediation_agreement`);
    await db.query(`ALTER TABLE joint_session DROP COLUMN session_type`);
    await db.query(`
      ALTER TABLE joint_case
        DROP COLUMN consent_to_mediate, DROP COLUMN refusal_reason, DROP COLUMN assessment_opinion, DROP COLUMN manual_risk_level,
        DROP COLUMN manual_risk_level_reason, DROP COLUMN handling_stopped_at, DROP COLUMN follow_up_deadline, DROP COLUMN extension_count,
        DROP COLUMN referral_reason, DROP COLUMN judicial_confirmation_status, DROP COLUMN judicial_confirmation_applied_on,
        DROP COLUMN judicial_confirmation_record_id, DROP COLUMN judicial_confirmation_rejection_reason, DROP COLUMN satisfaction`);
    await db.query(`ALTER TABLE joint_case DROP CONSTRAINT joint_case_referral_channel_check`);
    await db.query(`ALTER TABLE joint_case DROP CONSTRAINT joint_case_source_channel_check`);
    await db.query(
      `ALTER TABLE joint_case ADD CONSTRAINT joint_case_referral_channel_check CHECK (referral_channel IN ('LITIGATION', 'ARBITRATION', 'ADMINISTRATIVE', 'PETITION', 'OTHER'))`,
    );
    await db.query(
      `ALTER TABLE joint_case ADD CONSTRAINT joint_case_source_channel_check CHECK (source_channel IN ('WALK_IN', 'POLICE_110_REFERRAL', 'COURT_PRE_LITIGATION_REFERRAL', 'PETITION', 'GRID_SCREENING'))`,
    );
    await db.query(`ALTER TABLE joint_case DROP CONSTRAINT joint_case_status_check`);
    await db.query(
      `ALTER TABLE joint_case ADD CONSTRAINT joint_case_status_check CHECK (status IN (${STATUSES_BEFORE}))`,
    );
    await db.query(`ALTER TABLE joint_case_party DROP CONSTRAINT joint_case_party_kind_document_check`);
    await db.query(`ALTER TABLE joint_case_party DROP CONSTRAINT joint_case_party_document_check`);
    await db.query(`
      ALTER TABLE joint_case_party
        DROP COLUMN kind, DROP COLUMN document_type, DROP COLUMN document_number, DROP COLUMN gender, DROP COLUMN ethnicity,
        DROP COLUMN birth_date, DROP COLUMN legal_representative, DROP COLUMN agent_name, DROP COLUMN agent_relation, DROP COLUMN elected_representative`);
  }
}
