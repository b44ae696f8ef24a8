import { DEFAULT_DEADLINE_DAYS, type DisputeCategory } from '../cases/case-enums';
import { CaseAction, CaseStatus } from '../cases/case-status';
import { CASE_TRANSITIONS } from '../cases/workflow/case-transitions';
import { SeededRandom } from './random';

/** The path a demo case takes; each seeded case stops somewhere along one of these. */
const SETTLED_PATH = [CaseAction.ASSESS, CaseAction.ASSIGN, CaseAction.START_MEDIATION, CaseAction.REACH_AGREEMENT, CaseAction.CONFIRM_JUDICIALLY, CaseAction.START_FOLLOW_UP, CaseAction.CLOSE];
const FAILED_PATH = [CaseAction.ASSESS, CaseAction.ASSIGN, CaseAction.START_MEDIATION, CaseAction.FAIL, CaseAction.REFER, CaseAction.START_FOLLOW_UP, CaseAction.CLOSE];

/** Where demo cases stop, in turn, so a small demo has every state. */
const STOPS: Array<{ path: CaseAction[]; steps: number }> = [
  { path: SETTLED_PATH, steps: 0 }, // INTAKE
  { path: SETTLED_PATH, steps: 1 }, // ASSESSED
  { path: SETTLED_PATH, steps: 2 }, // ASSIGNED
  { path: SETTLED_PATH, steps: 3 }, // IN_MEDIATION
  { path: SETTLED_PATH, steps: 4 }, // AGREEMENT_REACHED
  { path: SETTLED_PATH, steps: 5 }, // JUDICIALLY_CONFIRMED
  { path: FAILED_PATH, steps: 4 }, // FAILED
  { path: FAILED_PATH, steps: 5 }, // REFERRED
  { path: SETTLED_PATH, steps: 6 }, // FOLLOW_UP
  { path: SETTLED_PATH, steps: 7 }, // CLOSED
  { path: FAILED_PATH, steps: 7 }, // CLOSED after a referral
  { path: [CaseAction.ASSESS, CaseAction.ASSIGN, CaseAction.WITHDRAW], steps: 3 }, // WITHDRAWN
  { path: SETTLED_PATH, steps: 3 }, // IN_MEDIATION (more of them: that is where the backlog is)
];

/** Who takes each step in the demo. */
const ACTOR: Record<CaseAction, { department: 'CENTRE' | 'LEAD' | 'COURT'; role: string; user: string }> = {
  ASSESS: { department: 'CENTRE', role: 'CLERK', user: '综治中心 受理员' },
  ASSIGN: { department: 'CENTRE', role: 'CHIEF', user: '综治中心 主任' },
  START_MEDIATION: { department: 'LEAD', role: 'MEDIATOR', user: '' },
  REACH_AGREEMENT: { department: 'LEAD', role: 'MEDIATOR', user: '' },
  CONFIRM_JUDICIALLY: { department: 'COURT', role: 'MEDIATOR', user: '法庭 立案庭法官' },
  FAIL: { department: 'LEAD', role: 'MEDIATOR', user: '' },
  REFER: { department: 'CENTRE', role: 'MEDIATOR', user: '综治中心 调解员' },
  START_FOLLOW_UP: { department: 'CENTRE', role: 'CLERK', user: '综治中心 回访员' },
  CLOSE: { department: 'CENTRE', role: 'CHIEF', user: '综治中心 主任' },
  WITHDRAW: { department: 'CENTRE', role: 'CLERK', user: '综治中心 受理员' },
};

/** Days after intake each step is taken. */
const DAY_OF_STEP: Record<CaseAction, [number, number]> = {
  ASSESS: [0, 1], ASSIGN: [1, 2], START_MEDIATION: [2, 5], REACH_AGREEMENT: [6, 25], CONFIRM_JUDICIALLY: [26, 35],
  FAIL: [8, 25], REFER: [26, 30], START_FOLLOW_UP: [36, 45], CLOSE: [46, 60], WITHDRAW: [3, 8],
};

const HANDLERS: Record<string, string[]> = {
  JUDICIAL_OFFICE: ['司法所 王调解员', '司法所 李调解员'],
  COURT: ['法庭 陈法官助理'],
  WOMENS_FEDERATION: ['妇联 周主任'],
  POLICE: ['派出所 赵民警'],
  SECURITY_COMMITTEE: ['治保会 孙主任'],
  CIVIL_AFFAIRS: ['民政 吴科员'],
};

export interface DemoCaseInput {
  id: string;
  index: number;
  category: DisputeCategory;
  leadDepartment: string;
  participatingDepartments: string[];
  createdAt: Date;
}

