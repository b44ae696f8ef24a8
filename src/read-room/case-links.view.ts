import type { CaseScope } from '../agreements/access-decision';
import type { Purpose } from '../agreements/agreement.enums';
import { NO_PURPOSE_STATED, purposesForDerived } from './derived-purposes';
import type { CaseRecordLink } from '../cases/joint-case.sql';
import type { RequestContext } from '../graphql/request-context';
import type { PolicySnapshot } from '../agreements/policy-directory';

/** The links of one body the caller may not see, counted, with why (naming no kind). */
export interface WithheldLinks {
  department: string;
  count: number;
  reasons: string[];
}

type LinkDecision = { known: true; purpose: Purpose | null; agreementIds: string[] } | { known: false; reason: string };

/**
 * May the caller see that this record is linked (its kind and id)? The record's owner may;
 * anyone else only when an agreement grants it at least that kind of the body's records in this
 * case, for the request's purpose or for risk screening.
 */
function mayKnowLink(
  ctx: RequestContext,
  policy: PolicySnapshot,
  scope: CaseScope,
  link: CaseRecordLink,
): LinkDecision {
  if (link.department === ctx.actor.department) return { known: true, purpose: null, agreementIds: [] };
  // The refusal under the request's own purpose says why (no purpose, a closed case, the role).
  let reason = ctx.access.purpose === null ? NO_PURPOSE_STATED : null;
  for (const purpose of purposesForDerived(ctx)) {
    const decision = ctx.access
      .withPurpose(purpose)
      .decideWith(policy, link.department, link.recordType, scope, 'LINKED_TO_CASE');
    if (decision.kind === 'OWNER') return { known: true, purpose: null, agreementIds: [] };
    if (decision.kind === 'GRANTED') return { known: true, purpose, agreementIds: decision.agreementIds };
    reason ??= decision.reason;
  }
  return { known: false, reason: reasonNamingNoKind(reason, link.recordType) };
}

/**
 * Why a link is withheld, in words that do not tell its kind: a reason naming an agreement
 * (its title says what it shares) or the kind itself becomes the general one.
 */
export function reasonNamingNoKind(reason: string | null, recordType: string): string {
  if (!reason || reason.includes('Agreement "') || reason.includes(recordType)) {
    return 'No agreement grants the caller these records for this purpose, role and case';
  }
  return reason;
}

/**
 * The links of a case split into those the caller may see (each recorded as a look at the
 * record's existence) and, per body, how many it may not: a caller learns that a body holds
 * linked records, never which kinds when no agreement grants it any of them.
 */
export async function showLinks(
  ctx: RequestContext,
  jointCaseId: string,
  scope: CaseScope,
  links: readonly CaseRecordLink[],
): Promise<{ shown: CaseRecordLink[]; withheld: WithheldLinks[] }> {
  const shown: CaseRecordLink[] = [];
  const withheld = new Map<string, Array<{ link: CaseRecordLink; reason: string }>>();
  const policy = await ctx.access.policy();
  for (const link of links) {
    const known = mayKnowLink(ctx, policy, scope, link);
    if (known.known) {
      shown.push(link);
      if (link.department !== ctx.actor.department) {
        ctx.accessLog.add({
          department: link.department,
          recordType: link.recordType,
          recordId: link.recordId,
          jointCaseId,
          decision: 'GRANTED',
          agreementIds: known.agreementIds,
          fields: {},
          subjectHashes: [],
          ...(known.purpose ? { purpose: known.purpose } : {}),
        });
      }
    } else {
      withheld.set(link.department, [...(withheld.get(link.department) ?? []), { link, reason: known.reason }]);
    }
  }
  for (const [department, hidden] of withheld) {
    for (const { link, reason } of hidden) {
      ctx.accessLog.add({
        department,
        recordType: link.recordType,
        recordId: link.recordId,
        jointCaseId,
        decision: 'DENIED',
        reason,
        agreementIds: [],
        subjectHashes: [],
        concealed: true,
      });
    }
  }
  return {
    shown,
    withheld: [...withheld].map(([department, hidden]) => ({
      department,
      count: hidden.length,
      reasons: [...new Set(hidden.map((h) => h.reason))],
    })),
  };
}
