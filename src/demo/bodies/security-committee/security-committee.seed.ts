import type { ClientBase } from 'pg';
import { allocateIds, insertRows } from '../../bulk-insert';
import { SeededRandom } from '../../random';
import type { ScenarioCategory, ScenarioChunk } from '../../scenario';
import type { SeededRecordRef } from '../../demo-body';

const SECURITY_COMMITTEE = 'SECURITY_COMMITTEE';
const DAY = 86_400_000;
/** The scenario's "today"; ledger entries cannot be dated after it. */
const SCENARIO_TODAY = Date.UTC(2026, 10, 20);

const DISPUTE_TYPE: Record<ScenarioCategory, string> = {
  NEIGHBOUR: '邻里纠纷',
  FAMILY_MARRIAGE: '婚姻家庭纠纷',
  DOMESTIC_VIOLENCE: '婚姻家庭纠纷',
  LAND_HOUSING: '土地房屋纠纷',
  WAGES: '劳资纠纷',
  CONSUMER: '消费纠纷',
  MEDICAL: '医患纠纷',
  OTHER: '其他纠纷',
};
const RISK_NOTES = [
  '双方情绪激动，有肢体冲突苗头，需重点关注',
  '一方扬言上访，存在越级上访风险',
  '涉及多户利益，防止矛盾激化升级',
  '一方独居老人，情绪易波动',
];
/** Notes of a threat of harm (扬言报复/自杀, 极端), which risk screening watches for. */
const THREAT_NOTES = ['一方扬言要报复对方，情绪极不稳定，需立即稳控', '当事人扬言自杀，有极端言行苗头，已通知家属'];
const VISIT_NOTES = [
  '上门了解双方诉求，情绪基本平稳',
  '再次走访，对方同意由社区出面协调',
  '回访，双方按约定履行，无新的矛盾',
  '入户走访未遇，电话联系并约定下次走访时间',
];
const GRID_WORKERS = [
  '网格员 王晓丽',
  '网格员 刘建平',
  '网格员 陈美华',
  '网格员 赵立军',
  '网格员 孙雅琴',
  '网格员 周海燕',
];

const ENTRY_COLUMNS = {
  id: 'bigint',
  entry_no: 'text',
  screened_on: 'date',
  grid_name: 'text',
  grid_worker: 'text',
  dispute_type: 'text',
  parties_desc: 'text',
  risk_note: 'text',
  entry_status: 'text',
};
const PERSON_COLUMNS = {
  screening_entry_id: 'bigint',
  person_name: 'text',
  id_card_no: 'text',
  phone: 'text',
  address: 'text',
};
const VISIT_COLUMNS = {
  id: 'bigint',
  visited_on: 'date',
  grid_name: 'text',
  grid_worker: 'text',
  household_address: 'text',
  person_name: 'text',
  id_card_no: 'text',
  visit_notes: 'text',
};

function isoDay(time: number): string {
  return new Date(Math.min(time, SCENARIO_TODAY)).toISOString().slice(0, 10);
}

/** A grid has one worker, so every entry from the same grid names the same person. */
function gridWorkerOf(grid: string): string {
  let hash = 0;
  for (const ch of grid) hash = (hash * 31 + ch.codePointAt(0)!) >>> 0;
  return GRID_WORKERS[hash % GRID_WORKERS.length];
}

/** The security committee's ledger for one scenario chunk: a screening entry per dispute it knows, some visits. */
export async function seedSecurityCommittee(client: ClientBase, chunk: ScenarioChunk): Promise<SeededRecordRef[]> {
  const random = new SeededRandom(chunk.index * 31 + 601);
  const disputes = chunk.disputes.filter((d) => d.knownTo.includes(SECURITY_COMMITTEE));
  // Threats are drawn apart, so the rest of the ledger is the same with or without them; the first
  // chunk always has some: every third dispute it knows after the showcases.
  const threats = new SeededRandom(chunk.index * 31 + 651);
  const threatened = new Set(disputes.filter(() => threats.chance(0.05)).map((d) => d.key));
  if (chunk.index === 0) {
    const later = disputes.filter((d) => chunk.disputes.indexOf(d) >= 3);
    later.forEach((d, n) => n % 3 === 1 && threatened.add(d.key));
  }
  const visitCounts = disputes.map(() => (random.chance(0.5) ? random.int(1, 2) : 0));
  const entryIds = await allocateIds(client, 'grid_screening_entry', disputes.length);
  const visitIds = await allocateIds(
    client,
    'grid_visit_log',
    visitCounts.reduce((sum, n) => sum + n, 0),
  );

  const entries: Array<Record<string, unknown>> = [];
  const persons: Array<Record<string, unknown>> = [];
  const visits: Array<Record<string, unknown>> = [];
  const refs: SeededRecordRef[] = [];
  let nextVisit = 0;

  disputes.forEach((dispute, i) => {
    const id = entryIds[i];
    const screenedAt = dispute.occurredAt.getTime() + random.int(0, 5) * DAY;
    const screenedOn = isoDay(screenedAt);
    const worker = gridWorkerOf(dispute.grid);
    const adults = dispute.parties.filter((p) => p.person.birthDate <= '2008-01-01');
    const roll = random.next();
    entries.push({
      id,
      entry_no: `PC-${screenedOn.replace(/-/g, '')}-${id.padStart(5, '0')}`,
      screened_on: screenedOn,
      grid_name: dispute.grid,
      grid_worker: worker,
      dispute_type: DISPUTE_TYPE[dispute.category],
      parties_desc: `${adults.map((p) => p.person.name).join('与')}，涉及${dispute.peopleInvolved}人：${dispute.summary}`,
      risk_note: random.chance(0.6) ? random.pick(RISK_NOTES) : null,
      ...(threatened.has(dispute.key) ? { risk_note: threats.pick(THREAT_NOTES) } : {}),
      entry_status: roll < 0.35 ? 'REPORTED' : roll < 0.7 ? 'RESOLVED_LOCALLY' : 'ESCALATED',
    });
    for (const party of adults) {
      persons.push({
        screening_entry_id: id,
        person_name: party.person.name,
        id_card_no: party.person.residentId,
        phone: party.person.mobile,
        address: party.person.address,
      });
    }
    refs.push({ disputeKey: dispute.key, recordType: 'GRID_SCREENING_ENTRY', recordId: id });

    let visitedAt = screenedAt;
    for (let v = 0; v < visitCounts[i]; v++) {
      const visitId = visitIds[nextVisit++];
      // Visits go to the household's own grid, which for a non-neighbour respondent is elsewhere.
      const person = adults[v % adults.length].person;
      visitedAt += random.int(3, 30) * DAY;
      visits.push({
        id: visitId,
        visited_on: isoDay(visitedAt),
        grid_name: person.grid,
        grid_worker: gridWorkerOf(person.grid),
        household_address: person.address,
        person_name: person.name,
        id_card_no: person.residentId,
        visit_notes: random.pick(VISIT_NOTES),
      });
      refs.push({ disputeKey: dispute.key, recordType: 'VISIT_LOG', recordId: visitId });
    }
  });

  await insertRows(client, 'grid_screening_entry', ENTRY_COLUMNS, entries);
  await insertRows(client, 'grid_screening_person', PERSON_COLUMNS, persons);
  await insertRows(client, 'grid_visit_log', VISIT_COLUMNS, visits);
  return refs;
}
