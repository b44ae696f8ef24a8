import { normaliseResidentId, residentIdCheckCharacter, residentIdProblem } from '../../src/common/resident-id';
import { scenarioChunk } from '../../src/demo/scenario';

/** The published example of GB 11643-1999: Beijing Dongcheng, born 1949-12-31, female, check character X. */
const PUBLISHED_EXAMPLE = '11010519491231002X';

function withCheckCharacter(first17: string): string {
  return first17 + residentIdCheckCharacter(first17);
}

/** Any check character but the right one. */
function wrongCheckCharacter(first17: string): string {
  const right = residentIdCheckCharacter(first17);
  return first17 + ('0123456789X'.split('').find((c) => c !== right) as string);
}

describe(residentIdCheckCharacter.name, () => {
  it('gives X for the published example', () => {
    expect(residentIdCheckCharacter(PUBLISHED_EXAMPLE.slice(0, 17))).toBe('X');
  });

  // Worked out by hand (ISO 7064 MOD 11-2), one for each of the eleven possible characters.
  it.each([
    ['33010619800101002', '1'],
    ['33010619800101008', '0'],
    ['33010619800101003', 'X'],
    ['33010619800101009', '9'],
    ['33010619800101004', '8'],
    ['33010619800101018', '7'],
    ['33010619800101005', '6'],
    ['33010619800101000', '5'],
    ['33010619800101006', '4'],
    ['33010619800101001', '3'],
    ['33010619800101007', '2'],
  ])('gives %s the check character %s', (first17, expected) => {
    expect(residentIdCheckCharacter(first17)).toBe(expected);
  });

  it('makes the full number satisfy the MOD 11-2 check: weighted sum with X as 10 is 1 modulo 11', () => {
    for (const first17 of ['33010619800101001', '44030419951231234', '11010519491231002', '65010219000101999']) {
      const full = withCheckCharacter(first17);
      const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2, 1];
      const sum = full.split('').reduce((acc, c, i) => acc + (c === 'X' ? 10 : Number(c)) * weights[i], 0);
      expect(sum % 11).toBe(1);
    }
  });

  it('gives a different character when one digit changes', () => {
    expect(residentIdCheckCharacter('33010619800101001')).not.toBe(residentIdCheckCharacter('33010619800101003'));
  });
});

