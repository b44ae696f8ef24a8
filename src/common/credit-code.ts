/**
 * Unified social credit codes (统一社会信用代码) per GB 32100-2015: 18 characters from a
 * 31-character alphabet (digits and upper-case letters without I, O, S, V, Z): a registration
 * authority code (登记管理部门码), an organisation type code (机构类别码), a 6-digit
 * administrative division code, a 9-character organisation code (组织机构代码) and a check
 * character. The check character is 31 − (Σ value(cᵢ) × 3ⁱ mod 31) mod 31, over the first 17
 * characters, written in the same alphabet (GB 32100-2015 附录 B).
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The check character of the first 17 characters of a credit code. */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17[i]);
    if (value < 0) throw new Error('not a credit-code character');
    sum += value * WEIGHTS[i];
  }
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31];
}

/** Returns why the code is invalid, or null when it is a well-formed unified social credit code. */
export function creditCodeProblem(value: string): string | null {
  if (value.length !== 18) return 'must be 18 characters';
  if (!SHAPE.test(value))
    return 'must use digits and capital letters other than I, O, S, V and Z, with a 6-digit division code in positions 3 to 8';
  if (creditCodeCheckCharacter(value) !== value[17]) return 'has a wrong check character';
  return null;
}

/** Upper-cases and trims: the only normalisation a written code allows. */
export function normaliseCreditCode(value: string): string {
  return value.trim().toUpperCase();
}
