import type { ClientBase } from 'pg';
import { allocateIds, insertRows } from '../../bulk-insert';
import { SeededRandom } from '../../random';
import { PartyRole } from '../../../cases/case-enums';
import type { DemoDispute, DemoPerson, ScenarioChunk } from '../../scenario';
import type { SeededRecordRef } from '../../demo-body';

const CIVIL_AFFAIRS = 'CIVIL_AFFAIRS';
const DAY = 86_400_000;
/** The scenario's "today"; registrations cannot be dated after it. */
const SCENARIO_TODAY = Date.UTC(2026, 10, 20);
/** Hangzhou's monthly subsistence-allowance standard per person, in yuan (低保标准). */
const ALLOWANCE_STANDARD = 1240;
/** 特困供养 basic living support: at least 1.3 times the allowance standard. */
const EXTREME_POVERTY_MONTHLY = Math.round(ALLOWANCE_STANDARD * 1.3);

const REGISTRIES = [
  { areaCode: '330106', office: '杭州市西湖区民政局婚姻登记处' },
  { areaCode: '330106', office: '杭州市西湖区民政局婚姻登记处' },
  { areaCode: '330106', office: '杭州市西湖区民政局婚姻登记处' },
  { areaCode: '330102', office: '杭州市上城区民政局婚姻登记处' },
  { areaCode: '330105', office: '杭州市拱墅区民政局婚姻登记处' },
];
const MOBILE_PREFIXES = ['138', '139', '158', '186', '189'];
const COMPOUND_SURNAMES = ['欧阳', '诸葛'];
const CHILD_CARE_NOTES = [
  '父亲长期在外务工，由母亲监护；父母矛盾较多，孩子情绪低落，儿童主任每月探访',
  '父母均在外地务工，由祖母照料；学习成绩下滑，已联系学校心理老师',
  '家庭矛盾激烈时孩子曾离家，已纳入重点关爱对象',
];
const ELDERLY_CARE_NOTES = [
  '子女在外地工作，独居；每月电话联系一次，社区志愿者每周上门',
  '患高血压，独居，已安装紧急呼叫设备',
  '行动不便，由邻居协助购买生活用品，已申请居家养老服务',
];

const MARRIAGE_COLUMNS = {
  id: 'bigint',
  certificate_no: 'text',
  registration_type: 'text',
  registered_on: 'date',
  registry_office: 'text',
  man_name: 'text',
  man_id_card_no: 'text',
  woman_name: 'text',
  woman_id_card_no: 'text',
};
const ASSISTANCE_COLUMNS = {
  id: 'bigint',
  programme: 'text',
  beneficiary_name: 'text',
  id_card_no: 'text',
  residence_address: 'text',
  household_size: 'integer',
  monthly_amount: 'numeric',
  granted_on: 'date',
  entitlement_status: 'text',
};
const CARE_COLUMNS = {
  id: 'bigint',
  care_type: 'text',
  person_name: 'text',
  id_card_no: 'text',
  residence_address: 'text',
  guardian_name: 'text',
  guardian_phone: 'text',
  last_visit_on: 'date',
  care_notes: 'text',
};

function isoDay(time: number): string {
  return new Date(Math.min(time, SCENARIO_TODAY)).toISOString().slice(0, 10);
}

function birthday(person: DemoPerson, age: number): number {
  const [year, month, day] = person.birthDate.split('-').map(Number);
  return Date.UTC(year + age, month - 1, day);
}

function surnameOf(name: string): string {
  return COMPOUND_SURNAMES.find((s) => name.startsWith(s)) ?? name.slice(0, 1);
}

function isMinor(person: DemoPerson): boolean {
  return person.birthDate > '2008-01-01';
}

interface Entitled {
  person: DemoPerson;
  dispute?: DemoDispute;
}
interface Cared {
  person: DemoPerson;
  careType: 'LEFT_BEHIND_CHILD' | 'LEFT_BEHIND_ELDERLY';
  dispute?: DemoDispute;
}

