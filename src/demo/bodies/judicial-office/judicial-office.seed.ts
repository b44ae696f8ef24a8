import type { ClientBase } from 'pg';
import { allocateIds, insertRows } from '../../bulk-insert';
import { SeededRandom } from '../../random';
import { type DisputeCategory, PartyRole } from '../../../cases/case-enums';
import { type ScenarioCategory, DEMO_DISTRICT, type ScenarioChunk } from '../../scenario';
import type { SeededRecordRef } from '../../demo-body';

const JUDICIAL_OFFICE = 'JUDICIAL_OFFICE';
/** The scenario's "today"; records the office already holds cannot be dated after it. */
const SCENARIO_TODAY = Date.UTC(2026, 10, 20);

const CATEGORY_LABEL: Record<ScenarioCategory, string> = {
  NEIGHBOUR: '邻里纠纷',
  FAMILY_MARRIAGE: '婚姻家庭纠纷',
  DOMESTIC_VIOLENCE: '婚姻家庭纠纷',
  LAND_HOUSING: '房屋宅基地纠纷',
  WAGES: '劳务纠纷',
  CONSUMER: '消费纠纷',
  MEDICAL: '医疗纠纷',
  OTHER: '其他纠纷',
};
// Trade disputes go to the district's specialised committees (行业性专业性人民调解委员会).
const SPECIALISED_COMMITTEE: Partial<Record<DisputeCategory, string>> = {
  WAGES: `${DEMO_DISTRICT.name}劳动争议人民调解委员会`,
  CONSUMER: `${DEMO_DISTRICT.name}消费纠纷人民调解委员会`,
  MEDICAL: `${DEMO_DISTRICT.name}医疗纠纷人民调解委员会`,
};
const AGREEMENT_TERMS: Record<ScenarioCategory, (yuan: number) => string> = {
  NEIGHBOUR: (y) =>
    `被申请人于十五日内停止侵害、恢复原状，并一次性赔偿申请人损失人民币${y}元；双方今后互谅互让、和睦相处`,
  FAMILY_MARRIAGE: (y) => `双方同意继续共同生活，家庭开支共同承担；男方每月支付子女抚养费用人民币${y}元`,
  DOMESTIC_VIOLENCE: (y) => `男方保证不再实施家庭暴力，并一次性支付女方医疗费用人民币${y}元`,
  LAND_HOUSING: (y) => `双方以村（居）委会测量界线为准，被申请人于三十日内拆除越界部分，并补偿申请人人民币${y}元`,
  WAGES: (y) => `被申请人确认拖欠劳动报酬人民币${y}元，于六十日内分两期付清；逾期未付的，申请人可申请司法确认`,
  CONSUMER: (y) => `经营者于十日内退还申请人预付款及货款人民币${y}元，双方再无其他争议`,
  MEDICAL: (y) => `医疗机构一次性补偿患方人民币${y}元，患方不再就本次诊疗另行主张权利`,
  OTHER: (y) => `被申请人一次性赔偿申请人人民币${y}元，双方就此了结`,
};
const MEDIATORS = [
  '人民调解员 沈建华',
  '人民调解员 钱秀兰',
  '人民调解员 蒋志明',
  '人民调解员 韩玉珍',
  '人民调解员 许国平',
];
const CORRECTION_OFFICERS = ['社区矫正专职干部 孔令华', '社区矫正专职干部 邵静', '社区矫正专职干部 汪建军'];
// 缓刑 is by far the most common kind of community correction.
const CORRECTION_TYPES = [
  'SUSPENDED_SENTENCE',
  'SUSPENDED_SENTENCE',
  'SUSPENDED_SENTENCE',
  'PROBATION',
  'PAROLE',
  'TEMPORARY_OUTSIDE_EXECUTION',
];
const PARTY_ROLE = { APPLICANT: 'APPLICANT', RESPONDENT: 'RESPONDENT', RELATED_PERSON: 'INTERESTED_PARTY' } as const;

