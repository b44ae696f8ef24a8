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
          ['incidentNumber', NONE],
          ['calledAt', DATE_TO_YEAR_MONTH],
          ['place', ADDRESS_TO_COMMUNITY],
          ['category', NONE],
          ['summary', NONE],
          ['handlingResult', NONE],
          ['persons.role', NONE],
          ['persons.name', NAME],
          ['persons.residentId', RESIDENT_ID],
        ]),
      },
      {
        recordType: 'POLICE_MEDIATION',
        fields: fields([
          ['mediationNumber', NONE],
          ['mediatedOn', NONE],
          ['outcome', NONE],
          ['agreementSummary', NONE],
        ]),
      },
    ],
  },
  {
    title: "司法所向人民法庭提供人民调解案件 (people's mediation cases for judicial confirmation)",
    provider: 'JUDICIAL_OFFICE',
    consumer: 'COURT',
    purpose: Purpose.JOINT_MEDIATION,
    scope: AgreementScope.RECORDS_LINKED_TO_PARTICIPATING_CASE,
    consumerRoles: HANDLERS,
    grants: [
      {
        recordType: 'PEOPLE_MEDIATION_CASE',
        fields: fields([
          ['caseNumber', NONE],
          ['acceptedOn', NONE],
          ['category', NONE],
          ['mediationCommittee', NONE],
          ['mediator', NONE],
          ['outcome', NONE],
          ['agreementNumber', NONE],
          ['agreementSignedOn', NONE],
          ['agreementTerms', NONE],
          ['parties.role', NONE],
          ['parties.name', NONE],
          ['parties.residentId', RESIDENT_ID],
          ['parties.phone', MOBILE],
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
      {
        recordType: 'RIGHTS_COMPLAINT',
        fields: fields([
          ['complaintNumber', NONE],
          ['receivedOn', NONE],
          ['complaintType', NONE],
          ['complainantName', NAME],
          ['respondentName', NAME],
          ['status', NONE],
        ]),
      },
    ],
  },
  {
    title: '派出所向妇联提供家庭暴力告诫书 (domestic-violence warning letters of case parties)',
    provider: 'POLICE',
    consumer: 'WOMENS_FEDERATION',
    purpose: Purpose.JOINT_MEDIATION,
    scope: AgreementScope.RECORDS_OF_PARTIES_TO_PARTICIPATING_CASE,
    consumerRoles: HANDLERS,
    grants: [
      {
        recordType: 'DV_WARNING_LETTER',
        fields: fields([
          ['letterNumber', NONE],
          ['issuedOn', NONE],
          ['abuserName', NONE],
          ['victimName', NAME],
          ['facts', NONE],
        ]),
      },
    ],
  },
  {
    title:
      '人民法庭向派出所提供当事人人身安全保护令 (protection orders of case parties, which the police station enforces)',
    provider: 'COURT',
    consumer: 'POLICE',
    purpose: Purpose.JOINT_MEDIATION,
    scope: AgreementScope.RECORDS_OF_PARTIES_TO_PARTICIPATING_CASE,
    consumerRoles: HANDLERS,
    grants: [
      {
        recordType: 'PROTECTION_ORDER',
        fields: fields([
          ['orderNumber', NONE],
          ['issuedOn', NONE],
          ['effectiveUntil', NONE],
          ['status', NONE],
          ['applicantName', NONE],
          ['respondentName', NONE],
          ['respondentResidentId', RESIDENT_ID],
          ['measures', NONE],
        ]),
      },
    ],
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
        fields: fields([
          ['registrationType', NONE],
          ['registeredOn', DATE_TO_YEAR_MONTH],
          ['spouse1Name', NAME],
          ['spouse1ResidentId', RESIDENT_ID],
          ['spouse2Name', NAME],
          ['spouse2ResidentId', RESIDENT_ID],
        ]),
      },
    ],
  },
  {
    title: '信访局向综治中心提供当事人信访事项摘要 (petition matters of case parties, summary)',
    provider: 'PETITIONS',
    consumer: 'GOVERNANCE_CENTRE',
    purpose: Purpose.JOINT_MEDIATION,
    scope: AgreementScope.RECORDS_OF_PARTIES_TO_PARTICIPATING_CASE,
    consumerRoles: RISK_SCREENERS,
    grants: [
      {
        recordType: 'PETITION_MATTER',
        fields: fields([
          ['matterNumber', NONE],
          ['form', NONE],
          ['registeredOn', NONE],
          ['headcount', NONE],
          ['collective', NONE],
          ['repeated', NONE],
          ['skipLevel', NONE],
          ['request', NONE],
          ['concernsOrganisation', NONE],
          ['responsibleUnit', NONE],
          ['stage', NONE],
          ['leaderInCharge', NONE],
          ['handlingDueOn', NONE],
          ['resolution', NONE],
          ['backlog', NONE],
          ['petitioners.name', NAME],
        ]),
      },
    ],
  },
  {
    title: '人社局向综治中心提供当事人欠薪投诉 (wage-arrears complaints of case parties)',
    provider: 'LABOUR',
    consumer: 'GOVERNANCE_CENTRE',
    purpose: Purpose.JOINT_MEDIATION,
    scope: AgreementScope.RECORDS_OF_PARTIES_TO_PARTICIPATING_CASE,
    consumerRoles: RISK_SCREENERS,
    grants: [
      {
        recordType: 'WAGE_ARREARS_COMPLAINT',
        fields: fields([
          ['complaintNumber', NONE],
          ['receivedOn', NONE],
          ['employerName', NONE],
          ['employerCreditCode', NONE],
          ['legalRepresentativeName', NAME],
          ['complainantName', NAME],
          ['workersInvolved', NONE],
          ['amountOwed', NONE],
          ['status', NONE],
        ]),
      },
    ],
  },
  {
    title:
      '人社局向司法所提供当事人欠薪投诉及劳动仲裁 (wage complaints and arbitration of case parties, for labour mediation)',
    provider: 'LABOUR',
    consumer: 'JUDICIAL_OFFICE',
    purpose: Purpose.JOINT_MEDIATION,
    scope: AgreementScope.RECORDS_OF_PARTIES_TO_PARTICIPATING_CASE,
    consumerRoles: HANDLERS,
    grants: [
      {
        recordType: 'WAGE_ARREARS_COMPLAINT',
        fields: fields([
          ['complaintNumber', NONE],
          ['receivedOn', NONE],
          ['employerName', NONE],
          ['employerCreditCode', NONE],
          ['complainantName', NAME],
          ['complainantResidentId', RESIDENT_ID],
          ['workersInvolved', NONE],
          ['amountOwed', NONE],
          ['status', NONE],
        ]),
      },
      {
        recordType: 'LABOUR_ARBITRATION_CASE',
        fields: fields([
          ['caseNumber', NONE],
          ['filedOn', NONE],
          ['applicantName', NAME],
          ['respondentName', NONE],
          ['claims', NONE],
          ['result', NONE],
        ]),
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
      {
        recordType: 'INCIDENT',
        fields: fields([
          ['calledAt', NONE],
          ['category', NONE],
        ]),
      },
      { recordType: 'DV_WARNING_LETTER', fields: fields([['issuedOn', DATE_TO_YEAR_MONTH]]) },
      {
        recordType: 'POLICE_MEDIATION',
        fields: fields([
          ['outcome', NONE],
          ['mediatedOn', DATE_TO_YEAR_MONTH],
        ]),
      },
    ],
  },
  {
    title:
      "司法所向综治中心提供当事人人民调解结果用于预警研判 (people's mediation outcomes of case parties for risk screening)",
    provider: 'JUDICIAL_OFFICE',
    consumer: 'GOVERNANCE_CENTRE',
    purpose: Purpose.RISK_SCREENING,
    scope: AgreementScope.RECORDS_OF_PARTIES_TO_PARTICIPATING_CASE,
    consumerRoles: RISK_SCREENERS,
    grants: [
      {
        recordType: 'PEOPLE_MEDIATION_CASE',
        fields: fields([
          ['outcome', NONE],
          ['acceptedOn', DATE_TO_YEAR_MONTH],
        ]),
      },
      // Whether a party is under community correction now: its end date, nothing else of the record.
      { recordType: 'COMMUNITY_CORRECTION_SUBJECT', fields: fields([['endsOn', NONE]]) },
    ],
  },
  {
    title:
      '民政向综治中心提供当事人低保特困状态用于预警研判 (social-assistance status of case parties for risk screening)',
    provider: 'CIVIL_AFFAIRS',
    consumer: 'GOVERNANCE_CENTRE',
    purpose: Purpose.RISK_SCREENING,
    scope: AgreementScope.RECORDS_OF_PARTIES_TO_PARTICIPATING_CASE,
    consumerRoles: RISK_SCREENERS,
    grants: [
      {
        recordType: 'SOCIAL_ASSISTANCE',
        fields: fields([
          ['programme', NONE],
          ['status', NONE],
        ]),
      },
      {
        recordType: 'MENTAL_HEALTH_REHABILITATION',
        fields: fields([
          ['serious', NONE],
          ['managementStatus', NONE],
          ['riskGrade', NONE],
        ]),
      },
    ],
  },
  {
    title:
      '人民法庭向综治中心提供当事人人身安全保护令用于预警研判 (protection orders of case parties for risk screening)',
    provider: 'COURT',
    consumer: 'GOVERNANCE_CENTRE',
    purpose: Purpose.RISK_SCREENING,
    scope: AgreementScope.RECORDS_OF_PARTIES_TO_PARTICIPATING_CASE,
    consumerRoles: RISK_SCREENERS,
    grants: [
      {
        recordType: 'PROTECTION_ORDER',
        fields: fields([
          ['effectiveUntil', NONE],
          ['status', NONE],
        ]),
      },
    ],
  },
  {
    title:
      "治保会向综治中心提供当事人网格排查风险提示用于预警研判 (grid workers' risk notes on case parties for risk screening)",
    provider: 'SECURITY_COMMITTEE',
    consumer: 'GOVERNANCE_CENTRE',
    purpose: Purpose.RISK_SCREENING,
    scope: AgreementScope.RECORDS_OF_PARTIES_TO_PARTICIPATING_CASE,
    consumerRoles: RISK_SCREENERS,
    grants: [
      {
        recordType: 'GRID_SCREENING_ENTRY',
        fields: fields([
          ['riskNote', NONE],
          ['screenedOn', DATE_TO_YEAR_MONTH],
        ]),
      },
    ],
  },
  {
    title:
      '信访局向综治中心提供当事人重复访越级访情况用于预警研判 (repeated and skip-level petitions of case parties for risk screening)',
    provider: 'PETITIONS',
    consumer: 'GOVERNANCE_CENTRE',
    purpose: Purpose.RISK_SCREENING,
    scope: AgreementScope.RECORDS_OF_PARTIES_TO_PARTICIPATING_CASE,
    consumerRoles: RISK_SCREENERS,
    grants: [
      {
        recordType: 'PETITION_MATTER',
        fields: fields([
          ['repeated', NONE],
          ['skipLevel', NONE],
          ['earlierPetitions', NONE],
          ['registeredOn', DATE_TO_YEAR_MONTH],
          ['resolution', NONE],
        ]),
      },
    ],
  },
  {
    title:
      '人社局向综治中心提供当事人欠薪涉及人数用于预警研判 (wage arrears of case parties: workers involved, for risk screening)',
    provider: 'LABOUR',
    consumer: 'GOVERNANCE_CENTRE',
    purpose: Purpose.RISK_SCREENING,
    scope: AgreementScope.RECORDS_OF_PARTIES_TO_PARTICIPATING_CASE,
    consumerRoles: RISK_SCREENERS,
    grants: [
      {
        recordType: 'WAGE_ARREARS_COMPLAINT',
        fields: fields([
          ['workersInvolved', NONE],
          ['status', NONE],
          ['receivedOn', DATE_TO_YEAR_MONTH],
        ]),
      },
    ],
  },
];

const AGREEMENT_COLUMNS = {
  title: 'text',
  provider: 'text',
  consumer: 'text',
  purpose: 'text',
  scope: 'text',
  consumer_roles: 'text[]',
  grants: 'jsonb',
  valid_from: 'timestamptz',
  valid_until: 'timestamptz',
  status: 'text',
  drafted_by: 'text',
  drafted_by_department: 'text',
  provider_approved_by: 'text',
  provider_approved_at: 'timestamptz',
  consumer_approved_by: 'text',
  consumer_approved_at: 'timestamptz',
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
