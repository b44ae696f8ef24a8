import type { EarlyWarningService } from '../cases/warnings/early-warning.service';
import type { HandoverService } from '../handovers/handover.service';
import type { DomesticViolenceService } from '../cases/domestic-violence/domestic-violence.service';
import type { DataSource } from 'typeorm';
import type { RequestAccessLog } from '../agreements/access-log';
import type { AgreementDryRun } from '../agreements/agreement-dry-run';
import type { AgreementService } from '../agreements/agreement.service';
import type { ProtectedPersonService } from '../agreements/protected-person.service';
import type { RequestAccess } from '../agreements/request-access';
import type { Actor } from '../auth/actor';
import type { AuditReportService } from '../audit/audit-report.service';
import type { AuditWriter } from '../audit/audit-writer';
import type { Logger } from '../common/logger';
import type { JointCaseLoaders } from '../cases/joint-case.loaders';
import type { JointCaseService } from '../cases/joint-case.service';
import type { WorkflowService } from '../cases/workflow/workflow.service';
import type { DepartmentRegistry } from '../connectors/department-registry';
import type { RecordLoaders } from '../connectors/record-loaders';
import type { PersonService } from '../persons/person.service';
import type { ReadRoom } from '../read-room/read-room';

/** Long-lived services shared by every request. */
export interface HubServices {
  registry: DepartmentRegistry;
  hubDb: DataSource;
  jointCases: JointCaseService;
  persons: PersonService;
  agreements: AgreementService;
  agreementDryRun: AgreementDryRun;
  protectedPersons: ProtectedPersonService;
  auditReports: AuditReportService;
  workflow: WorkflowService;
  /** The life of early warnings: acknowledged, handled, cleared, escalated. */
  warnings: EarlyWarningService;
  /** The hand-overs (诉调/警调/访调对接) and the feedback returned to their senders. */
  handovers: HandoverService;
  /** The domestic-violence path's safeguards (安全评估, 安全保障措施, 庇护/民保令转介, 强制报告). */
  domesticViolence: DomesticViolenceService;
  /** The audit writer: writes commit their audit records in their own transaction through it. */
  auditWriter: AuditWriter;
  /** The one way data drawn from the bodies, or naming a person, leaves the hub. */
  readRoom: ReadRoom;
  /** Keyed hash of a resident ID number (never store or log the number itself). */
  hashResidentId(residentId: string): string;
}

/** Everything one request needs; loaders, decisions and the access log live only as long as the request. */
export interface RequestContext {
  requestId: string;
  actor: Actor;
  /** The joint case the request says it acts for (x-joint-case-id), if any. */
  jointCaseId: string | null;
  /** The Idempotency-Key header of a creating write, if sent (see src/common/idempotency.ts). */
  idempotencyKey: string | null;
  log: Logger;
  services: HubServices;
  access: RequestAccess;
  accessLog: RequestAccessLog;
  records: RecordLoaders;
  caseParts: JointCaseLoaders;
}
