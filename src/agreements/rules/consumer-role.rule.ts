import { Role } from '../../auth/actor';
import type { AgreementRule } from '../access-decision';

/**
 * Roles that run the system or check it never receive another body's records through an
 * agreement, whatever it lists: an administrator cannot grant data to itself.
 */
export const ROLES_NEVER_GRANTED: readonly Role[] = [Role.ADMIN, Role.AUDITOR];

/** An agreement grants only to the consumer's roles it names (for example mediators and chiefs). */
export const consumerRoleRule: AgreementRule = {
  name: 'consumer-role',
  check(agreement, { actor }) {
    if (ROLES_NEVER_GRANTED.includes(actor.role)) return `The ${actor.role} role never receives another body's records`;
    if (!agreement.consumerRoles.includes(actor.role))
      return `Agreement "${agreement.title}" does not grant to the ${actor.role} role`;
    return null;
  },
};
