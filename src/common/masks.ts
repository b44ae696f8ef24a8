/** Display masks in the forms Chinese public services use. */

/** 110105199001011234 → 110105********1234 */
export function maskResidentId(value: string): string {
  return value.length === 18 ? `${value.slice(0, 6)}********${value.slice(14)}` : '*'.repeat(value.length);
}
