import { type Actor, GOVERNANCE_CENTRE, Role } from '../../auth/actor';
import { CaseAction, CaseStatus } from '../case-status';

/** What a guard needs of the case. */
export interface CaseParticipants {
  leadDepartment: string | null;
  handler: string | null;
  handlerDepartment: string | null;
}

/** Who may take a step: the governance centre, the lead body, the handler, or a named body. */
type Who =
  | { kind: 'CENTRE'; roles: Role[] }
  | { kind: 'LEAD'; roles: Role[] }
  | { kind: 'BODY'; department: string; roles: Role[] };

export interface Transition {
  from: CaseStatus[];
  /** The state reached; null: the case stays where it is (延期, 改派). */
  to: CaseStatus | null;
  who: Who[];
  /** In words, for the error a refused user sees. */
  whoInWords: string;
  /** False where the step needs the role itself (延期 needs the lead body's CHIEF, not the handler). */
  handlerActsForLead?: boolean;
}

const { CLERK, MEDIATOR, CHIEF, SUPERVISOR } = Role;

/**
 * The transition table of a joint case. Each action names the states it leaves, the state it
 * reaches and who may take it. Judicial confirmation is the court's alone; closure comes only
 * after follow-up; the first handler (首办负责制) may act for the lead body throughout.
 */
