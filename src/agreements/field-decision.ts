import { Mask } from './agreement.enums';

/** How the agreements in force treat one field of a record: shown, shown masked, or withheld. */
export type FieldDecision = 'GRANTED' | 'MASKED' | 'DENIED';

/** The decision a grant's mask makes for its field; no grant (no mask) denies it. */
export function fieldDecisionOfMask(mask: Mask | null | undefined): FieldDecision {
  if (mask === undefined || mask === null) return 'DENIED';
  return mask === Mask.NONE ? 'GRANTED' : 'MASKED';
}
