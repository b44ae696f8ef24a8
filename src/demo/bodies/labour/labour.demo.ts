import { LABOUR } from '../../../connectors/labour/labour.connector';
import type { DemoBody } from '../../demo-body';
import { LabourSecuritySystem1797000000200 } from './1797000000200-LabourSecuritySystem';
import { seedLabour } from './labour.seed';

/** The simulated human resources and social security (人社) systems of the demo: labour inspection and arbitration, its own database. */
export const labourDemo: DemoBody = {
  code: LABOUR,
  databaseName: 'dept_labour',
  migrations: [LabourSecuritySystem1797000000200],
  seed: seedLabour,
};
