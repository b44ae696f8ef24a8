import { COURT } from '../../../connectors/court/court.connector';
import type { DemoBody } from '../../demo-body';
import { CourtCaseSystem1764000000100 } from './1764000000100-CourtCaseSystem';
import { ProtectionOrders1797000000400 } from './1797000000400-ProtectionOrders';
import { seedProtectionOrders } from './protection-order.seed';
import { seedCourt } from './court.seed';

/** The simulated people's tribunal (人民法庭) system of the demo: its own database, schema and records. */
export const courtDemo: DemoBody = {
  code: COURT,
  databaseName: 'dept_court',
  migrations: [CourtCaseSystem1764000000100, ProtectionOrders1797000000400],
  seed: async (client, chunk) => [...(await seedCourt(client, chunk)), ...(await seedProtectionOrders(client, chunk))],
};
