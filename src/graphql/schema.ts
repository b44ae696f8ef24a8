import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { printSchema } from 'graphql';
import { buildSchema, type ContainerType } from 'type-graphql';
import { JointCaseResolver, LinkedRecordResolver } from '../cases/joint-case.resolver';
import type { DepartmentRegistry } from '../connectors/department-registry';
import { PersonRecordsAtDepartmentResolver, PersonResolver } from '../persons/person.resolver';
import { HubInfoResolver } from './hub-info.resolver';
import {
  CasePartyLabelsResolver,
  DepartmentLabelsResolver,
  EarlyWarningLabelsResolver,
  JointCaseLabelsResolver,
  LabelsResolver,
  MeLabelsResolver,
  TimelineEntryLabelsResolver,
} from './labels.resolver';
import { AgreementResolver } from '../agreements/agreement.resolver';
import { ProtectedPersonResolver } from '../agreements/protected-person.resolver';
import { AuditReportResolver } from '../audit/audit-report.resolver';
import { CaseStatisticsResolver, SupervisionResolver } from '../cases/statistics/statistics.resolver';
import { WorkLedgerResolver } from '../cases/ledger/work-ledger.resolver';
import { JointSessionResolver, TimelineEntryResolver, WorkflowResolver } from '../cases/workflow/workflow.resolver';
import { EarlyWarningResolver, JointCaseWarningResolver } from '../cases/warnings/early-warning.resolver';
import { HandoverFeedbackResolver, HandoverResolver } from '../handovers/handover.resolver';
import { DvSafeguardsResolver, JointCaseDvResolver } from '../cases/domestic-violence/domestic-violence.resolver';
import {
  AgreementObligationResolver,
  JointCaseDomainResolver,
  MediationAgreementResolver,
} from '../cases/joint-case-domain.resolver';
import { MonthlyReportResolver } from '../cases/statistics/monthly-report.resolver';
import { CaseDocumentResolver } from '../cases/documents/case-document.resolver';
import { resolveWithheldFields } from '../agreements/withheld-field';
import { useLeanReadPathResolvers } from './lean-read-path';

/**
 * Builds the one schema over every registered body: each body's record kinds join it as types.
 * `container` gives the resolvers, built with their services in the composition root
 * (src/server/composition-root.ts); without one the schema only describes (as `schema emit`).
 */
export async function buildHubSchema(registry: DepartmentRegistry, container?: ContainerType): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    ...(container ? { container } : {}),
    resolvers: [
      HubInfoResolver,
      JointCaseResolver,
      LinkedRecordResolver,
      PersonResolver,
      PersonRecordsAtDepartmentResolver,
      AgreementResolver,
      ProtectedPersonResolver,
      AuditReportResolver,
      CaseStatisticsResolver,
      SupervisionResolver,
      WorkLedgerResolver,
      WorkflowResolver,
      JointSessionResolver,
      TimelineEntryResolver,
      EarlyWarningResolver,
      JointCaseWarningResolver,
      HandoverResolver,
      HandoverFeedbackResolver,
      DvSafeguardsResolver,
      JointCaseDvResolver,
      JointCaseDomainResolver,
      MediationAgreementResolver,
      AgreementObligationResolver,
      MonthlyReportResolver,
      CaseDocumentResolver,
      LabelsResolver,
      JointCaseLabelsResolver,
      CasePartyLabelsResolver,
      EarlyWarningLabelsResolver,
      TimelineEntryLabelsResolver,
      MeLabelsResolver,
      DepartmentLabelsResolver,
    ],
    orphanedTypes: registry.graphqlTypes(),
    // Inputs carry class-validator rules; failures become BAD_USER_INPUT at the edge.
    validate: { forbidUnknownValues: false },
  });
  // type-graphql gives the root types no description; set them here so that every type is described.
  schema.getQueryType()!.description =
    "Reads of the hub (查询): joint cases, the bodies' records as the agreements grant them, agreements, statistics and audit.";
  schema.getMutationType()!.description =
    'Changes through the hub (操作): the joint-case workflow, hand-overs, agreements, protection marks and holds, exports.';
  // A field the agreements withhold is data in the shaped record: null plus its error, nothing thrown.
  resolveWithheldFields(schema);
  if (container) useLeanReadPathResolvers(schema, container);
  return schema;
}

/** The SDL committed under schema/; a test fails when it drifts from the code. */
export function printHubSchema(schema: GraphQLSchema): string {
  return printSchema(schema) + '\n';
}
