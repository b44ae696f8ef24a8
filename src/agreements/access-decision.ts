import type { Actor } from '../auth/actor';
import type { Mask, Purpose } from './agreement.enums';
import type { AgreementEntity } from './agreement.entity';

/** The joint case a read acts for, as far as the agreement scope rules need it. */
export interface CaseScope {
  id: string;
  open: boolean;
  leadDepartment: string | null;
  participatingDepartments: string[];
}

/**
 * How the record was reached: through a link of the case (it belongs to the case), or
 * through the person view for a person who is a party to the case.
 */
export type Reach = 'LINKED_TO_CASE' | 'PARTY_TO_CASE' | 'NOT_IN_CASE';

/** Everything an agreement decision depends on; decisions are memoised on exactly these. */
export interface AccessRequest {
  actor: Actor;
  purpose: Purpose | null;
  jointCase: CaseScope | null;
  reach: Reach;
  provider: string;
  recordType: string;
  now: Date;
}

export interface FieldAccess {
  mask: Mask;
  agreementId: string;
}

export type AccessDecision =
  /** The owner sees its own records in full. */
  | { kind: 'OWNER' }
  | { kind: 'GRANTED'; fields: ReadonlyMap<string, FieldAccess>; agreementIds: string[] }
  /** `considered`: how many agreements named the kind but did not cover this read (0: none names it). */
  | { kind: 'DENIED'; reason: string; considered: number };

/**
 * One clause of an agreement that a read must satisfy. Returns why the read is outside the
 * clause, or null when it is inside. Rules are registered in one ordered list.
 */
export interface AgreementRule {
  name: string;
  check(agreement: AgreementEntity, request: AccessRequest): string | null;
}
