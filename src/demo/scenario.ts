import { DisputeCategory, PartyRole } from '../cases/case-enums';
import { residentIdCheckCharacter } from '../common/resident-id';
import { SeededRandom } from './random';

/**
 * The demo's shared world: people of one district and the disputes between them. Every
 * body's seed reads the same scenario, so the same people appear in several bodies'
 * records (a family dispute known to the police, the women's federation, civil affairs
 * and the court; a neighbour dispute known to the police and the judicial office).
 */

export const DEMO_DISTRICT = {
  areaCode: '330106',
  name: '西湖区',
  courtCode: '浙0106',
  streets: [
    { street: '北山街道', communities: ['曙光社区', '保俶塔社区', '北山社区'] },
    { street: '西溪街道', communities: ['西溪社区', '文新社区', '古荡湾社区'] },
    { street: '翠苑街道', communities: ['翠苑一区社区', '翠苑二区社区'] },
  ],
} as const;

export interface DemoPerson {
  residentId: string;
  name: string;
  gender: 'M' | 'F';
  birthDate: string; // YYYY-MM-DD
  mobile: string;
  street: string;
  community: string;
  /** 网格, the grid a grid worker covers. */
  grid: string;
  address: string;
}

export interface DemoParty {
  person: DemoPerson;
  role: PartyRole;
}

export interface DemoDispute {
  /** Stable key within the scenario, e.g. D000017. */
  key: string;
  category: ScenarioCategory;
  occurredAt: Date;
  community: string;
  grid: string;
  place: string;
  summary: string;
  peopleInvolved: number;
  parties: DemoParty[];
  /** Codes of the bodies whose own systems hold a record of this dispute. */
  knownTo: string[];
}

/** A slice of the scenario, small enough to seed in one set-based statement per table. */
export interface ScenarioChunk {
  index: number;
  people: DemoPerson[];
  disputes: DemoDispute[];
}

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '林',
  '欧阳',
  '诸葛',
];
const GIVEN_MALE = ['伟', '强', '磊', '军', '洋', '勇', '杰', '涛', '明', '超', '建国', '志强', '海波', '国华', '文斌'];
const GIVEN_FEMALE = [
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '艳',
  '娟',
  '霞',
  '秀英',
  '桂英',
  '玉兰',
  '晓燕',
  '婷婷',
  '雪梅',
  '丹',
];
const MOBILE_PREFIXES = ['138', '139', '137', '135', '150', '151', '158', '186', '187', '189', '177', '199'];

/**
 * The kinds of dispute the simulated district draws its disputes from (most of the centre's
 * intake); the cases that show the other categories are written by the demo's showcase cases.
 */
export type ScenarioCategory =
  | DisputeCategory.NEIGHBOUR
  | DisputeCategory.FAMILY_MARRIAGE
  | DisputeCategory.DOMESTIC_VIOLENCE
  | DisputeCategory.LAND_HOUSING
  | DisputeCategory.WAGES
  | DisputeCategory.CONSUMER
  | DisputeCategory.MEDICAL
  | DisputeCategory.OTHER;

/** Which bodies typically hold a record of a dispute of this kind. */
const KNOWN_TO: Record<ScenarioCategory, string[]> = {
  FAMILY_MARRIAGE: ['POLICE', 'WOMENS_FEDERATION', 'CIVIL_AFFAIRS', 'COURT'],
  DOMESTIC_VIOLENCE: ['POLICE', 'WOMENS_FEDERATION', 'CIVIL_AFFAIRS', 'COURT'],
  NEIGHBOUR: ['POLICE', 'JUDICIAL_OFFICE', 'SECURITY_COMMITTEE'],
  LAND_HOUSING: ['SECURITY_COMMITTEE', 'JUDICIAL_OFFICE', 'COURT'],
  WAGES: ['JUDICIAL_OFFICE', 'COURT', 'POLICE'],
  CONSUMER: ['JUDICIAL_OFFICE'],
  MEDICAL: ['JUDICIAL_OFFICE', 'COURT'],
  OTHER: ['SECURITY_COMMITTEE'],
};

const SUMMARIES: Record<ScenarioCategory, string[]> = {
  FAMILY_MARRIAGE: ['夫妻因家庭开支及子女抚养问题多次争吵', '婚后财产分割及子女探视权争议'],
  DOMESTIC_VIOLENCE: ['丈夫酒后殴打妻子，邻居报警', '长期家庭暴力，女方提出离婚并申请保护'],
  NEIGHBOUR: ['楼上漏水损坏楼下装修，双方协商未果', '邻里因占用公共楼道堆放杂物发生口角', '装修噪音扰民引发邻里冲突'],
  LAND_HOUSING: ['宅基地边界争议', '老房拆迁补偿分配兄弟纠纷'],
  WAGES: ['装修工程款拖欠，工人多次讨薪', '餐馆拖欠员工三个月工资'],
  CONSUMER: ['预付卡健身房关门，会员要求退费', '购买家电质量问题退换争议'],
  MEDICAL: ['术后并发症，家属质疑诊疗过程', '诊所误诊延误治疗赔偿争议'],
  OTHER: ['小区停车位使用争议', '宠物伤人赔偿争议'],
};

const CATEGORY_WEIGHTS: Array<[ScenarioCategory, number]> = [
  [DisputeCategory.NEIGHBOUR, 5],
  [DisputeCategory.FAMILY_MARRIAGE, 4],
  [DisputeCategory.DOMESTIC_VIOLENCE, 2],
  [DisputeCategory.LAND_HOUSING, 2],
  [DisputeCategory.WAGES, 2],
  [DisputeCategory.CONSUMER, 1],
  [DisputeCategory.MEDICAL, 1],
  [DisputeCategory.OTHER, 1],
];