const CASE_COLUMNS = {
  id: 'bigint',
  case_no: 'text',
  accepted_on: 'date',
  dispute_category: 'text',
  committee_name: 'text',
  mediator_name: 'text',
  mediation_outcome: 'text',
  case_summary: 'text',
};
const PARTY_COLUMNS = {
  mediation_case_id: 'bigint',
  party_role: 'text',
  party_name: 'text',
  id_card_no: 'text',
  contact_phone: 'text',
  home_address: 'text',
};
const AGREEMENT_COLUMNS = {
  mediation_case_id: 'bigint',
  agreement_no: 'text',
  signed_on: 'date',
  agreement_terms: 'text',
};
const REFERRAL_COLUMNS = {
  id: 'bigint',
  referral_no: 'text',
  referred_on: 'date',
  applicant_name: 'text',
  applicant_id_card_no: 'text',
  applicant_phone: 'text',
  legal_matter: 'text',
  aid_type: 'text',
  referral_status: 'text',
};
const CORRECTION_COLUMNS = {
  id: 'bigint',
  subject_name: 'text',
  id_card_no: 'text',
  residence_address: 'text',
  correction_type: 'text',
  started_on: 'date',
  ends_on: 'date',
  supervising_officer: 'text',
};

function isoDay(date: Date, plusDays = 0): string {
  return new Date(Math.min(date.getTime() + plusDays * 86_400_000, SCENARIO_TODAY)).toISOString().slice(0, 10);
}

type Outcome = 'SETTLED' | 'FAILED' | 'IN_PROGRESS';

