import type { ClientBase } from 'pg';
import { allocateIds, insertRows } from '../../bulk-insert';
import { employerOf } from '../../demo-employers';
import { SeededRandom } from '../../random';
import { DEMO_DISTRICT, type ScenarioChunk } from '../../scenario';
import type { SeededRecordRef } from '../../demo-body';

const DAY = 86_400_000;
/** The scenario's "today"; nothing is dated after it. */
const SCENARIO_TODAY = Date.UTC(2026, 10, 20);

const COMPLAINT_COLUMNS = {
  id: 'bigint',
  complaint_no: 'text',
  received_on: 'date',
  employer_name: 'text',
  employer_uscc: 'text',
  legal_rep_name: 'text',
  legal_rep_id_no: 'text',
  complainant_name: 'text',
  complainant_id_no: 'text',
  complainant_phone: 'text',
  workers_involved: 'integer',
  amount_owed: 'numeric',
  complaint_status: 'text',
};
const ARBITRATION_COLUMNS = {
  id: 'bigint',
  case_no: 'text',
  filed_on: 'date',
  applicant_name: 'text',
  applicant_id_no: 'text',
  applicant_phone: 'text',
  respondent_name: 'text',
  respondent_uscc: 'text',
  claims: 'text',
  result: 'text',
  concluded_on: 'date',
};

function isoDay(time: number): string {
  return new Date(Math.min(time, SCENARIO_TODAY)).toISOString().slice(0, 10);
}

/**
 * The labour body's records for one scenario chunk: a wage-arrears complaint for every wage
 * dispute (the worker complains about the employer, whose legal representative is the dispute's
 * respondent), and an arbitration case for about half of them (always the first).
 */
export async function seedLabour(client: ClientBase, chunk: ScenarioChunk): Promise<SeededRecordRef[]> {
  const random = new SeededRandom(chunk.index * 31 + 801);
  const disputes = chunk.disputes.filter((d) => d.category === 'WAGES');
  // A worker often goes to arbitration as well; the chunk's first wage dispute always does.
  const arbitrated = disputes.filter((_d, i) => i === 0 || random.chance(0.5));
  const complaintIds = await allocateIds(client, 'jc_wage_complaint', disputes.length);
  const caseIds = await allocateIds(client, 'zc_arbitration_case', arbitrated.length);
  const complaints: Array<Record<string, unknown>> = [];
  const cases: Array<Record<string, unknown>> = [];
  const refs: SeededRecordRef[] = [];

  disputes.forEach((dispute, i) => {
    const id = complaintIds[i];
    const employer = employerOf(dispute);
    const worker = dispute.parties.find((p) => p.role === 'APPLICANT')!.person;
    const representative = dispute.parties.find((p) => p.role === 'RESPONDENT')!.person;
    const received = dispute.occurredAt.getTime() + random.int(0, 5) * DAY;
    const age = (SCENARIO_TODAY - received) / DAY;
    complaints.push({
      id,
      complaint_no: `${DEMO_DISTRICT.name.slice(0, 2)}人社监投〔2026〕${id}号`,
      received_on: isoDay(received),
      employer_name: employer.name,
      employer_uscc: employer.creditCode,
      legal_rep_name: representative.name,
      legal_rep_id_no: representative.residentId,
      complainant_name: worker.name,
      complainant_id_no: worker.residentId,
      complainant_phone: worker.mobile,
      workers_involved: dispute.peopleInvolved,
      amount_owed: dispute.peopleInvolved * random.int(30, 150) * 100,
      complaint_status:
        age < 15
          ? 'RECEIVED'
          : random.pick(['INVESTIGATING', 'ORDERED_TO_PAY', 'ORDERED_TO_PAY', 'PAID', 'TRANSFERRED_TO_POLICE']),
    });
    refs.push({ disputeKey: dispute.key, recordType: 'WAGE_ARREARS_COMPLAINT', recordId: id });
  });

  arbitrated.forEach((dispute, i) => {
    const id = caseIds[i];
    const employer = employerOf(dispute);
    const worker = dispute.parties.find((p) => p.role === 'APPLICANT')!.person;
    const filed = dispute.occurredAt.getTime() + random.int(10, 40) * DAY;
    const age = (SCENARIO_TODAY - filed) / DAY;
    const result = age < 45 ? 'PENDING' : random.pick(['MEDIATED', 'MEDIATED', 'AWARDED', 'WITHDRAWN']);
    cases.push({
      id,
      case_no: `杭劳人仲案字〔2026〕第${id}号`,
      filed_on: isoDay(filed),
      applicant_name: worker.name,
      applicant_id_no: worker.residentId,
      applicant_phone: worker.mobile,
      respondent_name: employer.name,
      respondent_uscc: employer.creditCode,
      claims: `请求裁决被申请人支付拖欠工资人民币${random.int(8, 60) * 1000}元及经济补偿金`,
      result,
      concluded_on: result === 'PENDING' ? null : isoDay(filed + random.int(30, 45) * DAY),
    });
    refs.push({ disputeKey: dispute.key, recordType: 'LABOUR_ARBITRATION_CASE', recordId: id });
  });

  await insertRows(client, 'jc_wage_complaint', COMPLAINT_COLUMNS, complaints);
  await insertRows(client, 'zc_arbitration_case', ARBITRATION_COLUMNS, cases);
  return refs;
}
