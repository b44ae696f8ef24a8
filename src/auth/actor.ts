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

registerEnumType(Role, { name: 'Role', description: 'What a user does in their body.' });

/** The governance centre (综治中心) runs the hub and owns the joint cases; it has no connector. */
export const GOVERNANCE_CENTRE = 'GOVERNANCE_CENTRE';

/** Who is asking: taken only from a verified token, never from a header or argument. */
export interface Actor {
  user: string;
  department: string;
  role: Role;
}
