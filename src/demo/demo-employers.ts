import { demoCreditCode, EMPLOYERS } from './demo-case-parties';
import type { DemoDispute } from './scenario';

/**
 * The employer of a wage dispute of the scenario (用人单位): the organisation the centre took in as
 * the respondent, with the dispute's respondent as its legal representative (法定代表人). Worked out
 * from the dispute's key as the centre's demo does, so the labour body and the petitions body of
 * the demo name the same company with the same credit code (统一社会信用代码, GB 32100).
 */
export interface DemoEmployer {
  name: string;
  creditCode: string;
}

export function employerOf(dispute: Pick<DemoDispute, 'key'>): DemoEmployer {
  // D000017 is the 17th dispute of the scenario, index 16.
  const index = Number(dispute.key.slice(1)) - 1;
  return { name: EMPLOYERS[index % EMPLOYERS.length], creditCode: demoCreditCode('91', 470_000_000 + index) };
}
