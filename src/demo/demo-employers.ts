import { DEMO_DISTRICT, type DemoDispute } from './scenario';
import { SeededRandom } from './random';

/**
 * The employer of a wage dispute of the scenario (用人单位): a company whose legal representative
 * (法定代表人) is the dispute's respondent. Worked out from the dispute alone, so the labour body
 * and the petitions body of the demo name the same company with the same credit code.
 */
export interface DemoEmployer {
  name: string;
  /** 统一社会信用代码 (GB 32100-2015), with a valid organisation-code and final check character. */
  creditCode: string;
}

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const TRADES = ['装饰工程', '建筑劳务', '餐饮管理', '服装加工', '物业服务', '电子科技'];
const NAMES = ['西溪', '翠苑', '文新', '北山', '古荡', '保俶'];

/** GB 32100 check character of the first 17 characters. */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]) * CREDIT_WEIGHTS[i];
  return CHARSET[(31 - (sum % 31)) % 31];
}

/** GB 11714 check character of an 8-character organisation code body. */
function organisationCheckCharacter(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(body[i], 36) * ORG_WEIGHTS[i];
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

export function employerOf(dispute: Pick<DemoDispute, 'key'>): DemoEmployer {
  const random = new SeededRandom(Number(dispute.key.slice(1)) * 977 + 13);
  const body = random.digits(8);
  // 9 = registered by market regulation (工商), 1 = enterprise; then the district's area code.
  const first17 = `91${DEMO_DISTRICT.areaCode}${body}${organisationCheckCharacter(body)}`;
  return {
    name: `杭州${random.pick(NAMES)}${random.pick(TRADES)}有限公司`,
    creditCode: first17 + creditCodeCheckCharacter(first17),
  };
}
