import { HubFoundation1764000000000 } from './1764000000000-HubFoundation';
import { AuditLog1764000001000 } from './1764000001000-AuditLog';
import { DataSharingAgreements1764000002000 } from './1764000002000-DataSharingAgreements';
import { InvestigationHolds1764000003000 } from './1764000003000-InvestigationHolds';
import { JointCaseWorkflow1764000004000 } from './1764000004000-JointCaseWorkflow';
import { AuditHashChecks1764000005000 } from './1764000005000-AuditHashChecks';
import { GovernedCaseData1764000006000 } from './1764000006000-GovernedCaseData';
import { SharedFairUseBudgets1795845153521 } from './1795845153521-SharedFairUseBudgets';
import { JointCaseDomain1796000000000 } from './1796000000000-JointCaseDomain';
import { EarlyWarningLifecycle1797000000500 } from './1797000000500-EarlyWarningLifecycle';
import { HandOvers1797000000600 } from './1797000000600-HandOvers';
import { DomesticViolenceSafeguards1797000000700 } from './1797000000700-DomesticViolenceSafeguards';
import { CaseListSearch1799000000000 } from './1799000000000-CaseListSearch';
import { AuditEntries1802000000000 } from './1802000000000-AuditEntries';
import { FairUseLeases1803000000000 } from './1803000000000-FairUseLeases';
import { AuditRowPerRequest1806000000000 } from './1806000000000-AuditRowPerRequest';
import { CaseListNarrowIndexes1807000000000 } from './1807000000000-CaseListNarrowIndexes';

/** The hub database's migrations, in order. Listed explicitly so source and build run the same set. */
export const hubMigrations = [
  HubFoundation1764000000000,
  AuditLog1764000001000,
  DataSharingAgreements1764000002000,
  InvestigationHolds1764000003000,
  JointCaseWorkflow1764000004000,
  AuditHashChecks1764000005000,
  GovernedCaseData1764000006000,
  SharedFairUseBudgets1795845153521,
  JointCaseDomain1796000000000,
  EarlyWarningLifecycle1797000000500,
  HandOvers1797000000600,
  DomesticViolenceSafeguards1797000000700,
  CaseListSearch1799000000000,
  AuditEntries1802000000000,
  FairUseLeases1803000000000,
  AuditRowPerRequest1806000000000,
  CaseListNarrowIndexes1807000000000,
];
