/** Display masks in the forms Chinese public services use. */

/** 110105199001011234 → 110105********1234 */
export function maskResidentId(value: string): string {
  return value.length === 18 ? `${value.slice(0, 6)}********${value.slice(14)}` : '*'.repeat(value.length);
}

/** 13812345678 → 138****5678 */
export function maskMobile(value: string): string {
  return value.length >= 7
    ? `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`
    : '*'.repeat(value.length);
}

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

export function surnameOf(name: string): string {
  const chars = [...name];
  const compound = COMPOUND_SURNAMES.find((s) => name.startsWith(s));
  return compound ?? chars[0] ?? '';
}

/** 张三 → 张*, 欧阳娜娜 → 欧阳** */
export function maskName(value: string): string {
  const surname = surnameOf(value);
  return surname + '*'.repeat(Math.max([...value].length - [...surname].length, 1));
}

/** A minor's name as published: surname + 某 (张某, 欧阳某). */
export function minorName(value: string): string {
  return `${surnameOf(value)}某`;
}

/** 杭州市西湖区北山街道曙光社区12幢3单元1201室 → 杭州市西湖区北山街道曙光社区 */
export function maskAddressToCommunity(value: string): string {
  const community = /^.*?(社区|村|网格|小区)/.exec(value);
  if (community) return community[0];
  const district = /^.*?(区|县|市)/.exec(value);
  return district ? district[0] : '';
}

/** 2026-05-03 or 2026-05-03T01:30:00.000Z → 2026-05 */
export function maskDateToYearMonth(value: string): string {
  return value.slice(0, 7);
}

/** Birth date encoded in a resident ID number (positions 7–14). */
export function birthDateOfResidentId(residentId: string): Date | null {
  const match = /^\d{6}(\d{4})(\d{2})(\d{2})/.exec(residentId);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
}

/** Under 18 today, by the birth date in the ID number. */
export function isMinorByResidentId(residentId: string, today = new Date()): boolean {
  const birth = birthDateOfResidentId(residentId);
  if (!birth) return false;
  const adult = new Date(Date.UTC(birth.getUTCFullYear() + 18, birth.getUTCMonth(), birth.getUTCDate()));
  return adult.getTime() > today.getTime();
}

/**
 * Free text (a case's description, an incident's summary, minutes) with every contact detail it
 * may hold masked: resident ID numbers, mobile and landline numbers, and the building, unit and
 * room numbers of an address (12幢3单元1201室 → *幢*单元*室). The words stay; a reader keeps the
 * dispute's story without learning where a person lives or how to reach them.
 */
export function scrubContacts(value: string): string {
  return value
    .replace(/\d{17}[\dXx]|\d{15}/g, maskResidentId)
    .replace(/(?<!\d)1[3-9]\d{9}(?!\d)/g, maskMobile)
    .replace(/(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/g, (m) => '*'.repeat(m.length))
    .replace(/[0-9０-９一二三四五六七八九十百零〇]+(?=\s*(号楼|号|室|栋|幢|单元|楼|层|弄|组|户))/g, '*');
}
