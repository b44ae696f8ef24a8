import type { ClientBase } from 'pg';
import { allocateIds, insertRows } from '../../bulk-insert';
import { SeededRandom } from '../../random';
import { PartyRole } from '../../../cases/case-enums';
import type { ScenarioChunk } from '../../scenario';
import type { SeededRecordRef } from '../../demo-body';

type AssistanceType = 'SHELTER' | 'PROTECTION_ORDER_APPLICATION' | 'LEGAL_COUNSEL' | 'PSYCHOLOGICAL';

const SUMMARY = {
  DOMESTIC_VIOLENCE: ['来访反映长期遭受丈夫殴打，请求帮助申请人身安全保护令', '来电称丈夫酒后施暴，不敢回家，请求庇护'],
  MARRIAGE: ['反映丈夫长期不承担家庭开支，欲离婚，咨询财产分割', '反映婚姻关系破裂，丈夫拒绝协议离婚'],
  CUSTODY: ['离婚后对方拒绝其探视子女，请求协调', '咨询子女抚养权及抚养费问题'],
} as const;
const STATUS = ['RECEIVED', 'IN_PROGRESS', 'REFERRED', 'CLOSED'] as const;
const ASSISTANCE_WEIGHTS: Array<[AssistanceType, number]> = [
  ['PROTECTION_ORDER_APPLICATION', 4],
  ['SHELTER', 2.5],
  ['LEGAL_COUNSEL', 2],
  ['PSYCHOLOGICAL', 1.5],
];
const ASSISTANCE_NOTES: Record<AssistanceType, string> = {
  SHELTER: '安置于区反家暴庇护站（地址保密），提供临时食宿',
  PROTECTION_ORDER_APPLICATION: '协助收集报警记录、告诫书、验伤报告，陪同向人民法院申请人身安全保护令',
  LEGAL_COUNSEL: '转介法律援助律师，提供离婚及财产分割法律咨询',
  PSYCHOLOGICAL: '安排心理咨询师开展三次心理疏导',
};

const COMPLAINT_COLUMNS = {
  id: 'bigint',
  complaint_no: 'text',
  received_on: 'date',
  complaint_type: 'text',
  complainant_name: 'text',
  complainant_id_card_no: 'text',
  complainant_phone: 'text',
  complainant_address: 'text',
  respondent_name: 'text',
  complaint_summary: 'text',
  handling_status: 'text',
};
const ASSISTANCE_COLUMNS = {
  id: 'bigint',
  rights_complaint_id: 'bigint',
  assistance_type: 'text',
  started_on: 'date',
  ended_on: 'date',
  beneficiary_name: 'text',
  beneficiary_id_card_no: 'text',
  beneficiary_phone: 'text',
  beneficiary_address: 'text',
  notes: 'text',
};

function isoDay(date: Date, plusDays = 0): string {
  return new Date(date.getTime() + plusDays * 86_400_000).toISOString().slice(0, 10);
}

function weightedAssistance(random: SeededRandom): AssistanceType {
  const total = ASSISTANCE_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  let roll = random.next() * total;
  for (const [type, weight] of ASSISTANCE_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return type;
  }
  return 'LEGAL_COUNSEL';
}

/** The women's federation's records for the family and domestic-violence disputes of one scenario chunk. */
export async function seedWomensFederation(client: ClientBase, chunk: ScenarioChunk): Promise<SeededRecordRef[]> {
  const random = new SeededRandom(chunk.index * 41 + 503);
  const disputes = chunk.disputes.filter(
    (d) =>
      d.knownTo.includes('WOMENS_FEDERATION') &&
      (d.category === 'FAMILY_MARRIAGE' || d.category === 'DOMESTIC_VIOLENCE'),
  );
  const violent = disputes.filter((d) => d.category === 'DOMESTIC_VIOLENCE');
  const complaintIds = await allocateIds(client, 'rights_complaint', disputes.length);
  const assistanceIds = await allocateIds(client, 'assistance_record', violent.length);

  const complaints: Array<Record<string, unknown>> = [];
  const assistance: Array<Record<string, unknown>> = [];
  const refs: SeededRecordRef[] = [];

  disputes.forEach((dispute, i) => {
    const id = complaintIds[i];
    const complainant = dispute.parties.find((p) => p.role === PartyRole.APPLICANT)!.person;
    const respondent = dispute.parties.find((p) => p.role === PartyRole.RESPONDENT)?.person;
    const hasChild = dispute.parties.some((p) => p.role === PartyRole.RELATED_PERSON);
    const type =
      dispute.category === 'DOMESTIC_VIOLENCE'
        ? 'DOMESTIC_VIOLENCE'
        : hasChild && random.chance(0.4)
          ? 'CUSTODY'
          : 'MARRIAGE';
    const receivedOn = isoDay(dispute.occurredAt, random.int(1, 10));
    complaints.push({
      id,
      complaint_no: `西妇维〔${receivedOn.slice(0, 4)}〕${id}号`,
      received_on: receivedOn,
      complaint_type: type,
      complainant_name: complainant.name,
      complainant_id_card_no: complainant.residentId,
      complainant_phone: complainant.mobile,
      complainant_address: complainant.address,
      respondent_name: respondent?.name ?? null,
      complaint_summary: random.pick(SUMMARY[type]),
      handling_status: random.pick(STATUS),
    });
    refs.push({ disputeKey: dispute.key, recordType: 'RIGHTS_COMPLAINT', recordId: id });

    const position = violent.indexOf(dispute);
    if (position < 0) return;
    const assistanceId = assistanceIds[position];
    const assistanceType = weightedAssistance(random);
    const startedOn = isoDay(dispute.occurredAt, random.int(2, 12));
    // A shelter stay ends within weeks; the other kinds are sometimes still going on.
    const ended = assistanceType === 'SHELTER' || random.chance(0.5);
    assistance.push({
      id: assistanceId,
      rights_complaint_id: id,
      assistance_type: assistanceType,
      started_on: startedOn,
      ended_on: ended ? isoDay(new Date(`${startedOn}T00:00:00Z`), random.int(7, 30)) : null,
      beneficiary_name: complainant.name,
      beneficiary_id_card_no: complainant.residentId,
      beneficiary_phone: complainant.mobile,
      beneficiary_address: complainant.address,
      notes: ASSISTANCE_NOTES[assistanceType],
    });
    refs.push({ disputeKey: dispute.key, recordType: 'ASSISTANCE', recordId: assistanceId });
  });

  await insertRows(client, 'rights_complaint', COMPLAINT_COLUMNS, complaints);
  await insertRows(client, 'assistance_record', ASSISTANCE_COLUMNS, assistance);
  return refs;
}
