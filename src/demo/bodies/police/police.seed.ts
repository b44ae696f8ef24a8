import type { ClientBase } from 'pg';
import { allocateIds, insertRows } from '../../bulk-insert';
import { SeededRandom } from '../../random';
import { PartyRole } from '../../../cases/case-enums';
import { type ScenarioCategory, DEMO_DISTRICT, type DemoDispute, type ScenarioChunk } from '../../scenario';
import type { SeededRecordRef } from '../../demo-body';

type IncidentCategory = 'FAMILY_DISPUTE' | 'NEIGHBOUR_DISPUTE' | 'FIGHT' | 'WAGE_DISPUTE' | 'OTHER';

const INCIDENT_CATEGORY: Record<ScenarioCategory, IncidentCategory> = {
  FAMILY_MARRIAGE: 'FAMILY_DISPUTE',
  DOMESTIC_VIOLENCE: 'FAMILY_DISPUTE',
  NEIGHBOUR: 'NEIGHBOUR_DISPUTE',
  LAND_HOUSING: 'OTHER',
  WAGES: 'WAGE_DISPUTE',
  CONSUMER: 'OTHER',
  MEDICAL: 'OTHER',
  OTHER: 'OTHER',
};
const HANDLING_RESULT: Record<IncidentCategory, string[]> = {
  FAMILY_DISPUTE: ['民警到场劝解，双方情绪平稳', '现场调解，告知可向妇联、司法所求助', '经劝解双方暂时分开居住'],
  NEIGHBOUR_DISPUTE: ['民警到场劝解，告知通过社区人民调解解决', '现场调解未果，移交司法所人民调解', '双方口头达成谅解'],
  FIGHT: ['带回派出所调查处理', '双方同意治安调解', '对违法行为人予以警告'],
  WAGE_DISPUTE: ['告知向劳动保障监察部门投诉', '现场劝离，移交司法所调解', '联系用工方负责人到场协商'],
  OTHER: ['民警到场劝解', '告知通过诉讼途径解决'],
};
const REPEAT_FACTS: Record<IncidentCategory, string[]> = {
  FAMILY_DISPUTE: ['报警称夫妻吵架，摔砸物品', '报警称家中有人争吵，请求民警到场'],
  NEIGHBOUR_DISPUTE: ['报警称邻居噪音扰民', '报警称与邻居发生口角并推搡', '报警称楼道杂物堵塞，与邻居争执'],
  FIGHT: ['报警称与邻居发生肢体冲突'],
  WAGE_DISPUTE: ['报警称讨要工资发生争执'],
  OTHER: ['报警称发生纠纷'],
};
const AGREEMENT: Record<IncidentCategory, string> = {
  FAMILY_DISPUTE: '双方保证今后理性沟通，不再发生争吵打闹，家庭开支另行协商',
  NEIGHBOUR_DISPUTE: '一方赔偿对方损失人民币1500元，双方保证今后和睦相处',
  FIGHT: '一方赔偿对方医药费人民币800元并赔礼道歉，对方不再追究',
  WAGE_DISPUTE: '用工方承诺于十五日内结清所欠工资',
  OTHER: '双方互相谅解，不再追究',
};
const OFFICERS = ['民警 王振华（警号012345）', '民警 李建军（警号012377）', '民警 沈丽萍（警号012409）', '辅警 赵磊'];
// Mediation is for minor disputes; domestic violence gets a warning letter, not a deal.
const MEDIABLE: readonly IncidentCategory[] = ['NEIGHBOUR_DISPUTE', 'FIGHT', 'FAMILY_DISPUTE', 'WAGE_DISPUTE'];

