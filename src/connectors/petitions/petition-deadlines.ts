/**
 * Time limits of a petition matter (信访事项) under the 《信访工作条例》 (2022), counted in
 * calendar days as the petitions body's own system counts them.
 */

const DAY = 86_400_000;

/**
 * 第二十四条: a petitions department that receives a matter registers it and, within 15 days,
 * accepts it, transfers it (转送) or assigns it (交办) to the body that must handle it.
 */
export const ACCEPTANCE_DAYS = 15;

/**
 * 第三十二条: a matter is concluded within 60 days of acceptance; a complex one may be extended,
 * with the approval of the handling body's head, by at most 30 days (the petitioner is told why).
 */
export const HANDLING_DAYS = 60;
export const HANDLING_EXTENSION_DAYS = 30;

/** 第三十五条 / 第三十六条: a review (复查) and a re-examination (复核) are each answered within 30 days. */
export const REVIEW_DAYS = 30;

function isoPlus(isoDay: string, days: number): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** The day by which a matter registered on `registeredOn` must be accepted, transferred or assigned. */
export function acceptanceDueOn(registeredOn: string): string {
  return isoPlus(registeredOn, ACCEPTANCE_DAYS);
}

/** The day by which a matter accepted on `acceptedOn` must be concluded (with the extension when granted). */
export function handlingDueOn(acceptedOn: string, extended = false): string {
  return isoPlus(acceptedOn, HANDLING_DAYS + (extended ? HANDLING_EXTENSION_DAYS : 0));
}
