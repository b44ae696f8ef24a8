import type { ClientBase } from 'pg';
import { allocateIds, insertRows } from '../../bulk-insert';
import { SeededRandom } from '../../random';
import { DEMO_DISTRICT, type ScenarioChunk } from '../../scenario';
import type { SeededRecordRef } from '../../demo-body';

const DAY = 86_400_000;
const SCENARIO_TODAY = Date.UTC(2026, 10, 20);
const MEASURES = [
  '禁止被申请人对申请人实施家庭暴力；禁止被申请人骚扰、跟踪、接触申请人',
  '禁止被申请人对申请人实施家庭暴力；责令被申请人迁出申请人住所',
];
const COLUMNS = {
  id: 'bigint',
  order_no: 'text',
  issued_on: 'date',
  effective_until: 'date',
  order_status: 'text',
  applicant_name: 'text',
  applicant_id_card_no: 'text',
  applicant_address: 'text',
  respondent_name: 'text',
  respondent_id_card_no: 'text',
  measures: 'text',
};

/**
 * The court's protection orders for one scenario chunk: about a third of the domestic-violence
 * disputes, and always the first chunk's showcase (its third dispute), whose order is in force.
 */
export async function seedProtectionOrders(client: ClientBase, chunk: ScenarioChunk): Promise<SeededRecordRef[]> {
  const random = new SeededRandom(chunk.index * 31 + 151);
  const disputes = chunk.disputes.filter(
    (d, i) => d.category === 'DOMESTIC_VIOLENCE' && ((chunk.index === 0 && i === 2) || random.chance(0.35)),
  );
  const ids = await allocateIds(client, 'protection_order', disputes.length);
  const rows: Array<Record<string, unknown>> = [];
  const refs: SeededRecordRef[] = [];
  disputes.forEach((dispute, i) => {
    const id = ids[i];
    const victim = dispute.parties.find((p) => p.role === 'APPLICANT')!.person;
    const abuser = dispute.parties.find((p) => p.role === 'RESPONDENT')!.person;
    const showcase = chunk.index === 0 && dispute === chunk.disputes[2];
    // The showcase's order was issued lately, so it is in force whenever the demo is looked at this season.
    const issued = showcase
      ? SCENARIO_TODAY - 20 * DAY
      : Math.min(dispute.occurredAt.getTime() + random.int(1, 5) * DAY, SCENARIO_TODAY);
    const until = issued + (showcase ? 180 : random.int(90, 180)) * DAY;
    rows.push({
      id,
      order_no: `（2026）${DEMO_DISTRICT.courtCode}民保令${id}号`,
      issued_on: new Date(issued).toISOString().slice(0, 10),
      effective_until: new Date(until).toISOString().slice(0, 10),
      order_status: until < SCENARIO_TODAY ? 'EXPIRED' : 'EFFECTIVE',
      applicant_name: victim.name,
      applicant_id_card_no: victim.residentId,
      applicant_address: victim.address,
      respondent_name: abuser.name,
      respondent_id_card_no: abuser.residentId,
      measures: random.pick(MEASURES),
    });
    refs.push({ disputeKey: dispute.key, recordType: 'PROTECTION_ORDER', recordId: id });
  });
  await insertRows(client, 'protection_order', COLUMNS, rows);
  return refs;
}
