import type { CaseScope } from '../agreements/access-request';
import { type Actor, GOVERNANCE_CENTRE } from '../auth/actor';
import type { JointCase } from './joint-case.type';
import { FINISHED_STATUSES } from './workflow/case-status';

/** The governance centre sees every joint case; a body sees the cases it leads or takes part in. */
export function canSeeCase(actor: Actor, jointCase: Pick<JointCase, 'leadDepartment' | 'participatingDepartments'>): boolean {
  return (
    actor.department === GOVERNANCE_CENTRE ||
    jointCase.leadDepartment === actor.department ||
    jointCase.participatingDepartments.includes(actor.department)
  );
}

/** The case as agreement scope rules see it. */
export function caseScopeOf(jointCase: Pick<JointCase, 'id' | 'status' | 'leadDepartment' | 'participatingDepartments'>): CaseScope {
  return {
    id: jointCase.id,
    open: !FINISHED_STATUSES.includes(jointCase.status),
    leadDepartment: jointCase.leadDepartment,
    participatingDepartments: jointCase.participatingDepartments,
  };
}
