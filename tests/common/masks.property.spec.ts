import fc from 'fast-check';
import {
  maskAddressToCommunity,
  maskDateToYearMonth,
  maskMobile,
  maskName,
  maskResidentId,
  minorName,
} from '../../src/common/masks';
import { residentIdCheckCharacter, residentIdProblem } from '../../src/common/resident-id';

/** Fixed, so every run tries the same cases and a failure reproduces. */
const SEED = 20260515;
const RUNS = { seed: SEED, numRuns: 500 };
const check = <T>(property: fc.IProperty<T>) => fc.assert(property, RUNS);

const DIGITS = '0123456789'.split('');
const digits = (length: number) =>
  fc.string({ unit: fc.constantFrom(...DIGITS), minLength: length, maxLength: length });
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** ISO 7064 MOD 11-2 as the standard states it: with X as 10, the weighted sum of all 18 is 1 modulo 11. */
function satisfiesMod11_2(id: string): boolean {
  const weights = Array.from({ length: 18 }, (_, i) => 2 ** (17 - i) % 11);
  const sum = [...id].reduce((acc, c, i) => acc + (c === 'X' ? 10 : Number(c)) * weights[i], 0);
  return sum % 11 === 1;
}

/** Whether YYYYMMDD at positions 7–14 is a real date from 1900 up to today (worked out without Date arithmetic tricks). */
function embeddedDateIsValid(first17: string, today = new Date()): boolean {
  const year = Number(first17.slice(6, 10));
  const month = Number(first17.slice(10, 12));
  const day = Number(first17.slice(12, 14));
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysIn = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (day > daysIn) return false;
  const ymd = year * 10000 + month * 100 + day;
  const todayYmd = today.getUTCFullYear() * 10000 + (today.getUTCMonth() + 1) * 100 + today.getUTCDate();
  return ymd <= todayYmd;
}

/** The first 17 characters of a well-formed number: area, a real birth date from 1900 to today, sequence. */
const validFirst17 = fc
  .tuple(digits(6), fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date(), noInvalidDate: true }), digits(3))
  .map(
    ([area, birth, sequence]) =>
      `${area}${pad(birth.getUTCFullYear(), 4)}${pad(birth.getUTCMonth() + 1, 2)}${pad(birth.getUTCDate(), 2)}${sequence}`,
  );
const validResidentId = validFirst17.map((first17) => first17 + residentIdCheckCharacter(first17));

const mobile = fc
  .tuple(fc.constantFrom('3', '4', '5', '6', '7', '8', '9'), digits(9))
  .map(([second, rest]) => `1${second}${rest}`);

const SINGLE_SURNAMES = [
  ...'张王李赵刘陈杨黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文',
];
const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '令狐',
  '长孙',
  '宇文',
  '夏侯',
  '端木',
  '司徒',
  '申屠',
];
/** Given-name characters; none is a surname, so nothing but the surname may survive the mask. */
const GIVEN = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅鹏飞建国志慧婷雪琳晨宇浩然子涵欣怡思睿嘉',
].filter((c) => !SINGLE_SURNAMES.includes(c) && !COMPOUND_SURNAMES.some((s) => s.includes(c)));
// A single surname that begins a compound one (夏 of 夏侯) must not be followed by the compound's second character.
const singleSurname = fc.constantFrom(
  ...SINGLE_SURNAMES.filter((s) => !COMPOUND_SURNAMES.some((c) => c.startsWith(s))),
);
const person = fc.record({
  surname: fc.oneof(singleSurname, fc.constantFrom(...COMPOUND_SURNAMES)),
  given: fc.array(fc.constantFrom(...GIVEN), { minLength: 1, maxLength: 3 }).map((chars) => chars.join('')),
});

describe(maskResidentId.name, () => {
  it('keeps the first 6 and last 4 characters of any valid number and hides exactly the 8 between with *', () => {
    check(
      fc.property(validResidentId, (id) => {
        expect(residentIdProblem(id)).toBeNull();
        const masked = maskResidentId(id);
        expect(masked).toHaveLength(18);
        expect(masked.slice(0, 6)).toBe(id.slice(0, 6));
        expect(masked.slice(14)).toBe(id.slice(14));
        expect(masked.slice(6, 14)).toBe('********');
        expect([...masked].filter((c) => c === '*')).toHaveLength(8);
        expect(masked).not.toContain(id.slice(6, 14)); // the birth date is gone
      }),
    );
  });
});

describe(maskMobile.name, () => {
  it('keeps the first 3 and last 4 digits of any 11-digit mobile and puts exactly 4 * between', () => {
    check(
      fc.property(mobile, (number) => {
        const masked = maskMobile(number);
        expect(masked).toMatch(/^1\d{2}\*{4}\d{4}$/);
        expect(masked.slice(0, 3)).toBe(number.slice(0, 3));
        expect(masked.slice(-4)).toBe(number.slice(-4));
        expect([...masked].filter((c) => c === '*')).toHaveLength(4);
      }),
    );
  });
});