/** The judicial office's records for one scenario chunk: mediation cases, legal aid, community correction. */
export async function seedJudicialOffice(client: ClientBase, chunk: ScenarioChunk): Promise<SeededRecordRef[]> {
  const random = new SeededRandom(chunk.index * 31 + 301);
  const disputes = chunk.disputes.filter((d) => d.knownTo.includes(JUDICIAL_OFFICE));
  const outcomes = disputes.map((d): Outcome => {
    const recent = SCENARIO_TODAY - d.occurredAt.getTime() < 14 * 86_400_000;
    if (recent) return 'IN_PROGRESS';
    const roll = random.next();
    return roll < 0.6 ? 'SETTLED' : roll < 0.8 ? 'FAILED' : 'IN_PROGRESS';
  });
  const aided = disputes
    .map((d, i) => ({ dispute: d, outcome: outcomes[i] }))
    .filter((x) => x.dispute.category === 'WAGES' && random.chance(0.5));
  // Correction subjects exist independently of any dispute the office knows of.
  const corrected = chunk.disputes.filter(() => random.chance(1 / 15));

  const caseIds = await allocateIds(client, 'mediation_case', disputes.length);
  const referralIds = await allocateIds(client, 'legal_aid_referral', aided.length);
  const correctionIds = await allocateIds(client, 'correction_subject', corrected.length);

  const cases: Array<Record<string, unknown>> = [];
  const parties: Array<Record<string, unknown>> = [];
  const agreements: Array<Record<string, unknown>> = [];
  const referrals: Array<Record<string, unknown>> = [];
  const subjects: Array<Record<string, unknown>> = [];
  const refs: SeededRecordRef[] = [];
  const caseIdOf = new Map<string, string>();

  disputes.forEach((dispute, i) => {
    const id = caseIds[i];
    const acceptedOn = isoDay(dispute.occurredAt, random.int(0, 3));
    cases.push({
      id,
      case_no: `${DEMO_DISTRICT.name.slice(0, 2)}人调〔2026〕${id}号`,
      accepted_on: acceptedOn,
      dispute_category: CATEGORY_LABEL[dispute.category],
      committee_name: SPECIALISED_COMMITTEE[dispute.category] ?? `${dispute.community}人民调解委员会`,
      mediator_name: random.pick(MEDIATORS),
      mediation_outcome: outcomes[i],
      case_summary: dispute.summary,
    });
    for (const party of dispute.parties) {
      if (party.person.birthDate > '2008-01-01') continue; // minors are represented, not parties
      parties.push({
        mediation_case_id: id,
        party_role: PARTY_ROLE[party.role],
        party_name: party.person.name,
        id_card_no: party.person.residentId,
        contact_phone: party.person.mobile,
        home_address: party.person.address,
      });
    }
    if (outcomes[i] === 'SETTLED') {
      agreements.push({
        mediation_case_id: id,
        agreement_no: `${DEMO_DISTRICT.name.slice(0, 2)}人调协〔2026〕${id}号`,
        signed_on: isoDay(dispute.occurredAt, random.int(7, 30)),
        agreement_terms: AGREEMENT_TERMS[dispute.category](random.int(5, 200) * 100),
      });
    }
    caseIdOf.set(dispute.key, id);
    refs.push({ disputeKey: dispute.key, recordType: 'PEOPLE_MEDIATION_CASE', recordId: id });
  });

  aided.forEach(({ dispute, outcome }, i) => {
    const id = referralIds[i];
    const applicant = dispute.parties[0].person;
    referrals.push({
      id,
      referral_no: `${DEMO_DISTRICT.name.slice(0, 2)}法援转〔2026〕${id}号`,
      referred_on: isoDay(dispute.occurredAt, random.int(5, 20)),
      applicant_name: applicant.name,
      applicant_id_card_no: applicant.residentId,
      applicant_phone: applicant.mobile,
      legal_matter:
        dispute.peopleInvolved > 10 ? `追索劳动报酬（${dispute.peopleInvolved}名务工人员）` : '追索劳动报酬',
      aid_type:
        outcome === 'FAILED'
          ? 'LITIGATION_REPRESENTATION'
          : random.pick(['CONSULTATION', 'NON_LITIGATION_REPRESENTATION']),
      referral_status: outcome === 'SETTLED' ? 'CLOSED' : random.pick(['REFERRED', 'ACCEPTED', 'ACCEPTED', 'REJECTED']),
    });
    refs.push({ disputeKey: dispute.key, recordType: 'LEGAL_AID_REFERRAL', recordId: id });
  });

  corrected.forEach((dispute, i) => {
    const id = correctionIds[i];
    const respondent = dispute.parties.find((p) => p.role === PartyRole.RESPONDENT)!.person;
    const startedDaysBefore = random.int(60, 700);
    subjects.push({
      id,
      subject_name: respondent.name,
      id_card_no: respondent.residentId,
      residence_address: respondent.address,
      correction_type: random.pick(CORRECTION_TYPES),
      started_on: isoDay(dispute.occurredAt, -startedDaysBefore),
      // A term of correction usually ends after "today", so this date is not clamped.
      ends_on: new Date(dispute.occurredAt.getTime() + (random.int(180, 1095) - startedDaysBefore) * 86_400_000)
        .toISOString()
        .slice(0, 10),
      supervising_officer: random.pick(CORRECTION_OFFICERS),
    });
    // Linked to the dispute only where the office takes part in it.
    if (caseIdOf.has(dispute.key))
      refs.push({ disputeKey: dispute.key, recordType: 'COMMUNITY_CORRECTION_SUBJECT', recordId: id });
  });

  await insertRows(client, 'mediation_case', CASE_COLUMNS, cases);
  await insertRows(client, 'mediation_party', PARTY_COLUMNS, parties);
  await insertRows(client, 'mediation_agreement', AGREEMENT_COLUMNS, agreements);
  await insertRows(client, 'legal_aid_referral', REFERRAL_COLUMNS, referrals);
  await insertRows(client, 'correction_subject', CORRECTION_COLUMNS, subjects);
  return refs;
}
