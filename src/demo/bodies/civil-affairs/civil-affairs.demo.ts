import { CIVIL_AFFAIRS } from '../../../connectors/civil-affairs/civil-affairs.connector';
import type { DemoBody } from '../../demo-body';
import { CivilAffairsRegisters1764000000400 } from './1764000000400-CivilAffairsRegisters';
import { MentalHealthRehabilitation1797000000300 } from './1797000000300-MentalHealthRehabilitation';
import { seedMentalHealthRehabilitation } from './mental-health-rehabilitation.seed';
import { seedCivilAffairs } from './civil-affairs.seed';

/** The simulated civil affairs (民政) system of the demo: its own database, schema and records. */
export const civilAffairsDemo: DemoBody = {
  code: CIVIL_AFFAIRS,
  databaseName: 'dept_civil_affairs',
  migrations: [CivilAffairsRegisters1764000000400, MentalHealthRehabilitation1797000000300],
  seed: async (client, chunk) => [
    ...(await seedCivilAffairs(client, chunk)),
    ...(await seedMentalHealthRehabilitation(client, chunk)),
  ],
};