const INCIDENT_COLUMNS = {
  id: 'bigint',
  jq_no: 'text',
  call_received_at: 'timestamptz',
  incident_address: 'text',
  incident_category: 'text',
  brief_facts: 'text',
  handling_result: 'text',
  handling_officer: 'text',
};
const PERSON_COLUMNS = {
  incident_report_id: 'bigint',
  involvement: 'text',
  person_name: 'text',
  id_card_no: 'text',
  phone_no: 'text',
  home_address: 'text',
};
const MEDIATION_COLUMNS = {
  id: 'bigint',
  mediation_no: 'text',
  incident_report_id: 'bigint',
  mediated_on: 'date',
  mediation_result: 'text',
  agreement_content: 'text',
};
const LETTER_COLUMNS = {
  id: 'bigint',
  letter_no: 'text',
  incident_report_id: 'bigint',
  issued_on: 'date',
  abuser_name: 'text',
  abuser_id_card_no: 'text',
  victim_name: 'text',
  victim_id_card_no: 'text',
  victim_address: 'text',
  facts: 'text',
};

interface PlannedIncident {
  dispute: DemoDispute;
  category: IncidentCategory;
  calledAt: Date;
  facts: string;
  mediated: boolean;
  /** Position in `planned`, which is also the position of its id. */
  position: number;
}

function isoDay(date: Date, plusDays = 0): string {
  return new Date(date.getTime() + plusDays * 86_400_000).toISOString().slice(0, 10);
}

/** 警情编号: J + area code + call date (Beijing time) + sequence. */
function incidentNumber(calledAt: Date, id: string): string {
  const beijingDay = isoDay(new Date(calledAt.getTime() + 8 * 3_600_000)).replace(/-/g, '');
  return `J${DEMO_DISTRICT.areaCode}${beijingDay}${id.padStart(6, '0')}`;
}

/** The station is named after the street it covers, e.g. 北山 for 北山街道. */
function stationOf(dispute: DemoDispute): string {
  return dispute.parties[0].person.street.replace(/街道$/, '');
}

