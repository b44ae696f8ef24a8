import type { ClientBase } from 'pg';
import { allocateIds, insertRows } from '../../bulk-insert';
import { employerOf } from '../../demo-employers';
import { SeededRandom } from '../../random';
import { DEMO_DISTRICT, type DemoDispute, type ScenarioChunk } from '../../scenario';
import type { SeededRecordRef } from '../../demo-body';
import { acceptanceDueOn, handlingDueOn } from '../../../connectors/petitions/petition-deadlines';

const DAY = 86_400_000;
/** The scenario's "today"; the register holds nothing dated after it. */
const SCENARIO_TODAY = Date.UTC(2026, 10, 20);

const LEADERS = [
  '街道党工委副书记 金伟民',
  '街道办事处副主任 陆晓红',
  '区人社局副局长 曹建平',
  '街道综治办主任 严立新',
];
const LAND_REQUESTS = ['要求按原宅基地面积重新核定界线，返还被占用土地', '要求重新分配老房拆迁补偿款，对分配方案不服'];
const MATTER_COLUMNS = {
  id: 'bigint',
  matter_no: 'text',
  petition_form: 'text',
  registered_on: 'date',
  headcount: 'integer',
  is_collective: 'boolean',
  is_repeated: 'boolean',
  is_skip_level: 'boolean',
  earlier_petitions: 'integer',
  request_content: 'text',
  concerns_org_name: 'text',
  concerns_credit_code: 'text',
  responsible_unit: 'text',
  stage: 'text',
  leader_in_charge: 'text',
  acceptance_due_on: 'date',
  accepted_on: 'date',
  handling_due_on: 'date',
  resolution_status: 'text',
  is_backlog: 'boolean',
};
const PETITIONER_COLUMNS = {
  matter_id: 'bigint',
  petitioner_name: 'text',
  id_card_no: 'text',
  phone: 'text',
  address: 'text',
  is_representative: 'boolean',
};

function isoDay(time: number): string {
  return new Date(Math.min(time, SCENARIO_TODAY)).toISOString().slice(0, 10);
}

/**
 * Which disputes of the scenario reach the petitions bureau: land and housing disputes (their
 * parties petition), and wage arrears of ten or more workers (a collective petition about the
 * employer). The bureau's own choice, so the other bodies' demo data stay as they are.
 */
function petitioned(dispute: DemoDispute): boolean {
  return dispute.category === 'LAND_HOUSING' || (dispute.category === 'WAGES' && dispute.peopleInvolved >= 10);
}

/**
 * The petitions bureau's register for one scenario chunk. The first land dispute of the first
 * chunk is the showcase repeated petitioner: an earlier matter left unresolved and the current
 * one, repeated and brought to the city (越级), on the backlog list.
 */
export async function seedPetitions(client: ClientBase, chunk: ScenarioChunk): Promise<SeededRecordRef[]> {
  const random = new SeededRandom(chunk.index * 31 + 701);
  const disputes = chunk.disputes.filter(petitioned);
  const showcase = chunk.index === 0 ? disputes.find((d) => d.category === 'LAND_HOUSING') : undefined;
  const ids = await allocateIds(client, 'xf_matter', disputes.length + (showcase ? 1 : 0));
  const matters: Array<Record<string, unknown>> = [];
  const petitioners: Array<Record<string, unknown>> = [];
  const refs: SeededRecordRef[] = [];
  let next = 0;

  const register = (
    dispute: DemoDispute,
    registeredAt: number,
    options: { repeated: boolean; skipLevel: boolean; earlier: number; concluded?: boolean; backlog?: boolean },
  ) => {
    const id = ids[next++];
    const registeredOn = isoDay(registeredAt);
    const age = (SCENARIO_TODAY - registeredAt) / DAY;
    const wages = dispute.category === 'WAGES';
    const employer = wages ? employerOf(dispute) : null;
    const accepted = age > 10;
    const acceptedOn = accepted ? isoDay(registeredAt + random.int(3, 12) * DAY) : null;
    const stage = options.concluded
      ? 'CONCLUDED'
      : !accepted
        ? 'ACCEPTANCE'
        : age < 40
          ? 'HANDLING'
          : random.pick(['HANDLING', 'REPLY', 'REVIEW']);
    const headcount = wages ? dispute.peopleInvolved : options.repeated ? random.int(1, 3) : 1;
    matters.push({
      id,
      matter_no: `${DEMO_DISTRICT.name.slice(0, 2)}信〔2026〕${id.padStart(4, '0')}号`,
      petition_form: wages
        ? 'VISIT'
        : options.skipLevel
          ? random.pick(['VISIT', 'ONLINE'])
          : random.pick(['LETTER', 'VISIT', 'ONLINE', 'PHONE']),
      registered_on: registeredOn,
      headcount,
      is_collective: headcount >= 5,
      is_repeated: options.repeated,
      is_skip_level: options.skipLevel,
      earlier_petitions: options.earlier,
      request_content: wages
        ? `${dispute.peopleInvolved}名务工人员反映${employer!.name}拖欠工资，要求尽快支付`
        : random.pick(LAND_REQUESTS),
      concerns_org_name: employer?.name ?? null,
      concerns_credit_code: employer?.creditCode ?? null,
      responsible_unit: wages
        ? `${DEMO_DISTRICT.name}人力资源和社会保障局`
        : `${dispute.community.replace(/社区$/, '')}街道办事处`,
      stage,
      leader_in_charge: options.backlog || wages ? random.pick(LEADERS) : null,
      acceptance_due_on: acceptanceDueOn(registeredOn),
      accepted_on: acceptedOn,
      handling_due_on: acceptedOn ? handlingDueOn(acceptedOn) : null,
      resolution_status: 'UNRESOLVED',
      is_backlog: options.backlog ?? false,
    });
    const adults = dispute.parties.filter(
      (p) => p.person.birthDate <= '2008-01-01' && (!wages || p.role === 'APPLICANT'),
    );
    adults.forEach((party, position) =>
      petitioners.push({
        matter_id: id,
        petitioner_name: party.person.name,
        id_card_no: party.person.residentId,
        phone: party.person.mobile,
        address: party.person.address,
        is_representative: headcount >= 5 && position === 0,
      }),
    );
    refs.push({ disputeKey: dispute.key, recordType: 'PETITION_MATTER', recordId: id });
  };

  for (const dispute of disputes) {
    const registeredAt = dispute.occurredAt.getTime() + random.int(2, 20) * DAY;
    if (dispute === showcase) {
      register(dispute, dispute.occurredAt.getTime() - 240 * DAY, {
        repeated: false,
        skipLevel: false,
        earlier: 0,
        concluded: true,
      });
      register(dispute, registeredAt, { repeated: true, skipLevel: true, earlier: 3, backlog: true });
      continue;
    }
    const repeated = random.chance(0.3);
    register(dispute, registeredAt, {
      repeated,
      skipLevel: repeated && random.chance(0.4),
      earlier: repeated ? random.int(1, 4) : 0,
    });
  }

  await insertRows(client, 'xf_matter', MATTER_COLUMNS, matters);
  await insertRows(client, 'xf_petitioner', PETITIONER_COLUMNS, petitioners);
  return refs;
}