/** Civil affairs' records for one scenario chunk: the couples' registrations, assistance, left-behind care. */
export async function seedCivilAffairs(client: ClientBase, chunk: ScenarioChunk): Promise<SeededRecordRef[]> {
  const random = new SeededRandom(chunk.index * 31 + 401);
  const couples = chunk.disputes.filter(
    (d) =>
      d.knownTo.includes(CIVIL_AFFAIRS) && (d.category === 'FAMILY_MARRIAGE' || d.category === 'DOMESTIC_VIOLENCE'),
  );
  const divorced = couples
    .map((dispute) => ({ dispute, on: dispute.occurredAt.getTime() + random.int(15, 90) * DAY }))
    .filter(
      ({ dispute, on }) => on < SCENARIO_TODAY && random.chance(dispute.category === 'DOMESTIC_VIOLENCE' ? 0.35 : 0.25),
    );

  // Assistance goes to a household, so one entitlement per address.
  const entitled: Entitled[] = [];
  const assistedAddresses = new Set<string>();
  const entitle = (person: DemoPerson, dispute?: DemoDispute) => {
    if (isMinor(person) || assistedAddresses.has(person.address)) return;
    assistedAddresses.add(person.address);
    entitled.push({ person, dispute });
  };
  const cared: Cared[] = [];
  for (const dispute of chunk.disputes) {
    for (const party of dispute.parties) {
      if (random.chance(1 / 6)) entitle(party.person, dispute);
      if (party.role === PartyRole.RELATED_PERSON && isMinor(party.person) && random.chance(0.35)) {
        cared.push({ person: party.person, careType: 'LEFT_BEHIND_CHILD', dispute });
      }
    }
  }
  const inDisputes = new Set(chunk.disputes.flatMap((d) => d.parties.map((p) => p.person.residentId)));
  for (const person of chunk.people.filter((p) => !inDisputes.has(p.residentId))) {
    if (random.chance(0.2)) entitle(person);
    if (person.birthDate <= '1961-12-31' && random.chance(0.4)) cared.push({ person, careType: 'LEFT_BEHIND_ELDERLY' });
  }

  const marriageIds = await allocateIds(client, 'marriage_registration', couples.length + divorced.length);
  const assistanceIds = await allocateIds(client, 'assistance_entitlement', entitled.length);
  const careIds = await allocateIds(client, 'left_behind_care', cared.length);

  const marriages: Array<Record<string, unknown>> = [];
  const entitlements: Array<Record<string, unknown>> = [];
  const cares: Array<Record<string, unknown>> = [];
  const refs: SeededRecordRef[] = [];
  const knownToUs = (dispute?: DemoDispute) => dispute !== undefined && dispute.knownTo.includes(CIVIL_AFFAIRS);

  const register = (dispute: DemoDispute, id: string, type: 'MARRIAGE' | 'DIVORCE', on: number) => {
    const wife = dispute.parties.find((p) => p.role === PartyRole.APPLICANT)!.person;
    const husband = dispute.parties.find((p) => p.role === PartyRole.RESPONDENT)!.person;
    const registry = type === 'MARRIAGE' ? random.pick(REGISTRIES) : REGISTRIES[0];
    const registeredOn = isoDay(on);
    marriages.push({
      id,
      certificate_no: `${type === 'MARRIAGE' ? 'J' : 'L'}${registry.areaCode}-${registeredOn.slice(0, 4)}-${id.padStart(6, '0')}`,
      registration_type: type,
      registered_on: registeredOn,
      registry_office: registry.office,
      man_name: husband.name,
      man_id_card_no: husband.residentId,
      woman_name: wife.name,
      woman_id_card_no: wife.residentId,
    });
    refs.push({ disputeKey: dispute.key, recordType: 'MARRIAGE_REGISTRATION', recordId: id });
  };

  couples.forEach((dispute, i) => {
    const wife = dispute.parties.find((p) => p.role === PartyRole.APPLICANT)!.person;
    const husband = dispute.parties.find((p) => p.role === PartyRole.RESPONDENT)!.person;
    const child = dispute.parties.find((p) => p.role === PartyRole.RELATED_PERSON)?.person;
    // Legal marriage age is 20 for women and 22 for men; the wedding precedes the child and the dispute.
    const earliest = Math.max(birthday(wife, 20), birthday(husband, 22));
    const latest = child ? birthday(child, 0) - 300 * DAY : dispute.occurredAt.getTime() - 365 * DAY;
    const on = latest > earliest ? earliest + Math.floor(random.next() * (latest - earliest)) : earliest;
    register(dispute, marriageIds[i], 'MARRIAGE', on);
  });
  divorced.forEach(({ dispute, on }, i) => register(dispute, marriageIds[couples.length + i], 'DIVORCE', on));

  entitled.forEach(({ person, dispute }, i) => {
    const id = assistanceIds[i];
    const age = 2026 - Number(person.birthDate.slice(0, 4));
    const extremePoverty = age >= 60 && random.chance(0.5);
    const householdSize = extremePoverty ? 1 : random.int(1, 4);
    const perCapitaIncome = random.int(0, 90) * 10;
    entitlements.push({
      id,
      programme: extremePoverty ? 'EXTREME_POVERTY_SUPPORT' : 'MINIMUM_LIVING_ALLOWANCE',
      beneficiary_name: person.name,
      id_card_no: person.residentId,
      residence_address: person.address,
      household_size: householdSize,
      monthly_amount: extremePoverty ? EXTREME_POVERTY_MONTHLY : householdSize * (ALLOWANCE_STANDARD - perCapitaIncome),
      granted_on: isoDay(SCENARIO_TODAY - random.int(60, 2000) * DAY),
      entitlement_status: random.chance(0.85) ? 'ACTIVE' : 'ENDED',
    });
    if (knownToUs(dispute)) refs.push({ disputeKey: dispute!.key, recordType: 'SOCIAL_ASSISTANCE', recordId: id });
  });

  cared.forEach(({ person, careType, dispute }, i) => {
    const id = careIds[i];
    let guardianName: string;
    let guardianPhone: string;
    if (careType === 'LEFT_BEHIND_CHILD' && dispute && random.chance(0.5)) {
      const mother = dispute.parties.find((p) => p.role === PartyRole.APPLICANT)!.person;
      guardianName = `${mother.name}（母亲）`;
      guardianPhone = mother.mobile;
    } else {
      const relative =
        careType === 'LEFT_BEHIND_CHILD'
          ? random.pick(['秀英（祖母）', '桂兰（祖母）', '国华（祖父）'])
          : random.pick(['建国（儿子）', '海波（儿子）', '晓燕（女儿）']);
      guardianName = surnameOf(person.name) + relative;
      guardianPhone = random.pick(MOBILE_PREFIXES) + random.digits(8);
    }
    cares.push({
      id,
      care_type: careType,
      person_name: person.name,
      id_card_no: person.residentId,
      residence_address: person.address,
      guardian_name: guardianName,
      guardian_phone: guardianPhone,
      last_visit_on: isoDay(SCENARIO_TODAY - random.int(3, 120) * DAY),
      care_notes: random.pick(careType === 'LEFT_BEHIND_CHILD' ? CHILD_CARE_NOTES : ELDERLY_CARE_NOTES),
    });
    if (knownToUs(dispute)) refs.push({ disputeKey: dispute!.key, recordType: 'CARE_RECORD', recordId: id });
  });

  await insertRows(client, 'marriage_registration', MARRIAGE_COLUMNS, marriages);
  await insertRows(client, 'assistance_entitlement', ASSISTANCE_COLUMNS, entitlements);
  await insertRows(client, 'left_behind_care', CARE_COLUMNS, cares);
  return refs;
}
