import { Purpose } from '../agreements/agreement.enums';
import type { RequestContext } from '../graphql/request-context';

/** Why a derived datum is withheld from a request that states no purpose. */
export const NO_PURPOSE_STATED = 'The request states no purpose (send the x-purpose header)';

/**
 * The purposes a datum the hub derived from a record (a risk reason, a link reference) may be
 * shown under: the request's own, then risk screening — the purpose the hub derived it for.
 */
export function purposesForDerived(ctx: RequestContext): Purpose[] {
  return [...new Set([ctx.access.purpose, Purpose.RISK_SCREENING].filter((p): p is Purpose => p !== null))];
}
