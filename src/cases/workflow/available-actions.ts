import type { Actor } from '../../auth/actor';
import { CASE_TRANSITIONS, type CaseParticipants, mayTake } from './case-transitions';
import type { CaseAction, CaseStatus } from '../case-status';

/** The steps this actor may take on the case now: its state allows them and the table names the actor. */
export function availableActions(actor: Actor, jointCase: CaseParticipants & { status: CaseStatus }): CaseAction[] {
  return (Object.entries(CASE_TRANSITIONS) as Array<[CaseAction, (typeof CASE_TRANSITIONS)[CaseAction]]>)
    .filter(([, transition]) => transition.from.includes(jointCase.status) && mayTake(transition, actor, jointCase))
    .map(([action]) => action);
}
