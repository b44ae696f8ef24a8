import type { CaseScope } from '../agreements/access-request';
import { Purpose } from '../agreements/agreement.enums';
import type { CaseRecordLink } from '../cases/joint-case.sql';
import type { RequestContext } from '../graphql/request-context';

/** The links of one body the caller may not see, counted. */
export interface WithheldLinks {
  department: string;
  count: number;
}

/**
 * May the caller see that this record is linked (its kind and id)? The record's owner may;
 * anyone else only when an agreement grants it at least that kind of the body's records in this
 * case, for the request's purpose or for risk screening.
 */
async function mayKnowLink(ctx: RequestContext, scope: CaseScope, link: CaseRecordLink): Promise<{ purpose: Purpose | null; agreementIds: string[] } | null> {
  if (link.department === ctx.actor.department) return { purpose: null, agreementIds: [] };
  const purposes = [...new Set([ctx.access.purpose, Purpose.RISK_SCREENING].filter((p): p is Purpose => p !== null))];
  for (const purpose of purposes) {
    const decision = await ctx.access.withPurpose(purpose).decide(link.department, link.recordType, scope, 'LINKED_TO_CASE');
    if (decision.kind === 'OWNER') return { purpose: null, agreementIds: [] };
    if (decision.kind === 'GRANTED') return { purpose, agreementIds: decision.agreementIds };
  }
  return null;
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
  const withheld = new Map<string, CaseRecordLink[]>();
  for (const link of links) {
    const known = await mayKnowLink(ctx, scope, link);
    if (known) {
      shown.push(link);
      if (link.department !== ctx.actor.department) {
        ctx.accessLog.add({
          department: link.department, recordType: link.recordType, recordId: link.recordId, jointCaseId,
          decision: 'GRANTED', agreementIds: known.agreementIds, fields: {}, subjectHashes: [],
          ...(known.purpose && known.purpose !== ctx.access.purpose ? { purpose: known.purpose } : {}),
        });
      }
    } else {
      withheld.set(link.department, [...(withheld.get(link.department) ?? []), link]);
    }
  }
  for (const [department, hidden] of withheld) {
    for (const link of hidden) {
      ctx.accessLog.add({
        department, recordType: link.recordType, recordId: link.recordId, jointCaseId, decision: 'DENIED',
        reason: `No agreement grants ${ctx.actor.department} this kind of ${department}'s records in the case`, agreementIds: [], subjectHashes: [], concealed: true,
      });
    }
  }
  return { shown, withheld: [...withheld].map(([department, hidden]) => ({ department, count: hidden.length })) };
}

