import type { Fixtures } from './fixtures';

export type QueryName = 'Q1' | 'Q2' | 'Q3' | 'Q4';
export const QUERY_NAMES: QueryName[] = ['Q1', 'Q2', 'Q3', 'Q4'];

/** Who asks: the token's claims, and the headers stating purpose and case. */
export interface Caller {
  department: string;
  role: string;
  user: string;
}

/** One benchmark query as the hub (and the limit server) receive it: the same HTTP request. */
export interface BenchQuery {
  name: QueryName;
  title: string;
  caller: Caller;
  headers: Record<string, string>;
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
  /** Bodies the hub may not read for this caller: each must receive zero statements. */
  untouchedBodies: string[];
}

export const SHARED_CASE_CONTEXT = `query SharedCaseContext($id: ID!) {
  jointCase(id: $id) {
    id caseNumber title category status leadDepartment participatingDepartments
    parties { role name }
    linkedRecords(first: 50) {
      totalCount
      edges { node { department recordType recordId
        record {
          __typename
          ... on CourtCaseFiling { caseNumber causeOfAction stage filedOn parties { role name residentId phone } }
          ... on CourtJudicialConfirmation { caseNumber ruling ruledOn }
          ... on PoliceIncident { incidentNumber calledAt place category summary handlingOfficer persons { role name residentId phone } }
          ... on PoliceMediation { mediationNumber mediatedOn outcome agreementSummary }
          ... on PeopleMediationCase { caseNumber acceptedOn outcome mediator parties { role name residentId phone } }
          ... on WomensFederationComplaint { complaintNumber complaintType }
          ... on MarriageRegistration { registrationType registeredOn }
          ... on GridScreeningEntry { entryNumber disputeType }
        }
      } }
    }
  }
}`;

/** Q2: a person → their police incidents → the persons of each incident (the shape PostGraphile gets too). */
export const PERSON_AT_POLICE = `query PersonAtPolice($residentId: String!) {
  person(residentId: $residentId) {
    residentIdMasked
    departments {
      department
      records(first: 20) {
        totalCount
        edges { node { __typename recordId
          ... on PoliceIncident { incidentNumber calledAt place category summary handlingResult handlingOfficer
            persons { role name residentId phone address } }
        } }
      }
    }
  }
}`;

/**
 * Q3 leaves out totalCount: it counts every case the caller may see (linear in their number,
 * about 170 ms at 889k cases), and the hub computes it only when a query selects it.
 */
export const JOINT_CASE_LIST = `query JointCaseList($first: Int!) {
  jointCases(first: $first) {
    edges { node {
      id caseNumber title category status urgency riskLevel leadDepartment participatingDepartments
      community peopleInvolved createdAt deadline
      parties { role name }
    } }
  }
}`;

export const PERSON_ACROSS_BODIES = `query PersonAcrossBodies($residentId: String!) {
  person(residentId: $residentId) {
    residentIdMasked
    departments {
      department
      records(first: 20) {
        totalCount
        edges { node { __typename department recordType recordId
          ... on WomensFederationComplaint { complaintNumber receivedOn complaintType complainantName respondentName status }
          ... on WomensFederationAssistance { assistanceType startedOn beneficiaryName }
          ... on PoliceDomesticViolenceWarning { letterNumber issuedOn abuserName victimName facts }
        } }
      }
    }
  }
}`;

export function benchQueries(fixtures: Fixtures): BenchQuery[] {
  return [
    {
      name: 'Q1',
      title:
        'shared case context: one joint case linked to records of all six bodies, those the caller may know of read live (court mediator, JOINT_MEDIATION)',
      caller: { department: 'COURT', role: 'MEDIATOR', user: '陈调解员' },
      headers: { 'x-purpose': 'JOINT_MEDIATION' },
      operationName: 'SharedCaseContext',
      query: SHARED_CASE_CONTEXT,
      variables: { id: fixtures.sharedCaseId },
      untouchedBodies: ['WOMENS_FEDERATION', 'CIVIL_AFFAIRS', 'SECURITY_COMMITTEE'],
    },
    {
      name: 'Q2',
      title: "single body, nested: a person's police incidents with their persons (police mediator, own records)",
      caller: { department: 'POLICE', role: 'MEDIATOR', user: '王民警' },
      headers: {},
      operationName: 'PersonAtPolice',
      query: PERSON_AT_POLICE,
      variables: { residentId: fixtures.policePersonId },
      untouchedBodies: ['COURT', 'JUDICIAL_OFFICE', 'WOMENS_FEDERATION', 'CIVIL_AFFAIRS', 'SECURITY_COMMITTEE'],
    },
    {
      name: 'Q3',
      title: '50 joint cases with summary fields and parties (governance centre clerk)',
      caller: { department: 'GOVERNANCE_CENTRE', role: 'CLERK', user: '综治中心 窗口' },
      headers: {},
      operationName: 'JointCaseList',
      query: JOINT_CASE_LIST,
      variables: { first: 50 },
      untouchedBodies: [
        'COURT',
        'POLICE',
        'JUDICIAL_OFFICE',
        'WOMENS_FEDERATION',
        'CIVIL_AFFAIRS',
        'SECURITY_COMMITTEE',
      ],
    },
    {
      name: 'Q4',
      title:
        "a person across bodies for a women's federation mediator in a domestic-violence case: no agreement with the court, the judicial office, civil affairs or the security committee",
      caller: { department: 'WOMENS_FEDERATION', role: 'MEDIATOR', user: '刘主任' },
      headers: { 'x-purpose': 'JOINT_MEDIATION', 'x-joint-case-id': fixtures.dvCaseId },
      operationName: 'PersonAcrossBodies',
      query: PERSON_ACROSS_BODIES,
      variables: { residentId: fixtures.dvApplicantId },
      untouchedBodies: ['COURT', 'JUDICIAL_OFFICE', 'CIVIL_AFFAIRS', 'SECURITY_COMMITTEE'],
    },
  ];
}

/** Q2 for PostGraphile over the police database: the same person → incidents → persons. */
export function postgraphileQ2(fixtures: Fixtures): {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
} {
  return {
    operationName: 'PersonAtPolice',
    query: `query PersonAtPolice($residentId: String!) {
  allIncidentPeople(condition: { idCardNo: $residentId }, first: 20) {
    totalCount
    nodes {
      incidentReportByIncidentReportId {
        id jqNo callReceivedAt incidentAddress incidentCategory briefFacts handlingResult handlingOfficer
        incidentPeopleByIncidentReportId { nodes { involvement personName idCardNo phoneNo homeAddress } }
      }
    }
  }
}`,
    variables: { residentId: fixtures.policePersonId },
  };
}
