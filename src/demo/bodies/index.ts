import type { DemoBody } from '../demo-body';
import { civilAffairsDemo } from './civil-affairs/civil-affairs.demo';
import { courtDemo } from './court/court.demo';
import { judicialOfficeDemo } from './judicial-office/judicial-office.demo';
import { policeDemo } from './police/police.demo';
import { securityCommitteeDemo } from './security-committee/security-committee.demo';
import { womensFederationDemo } from './womens-federation/womens-federation.demo';
import { petitionsDemo } from './petitions/petitions.demo';
import { labourDemo } from './labour/labour.demo';

/**
 * The simulated bodies of the demo, one per registered body (matched by code). A body
 * without one here is served only when its database is configured.
 */
export const demoBodies: readonly DemoBody[] = [
  courtDemo,
  policeDemo,
  judicialOfficeDemo,
  womensFederationDemo,
  civilAffairsDemo,
  securityCommitteeDemo,
  petitionsDemo,
  labourDemo,
];