describe(maskName.name, () => {
  it('keeps the surname, single or compound, and replaces every other character with *', () => {
    check(
      fc.property(person, ({ surname, given }) => {
        const masked = maskName(surname + given);
        expect(masked.startsWith(surname)).toBe(true);
        const rest = [...masked].slice([...surname].length);
        expect(rest).toHaveLength([...given].length);
        expect(rest.every((c) => c === '*')).toBe(true);
        for (const c of given) expect(masked).not.toContain(c);
      }),
    );
  });

  it('keeps both characters of a compound surname such as 欧阳', () => {
    expect(maskName('欧阳娜娜')).toBe('欧阳**');
    expect(maskName('司马光')).toBe('司马*');
    expect(maskName('张三')).toBe('张*');
  });
});

describe(minorName.name, () => {
  it('is the surname, single or compound, followed by 某', () => {
    check(
      fc.property(person, ({ surname, given }) => {
        expect(minorName(surname + given)).toBe(`${surname}某`);
      }),
    );
  });
});

describe(maskAddressToCommunity.name, () => {
  const CITIES = ['杭州市西湖区', '杭州市拱墅区', '宁波市鄞州区', '绍兴市越城区', '温州市鹿城区'];
  const STREET_CHARS = [...'北山西溪翠苑文新灵隐留下转塘蒋西古荡'];
  const COMMUNITY_CHARS = [...'曙光金祝玉古嘉绿求是文华益乐东岳桂花'];
  const name = (chars: string[]) =>
    fc.array(fc.constantFrom(...chars), { minLength: 2, maxLength: 4 }).map((c) => c.join(''));
  const number = fc.integer({ min: 1, max: 2999 });
  const address = fc.record({
    city: fc.constantFrom(...CITIES),
    street: name(STREET_CHARS),
    community: name(COMMUNITY_CHARS),
    building: number,
    unit: number,
    room: number,
  });

  it('keeps an address down to its 社区 and drops building, unit, room and every digit after it', () => {
    check(
      fc.property(address, ({ city, street, community, building, unit, room }) => {
        const upToCommunity = `${city}${street}街道${community}社区`;
        const full = `${upToCommunity}${building}幢${unit}单元${room}室`;
        const masked = maskAddressToCommunity(full);
        expect(masked).toBe(upToCommunity);
        expect(masked.endsWith('社区')).toBe(true);
        for (const part of ['幢', '单元', '室']) expect(masked).not.toContain(part);
        expect(masked.slice(masked.indexOf('社区'))).not.toMatch(/\d/);
      }),
    );
  });
});

describe(maskDateToYearMonth.name, () => {
  const date = fc.date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2099-12-31T23:59:59Z'),
    noInvalidDate: true,
  });

  it('gives YYYY-MM for a date and for a date-time', () => {
    check(
      fc.property(date, fc.boolean(), (value, withTime) => {
        const iso = value.toISOString();
        const masked = maskDateToYearMonth(withTime ? iso : iso.slice(0, 10));
        expect(masked).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
        expect(masked).toBe(`${pad(value.getUTCFullYear(), 4)}-${pad(value.getUTCMonth() + 1, 2)}`);
      }),
    );
  });
});

describe(residentIdCheckCharacter.name, () => {
  const CHECK_CHARACTERS = [...'0123456789X'];

  it('makes any 17 digits a number residentIdProblem accepts when the embedded date is valid, and only blames the date otherwise', () => {
    check(
      fc.property(digits(17), (first17) => {
        const full = first17 + residentIdCheckCharacter(first17);
        expect(satisfiesMod11_2(full)).toBe(true);
        expect(residentIdProblem(full)).toBe(embeddedDateIsValid(first17) ? null : 'contains an impossible birth date');
      }),
    );
  });

  it('makes 17 digits with a real birth date a valid number', () => {
    check(
      fc.property(validFirst17, (first17) => {
        expect(embeddedDateIsValid(first17)).toBe(true);
        const full = first17 + residentIdCheckCharacter(first17);
        expect(satisfiesMod11_2(full)).toBe(true);
        expect(residentIdProblem(full)).toBeNull();
      }),
    );
  });

  it('reports a wrong check character for every other character in its place', () => {
    check(
      fc.property(validFirst17, fc.constantFrom(...CHECK_CHARACTERS), (first17, other) => {
        fc.pre(other !== residentIdCheckCharacter(first17));
        expect(satisfiesMod11_2(first17 + other)).toBe(false);
        expect(residentIdProblem(first17 + other)).toBe('has a wrong check character');
      }),
    );
  });

  it('has exactly one right check character for any 17 digits', () => {
    check(
      fc.property(digits(17), (first17) => {
        expect(CHECK_CHARACTERS.filter((c) => satisfiesMod11_2(first17 + c))).toEqual([
          residentIdCheckCharacter(first17),
        ]);
      }),
    );
  });
});