export const DISPUTES_PER_CHUNK = 40;
export const DEFAULT_SEED = 20261125;

export function residentId(random: SeededRandom, areaCode: string, birthDate: string, gender: 'M' | 'F'): string {
  const sequenceHead = random.digits(2);
  const genderDigit = gender === 'M' ? random.pick([1, 3, 5, 7, 9]) : random.pick([0, 2, 4, 6, 8]);
  const first17 = areaCode + birthDate.replace(/-/g, '') + sequenceHead + String(genderDigit);
  return first17 + residentIdCheckCharacter(first17);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function makePerson(
  random: SeededRandom,
  home?: { street: string; community: string; grid: string; address: string },
  fixed?: { gender?: 'M' | 'F'; minAge?: number; maxAge?: number },
): DemoPerson {
  const gender = fixed?.gender ?? (random.chance(0.5) ? 'M' : 'F');
  const age = random.int(fixed?.minAge ?? 20, fixed?.maxAge ?? 75);
  const birthDate = `${2026 - age}-${pad(random.int(1, 12), 2)}-${pad(random.int(1, 28), 2)}`;
  const surname = random.pick(SURNAMES);
  const name = surname + random.pick(gender === 'M' ? GIVEN_MALE : GIVEN_FEMALE);
  let place = home;
  if (!place) {
    const { street, communities } = random.pick(DEMO_DISTRICT.streets);
    const community = random.pick(communities);
    const grid = `${community}第${random.int(1, 6)}网格`;
    const address = `杭州市${DEMO_DISTRICT.name}${street}${community}${random.int(1, 30)}幢${random.int(1, 4)}单元${random.int(1, 18)}0${random.int(1, 4)}室`;
    place = { street, community, grid, address };
  }
  return {
    residentId: residentId(random, DEMO_DISTRICT.areaCode, birthDate, gender),
    name,
    gender,
    birthDate,
    mobile: random.pick(MOBILE_PREFIXES) + random.digits(8),
    ...place,
  };
}

function weightedCategory(random: SeededRandom): ScenarioCategory {
  const total = CATEGORY_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  let roll = random.next() * total;
  for (const [category, weight] of CATEGORY_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return category;
  }
  return DisputeCategory.OTHER;
}

/** Builds chunk `index` of the scenario; the same index always gives the same chunk. */
export function scenarioChunk(index: number, seed = DEFAULT_SEED): ScenarioChunk {
  const random = new SeededRandom(seed + index * 7919);
  const people: DemoPerson[] = [];
  const disputes: DemoDispute[] = [];
  for (let i = 0; i < DISPUTES_PER_CHUNK; i++) {
    // The first chunk opens with the showcase disputes, so a small demo always has both.
    const category: ScenarioCategory =
      index === 0 && i === 0
        ? DisputeCategory.FAMILY_MARRIAGE
        : index === 0 && i === 1
          ? DisputeCategory.NEIGHBOUR
          : index === 0 && i === 2
            ? DisputeCategory.DOMESTIC_VIOLENCE
            : weightedCategory(random);
    const key = `D${pad(index * DISPUTES_PER_CHUNK + i + 1, 6)}`;
    const parties: DemoParty[] = [];
    if (category === 'FAMILY_MARRIAGE' || category === 'DOMESTIC_VIOLENCE') {
      const wife = makePerson(random, undefined, { gender: 'F', minAge: 24, maxAge: 60 });
      const home = { street: wife.street, community: wife.community, grid: wife.grid, address: wife.address };
      const husband = makePerson(random, home, { gender: 'M', minAge: 26, maxAge: 64 });
      parties.push({ person: wife, role: PartyRole.APPLICANT }, { person: husband, role: PartyRole.RESPONDENT });
      if (random.chance(0.6))
        parties.push({ person: makePerson(random, home, { minAge: 6, maxAge: 16 }), role: PartyRole.RELATED_PERSON });
    } else {
      const applicant = makePerson(random);
      const respondent = makePerson(
        random,
        category === 'NEIGHBOUR'
          ? {
              street: applicant.street,
              community: applicant.community,
              grid: applicant.grid,
              address: applicant.address.replace(/\d+室$/, `${random.int(1, 18)}0${random.int(1, 4)}室`),
            }
          : undefined,
      );
      parties.push(
        { person: applicant, role: PartyRole.APPLICANT },
        { person: respondent, role: PartyRole.RESPONDENT },
      );
    }
    people.push(...parties.map((p) => p.person));
    const applicant = parties[0].person;
    const daysAgo = random.int(3, 300);
    const occurredAt = new Date(Date.UTC(2026, 10, 20, random.int(0, 15), random.int(0, 59)) - daysAgo * 86_400_000);
    disputes.push({
      key,
      category,
      occurredAt,
      community: applicant.community,
      grid: applicant.grid,
      place: applicant.address,
      summary: random.pick(SUMMARIES[category]),
      peopleInvolved: category === 'WAGES' ? random.int(3, 40) : parties.length,
      parties,
      // The showcase disputes are known to every body typical for their kind.
      knownTo: KNOWN_TO[category].filter(
        (_code, position) => position < 2 || random.chance(0.7) || (index === 0 && i < 3),
      ),
    });
  }
  // People known to some bodies without a dispute, so lists are not only about disputes.
  for (let i = 0; i < DISPUTES_PER_CHUNK / 2; i++) people.push(makePerson(random));
  return { index, people, disputes };
}

/** The chunks for a scale: scale 1 is the small default demo. */
export function* scenarioChunks(scale = 1, seed = DEFAULT_SEED): Generator<ScenarioChunk> {
  for (let index = 0; index < scale; index++) yield scenarioChunk(index, seed);
}
