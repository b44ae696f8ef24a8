import fc from 'fast-check';
import { CREDIT_CODE_ALPHABET, creditCodeCheckCharacter, creditCodeProblem } from '../../src/common/credit-code';
import {
  documentNumberProblem,
  IdentityDocumentType,
  particularsFromResidentId,
} from '../../src/common/identity-document';
import { residentIdCheckCharacter, residentIdProblem } from '../../src/common/resident-id';

const DIGITS = '0123456789'.split('');
const ALPHABET = CREDIT_CODE_ALPHABET.split('');

/** The first 17 characters of a credit code: authority and type from the alphabet, 6-digit division, 9-character organisation code. */
const creditCodeHead = fc
  .tuple(
    fc.array(fc.constantFrom(...ALPHABET), { minLength: 2, maxLength: 2 }),
    fc.array(fc.constantFrom(...DIGITS), { minLength: 6, maxLength: 6 }),
    fc.array(fc.constantFrom(...ALPHABET), { minLength: 9, maxLength: 9 }),
  )
  .map(([head, division, organisation]) => [...head, ...division, ...organisation].join(''));
const creditCode = creditCodeHead.map((first17) => first17 + creditCodeCheckCharacter(first17));

/** A resident ID number with a real birth date between 1900 and 2020. */
const residentId = fc
  .tuple(
    fc.array(fc.constantFrom(...DIGITS), { minLength: 6, maxLength: 6 }),
    fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2020-12-31T00:00:00Z'), noInvalidDate: true }),
    fc.array(fc.constantFrom(...DIGITS), { minLength: 3, maxLength: 3 }),
  )
  .map(([area, birth, sequence]) => {
    const first17 = area.join('') + birth.toISOString().slice(0, 10).replace(/-/g, '') + sequence.join('');
    return first17 + residentIdCheckCharacter(first17);
  });

describe('统一社会信用代码 (GB 32100)', () => {
  it("accepts the standard's worked example and refuses it with a changed check character", () => {
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull();
    expect(creditCodeProblem('91350100M000100Y44')).toBe('has a wrong check character');
  });

  it('accepts every code whose check character is computed by MOD 31', () => {
    fc.assert(fc.property(creditCode, (code) => creditCodeProblem(code) === null));
  });

  it('refuses every code with one character changed (the weights 3^i mod 31 catch any single substitution)', () => {
    fc.assert(
      fc.property(creditCode, fc.nat(17), fc.constantFrom(...ALPHABET), (code, position, replacement) => {
        fc.pre(code[position] !== replacement);
        const changed = code.slice(0, position) + replacement + code.slice(position + 1);
        return creditCodeProblem(changed) !== null;
      }),
    );
  });

  it('refuses I, O, S, V, Z, lower case, and any length but 18', () => {
    fc.assert(
      fc.property(creditCode, fc.nat(17), fc.constantFrom('I', 'O', 'S', 'V', 'Z', 'a', '-'), (code, position, bad) => {
        return creditCodeProblem(code.slice(0, position) + bad + code.slice(position + 1)) !== null;
      }),
    );
    fc.assert(
      fc.property(
        creditCode,
        fc.nat(17),
        (code, cut) => creditCodeProblem(code.slice(0, cut)) !== null && creditCodeProblem(code + '0') !== null,
      ),
    );
  });
});

describe('居民身份证号码 (GB 11643)', () => {
  it('accepts every number with a real birth date and its MOD 11-2 check character', () => {
    fc.assert(fc.property(residentId, (id) => residentIdProblem(id) === null));
  });

  it('refuses every number with one digit of the first 17 changed, or another check character', () => {
    fc.assert(
      fc.property(residentId, fc.nat(17), fc.constantFrom(...DIGITS, 'X'), (id, position, replacement) => {
        fc.pre(id[position] !== replacement && (position === 17 || replacement !== 'X'));
        return residentIdProblem(id.slice(0, position) + replacement + id.slice(position + 1)) !== null;
      }),
    );
  });

  it('derives 性别 from the parity of the sequence digit and 出生日期 from positions 7–14', () => {
    fc.assert(
      fc.property(residentId, (id) => {
        const { gender, birthDate } = particularsFromResidentId(id);
        return (
          gender === (Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE') && birthDate.replace(/-/g, '') === id.slice(6, 14)
        );
      }),
    );
  });
});

describe('the other identity documents (format only where no checksum exists)', () => {
  const cases: Array<[IdentityDocumentType, string[], string[]]> = [
    [
      IdentityDocumentType.HK_MACAO_PERMIT,
      ['H12345678', 'M87654321', 'H1234567890'],
      ['12345678', 'K12345678', 'H1234567', 'H123456789'],
    ],
    [IdentityDocumentType.TAIWAN_PERMIT, ['12345678'], ['1234567', '123456789', 'T1234567']],
    [IdentityDocumentType.PASSPORT, ['E12345678', 'G1234567', 'X1234'], ['E123', 'E-1234567', 'E'.repeat(18)]],
    [IdentityDocumentType.FOREIGNER_PERMANENT_RESIDENCE_ID, ['USA110085012345'], ['US1100850123456', 'USA11008501234']],
  ];
  it.each(cases)('checks %s numbers by their published format', (type, valid, invalid) => {
    for (const number of valid) expect(documentNumberProblem(type, number)).toBeNull();
    for (const number of invalid) expect(documentNumberProblem(type, number)).not.toBeNull();
  });

  it('checks the 2023 外国人永久居留身份证 (18 digits starting with 9) by the GB 11643 check character', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...DIGITS), { minLength: 16, maxLength: 16 }), (digits) => {
        const first17 = '9' + digits.join('');
        const number = first17 + residentIdCheckCharacter(first17);
        const wrong = first17 + (residentIdCheckCharacter(first17) === '0' ? '1' : '0');
        return (
          documentNumberProblem(IdentityDocumentType.FOREIGNER_PERMANENT_RESIDENCE_ID, number) === null &&
          documentNumberProblem(IdentityDocumentType.FOREIGNER_PERMANENT_RESIDENCE_ID, wrong) !== null
        );
      }),
    );
  });
});
