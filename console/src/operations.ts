import { graphql } from './gql';

// Every operation the console sends: codegen types them from schema/schema.graphql and lists
// them in src/gql/persisted-documents.json, the manifest a hub runs with TRUSTED_DOCUMENTS=only.

export const MeQuery = graphql(`
  query ConsoleMe {
    me {
      user
      department
      role
      departmentLabel
      roleLabel
    }
    departments {
      code
      displayName
      label
    }
    enumLabels {
      enum
      value
      label
    }
  }
`);

export const CaseListQuery = graphql(`
  query ConsoleCaseList($filter: JointCaseFilter, $orderBy: JointCaseOrder, $first: Int!, $after: String) {
    jointCases(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          caseNumber
          title
          category
          categoryLabel
          status
          statusLabel
          sourceChannel
          riskLevel
          riskLevelLabel
          deadline
          createdAt
          leadDepartment
          leadDepartmentLabel
          participatingDepartments
          handler
        }
      }
    }
  }
`);

export const CaseDetailQuery = graphql(`
  query ConsoleCaseDetail($id: ID!) {
    jointCase(id: $id) {
      id
      caseNumber
      title
      description
      category
      categoryLabel
      status
      statusLabel
      sourceChannel
      channelLabel
      urgency
      riskLevel
      riskLevelLabel
      deadline
      createdAt
      version
      place
      community
      grid
      peopleInvolved
      leadDepartment
      leadDepartmentLabel
      participatingDepartments
      handler
      handlerDepartment
      availableActions
      riskReasons {
        rule
        withheld
        department
        level
        description
        source {
          department
          recordType
          recordId
        }
      }
      parties {
        id
        role
        roleLabel
        name
        residentId
        mobile
        address
      }
      timeline {
        at
        action
        fromStatus
        toStatus
        toStatusLabel
        actorUser
        actorDepartment
        actorRole
        actorRoleLabel
        note
      }
      agreementTerms
      failureReason
      followUpNote
      satisfaction
      judicialConfirmationStatus
      confirmationNumber
      mediationAgreement {
        mediationType
        organisation
        mediator
        documentNumber
        form
        effectiveOn
        judicialConfirmationDeadline
        performanceStatus
        obligations {
          content
          performanceMethod
          dueOn
        }
      }
      sessions {
        id
        sessionType
        heldAt
        place
        minutes
        outcome
        attendees {
          department
          name
        }
      }
      withheldLinkedRecords {
        department
        count
        reasons
      }
      linkedRecords(first: 50) {
        edges {
          node {
            department
            recordType
            recordId
            access {
              field
              decision
              mask
              reason
            }
            record {
              ...RecordFields
            }
          }
        }
      }
    }
  }
`);

export const OpenCaseMutation = graphql(`
  mutation ConsoleOpenCase($input: OpenJointCaseInput!) {
    openJointCase(input: $input) {
      id
      caseNumber
      status
    }
  }
`);

export const AssessMutation = graphql(`
  mutation ConsoleAssess($id: ID!, $expectedVersion: Int) {
    assessJointCase(id: $id, expectedVersion: $expectedVersion) {
      __typename
      ... on JointCase {
        id
        status
        riskLevel
        version
      }
      ... on TransitionError {
        code
        message
        status
        allowedNextStates
      }
    }
  }
`);

export const AssignMutation = graphql(`
  mutation ConsoleAssign($id: ID!, $input: AssignJointCaseInput!, $expectedVersion: Int) {
    assignJointCase(id: $id, input: $input, expectedVersion: $expectedVersion) {
      __typename
      ... on JointCase {
        id
        status
        version
      }
      ... on TransitionError {
        code
        message
        status
        allowedNextStates
      }
    }
  }
`);

export const StartMediationMutation = graphql(`
  mutation ConsoleStartMediation($id: ID!, $expectedVersion: Int) {
    startMediation(id: $id, expectedVersion: $expectedVersion) {
      __typename
      ... on JointCase {
        id
        status
        version
      }
      ... on TransitionError {
        code
        message
        status
        allowedNextStates
      }
    }
  }
`);

export const WarningsQuery = graphql(`
  query ConsoleWarnings($first: Int!, $after: String) {
    earlyWarnings(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          caseNumber
          title
          riskLevel
          riskLevelLabel
          status
          statusLabel
          createdAt
          leadDepartment
          leadDepartmentLabel
          riskReasons {
            rule
            withheld
            department
            level
            description
            source {
              department
              recordType
              recordId
            }
          }
        }
      }
    }
  }
`);

export const StatisticsQuery = graphql(`
  query ConsoleStatistics($from: DateTimeISO!, $until: DateTimeISO!) {
    caseStatistics(from: $from, until: $until, groupBy: CATEGORY) {
      smallCellThreshold
      rows {
        key
        label
        casesTakenIn
        handled
        settled
        handledRate
        successRate
        overdue
        earlyWarnings
        judicialConfirmations
      }
      total {
        key
        label
        casesTakenIn
        handled
        settled
        handledRate
        successRate
        overdue
        earlyWarnings
        judicialConfirmations
      }
    }
  }
`);

