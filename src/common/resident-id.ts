/**
 * Resident identity numbers (居民身份证号码) per GB 11643-1999:
 * 6-digit area code, 8-digit birth date, 3-digit sequence (odd = male, even = female)
 * and a check character by ISO 7064 MOD 11-2.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';
const SHAPE = /^\d{17}[\dX]$/;

export function residentIdCheckCharacter(first17Digits: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17Digits[i]) * WEIGHTS[i];
  return CHECK_CHARACTERS[sum % 11];
}

/** Returns why the number is invalid, or null when it is a well-formed resident ID number. */
export function residentIdProblem(value: string): string | null {
  if (!SHAPE.test(value)) return 'must be 17 digits followed by a digit or X';
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  const validDate =
    year >= 1900 && birth.getUTCFullYear() === year && birth.getUTCMonth() === month - 1 && birth.getUTCDate() === day;
  if (!validDate || birth.getTime() > Date.now()) return 'contains an impossible birth date';
  if (residentIdCheckCharacter(value) !== value[17]) return 'has a wrong check character';
  return null;
}

/** Upper-cases a trailing x, the one normalisation the standard allows. */
export function normaliseResidentId(value: string): string {
  return value.trim().toUpperCase();
}
