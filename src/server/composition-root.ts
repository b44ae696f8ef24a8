import { randomUUID } from 'node:crypto';
import type { GraphQLSchema } from 'graphql';
import type { ContainerType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { AgreementDryRun } from '../graphql/agreement-dry-run';
import { Purpose } from '../agreements/agreement.enums';
import { AgreementResolver } from '../agreements/agreement.resolver';
import { AgreementService } from '../agreements/agreement.service';
import type { PolicyDirectory } from '../agreements/policy-directory';
import { ProtectedPersonResolver } from '../agreements/protected-person.resolver';
import { ProtectedPersonService } from '../agreements/protected-person.service';
import { type Actor, GOVERNANCE_CENTRE, Role } from '../auth/actor';
import { AuditReportResolver } from '../audit/audit-report.resolver';
import { AuditReportService } from '../audit/audit-report.service';
import { AuditedTransactions } from '../audit/audited-transaction';
import type { AuditWriter } from '../audit/audit-writer';
import { auditRecords } from '../audit/request-audit-records';
import { JointCaseResolver, LinkedRecordResolver } from '../cases/joint-case.resolver';
import { JointCaseService } from '../cases/joint-case.service';
import { type CasePageSettings, DEFAULT_CASE_PAGE_SETTINGS } from '../cases/joint-case-page-read';
import { WorkLedgerResolver } from '../cases/ledger/work-ledger.resolver';
import { WorkLedgerService } from '../cases/ledger/work-ledger.service';
import { RiskAssessor } from '../cases/risk/risk-assessor';
import { RiskScreeningWorker } from '../cases/risk/risk-screening.worker';
import { CaseStatisticsService } from '../cases/statistics/case-statistics.service';
import { CaseStatisticsResolver, SupervisionResolver } from '../cases/statistics/statistics.resolver';
import { SupervisionService } from '../cases/statistics/supervision.service';
import { JointSessionResolver, TimelineEntryResolver, WorkflowResolver } from '../cases/workflow/workflow.resolver';
import { WorkflowService } from '../cases/workflow/workflow.service';
import {
  AgreementObligationResolver,
  JointCaseDomainResolver,
  MediationAgreementResolver,
} from '../cases/joint-case-domain.resolver';
import { CaseDocumentResolver } from '../cases/documents/case-document.resolver';
import { CaseDocumentService } from '../cases/documents/case-document.service';
import { MonthlyReportResolver } from '../cases/statistics/monthly-report.resolver';
import { MonthlyReportService } from '../cases/statistics/monthly-report.service';
import type { Logger } from '../common/logger';
import type { DepartmentRegistry } from '../connectors/department-registry';
import type { DepartmentSources } from '../connectors/department-sources';
import { HubInfoResolver } from '../graphql/hub-info.resolver';
import {
  CasePartyLabelsResolver,
  DepartmentLabelsResolver,
  EarlyWarningLabelsResolver,
  JointCaseLabelsResolver,
  LabelsResolver,
  MeLabelsResolver,
  TimelineEntryLabelsResolver,
} from '../graphql/labels.resolver';
import { EarlyWarningResolver, JointCaseWarningResolver } from '../cases/warnings/early-warning.resolver';
import { EarlyWarningService } from '../cases/warnings/early-warning.service';
import { DvSafeguardsResolver, JointCaseDvResolver } from '../cases/domestic-violence/domestic-violence.resolver';
import { DomesticViolenceService } from '../cases/domestic-violence/domestic-violence.service';
import { HandoverFeedbackResolver, HandoverResolver } from '../handovers/handover.resolver';
import { HandoverService } from '../handovers/handover.service';
import { buildRiskRules } from '../cases/risk/rules';
import { DEFAULT_RISK_THRESHOLDS, type RiskThresholds } from '../cases/risk/risk-thresholds';
import type { QueryLimits } from '../graphql/query-limits';
import { createRequestContext, type RequestContextSources } from '../graphql/request-context';
import { buildHubSchema } from '../graphql/schema';
import { PersonRecordsAtDepartmentResolver, PersonResolver } from '../persons/person.resolver';
import { PersonService } from '../persons/person.service';
import { hashResidentId, type ResidentIdHasher } from '../persons/resident-id-hash';
import { ReadRoom } from '../read-room/read-room';
import type { ClassType } from '../common/class-type';

/** Who the risk worker acts as: the centre's risk screening, under the centre's own agreements. */
const RISK_SCREENING_ACTOR: Actor = {
  user: 'risk-screening (hub)',
  department: GOVERNANCE_CENTRE,
  role: Role.SUPERVISOR,
};

/** The long-lived parts the server has opened (databases, policy, audit) that the services are built on. */
export interface HubFoundation {
  hubDb: DataSource;
  registry: DepartmentRegistry;
  sources: DepartmentSources;
  policy: PolicyDirectory;
  audit: AuditWriter;
  personHashKey: Buffer;
  queryLimits: QueryLimits;
  production: boolean;
  log: Logger;
  /** The risk rules' thresholds (RISK_* settings); the rules' defaults when absent. */
  riskThresholds?: RiskThresholds;
  /** How a page of cases is read (CASE_PAGE_SYNC, CASE_PAGE_PROJECTION); both on by default. */
  casePages?: Partial<CasePageSettings>;
}

/** The hub's services, each built once here with its dependencies. */
export interface HubServices {
  jointCases: JointCaseService;
  readRoom: ReadRoom;
  persons: PersonService;
  agreements: AgreementService;
  agreementDryRun: AgreementDryRun;
  protectedPersons: ProtectedPersonService;
  auditReports: AuditReportService;
  statistics: CaseStatisticsService;
  supervision: SupervisionService;
  ledger: WorkLedgerService;
  risk: RiskAssessor;
  workflow: WorkflowService;
}

export interface ComposedHub {
  schema: GraphQLSchema;
  services: HubServices;
  /** Completes queued risk assessments as the centre. */
  riskWorker: RiskScreeningWorker;
  /** What every request context is made from (see createRequestContext). */
  contextSources: RequestContextSources;
  hashResidentId: ResidentIdHasher;
}

/**
 * The composition root: every service is constructed here, once, with its dependencies as
 * constructor arguments, and resolvers reach them through type-graphql's container (one
 * instance of each resolver, built here too). Nothing is looked up at request time and nothing
 * is assigned after construction. To add a service: construct it here from what it needs, and
 * give it to the resolvers that call it.
 */
export async function composeHub(foundation: HubFoundation): Promise<ComposedHub> {
  const { hubDb, registry, sources, policy, audit, log } = foundation;
  const hasher: ResidentIdHasher = (residentId) => hashResidentId(foundation.personHashKey, residentId);
  const contextSources: RequestContextSources = { hubDb, sources, policy, hashResidentId: hasher };

  const audited = new AuditedTransactions(hubDb, audit);
  const casePages: CasePageSettings = { ...DEFAULT_CASE_PAGE_SETTINGS, ...foundation.casePages };
  const jointCases = new JointCaseService(hubDb, casePages);
  const readRoom = new ReadRoom({
    registry,
    cases: jointCases,
    synchronousPages: casePages.synchronous,
  });
  const persons = new PersonService(registry);
  const agreements = new AgreementService(hubDb, registry, audited);
  const protectedPersons = new ProtectedPersonService(persons, hasher, audited);
  const auditReports = new AuditReportService(hubDb, registry, persons, hasher);
  const statistics = new CaseStatisticsService(hubDb, registry);
  const supervision = new SupervisionService(hubDb);
  const ledger = new WorkLedgerService(hubDb, registry, readRoom);
  const risk = new RiskAssessor(readRoom, buildRiskRules(foundation.riskThresholds ?? DEFAULT_RISK_THRESHOLDS));
  const monthlyReports = new MonthlyReportService(hubDb, registry);
  const documents = new CaseDocumentService(hubDb, jointCases, readRoom);

  // Queued risk assessments run as the centre's risk screening, their reads audited like a
  // request's, in the transaction that stores the assessment. The worker calls the workflow
  // (built just below, with the worker as its queue) only once started.
  const riskWorker: RiskScreeningWorker = new RiskScreeningWorker(
    hubDb,
    async (ctx, id, manager): Promise<boolean> => (await workflow.reassessUnlessBusy(ctx, { id }, manager)) !== null,
    async (manager, task) => {
      const requestId = randomUUID();
      const ctx = createRequestContext(contextSources, {
        requestId,
        actor: RISK_SCREENING_ACTOR,
        purpose: Purpose.RISK_SCREENING,
        log: log.child({ requestId, task: 'risk-screening' }),
      });
      const result = await task(ctx);
      const pending = ctx.accessLog.pending();
      await audit.writeWithin(manager, auditRecords(ctx, pending.entries, pending.changes));
      return result;
    },
    log,
  );
  const workflow: WorkflowService = new WorkflowService(hubDb, registry, readRoom, hasher, audited, risk, riskWorker);
  const warnings = new EarlyWarningService(hubDb, audited);
  const handovers = new HandoverService(hubDb, workflow, readRoom, audited, riskWorker);
  const domesticViolence = new DomesticViolenceService(hubDb, audited);

  // The schema asks the container for a resolver only while answering a request; by then every
  // instance below exists. The dry run is given the schema it checks queries against.
  const container: ContainerType = {
    get(resolverClass: ClassType<unknown>) {
      const instance = resolvers.get(resolverClass);
      if (!instance) throw new Error(`${resolverClass.name} is not composed in src/server/composition-root.ts`);
      return instance;
    },
  };
  const schema = await buildHubSchema(registry, container);
  const agreementDryRun = new AgreementDryRun(registry, schema, {
    limits: foundation.queryLimits,
    production: foundation.production,
  });
  const resolvers = new Map<ClassType<unknown>, object>([
    [HubInfoResolver, new HubInfoResolver(registry)],
    [LabelsResolver, new LabelsResolver()],
    [JointCaseLabelsResolver, new JointCaseLabelsResolver(registry)],
    [CasePartyLabelsResolver, new CasePartyLabelsResolver()],
    [EarlyWarningLabelsResolver, new EarlyWarningLabelsResolver()],
    [TimelineEntryLabelsResolver, new TimelineEntryLabelsResolver()],
    [MeLabelsResolver, new MeLabelsResolver(registry)],
    [DepartmentLabelsResolver, new DepartmentLabelsResolver(registry)],
    [EarlyWarningResolver, new EarlyWarningResolver(warnings, readRoom)],
    [JointCaseWarningResolver, new JointCaseWarningResolver(warnings)],
    [HandoverResolver, new HandoverResolver(handovers)],
    [HandoverFeedbackResolver, new HandoverFeedbackResolver(readRoom)],
    [DvSafeguardsResolver, new DvSafeguardsResolver(readRoom)],
    [JointCaseDvResolver, new JointCaseDvResolver(domesticViolence)],
    [JointCaseResolver, new JointCaseResolver(jointCases, readRoom)],
    [LinkedRecordResolver, new LinkedRecordResolver(readRoom)],
    [PersonResolver, new PersonResolver(persons, readRoom)],
    [PersonRecordsAtDepartmentResolver, new PersonRecordsAtDepartmentResolver(readRoom)],
    [AgreementResolver, new AgreementResolver(agreements, agreementDryRun)],
    [ProtectedPersonResolver, new ProtectedPersonResolver(protectedPersons)],
    [AuditReportResolver, new AuditReportResolver(auditReports)],
    [CaseStatisticsResolver, new CaseStatisticsResolver(statistics)],
    [SupervisionResolver, new SupervisionResolver(supervision)],
    [WorkLedgerResolver, new WorkLedgerResolver(ledger)],
    [WorkflowResolver, new WorkflowResolver(workflow, jointCases)],
    [JointSessionResolver, new JointSessionResolver(readRoom)],
    [TimelineEntryResolver, new TimelineEntryResolver(readRoom)],
    [JointCaseDomainResolver, new JointCaseDomainResolver(readRoom)],
    [MediationAgreementResolver, new MediationAgreementResolver(readRoom)],
    [AgreementObligationResolver, new AgreementObligationResolver(readRoom)],
    [MonthlyReportResolver, new MonthlyReportResolver(monthlyReports)],
    [CaseDocumentResolver, new CaseDocumentResolver(documents)],
  ]);

  return {
    schema,
    services: {
      jointCases,
      readRoom,
      persons,
      agreements,
      agreementDryRun,
      protectedPersons,
      auditReports,
      statistics,
      supervision,
      ledger,
      risk,
      workflow,
    },
    riskWorker,
    contextSources,
    hashResidentId: hasher,
  };
}
