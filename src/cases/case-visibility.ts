import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { CaseScope } from '../agreements/access-decision';
import { type Actor, GOVERNANCE_CENTRE } from '../auth/actor';
import { type CaseStatus, FINISHED_STATUSES } from './case-status';

/*
 * "May this body see this case": the one place that says it, as a predicate (services, the
 * agreements' case-scope rule) and as SQL (lists, statistics, supervision, the ledger).
 */

/** The bodies of a case, as visibility needs them. */
export interface CaseBodies {
  leadDepartment: string | null;
  participatingDepartments: readonly string[];
}

/**
 * Whether a body takes part in a case: it leads it or is among the participating bodies. The
 * governance centre owns every joint case and takes part in all of them.
 */
export function takesPartInCase(department: string, jointCase: CaseBodies): boolean {
  return (
    department === GOVERNANCE_CENTRE ||
    jointCase.leadDepartment === department ||
    jointCase.participatingDepartments.includes(department)
  );
}

/** The governance centre sees every joint case; a body sees the cases it leads or takes part in. */
export function canSeeCase(actor: Actor, jointCase: CaseBodies): boolean {
  return takesPartInCase(actor.department, jointCase);
}

/** The same condition over `joint_case c`, for a body given as the SQL placeholder `param`. */
function takesPartSql(param: string): string {
  return `(c.lead_department = ${param} OR ${param} = ANY(c.participating_departments))`;
}

/**
 * The cases an actor may see, as a condition on `c` (see canSeeCase): the governance centre
 * every case, another body the cases it leads or takes part in. Pushes its parameter.
 */
export function visibleCasesSql(actor: Actor, values: unknown[]): string {
  if (actor.department === GOVERNANCE_CENTRE) return 'TRUE';
  values.push(actor.department);
  return takesPartSql(`$${values.length}`);
}

/** Narrows a TypeORM query over joint cases (alias `c`) to those the actor may see (see canSeeCase). */
export function onlyVisibleCases<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  actor: Actor,
): SelectQueryBuilder<T> {
  if (actor.department === GOVERNANCE_CENTRE) return query;
  return query.andWhere(takesPartSql(':visibleTo'), { visibleTo: actor.department });
}

/** The case as agreement scope rules see it. */
export function caseScopeOf(jointCase: CaseBodies & { id: string; status: CaseStatus }): CaseScope {
  return {
    id: jointCase.id,
    open: !FINISHED_STATUSES.includes(jointCase.status),
    leadDepartment: jointCase.leadDepartment,
    participatingDepartments: [...jointCase.participatingDepartments],
  };
}
