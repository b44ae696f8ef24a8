import type { ClientBase } from 'pg';
import type { RecordTypeGrant } from '../agreements/agreement-grant';
import { AgreementScope, Mask, Purpose } from '../agreements/agreement.enums';
import { insertRows } from './bulk-insert';

interface DemoAgreement {
  title: string;
  provider: string;
  consumer: string;
  purpose: Purpose;
  scope: AgreementScope;
  consumerRoles: string[];
  grants: RecordTypeGrant[];
}

const { NONE, NAME, RESIDENT_ID, DATE_TO_YEAR_MONTH, ADDRESS_TO_COMMUNITY, MOBILE } = Mask;
const fields = (entries: Array<[string, Mask]>) => entries.map(([field, mask]) => ({ field, mask }));
const HANDLERS = ['CLERK', 'MEDIATOR', 'CHIEF'];
/** Who at the governance centre assesses a case's risk, and supervises the warnings. */
const RISK_SCREENERS = ['CLERK', 'MEDIATOR', 'CHIEF', 'SUPERVISOR'];

/**
 * Agreements among the 3+N bodies, chosen so the demo shows granted, masked and denied
 * fields side by side: what each would really need for joint mediation, and no more.
 */
export const DEMO_AGREEMENTS: DemoAgreement[] = [
  {
    title: '派出所向人民法庭提供关联警情摘要 (incident summaries for linked cases)',
    provider: 'POLICE',
    consumer: 'COURT',
    purpose: Purpose.JOINT_MEDIATION,
    scope: AgreementScope.RECORDS_LINKED_TO_PARTICIPATING_CASE,
    consumerRoles: HANDLERS,
    grants: [
      {
        recordType: 'INCIDENT',
        fields: fields([
          ['incidentNumber', NONE], ['calledAt', DATE_TO_YEAR_MONTH], ['place', ADDRESS_TO_COMMUNITY], ['category', NONE],
          ['summary', NONE], ['handlingResult', NONE], ['persons.role', NONE], ['persons.name', NAME], ['persons.residentId', RESIDENT_ID],
        ]),
      },
      { recordType: 'POLICE_MEDIATION', fields: fields([['mediationNumber', NONE], ['mediatedOn', NONE], ['outcome', NONE], ['agreementSummary', NONE]]) },
    ],
  },
  {
    title: '司法所向人民法庭提供人民调解案件 (people\'s mediation cases for judicial confirmation)',
    provider: 'JUDICIAL_OFFICE',
    consumer: 'COURT',
    purpose: Purpose.JOINT_MEDIATION,
    scope: AgreementScope.RECORDS_LINKED_TO_PARTICIPATING_CASE,
    consumerRoles: HANDLERS,
    grants: [
      {
        recordType: 'PEOPLE_MEDIATION_CASE',
        fields: fields([
          ['caseNumber', NONE], ['acceptedOn', NONE], ['category', NONE], ['mediationCommittee', NONE], ['mediator', NONE], ['outcome', NONE],
          ['agreementNumber', NONE], ['agreementSignedOn', NONE], ['agreementTerms', NONE], ['parties.role', NONE], ['parties.name', NONE],
          ['parties.residentId', RESIDENT_ID], ['parties.phone', MOBILE],
        ]),
      },
    ],
  },
  {
    title: '妇联向派出所提供家暴维权投诉 (domestic-violence complaints of case parties)',
    provider: 'WOMENS_FEDERATION',
    consumer: 'POLICE',
    purpose: Purpose.JOINT_MEDIATION,
    scope: AgreementScope.RECORDS_OF_PARTIES_TO_PARTICIPATING_CASE,
    consumerRoles: HANDLERS,
    grants: [
      { recordType: 'RIGHTS_COMPLAINT', fields: fields([['complaintNumber', NONE], ['receivedOn', NONE], ['complaintType', NONE], ['complainantName', NAME], ['respondentName', NAME], ['status', NONE]]) },
    ],
  },
  {
    title: '派出所向妇联提供家庭暴力告诫书 (domestic-violence warning letters of case parties)',
    provider: 'POLICE',
    consumer: 'WOMENS_FEDERATION',
    purpose: Purpose.JOINT_MEDIATION,
    scope: AgreementScope.RECORDS_OF_PARTIES_TO_PARTICIPATING_CASE,
    consumerRoles: HANDLERS,
    grants: [{ recordType: 'DV_WARNING_LETTER', fields: fields([['letterNumber', NONE], ['issuedOn', NONE], ['abuserName', NONE], ['victimName', NAME], ['facts', NONE]]) }],
  },
  {
    title: '民政向司法所提供婚姻登记状况 (marriage status, ID numbers masked)',
    provider: 'CIVIL_AFFAIRS',
    consumer: 'JUDICIAL_OFFICE',
    purpose: Purpose.JOINT_MEDIATION,
    scope: AgreementScope.RECORDS_LINKED_TO_PARTICIPATING_CASE,
    consumerRoles: HANDLERS,
    grants: [
      {
        recordType: 'MARRIAGE_REGISTRATION',
        fields: fields([['registrationType', NONE], ['registeredOn', DATE_TO_YEAR_MONTH], ['spouse1Name', NAME], ['spouse1ResidentId', RESIDENT_ID], ['spouse2Name', NAME], ['spouse2ResidentId', RESIDENT_ID]]),
      },
    ],
  },
  // Risk screening (预警研判) at the governance centre: only what the documented risk rules read
  // (src/cases/risk/rules), of the parties to a case the centre takes in; dates that only name
  // an earlier event to its month, the call time in full for the 12-month window.
  {
    title: '派出所向综治中心提供当事人警情及告诫记录用于预警研判 (police history of case parties for risk screening)',
    provider: 'POLICE',
    consumer: 'GOVERNANCE_CENTRE',
    purpose: Purpose.RISK_SCREENING,
    scope: AgreementScope.RECORDS_OF_PARTIES_TO_PARTICIPATING_CASE,
    consumerRoles: RISK_SCREENERS,
    grants: [
      { recordType: 'INCIDENT', fields: fields([['calledAt', NONE], ['category', NONE]]) },
      { recordType: 'DV_WARNING_LETTER', fields: fields([['issuedOn', DATE_TO_YEAR_MONTH]]) },
      { recordType: 'POLICE_MEDIATION', fields: fields([['outcome', NONE], ['mediatedOn', DATE_TO_YEAR_MONTH]]) },
    ],
  },
  {
    title: '司法所向综治中心提供当事人人民调解结果用于预警研判 (people\'s mediation outcomes of case parties for risk screening)',
    provider: 'JUDICIAL_OFFICE',
    consumer: 'GOVERNANCE_CENTRE',
    purpose: Purpose.RISK_SCREENING,
    scope: AgreementScope.RECORDS_OF_PARTIES_TO_PARTICIPATING_CASE,
    consumerRoles: RISK_SCREENERS,
    grants: [{ recordType: 'PEOPLE_MEDIATION_CASE', fields: fields([['outcome', NONE], ['acceptedOn', DATE_TO_YEAR_MONTH]]) }],
  },
  {
    title: '民政向综治中心提供当事人低保特困状态用于预警研判 (social-assistance status of case parties for risk screening)',
    provider: 'CIVIL_AFFAIRS',
    consumer: 'GOVERNANCE_CENTRE',
    purpose: Purpose.RISK_SCREENING,
    scope: AgreementScope.RECORDS_OF_PARTIES_TO_PARTICIPATING_CASE,
    consumerRoles: RISK_SCREENERS,
    grants: [{ recordType: 'SOCIAL_ASSISTANCE', fields: fields([['programme', NONE], ['status', NONE]]) }],
  },
];