export const CASE_TRANSITIONS: Record<CaseAction, Transition> = {
  [CaseAction.ASSESS]: {
    from: [CaseStatus.INTAKE],
    to: CaseStatus.ASSESSED,
    who: [{ kind: 'CENTRE', roles: [CLERK, MEDIATOR, CHIEF] }],
    whoInWords: 'the governance centre',
  },
  [CaseAction.ASSIGN]: {
    from: [CaseStatus.ASSESSED],
    to: CaseStatus.ASSIGNED,
    who: [{ kind: 'CENTRE', roles: [CHIEF, SUPERVISOR] }],
    whoInWords: "the governance centre's chief or supervisor",
  },
  [CaseAction.START_MEDIATION]: {
    from: [CaseStatus.ASSIGNED],
    to: CaseStatus.IN_MEDIATION,
    who: [{ kind: 'LEAD', roles: [MEDIATOR, CHIEF] }],
    whoInWords: 'the lead body (or the handler)',
  },
  [CaseAction.REACH_AGREEMENT]: {
    from: [CaseStatus.IN_MEDIATION],
    to: CaseStatus.AGREEMENT_REACHED,
    who: [{ kind: 'LEAD', roles: [MEDIATOR, CHIEF] }],
    whoInWords: 'the lead body (or the handler)',
  },
  [CaseAction.CONFIRM_JUDICIALLY]: {
    from: [CaseStatus.CONFIRMATION_APPLIED],
    to: CaseStatus.JUDICIALLY_CONFIRMED,
    who: [{ kind: 'BODY', department: 'COURT', roles: [CLERK, MEDIATOR, CHIEF] }],
    whoInWords: 'the court',
  },
  [CaseAction.FAIL]: {
    from: [CaseStatus.IN_MEDIATION],
    to: CaseStatus.FAILED,
    who: [{ kind: 'LEAD', roles: [MEDIATOR, CHIEF] }],
    whoInWords: 'the lead body (or the handler)',
  },
  [CaseAction.REFER]: {
    // From 研判 a dispute already in (or belonging to) a legal channel is sent back to it (依法导入).
    from: [CaseStatus.ASSESSED, CaseStatus.FAILED],
    to: CaseStatus.REFERRED,
    who: [
      { kind: 'LEAD', roles: [MEDIATOR, CHIEF] },
      { kind: 'CENTRE', roles: [MEDIATOR, CHIEF] },
    ],
    whoInWords: 'the lead body or the governance centre',
  },
  [CaseAction.START_FOLLOW_UP]: {
    from: [CaseStatus.AGREEMENT_REACHED, CaseStatus.JUDICIALLY_CONFIRMED, CaseStatus.REFERRED],
    to: CaseStatus.FOLLOW_UP,
    who: [
      { kind: 'LEAD', roles: [CLERK, MEDIATOR, CHIEF] },
      { kind: 'CENTRE', roles: [CLERK, MEDIATOR, CHIEF] },
    ],
    whoInWords: 'the lead body or the governance centre',
  },
  [CaseAction.CLOSE]: {
    from: [CaseStatus.FOLLOW_UP],
    to: CaseStatus.CLOSED,
    who: [
      { kind: 'CENTRE', roles: [CHIEF, SUPERVISOR] },
      { kind: 'LEAD', roles: [CHIEF] },
    ],
    whoInWords: "the governance centre's chief or supervisor, or the lead body's chief",
  },
  [CaseAction.WITHDRAW]: {
    from: [CaseStatus.INTAKE, CaseStatus.ASSESSED, CaseStatus.ASSIGNED, CaseStatus.IN_MEDIATION],
    to: CaseStatus.WITHDRAWN,
    who: [
      { kind: 'CENTRE', roles: [CLERK, CHIEF] },
      { kind: 'LEAD', roles: [MEDIATOR, CHIEF] },
    ],
    whoInWords: 'the governance centre or the lead body',
  },
  [CaseAction.REFUSE]: {
    from: [CaseStatus.INTAKE],
    to: CaseStatus.NOT_ACCEPTED,
    who: [{ kind: 'CENTRE', roles: [MEDIATOR, CHIEF] }],
    whoInWords: "the governance centre's mediator or chief",
  },
  [CaseAction.EXTEND]: {
    from: [CaseStatus.ASSIGNED, CaseStatus.IN_MEDIATION],
    to: null,
    who: [{ kind: 'LEAD', roles: [CHIEF] }],
    whoInWords: "the lead body's CHIEF",
    handlerActsForLead: false,
  },
  [CaseAction.RETURN]: {
    from: [CaseStatus.ASSIGNED],
    to: CaseStatus.ASSESSED,
    who: [{ kind: 'LEAD', roles: [MEDIATOR, CHIEF] }],
    whoInWords: 'the lead body (or the handler)',
  },
  [CaseAction.HAND_OVER]: {
    from: [CaseStatus.ASSIGNED, CaseStatus.IN_MEDIATION],
    to: null,
    who: [{ kind: 'LEAD', roles: [CHIEF] }],
    whoInWords: "the lead body's CHIEF or the first handler",
  },
  [CaseAction.APPLY_JUDICIAL_CONFIRMATION]: {
    from: [CaseStatus.AGREEMENT_REACHED],
    to: CaseStatus.CONFIRMATION_APPLIED,
    who: [
      { kind: 'LEAD', roles: [CLERK, MEDIATOR, CHIEF] },
      { kind: 'CENTRE', roles: [CLERK, MEDIATOR, CHIEF] },
      { kind: 'BODY', department: 'COURT', roles: [CLERK, MEDIATOR, CHIEF] },
    ],
    whoInWords: 'the lead body, the governance centre or the court',
  },
  [CaseAction.REJECT_JUDICIAL_CONFIRMATION]: {
    from: [CaseStatus.CONFIRMATION_APPLIED],
    to: CaseStatus.AGREEMENT_REACHED,
    who: [{ kind: 'BODY', department: 'COURT', roles: [CLERK, MEDIATOR, CHIEF] }],
    whoInWords: 'the court',
  },
};

/** The states a case may move to next. */
export function allowedNextStates(status: CaseStatus): CaseStatus[] {
  return Object.values(CASE_TRANSITIONS)
    .filter((t) => t.from.includes(status))
    .map((t) => t.to ?? status)
    .filter((to, i, all) => all.indexOf(to) === i);
}

/** Whether this actor may take this step on this case. */
export function mayTake(transition: Transition, actor: Actor, jointCase: CaseParticipants): boolean {
  return transition.who.some((who) => {
    if (!who.roles.includes(actor.role)) {
      // The first handler acts for the lead body whatever their role label.
      return (
        who.kind === 'LEAD' &&
        transition.handlerActsForLead !== false &&
        jointCase.handler === actor.user &&
        jointCase.handlerDepartment === actor.department
      );
    }
    if (who.kind === 'CENTRE') return actor.department === GOVERNANCE_CENTRE;
    if (who.kind === 'LEAD') return actor.department === jointCase.leadDepartment;
    return actor.department === who.department;
  });
}
