import { WOMENS_FEDERATION } from '../../../connectors/womens-federation/womens-federation.connector';
import type { DemoBody } from '../../demo-body';
import { WomensFederationCaseSystem1764000000500 } from './1764000000500-WomensFederationCaseSystem';
import { seedWomensFederation } from './womens-federation.seed';

/** The simulated women's federation (妇联) system of the demo: its own database, schema and records. */
export const womensFederationDemo: DemoBody = {
  code: WOMENS_FEDERATION,
  databaseName: 'dept_womens_federation',
  migrations: [WomensFederationCaseSystem1764000000500],
  seed: seedWomensFederation,
};
