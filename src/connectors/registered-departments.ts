import type { DepartmentDefinition } from './department-definition';
import { civilAffairsDepartment } from './civil-affairs/civil-affairs.connector';
import { courtDepartment } from './court/court.connector';
import { judicialOfficeDepartment } from './judicial-office/judicial-office.connector';
import { labourDepartment } from './labour/labour.connector';
import { petitionsDepartment } from './petitions/petitions.connector';
import { policeDepartment } from './police/police.connector';
import { securityCommitteeDepartment } from './security-committee/security-committee.connector';
import { womensFederationDepartment } from './womens-federation/womens-federation.connector';

/**
 * The bodies this hub serves: the three core bodies, then the N. Adding a body is one
 * folder beside these and one line here.
 */
export const registeredDepartments: readonly DepartmentDefinition[] = [
  courtDepartment,
  policeDepartment,
  judicialOfficeDepartment,
  womensFederationDepartment,
  civilAffairsDepartment,
  securityCommitteeDepartment,
  petitionsDepartment,
  labourDepartment,
];
