import type { Actor } from '../auth/actor';
import { HubError } from '../common/hub-error';

export type AccessDecision = { granted: true } | { granted: false; reason: string };

/**
 * Decides, once per request and record kind, whether an actor may read a body's records.
 * Deny by default: a grant comes only from ownership or (later) a data-sharing agreement.
 */
export interface RecordAccessPolicy {
  decide(actor: Actor, department: string, recordType: string): AccessDecision;
}

/** Until agreements exist: the owner sees its own records in full, every other body nothing. */
export const ownerOnlyPolicy: RecordAccessPolicy = {
  decide(actor, department) {
    if (actor.department === department) return { granted: true };
    return { granted: false, reason: `No data-sharing agreement grants ${actor.department} access to records of ${department}` };
  },
};

/** The policy's decisions for one request, each made once and reused by every field. */
export class RequestAccess {
  private readonly decisions = new Map<string, AccessDecision>();

  constructor(
    private readonly policy: RecordAccessPolicy,
    private readonly actor: Actor,
  ) {}

  decide(department: string, recordType: string): AccessDecision {
    const key = `${department}\u0000${recordType}`;
    let decision = this.decisions.get(key);
    if (!decision) {
      decision = this.policy.decide(this.actor, department, recordType);
      this.decisions.set(key, decision);
    }
    return decision;
  }

  /** Throws FORBIDDEN_BY_AGREEMENT (with the body and the reason) unless granted. */
  assertGranted(department: string, recordType: string): void {
    const decision = this.decide(department, recordType);
    if (!decision.granted) throw HubError.forbiddenByAgreement(department, decision.reason);
  }
}
