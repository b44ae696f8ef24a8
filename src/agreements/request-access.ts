import type { Actor } from '../auth/actor';
import type { Purpose } from './agreement.enums';
import { decideAccess } from './agreement-policy';
import type { AccessDecision, CaseScope, Reach } from './access-decision';
import type { PolicyDirectory, PolicySnapshot } from './policy-directory';

const OWNER: AccessDecision = { kind: 'OWNER' };

/**
 * The agreement decisions of one request: the policy is read once, and each decision is made
 * once per (provider, record type, joint case, reach) and shared by every field and record.
 */
export class RequestAccess {
  private snapshot: Promise<PolicySnapshot> | null = null;
  /** The snapshot once it has been read: what synchronous decisions (a page's cases) are made with. */
  private resolved: PolicySnapshot | undefined;
  private readonly decisions = new Map<string, AccessDecision>();
  private readonly now = new Date();

  constructor(
    readonly actor: Actor,
    readonly purpose: Purpose | null,
    private readonly directory: PolicyDirectory,
  ) {}

  private readonly siblings = new Map<Purpose, RequestAccess>();

  /** The same caller and policy snapshot, reading for another purpose (e.g. risk screening at assessment). */
  withPurpose(purpose: Purpose): RequestAccess {
    if (purpose === this.purpose) return this;
    let sibling = this.siblings.get(purpose);
    if (!sibling) {
      sibling = new RequestAccess(this.actor, purpose, this.directory);
      const of = sibling;
      of.snapshot = this.policy().then((snapshot) => (of.resolved = snapshot));
      this.siblings.set(purpose, sibling);
    }
    return sibling;
  }

  policy(): Promise<PolicySnapshot> {
    this.snapshot ??= this.directory.current().then((snapshot) => (this.resolved = snapshot));
    return this.snapshot;
  }

  /**
   * The request's policy snapshot if `policy()` has already read it, else undefined: a caller that
   * awaited `policy()` once (a page of cases) decides the rest of its work with it synchronously.
   */
  policyNow(): PolicySnapshot | undefined {
    return this.resolved;
  }

  decide(provider: string, recordType: string, jointCase: CaseScope | null, reach: Reach): Promise<AccessDecision> {
    const policy = this.resolved;
    if (policy) return Promise.resolve(this.decideWith(policy, provider, recordType, jointCase, reach));
    return this.policy().then((read) => this.decideWith(read, provider, recordType, jointCase, reach));
  }

  /**
   * `decide` with the request's policy snapshot in hand (from `policy()`): a caller deciding many
   * reads (a case's links, a body's record kinds) awaits the policy once and decides the rest
   * without a promise each.
   */
  decideWith(
    policy: PolicySnapshot,
    provider: string,
    recordType: string,
    jointCase: CaseScope | null,
    reach: Reach,
  ): AccessDecision {
    if (provider === this.actor.department) return OWNER;
    const key = [provider, recordType, jointCase?.id ?? '', reach].join('\u0000');
    let decision = this.decisions.get(key);
    if (!decision) {
      decision = decideAccess(
        { actor: this.actor, purpose: this.purpose, jointCase, reach, provider, recordType, now: this.now },
        policy.activeAgreements,
      );
      this.decisions.set(key, decision);
    }
    return decision;
  }
}