export const LedgerMutation = graphql(`
  mutation ConsoleLedger($from: DateTimeISO!, $until: DateTimeISO!, $format: LedgerFormat!) {
    exportWorkLedger(from: $from, until: $until, format: $format) {
      filename
      contentType
      rowCount
      contentBase64
    }
  }
`);

export const PersonQuery = graphql(`
  query ConsolePerson($residentId: String!) {
    person(residentId: $residentId) {
      residentIdMasked
      departments {
        department
        displayName
        records(first: 20) {
          totalCount
          edges {
            access {
              field
              decision
              mask
              reason
            }
            node {
              ...RecordFields
            }
          }
        }
      }
    }
  }
`);

export const AuditTrailQuery = graphql(`
  query ConsoleAuditTrail($from: DateTimeISO!, $until: DateTimeISO!, $consumer: String, $first: Int!) {
    auditTrail(from: $from, until: $until, consumer: $consumer, first: $first) {
      totalCount
      edges {
        node {
          occurredAt
          user
          department
          role
          purpose
          provider
          recordType
          recordId
          decision
          reason
          jointCaseId
        }
      }
    }
  }
`);

export const RecordSessionMutation = graphql(`
  mutation ConsoleRecordSession($id: ID!, $input: RecordJointSessionInput!, $expectedVersion: Int) {
    recordJointSession(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      sessionType
      heldAt
    }
  }
`);

export const ReachAgreementMutation = graphql(`
  mutation ConsoleReachAgreement(
    $id: ID!
    $terms: String!
    $agreement: MediationAgreementInput
    $expectedVersion: Int
  ) {
    reachAgreement(id: $id, terms: $terms, agreement: $agreement, expectedVersion: $expectedVersion) {
      __typename
      ... on JointCase {
        id
        status
        version
      }
      ... on TransitionError {
        code
        message
        status
        allowedNextStates
      }
    }
  }
`);

export const ApplyConfirmationMutation = graphql(`
  mutation ConsoleApplyConfirmation($id: ID!, $input: ApplyJudicialConfirmationInput!, $expectedVersion: Int) {
    applyJudicialConfirmation(id: $id, input: $input, expectedVersion: $expectedVersion) {
      __typename
      ... on JointCase {
        id
        status
        version
      }
      ... on TransitionError {
        code
        message
        status
        allowedNextStates
      }
    }
  }
`);

export const ConfirmJudiciallyMutation = graphql(`
  mutation ConsoleConfirmJudicially($id: ID!, $input: ConfirmJudiciallyInput!, $expectedVersion: Int) {
    confirmJudicially(id: $id, input: $input, expectedVersion: $expectedVersion) {
      __typename
      ... on JointCase {
        id
        status
        version
      }
      ... on TransitionError {
        code
        message
        status
        allowedNextStates
      }
    }
  }
`);

export const FollowUpMutation = graphql(`
  mutation ConsoleFollowUp($id: ID!, $note: String!, $findings: FollowUpFindingsInput, $expectedVersion: Int) {
    startFollowUp(id: $id, note: $note, findings: $findings, expectedVersion: $expectedVersion) {
      __typename
      ... on JointCase {
        id
        status
        version
      }
      ... on TransitionError {
        code
        message
        status
        allowedNextStates
      }
    }
  }
`);

export const CloseMutation = graphql(`
  mutation ConsoleClose($id: ID!, $note: String, $expectedVersion: Int) {
    closeJointCase(id: $id, note: $note, expectedVersion: $expectedVersion) {
      __typename
      ... on JointCase {
        id
        status
        version
      }
      ... on TransitionError {
        code
        message
        status
        allowedNextStates
      }
    }
  }
`);

export const FailMutation = graphql(`
  mutation ConsoleFail($id: ID!, $reason: String!, $expectedVersion: Int) {
    failMediation(id: $id, reason: $reason, expectedVersion: $expectedVersion) {
      __typename
      ... on JointCase {
        id
        status
        version
      }
      ... on TransitionError {
        code
        message
        status
        allowedNextStates
      }
    }
  }
`);

export const RejectConfirmationMutation = graphql(`
  mutation ConsoleRejectConfirmation($id: ID!, $reason: String!, $expectedVersion: Int) {
    rejectJudicialConfirmation(id: $id, reason: $reason, expectedVersion: $expectedVersion) {
      __typename
      ... on JointCase {
        id
        status
        version
      }
      ... on TransitionError {
        code
        message
        status
        allowedNextStates
      }
    }
  }
`);

export const WithdrawMutation = graphql(`
  mutation ConsoleWithdraw($id: ID!, $reason: String!, $expectedVersion: Int) {
    withdrawJointCase(id: $id, reason: $reason, expectedVersion: $expectedVersion) {
      __typename
      ... on JointCase {
        id
        status
        version
      }
      ... on TransitionError {
        code
        message
        status
        allowedNextStates
      }
    }
  }
`);

export const SubjectAccessQuery = graphql(`
  query ConsoleSubjectAccess($residentId: String!) {
    subjectAccessReport(residentId: $residentId) {
      residentIdMasked
      generatedAt
      entries {
        occurredAt
        readBy
        provider
        recordType
        recordTypes
        purpose
        jointCaseNumber
        decision
      }
    }
  }
`);