const AGREEMENT_COLUMNS = {
  title: 'text', provider: 'text', consumer: 'text', purpose: 'text', scope: 'text', consumer_roles: 'text[]', grants: 'jsonb',
  valid_from: 'timestamptz', valid_until: 'timestamptz', status: 'text', drafted_by: 'text', drafted_by_department: 'text',
  provider_approved_by: 'text', provider_approved_at: 'timestamptz', consumer_approved_by: 'text', consumer_approved_at: 'timestamptz',
  updated_at: 'timestamptz',
};

/** Writes the demo agreements as approved by both chiefs and active for 2026–2027. */
export async function seedDemoAgreements(hub: ClientBase): Promise<void> {
  const approvedAt = '2026-01-05T09:00:00Z';
  await insertRows(
    hub,
    'agreement',
    AGREEMENT_COLUMNS,
    DEMO_AGREEMENTS.map((a) => ({
      title: a.title,
      provider: a.provider,
      consumer: a.consumer,
      purpose: a.purpose,
      scope: a.scope,
      consumer_roles: a.consumerRoles,
      grants: a.grants,
      valid_from: '2026-01-01T00:00:00+08:00',
      valid_until: '2028-01-01T00:00:00+08:00',
      status: 'ACTIVE',
      drafted_by: '综治中心 数据管理员',
      drafted_by_department: 'GOVERNANCE_CENTRE',
      provider_approved_by: `${a.provider} chief`,
      provider_approved_at: approvedAt,
      consumer_approved_by: `${a.consumer} chief`,
      consumer_approved_at: approvedAt,
      updated_at: approvedAt,
    })),
  );
}
