import { createHmac } from 'node:crypto';

/**
 * Keyed hash of a resident ID number. The hub links one person's records across bodies
 * by this value, so no central table of ID numbers is needed, and without the key the
 * hash cannot be reversed by enumerating the (small) space of valid numbers.
 */
export function hashResidentId(key: Buffer, residentId: string): string {
  return createHmac('sha256', key).update(residentId).digest('hex');
}

/** The hub's keyed hash of a resident ID number, its key bound in (built once, in the composition root). */
export type ResidentIdHasher = (residentId: string) => string;
