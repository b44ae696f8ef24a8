import { PETITIONS } from '../../../connectors/petitions/petitions.connector';
import type { DemoBody } from '../../demo-body';
import { PetitionMatterRegister1797000000100 } from './1797000000100-PetitionMatterRegister';
import { seedPetitions } from './petitions.seed';

/** The simulated petitions bureau (信访局) register of the demo: its own database, schema and records. */
export const petitionsDemo: DemoBody = {
  code: PETITIONS,
  databaseName: 'dept_petitions',
  migrations: [PetitionMatterRegister1797000000100],
  seed: seedPetitions,
};