export interface DemoCaseProgress {
  fields: Record<string, unknown>;
  history: Array<Record<string, unknown>>;
  sessions: Array<Record<string, unknown>>;
}

/**
 * Walks one demo case along its path through the real transition table, with plausible dates,
 * so the demo's states, timeline, sessions, statistics and ledger are consistent. Steps that
 * would lie in the future are not taken.
 */
export function progressDemoCase(input: DemoCaseInput, now = new Date()): DemoCaseProgress {
  const random = new SeededRandom(input.index * 104_729 + 17);
  const stop = STOPS[input.index % STOPS.length];
  const handler = random.pick(HANDLERS[input.leadDepartment] ?? ['牵头单位 调解员']);
  let status = CaseStatus.INTAKE;
  const fields: Record<string, unknown> = { status };
  const history: Array<Record<string, unknown>> = [
    { joint_case_id: input.id, action: 'INTAKE', from_status: null, to_status: status, actor_user: '综治中心 受理员', actor_department: 'GOVERNANCE_CENTRE', actor_role: 'CLERK', note: null, at: input.createdAt.toISOString() },
  ];
  const sessions: Array<Record<string, unknown>> = [];
  let version = 1;
  for (const action of stop.path.slice(0, stop.steps)) {
    const [minDay, maxDay] = DAY_OF_STEP[action];
    const at = new Date(input.createdAt.getTime() + random.int(minDay, maxDay) * 86_400_000 + random.int(0, 8) * 3_600_000);
    if (at > now) break;
    const transition = CASE_TRANSITIONS[action];
    if (!transition.from.includes(status)) throw new Error(`demo path takes ${action} from ${status}`);
    const who = ACTOR[action];
    const department = who.department === 'CENTRE' ? 'GOVERNANCE_CENTRE' : who.department === 'COURT' ? 'COURT' : input.leadDepartment;
    const user = who.user || handler;
    let note: string | null = null;
    switch (action) {
      case CaseAction.ASSIGN:
        Object.assign(fields, {
          handler,
          handler_department: input.leadDepartment,
          assigned_at: at.toISOString(),
          deadline: new Date(at.getTime() + DEFAULT_DEADLINE_DAYS[input.category] * 86_400_000).toISOString(),
        });
        break;
      case CaseAction.START_MEDIATION:
        for (let s = 0; s < random.int(1, 2); s++) {
          const heldAt = new Date(at.getTime() + (s * 4 + 1) * 86_400_000);
          if (heldAt > now) break;
          sessions.push({
            joint_case_id: input.id,
            held_at: heldAt.toISOString(),
            place: '综治中心 联合调解室',
            attendees: input.participatingDepartments.map((d) => ({ department: d, name: (HANDLERS[d] ?? ['工作人员'])[0] })),
            minutes: s === 0 ? '三长会商：听取双方陈述，各单位通报掌握情况，明确调解方案。' : '第二次调解：双方就赔偿金额和履行方式进一步协商。',
            outcome: s === 0 ? '双方同意继续调解' : '基本达成一致',
            recorded_by: handler,
          });
        }
        break;
      case CaseAction.REACH_AGREEMENT:
        note = '双方自愿达成调解协议：被申请人于三十日内分两期支付补偿款，双方不再就此事争执。';
        Object.assign(fields, { agreement_terms: note, agreement_reached_at: at.toISOString() });
        break;
      case CaseAction.CONFIRM_JUDICIALLY:
        Object.assign(fields, { confirmation_number: `(2026)浙0106民特${700 + input.index}号`, confirmed_on: at.toISOString().slice(0, 10) });
        break;
      case CaseAction.FAIL:
        note = '双方分歧较大，经多次调解未能达成一致。';
        fields.failure_reason = note;
        break;
      case CaseAction.REFER:
        fields.referral_channel = 'LITIGATION';
        note = '引导当事人向人民法庭起诉';
        break;
      case CaseAction.START_FOLLOW_UP:
        note = '电话回访：协议已履行，双方关系缓和。';
        fields.follow_up_note = note;
        break;
      case CaseAction.CLOSE:
      case CaseAction.WITHDRAW:
        fields.closed_at = at.toISOString();
        note = action === CaseAction.WITHDRAW ? '申请人撤回调解申请' : '经回访无反复，予以结案';
        break;
    }
    history.push({ joint_case_id: input.id, action, from_status: status, to_status: transition.to, actor_user: user, actor_department: department, actor_role: who.role, note, at: at.toISOString() });
    status = transition.to;
    version += 1;
  }
  fields.status = status;
  fields.version = version;
  return { fields, history, sessions };
}