describe(residentIdProblem.name, () => {
  describe('valid numbers', () => {
    it.each([
      PUBLISHED_EXAMPLE,
      withCheckCharacter('33010619800101001'),
      withCheckCharacter('44030419951231234'),
      withCheckCharacter('33010620000229002'), // 29 February of a leap year
      withCheckCharacter('65010219000101999'), // the earliest year accepted
    ])('accepts %s', (value) => {
      expect(residentIdProblem(value)).toBeNull();
    });
  });

  describe('check character', () => {
    it.each([
      [PUBLISHED_EXAMPLE.slice(0, 17) + '0'],
      [PUBLISHED_EXAMPLE.slice(0, 17) + '9'],
      [wrongCheckCharacter('33010619800101001')],
      [wrongCheckCharacter('44030419951231234')],
    ])('refuses %s, whose check character is wrong', (value) => {
      expect(residentIdProblem(value)).toBe('has a wrong check character');
    });

    it('refuses a number with two digits swapped although the digits are the same', () => {
      const valid = withCheckCharacter('33010619800101001');
      const swapped = valid.slice(0, 15) + valid[16] + valid[15] + valid[17];
      expect(swapped).not.toBe(valid);
      expect(residentIdProblem(swapped)).toBe('has a wrong check character');
    });
  });

  describe('shape', () => {
    it.each([
      ['17 digits', PUBLISHED_EXAMPLE.slice(0, 17)],
      ['19 characters', PUBLISHED_EXAMPLE + '0'],
      ['the empty string', ''],
      ['a letter inside', '1101051949123A002X'],
      ['X not in last place', 'X10105194912310021'],
      ['a letter other than X at the end', PUBLISHED_EXAMPLE.slice(0, 17) + 'Y'],
      ['a lowercase x', PUBLISHED_EXAMPLE.toLowerCase()],
      ['surrounding spaces', ` ${PUBLISHED_EXAMPLE} `],
      ['full-width digits', '１１０１０５１９４９１２３１００２X'],
      ['the 15-digit first-generation form', '110105491231002'],
    ])('refuses %s', (_what, value) => {
      expect(residentIdProblem(value)).toBe('must be 17 digits followed by a digit or X');
    });
  });

  describe('birth date', () => {
    const nextYear = new Date().getUTCFullYear() + 1;
    it.each([
      ['30 February', '33010619800230001'],
      ['29 February of a common year', '33010619010229001'],
      ['31 April', '33010619800431001'],
      ['month 13', '33010619801301001'],
      ['month 00', '33010619800001001'],
      ['day 00', '33010619800100001'],
      ['day 32', '33010619800132001'],
      ['a year before 1900', '33010618991231001'],
      ['a birth date in the future', `330106${nextYear}0101001`],
    ])('refuses %s', (_what, first17) => {
      expect(residentIdProblem(withCheckCharacter(first17))).toBe('contains an impossible birth date');
    });

    it('accepts a birth date of today', () => {
      const today = new Date();
      const yyyymmdd = `${today.getUTCFullYear()}${String(today.getUTCMonth() + 1).padStart(2, '0')}${String(today.getUTCDate()).padStart(2, '0')}`;
      expect(residentIdProblem(withCheckCharacter(`330106${yyyymmdd}001`))).toBeNull();
    });
  });

  describe('demo scenario', () => {
    const people = [...scenarioChunk(0).people, ...scenarioChunk(1).people];

    it('generates people in both chunks', () => {
      expect(scenarioChunk(0).people.length).toBeGreaterThan(0);
      expect(scenarioChunk(1).people.length).toBeGreaterThan(0);
    });

    it('gives every person of chunks 0 and 1 a valid resident ID number', () => {
      const problems = people
        .filter((p) => residentIdProblem(p.residentId) !== null)
        .map((p) => `${p.residentId}: ${residentIdProblem(p.residentId)}`);
      expect(problems).toEqual([]);
    });

    it("encodes each person's birth date and gender in the number (odd 17th digit = M)", () => {
      for (const person of people) {
        expect(person.residentId.slice(6, 14)).toBe(person.birthDate.replace(/-/g, ''));
        expect(Number(person.residentId[16]) % 2 === 1 ? 'M' : 'F').toBe(person.gender);
      }
    });

    it('has both genders among the people', () => {
      expect(new Set(people.map((p) => p.gender))).toEqual(new Set(['M', 'F']));
    });
  });
});

describe(normaliseResidentId.name, () => {
  it('upper-cases a trailing x so a number typed with a lowercase x becomes valid', () => {
    const typed = PUBLISHED_EXAMPLE.toLowerCase();
    expect(residentIdProblem(typed)).not.toBeNull();
    expect(normaliseResidentId(typed)).toBe(PUBLISHED_EXAMPLE);
    expect(residentIdProblem(normaliseResidentId(typed))).toBeNull();
  });

  it('trims surrounding whitespace', () => {
    expect(normaliseResidentId(`  ${PUBLISHED_EXAMPLE}\t\n`)).toBe(PUBLISHED_EXAMPLE);
  });

  it('leaves an already normal number unchanged', () => {
    const valid = withCheckCharacter('33010619800101001');
    expect(normaliseResidentId(valid)).toBe(valid);
    expect(normaliseResidentId(PUBLISHED_EXAMPLE)).toBe(PUBLISHED_EXAMPLE);
  });

  it('does not make a wrong number right', () => {
    const wrong = PUBLISHED_EXAMPLE.slice(0, 17) + '0';
    expect(residentIdProblem(normaliseResidentId(wrong))).toBe('has a wrong check character');
  });
});
