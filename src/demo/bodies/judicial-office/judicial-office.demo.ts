import { JUDICIAL_OFFICE } from '../../../connectors/judicial-office/judicial-office.connector';
import type { DemoBody } from '../../demo-body';
import { PeopleMediationSystem1764000000300 } from './1764000000300-PeopleMediationSystem';
import { seedJudicialOffice } from './judicial-office.seed';

/** The simulated judicial office (司法所) system of the demo: its own database, schema and records. */
export const judicialOfficeDemo: DemoBody = {
  code: JUDICIAL_OFFICE,
  databaseName: 'dept_judicial_office',
  migrations: [PeopleMediationSystem1764000000300],
  seed: seedJudicialOffice,
};