/** The police station's records for the disputes of one scenario chunk that the police know of. */
export async function seedPolice(client: ClientBase, chunk: ScenarioChunk): Promise<SeededRecordRef[]> {
  const random = new SeededRandom(chunk.index * 37 + 211);
  const disputes = chunk.disputes.filter((d) => d.knownTo.includes('POLICE'));

  // Plan first, so every id can be allocated in one statement per table.
  const planned: PlannedIncident[] = [];
  for (const dispute of disputes) {
    const category = INCIDENT_CATEGORY[dispute.category];
    planned.push({
      dispute,
      category,
      calledAt: dispute.occurredAt,
      facts: dispute.summary,
      mediated: false,
      position: planned.length,
    });
    // Repeat call-outs at the same address earlier in the year: the history risk screening looks for.
    if ((dispute.category === 'NEIGHBOUR' || dispute.category === 'FAMILY_MARRIAGE') && random.chance(0.4)) {
      const earlier = random.int(1, 2);
      const daysBack = new Set<number>();
      while (daysBack.size < earlier) daysBack.add(random.int(7, 330));
      for (const days of [...daysBack].sort((a, b) => b - a)) {
        const calledAt = new Date(dispute.occurredAt.getTime() - days * 86_400_000 + random.int(-180, 180) * 60_000);
        const repeatCategory = category === 'NEIGHBOUR_DISPUTE' && random.chance(0.3) ? 'FIGHT' : category;
        planned.push({
          dispute,
          category: repeatCategory,
          calledAt,
          facts: random.pick(REPEAT_FACTS[repeatCategory]),
          mediated: false,
          position: planned.length,
        });
      }
    }
  }
  for (const incident of planned)
    incident.mediated =
      MEDIABLE.includes(incident.category) && incident.dispute.category !== 'DOMESTIC_VIOLENCE' && random.chance(0.35);
  const mediated = planned.filter((p) => p.mediated);
  const warned = disputes.filter((d) => d.category === 'DOMESTIC_VIOLENCE');

  const incidentIds = await allocateIds(client, 'incident_report', planned.length);
  const mediationIds = await allocateIds(client, 'public_security_mediation', mediated.length);
  const letterIds = await allocateIds(client, 'dv_warning_letter', warned.length);

  const incidentRows: Array<Record<string, unknown>> = [];
  const personRows: Array<Record<string, unknown>> = [];
  const mediationRows: Array<Record<string, unknown>> = [];
  const letterRows: Array<Record<string, unknown>> = [];
  const refs: SeededRecordRef[] = [];
  const firstIncidentOf = new Map<string, string>();

  planned.forEach((incident, i) => {
    const id = incidentIds[i];
    const { dispute, category } = incident;
    if (!firstIncidentOf.has(dispute.key)) firstIncidentOf.set(dispute.key, id);
    const violent = dispute.category === 'DOMESTIC_VIOLENCE';
    incidentRows.push({
      id,
      jq_no: incidentNumber(incident.calledAt, id),
      call_received_at: incident.calledAt.toISOString(),
      incident_address: dispute.place,
      incident_category: category,
      brief_facts: incident.facts,
      handling_result: violent ? '民警到场制止，对加害人出具家庭暴力告诫书' : random.pick(HANDLING_RESULT[category]),
      handling_officer: random.pick(OFFICERS),
    });
    for (const party of dispute.parties) {
      if (party.person.birthDate > '2008-01-01') continue; // minors are kept out of incident records
      const involvement =
        party.role === PartyRole.APPLICANT
          ? violent
            ? 'VICTIM'
            : 'REPORTER'
          : party.role === PartyRole.RESPONDENT
            ? violent || category === 'FIGHT'
              ? 'OFFENDER'
              : 'PARTY'
            : 'WITNESS';
      personRows.push({
        incident_report_id: id,
        involvement,
        person_name: party.person.name,
        id_card_no: party.person.residentId,
        phone_no: party.person.mobile,
        home_address: party.person.address,
      });
    }
    refs.push({ disputeKey: dispute.key, recordType: 'INCIDENT', recordId: id });
  });

  mediated.forEach((incident, i) => {
    const id = mediationIds[i];
    const settled = random.chance(0.65);
    mediationRows.push({
      id,
      mediation_no: `杭西公（${stationOf(incident.dispute)}）调字〔${isoDay(incident.calledAt).slice(0, 4)}〕${id}号`,
      incident_report_id: incidentIds[incident.position],
      mediated_on: isoDay(incident.calledAt, random.int(1, 7)),
      mediation_result: settled ? 'SETTLED' : 'FAILED',
      agreement_content: settled ? AGREEMENT[incident.category] : null,
    });
    refs.push({ disputeKey: incident.dispute.key, recordType: 'POLICE_MEDIATION', recordId: id });
  });

  warned.forEach((dispute, i) => {
    const id = letterIds[i];
    const victim = dispute.parties.find((p) => p.role === PartyRole.APPLICANT)!.person;
    const abuser = dispute.parties.find((p) => p.role === PartyRole.RESPONDENT)!.person;
    letterRows.push({
      id,
      letter_no: `杭西公（家暴）告字〔${isoDay(dispute.occurredAt).slice(0, 4)}〕${id}号`,
      incident_report_id: firstIncidentOf.get(dispute.key),
      issued_on: isoDay(dispute.occurredAt, random.int(0, 2)),
      abuser_name: abuser.name,
      abuser_id_card_no: abuser.residentId,
      victim_name: victim.name,
      victim_id_card_no: victim.residentId,
      victim_address: victim.address,
      // Facts name roles, not people, so they leak nothing the masked fields would hide.
      facts: random.pick([
        '被告诫人酒后因家庭琐事对受害人实施殴打，致其面部软组织挫伤',
        '被告诫人多次以言语威胁、推搡等方式对受害人实施家庭暴力',
        '被告诫人因经济问题与受害人争吵，并动手打人',
      ]),
    });
    refs.push({ disputeKey: dispute.key, recordType: 'DV_WARNING_LETTER', recordId: id });
  });

  await insertRows(client, 'incident_report', INCIDENT_COLUMNS, incidentRows);
  await insertRows(client, 'incident_person', PERSON_COLUMNS, personRows);
  await insertRows(client, 'public_security_mediation', MEDIATION_COLUMNS, mediationRows);
  await insertRows(client, 'dv_warning_letter', LETTER_COLUMNS, letterRows);
  return refs;
}
