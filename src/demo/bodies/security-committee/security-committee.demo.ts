import { SECURITY_COMMITTEE } from '../../../connectors/security-committee/security-committee.connector';
import type { DemoBody } from '../../demo-body';
import { GridScreeningLedger1764000000600 } from './1764000000600-GridScreeningLedger';
import { seedSecurityCommittee } from './security-committee.seed';

/** The simulated security committee (治保会) grid ledger of the demo: its own database, schema and records. */
export const securityCommitteeDemo: DemoBody = {
  code: SECURITY_COMMITTEE,
  databaseName: 'dept_security_committee',
  migrations: [GridScreeningLedger1764000000600],
  seed: seedSecurityCommittee,
};
