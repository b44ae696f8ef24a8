import { registerEnumType } from 'type-graphql';

/** Roles a user of any body can hold; the body comes from the same verified token. */
export enum Role {
  CLERK = 'CLERK',
  MEDIATOR = 'MEDIATOR',
  CHIEF = 'CHIEF',
  SUPERVISOR = 'SUPERVISOR',
  AUDITOR = 'AUDITOR',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a user does in their body (角色).',
  valuesConfig: {
    CLERK: { description: 'Clerk at the window (工作人员).' },
    MEDIATOR: { description: 'Mediator (调解员).' },
    CHIEF: { description: "The body's chief (负责人)." },
    SUPERVISOR: { description: 'Supervisor (督查员).' },
    AUDITOR: { description: 'Data-protection auditor (审计员).' },
    ADMIN: { description: 'Administrator (管理员).' },
  },
});

/** The governance centre (综治中心) runs the hub and owns the joint cases; it has no connector. */
export const GOVERNANCE_CENTRE = 'GOVERNANCE_CENTRE';

/** Who is asking: taken only from a verified token, never from a header or argument. */
export interface Actor {
  /**
   * The token's subject (`sub`): the identity provider's stable id of the person, the same
   * whichever body or role a token names. Two actors with the same `user` are one person.
   */
  user: string;
  department: string;
  role: Role;
}
