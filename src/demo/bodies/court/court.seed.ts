import type { ClientBase } from 'pg';
import { allocateIds, insertRows } from '../../bulk-insert';
import { SeededRandom } from '../../random';
import { type DisputeCategory } from '../../../cases/case-enums';
import { DEMO_DISTRICT, type DemoDispute, type ScenarioChunk } from '../../scenario';
import type { SeededRecordRef } from '../../demo-body';

const CAUSE_OF_ACTION: Partial<Record<DisputeCategory, [string, 'CIVIL_FIRST_INSTANCE' | 'PRE_LITIGATION_MEDIATION']>> =
  {
    FAMILY_MARRIAGE: ['离婚纠纷', 'CIVIL_FIRST_INSTANCE'],
    DOMESTIC_VIOLENCE: ['离婚纠纷', 'CIVIL_FIRST_INSTANCE'],
    LAND_HOUSING: ['物权纠纷', 'CIVIL_FIRST_INSTANCE'],
    WAGES: ['劳务合同纠纷', 'PRE_LITIGATION_MEDIATION'],
    MEDICAL: ['医疗损害责任纠纷', 'PRE_LITIGATION_MEDIATION'],
  };
const CASE_WORD = { CIVIL_FIRST_INSTANCE: '民初', PRE_LITIGATION_MEDIATION: '民诉前调', SPECIAL_PROCEDURE: '民特' };
const JUDGES = ['审判员 陈立新', '审判员 周晓梅', '审判员 郑国强'];
const LITIGANT_ROLE = { APPLICANT: 'PLAINTIFF', RESPONDENT: 'DEFENDANT', RELATED_PERSON: 'THIRD_PARTY' } as const;

const FILING_COLUMNS = {
  id: 'bigint',
  case_no: 'text',
  case_type: 'text',
  cause_of_action: 'text',
  procedure_stage: 'text',
  filed_on: 'date',
  presiding_judge: 'text',
  next_hearing_at: 'timestamptz',
  claim_summary: 'text',
};
const PARTY_COLUMNS = {
  case_filing_id: 'bigint',
  litigant_role: 'text',
  party_name: 'text',
  id_card_no: 'text',
  contact_phone: 'text',
  domicile: 'text',
};
const RULING_COLUMNS = {
  id: 'bigint',
  case_filing_id: 'bigint',
  mediation_body: 'text',
  agreement_summary: 'text',
  applied_on: 'date',
  ruled_on: 'date',
  ruling: 'text',
};

function isoDay(date: Date, plusDays = 0): string {
  return new Date(date.getTime() + plusDays * 86_400_000).toISOString().slice(0, 10);
}

/** The court's records for the disputes of one scenario chunk that reached the court. */
export async function seedCourt(client: ClientBase, chunk: ScenarioChunk): Promise<SeededRecordRef[]> {
  const random = new SeededRandom(chunk.index * 31 + 101);
  const disputes = chunk.disputes.filter((d) => d.knownTo.includes('COURT') && CAUSE_OF_ACTION[d.category]);
  const confirmed = disputes.filter(() => random.chance(0.35));
  const filingIds = await allocateIds(client, 'case_filing', disputes.length + confirmed.length);
  const rulingIds = await allocateIds(client, 'judicial_confirmation_ruling', confirmed.length);

  const filings: Array<Record<string, unknown>> = [];
  const parties: Array<Record<string, unknown>> = [];
  const rulings: Array<Record<string, unknown>> = [];
  const refs: SeededRecordRef[] = [];

  const addFiling = (
    dispute: DemoDispute,
    id: string,
    caseType: keyof typeof CASE_WORD,
    cause: string,
    filedOn: string,
    stage: string,
  ) => {
    filings.push({
      id,
      case_no: `(2026)${DEMO_DISTRICT.courtCode}${CASE_WORD[caseType]}${id}号`,
      case_type: caseType,
      cause_of_action: cause,
      procedure_stage: stage,
      filed_on: filedOn,
      presiding_judge: random.pick(JUDGES),
      next_hearing_at: stage === 'HEARING' ? `${isoDay(dispute.occurredAt, 60)}T09:30:00+08:00` : null,
      claim_summary: dispute.summary,
    });
    for (const party of dispute.parties) {
      if (party.person.birthDate > '2008-01-01') continue; // minors are represented, not parties
      parties.push({
        case_filing_id: id,
        litigant_role: LITIGANT_ROLE[party.role],
        party_name: party.person.name,
        id_card_no: party.person.residentId,
        contact_phone: party.person.mobile,
        domicile: party.person.address,
      });
    }
  };

  disputes.forEach((dispute, i) => {
    const [cause, caseType] = CAUSE_OF_ACTION[dispute.category]!;
    const id = filingIds[i];
    const stage = caseType === 'PRE_LITIGATION_MEDIATION' ? 'MEDIATING' : random.pick(['FILED', 'HEARING', 'JUDGED']);
    addFiling(dispute, id, caseType, cause, isoDay(dispute.occurredAt, 20), stage);
    refs.push({ disputeKey: dispute.key, recordType: 'CASE_FILING', recordId: id });
  });
  confirmed.forEach((dispute, i) => {
    const filingId = filingIds[disputes.length + i];
    addFiling(dispute, filingId, 'SPECIAL_PROCEDURE', '申请司法确认调解协议', isoDay(dispute.occurredAt, 40), 'CLOSED');
    const ruled = random.chance(0.8);
    rulings.push({
      id: rulingIds[i],
      case_filing_id: filingId,
      mediation_body: `${dispute.community}人民调解委员会`,
      agreement_summary: '双方自愿达成调解协议，被申请人分期履行给付义务',
      applied_on: isoDay(dispute.occurredAt, 40),
      ruled_on: ruled ? isoDay(dispute.occurredAt, 50) : null,
      ruling: ruled ? 'CONFIRMED' : 'PENDING',
    });
    refs.push({ disputeKey: dispute.key, recordType: 'JUDICIAL_CONFIRMATION', recordId: rulingIds[i] });
  });

  await insertRows(client, 'case_filing', FILING_COLUMNS, filings);
  await insertRows(client, 'case_party', PARTY_COLUMNS, parties);
  await insertRows(client, 'judicial_confirmation_ruling', RULING_COLUMNS, rulings);
  return refs;
}
