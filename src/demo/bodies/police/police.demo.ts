import { POLICE } from '../../../connectors/police/police.connector';
import type { DemoBody } from '../../demo-body';
import { PoliceIncidentSystem1764000000200 } from './1764000000200-PoliceIncidentSystem';
import { seedPolice } from './police.seed';

/** The simulated police station (派出所) system of the demo: its own database, schema and records. */
export const policeDemo: DemoBody = {
  code: POLICE,
  databaseName: 'dept_police',
  migrations: [PoliceIncidentSystem1764000000200],
  seed: seedPolice,
};
