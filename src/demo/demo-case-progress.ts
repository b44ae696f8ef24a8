import { DEFAULT_DEADLINE_DAYS, type DisputeCategory, FOLLOW_UP_DAYS } from '../cases/case-enums';
import { shanghaiDate } from '../cases/labels-zh';

const PERFORMANCE_ZH: Record<string, string> = {
  NOT_DUE: '未到期',
  PERFORMED: '已履行',
  PARTLY_PERFORMED: '部分履行',
  NOT_PERFORMED: '未履行',
};
const SATISFACTION_ZH: Record<string, string> = {
  SATISFIED: '满意',
  BASICALLY_SATISFIED: '基本满意',
  DISSATISFIED: '不满意',
};

function shanghaiDay(at: Date): string {
  return shanghaiDate(at);
}
import { CaseAction, CaseStatus } from '../cases/case-status';
import { CASE_TRANSITIONS } from '../cases/workflow/case-transitions';
import { SeededRandom } from './random';

/** The path a demo case takes; each seeded case stops somewhere along one of these. */
const SETTLED_PATH = [
  CaseAction.ASSESS,
  CaseAction.ASSIGN,
  CaseAction.START_MEDIATION,
  CaseAction.REACH_AGREEMENT,
  CaseAction.APPLY_JUDICIAL_CONFIRMATION,
  CaseAction.CONFIRM_JUDICIALLY,
  CaseAction.START_FOLLOW_UP,
  CaseAction.CLOSE,
];
const FAILED_PATH = [
  CaseAction.ASSESS,
  CaseAction.ASSIGN,
  CaseAction.START_MEDIATION,
  CaseAction.FAIL,
  CaseAction.REFER,
  CaseAction.START_FOLLOW_UP,
  CaseAction.CLOSE,
];
/** Agreement without 司法确认, followed up and closed. */
const AGREED_PATH = [
  CaseAction.ASSESS,
  CaseAction.ASSIGN,
  CaseAction.START_MEDIATION,
  CaseAction.REACH_AGREEMENT,
  CaseAction.START_FOLLOW_UP,
  CaseAction.CLOSE,
];
/** 延期 approved by the lead body's chief, then agreement. */
const EXTENDED_PATH = [
  CaseAction.ASSESS,
  CaseAction.ASSIGN,
  CaseAction.START_MEDIATION,
  CaseAction.EXTEND,
  CaseAction.REACH_AGREEMENT,
  CaseAction.START_FOLLOW_UP,
  CaseAction.CLOSE,
];
/** 退回 by the first lead body, assigned again, handed over, settled. */
const RETURNED_PATH = [
  CaseAction.ASSESS,
  CaseAction.ASSIGN,
  CaseAction.RETURN,
  CaseAction.ASSIGN,
  CaseAction.HAND_OVER,
  CaseAction.START_MEDIATION,
  CaseAction.REACH_AGREEMENT,
  CaseAction.START_FOLLOW_UP,
  CaseAction.CLOSE,
];
/** 司法确认 applied for and rejected by the court; the agreement stands as a contract. */
const REJECTED_PATH = [
  CaseAction.ASSESS,
  CaseAction.ASSIGN,
  CaseAction.START_MEDIATION,
  CaseAction.REACH_AGREEMENT,
  CaseAction.APPLY_JUDICIAL_CONFIRMATION,
  CaseAction.REJECT_JUDICIAL_CONFIRMATION,
  CaseAction.START_FOLLOW_UP,
  CaseAction.CLOSE,
];
/** 依法导入 at 研判: already before the labour arbitration committee. */
const REFERRED_AT_ASSESSMENT_PATH = [CaseAction.ASSESS, CaseAction.REFER, CaseAction.START_FOLLOW_UP, CaseAction.CLOSE];

/** Where demo cases stop, in turn, so a small demo has every state. */
const STOPS: Array<{ path: CaseAction[]; steps: number }> = [
  { path: SETTLED_PATH, steps: 0 }, // INTAKE
  { path: SETTLED_PATH, steps: 1 }, // ASSESSED
  { path: SETTLED_PATH, steps: 2 }, // ASSIGNED
  { path: SETTLED_PATH, steps: 3 }, // IN_MEDIATION
  { path: SETTLED_PATH, steps: 4 }, // AGREEMENT_REACHED
  { path: SETTLED_PATH, steps: 6 }, // JUDICIALLY_CONFIRMED
  { path: FAILED_PATH, steps: 4 }, // FAILED
  { path: FAILED_PATH, steps: 5 }, // REFERRED
  { path: SETTLED_PATH, steps: 7 }, // FOLLOW_UP
  { path: SETTLED_PATH, steps: 8 }, // CLOSED
  { path: FAILED_PATH, steps: 7 }, // CLOSED after a referral
  { path: [CaseAction.ASSESS, CaseAction.ASSIGN, CaseAction.WITHDRAW], steps: 3 }, // WITHDRAWN
  { path: SETTLED_PATH, steps: 3 }, // IN_MEDIATION (more of them: that is where the backlog is)
];

/**
 * The second and third time round the stops, some cases take the other paths a centre sees
 * (extension, return and hand-over, a rejected 司法确认, 司法确认 pending, refusal), stopping
 * open where the first round stops open and finished where it stops finished.
 */
const SECOND_ROUND: Partial<Record<number, Array<{ path: CaseAction[]; steps: number } | null>>> = {
  3: [null, { path: EXTENDED_PATH, steps: 4 }, null], // IN_MEDIATION, extended
  4: [null, { path: SETTLED_PATH, steps: 5 }, null], // CONFIRMATION_APPLIED
  8: [null, { path: EXTENDED_PATH, steps: 6 }, { path: REJECTED_PATH, steps: 7 }], // FOLLOW_UP after an extension / a rejected 司法确认
  9: [null, { path: RETURNED_PATH, steps: 9 }, { path: REJECTED_PATH, steps: 8 }], // CLOSED after a return and hand-over / a rejection
  10: [null, { path: AGREED_PATH, steps: 6 }, { path: EXTENDED_PATH, steps: 7 }], // CLOSED, agreement performed in part / after an extension
  11: [null, null, { path: [CaseAction.REFUSE], steps: 1 }], // NOT_ACCEPTED
  12: [null, { path: RETURNED_PATH, steps: 8 }, null], // FOLLOW_UP after a return and hand-over
};

/** The stop of a demo case: by turn, with the other paths on later rounds; wage disputes often go to arbitration at 研判. */
function stopOf(index: number, category: string): { path: CaseAction[]; steps: number } {
  const turn = index % STOPS.length;
  const base = STOPS[turn];
  const finished = base.steps === base.path.length || base.path.at(-1) === CaseAction.WITHDRAW;
  // One in two wage disputes is already before labour arbitration and is referred at 研判.
  if (category === 'WAGES' && index % 2 === 0 && turn > 0)
    return { path: REFERRED_AT_ASSESSMENT_PATH, steps: finished ? 4 : 3 };
  return SECOND_ROUND[turn]?.[Math.floor(index / STOPS.length) % 3] ?? base;
}

/** 履行状态 at follow-up and 满意度, in turn. */
const PERFORMANCE = ['PERFORMED', 'PARTLY_PERFORMED', 'NOT_PERFORMED', 'PERFORMED'] as const;
const SATISFACTION = ['SATISFIED', 'BASICALLY_SATISFIED', 'SATISFIED', 'DISSATISFIED'] as const;

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
  REFUSE: { department: 'CENTRE', role: 'MEDIATOR', user: '综治中心 调解员' },
  EXTEND: { department: 'LEAD', role: 'CHIEF', user: '牵头单位 负责人' },
  RETURN: { department: 'LEAD', role: 'CHIEF', user: '牵头单位 负责人' },
  HAND_OVER: { department: 'LEAD', role: 'CHIEF', user: '牵头单位 负责人' },
  APPLY_JUDICIAL_CONFIRMATION: { department: 'LEAD', role: 'MEDIATOR', user: '' },
  REJECT_JUDICIAL_CONFIRMATION: { department: 'COURT', role: 'MEDIATOR', user: '法庭 立案庭法官' },
};

/** Days after intake each step is taken. */
const DAY_OF_STEP: Record<CaseAction, [number, number]> = {
  ASSESS: [0, 1],
  ASSIGN: [1, 2],
  START_MEDIATION: [2, 5],
  REACH_AGREEMENT: [6, 25],
  CONFIRM_JUDICIALLY: [26, 35],
  FAIL: [8, 25],
  REFER: [26, 30],
  START_FOLLOW_UP: [36, 45],
  CLOSE: [46, 60],
  WITHDRAW: [3, 8],
  REFUSE: [0, 1],
  EXTEND: [5, 6],
  RETURN: [2, 2],
  HAND_OVER: [3, 3],
  APPLY_JUDICIAL_CONFIRMATION: [26, 27],
  REJECT_JUDICIAL_CONFIRMATION: [30, 35],
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
  /** The structured agreement (人民调解协议书), when the case reached one. */
  agreement: Record<string, unknown> | null;
}

/** A court number as printed on official documents: full-width brackets, （2026）浙0106民特700号. */
export function courtNumber(year: number, kind: string, n: number): string {
  return `（${year}）浙0106${kind}${n}号`;
}

const DAY_MS = 86_400_000;

/**
 * Walks one demo case along its path through the real transition table, with plausible dates,
 * so the demo's states, timeline, sessions, statistics and ledger are consistent. Steps that
 * would lie in the future are not taken.
 */
export function progressDemoCase(input: DemoCaseInput, now = new Date()): DemoCaseProgress {
  const random = new SeededRandom(input.index * 104_729 + 17);
  const stop = stopOf(input.index, input.category);
  const handler = random.pick(HANDLERS[input.leadDepartment] ?? ['牵头单位 调解员']);
  let status = CaseStatus.INTAKE;
  const fields: Record<string, unknown> = { status };
  const history: Array<Record<string, unknown>> = [
    {
      joint_case_id: input.id,
      action: 'INTAKE',
      from_status: null,
      to_status: status,
      actor_user: '综治中心 受理员',
      actor_department: 'GOVERNANCE_CENTRE',
      actor_role: 'CLERK',
      note: null,
      at: input.createdAt.toISOString(),
    },
  ];
  const sessions: Array<Record<string, unknown>> = [];
  let agreement: Record<string, unknown> | null = null;
  let version = 1;
  let last = input.createdAt;
  let currentHandler = handler;
  let lead = input.leadDepartment;
  const threeChiefs = ['COURT', 'POLICE', 'JUDICIAL_OFFICE'].every((d) => input.participatingDepartments.includes(d));
  const stopClock = (at: Date) => {
    fields.handling_stopped_at ??= at.toISOString();
    fields.follow_up_deadline = new Date(at.getTime() + FOLLOW_UP_DAYS * DAY_MS).toISOString();
  };
  for (const action of stop.path.slice(0, stop.steps)) {
    const [minDay, maxDay] = DAY_OF_STEP[action];
    let at = new Date(input.createdAt.getTime() + random.int(minDay, maxDay) * DAY_MS + random.int(0, 8) * 3_600_000);
    // Steps keep their order even where their usual days overlap (a re-assignment after a return).
    if (at <= last) at = new Date(last.getTime() + 3_600_000);
    if (at > now) break;
    last = at;
    const transition = CASE_TRANSITIONS[action];
    if (!transition.from.includes(status)) throw new Error(`demo path takes ${action} from ${status}`);
    const who = ACTOR[action];
    const department = who.department === 'CENTRE' ? 'GOVERNANCE_CENTRE' : who.department === 'COURT' ? 'COURT' : lead;
    const user = who.user || currentHandler;
    let note: string | null = null;
    let data: Record<string, unknown> | null = null;
    switch (action) {
      case CaseAction.ASSIGN: {
        // After a return (退回) the centre assigns the case to another body taking part.
        if (status === CaseStatus.ASSESSED && fields.returned) {
          lead =
            input.participatingDepartments.find((d) => d !== input.leadDepartment && HANDLERS[d]) ??
            input.leadDepartment;
          currentHandler = (HANDLERS[lead] ?? ['牵头单位 调解员'])[0];
        }
        Object.assign(fields, {
          lead_department: lead,
          handler: currentHandler,
          handler_department: lead,
          assigned_at: at.toISOString(),
          deadline: new Date(at.getTime() + DEFAULT_DEADLINE_DAYS[input.category] * DAY_MS).toISOString(),
        });
        break;
      }
      case CaseAction.RETURN:
        note = '该纠纷不属本单位职责范围，退回综治中心重新分流';
        data = { leadDepartment: lead, handler: currentHandler };
        Object.assign(fields, {
          returned: true,
          lead_department: null,
          handler: null,
          handler_department: null,
          assigned_at: null,
          deadline: null,
        });
        break;
      case CaseAction.HAND_OVER: {
        const others = (HANDLERS[lead] ?? []).filter((h) => h !== currentHandler);
        const next = others[0] ?? `${currentHandler}（交接）`;
        note = '原承办人工作调整，交接给同单位调解员';
        data = { previousHandler: currentHandler, handler: next };
        currentHandler = next;
        fields.handler = next;
        break;
      }
      case CaseAction.EXTEND: {
        const previous = fields.deadline as string;
        const extended = new Date(Date.parse(previous) + 15 * DAY_MS).toISOString();
        note = '当事人一方外出务工，需延期15日组织调解';
        data = { previousDeadline: previous, newDeadline: extended };
        Object.assign(fields, { deadline: extended, extension_count: 1 });
        break;
      }
      case CaseAction.START_MEDIATION:
        for (let s = 0; s < random.int(1, 2); s++) {
          const heldAt = new Date(at.getTime() + (s * 4 + 1) * 86_400_000);
          if (heldAt > now) break;
          const type =
            s === 0 && threeChiefs
              ? 'THREE_CHIEFS_CONSULTATION'
              : input.category === 'DOMESTIC_VIOLENCE'
                ? 'SEPARATE_MEDIATION'
                : 'JOINT_MEDIATION';
          sessions.push({
            joint_case_id: input.id,
            held_at: heldAt.toISOString(),
            place: '综治中心 联合调解室',
            attendees: input.participatingDepartments.map((d) => ({
              department: d,
              name: (HANDLERS[d] ?? ['工作人员'])[0],
            })),
            minutes:
              type === 'THREE_CHIEFS_CONSULTATION'
                ? '三长会商：法庭庭长、派出所所长、司法所所长到场，听取双方陈述，各单位通报掌握情况，明确调解方案。'
                : type === 'SEPARATE_MEDIATION'
                  ? '背靠背调解：分别听取双方意见，确保受害方安全。'
                  : '联合调解：双方就赔偿金额和履行方式进一步协商。',
            outcome: s === 0 ? '双方同意继续调解' : '基本达成一致',
            session_type: type,
            recorded_by: currentHandler,
          });
        }
        break;
      case CaseAction.REACH_AGREEMENT: {
        note = '双方自愿达成调解协议：被申请人于三十日内分两期支付补偿款，双方不再就此事争执。';
        Object.assign(fields, { agreement_terms: note, agreement_reached_at: at.toISOString() });
        stopClock(at);
        const effectiveOn = shanghaiDay(at);
        agreement = {
          joint_case_id: input.id,
          mediation_type:
            lead === 'COURT' ? 'JUDICIAL_PRE_LITIGATION' : lead === 'POLICE' ? 'PUBLIC_SECURITY' : 'PEOPLES',
          organisation:
            lead === 'COURT'
              ? '西湖区人民法院北山人民法庭'
              : lead === 'POLICE'
                ? '西湖区公安分局北山派出所'
                : '西湖区北山街道人民调解委员会',
          mediator: currentHandler,
          document_number: `西北调字〔2026〕第${input.index + 1}号`,
          form: 'WRITTEN',
          effective_on: effectiveOn,
          facts: '双方因纠纷经多次协商未果，申请调解。经调解，双方在自愿基础上达成如下协议。',
          // The first party is the applicant, the second the respondent (the seed fills in their ids).
          obligations: [
            {
              obligorPosition: 1,
              content: '向申请人支付补偿款人民币伍仟元',
              performanceMethod: '银行转账，分两期支付',
              dueOn: shanghaiDay(new Date(at.getTime() + 30 * DAY_MS)),
            },
            {
              obligorPosition: 0,
              content: '收到补偿款后不再就此事主张其他权利',
              performanceMethod: '书面确认',
              dueOn: shanghaiDay(new Date(at.getTime() + 31 * DAY_MS)),
            },
          ],
          performance_status: 'NOT_DUE',
          recorded_by: currentHandler,
          recorded_at: at.toISOString(),
        };
        break;
      }
      case CaseAction.APPLY_JUDICIAL_CONFIRMATION:
        Object.assign(fields, {
          judicial_confirmation_status: 'APPLIED',
          judicial_confirmation_applied_on: shanghaiDay(at),
        });
        data = { appliedOn: shanghaiDay(at) };
        break;
      case CaseAction.CONFIRM_JUDICIALLY:
        Object.assign(fields, {
          confirmation_number: courtNumber(2026, '民特', 700 + input.index),
          confirmed_on: shanghaiDay(at),
          judicial_confirmation_status: 'CONFIRMED',
        });
        break;
      case CaseAction.REJECT_JUDICIAL_CONFIRMATION:
        note = '协议约定的部分内容超出当事人处分权限，不予确认';
        Object.assign(fields, {
          judicial_confirmation_status: 'REJECTED',
          judicial_confirmation_rejection_reason: note,
        });
        break;
      case CaseAction.FAIL:
        note = '双方分歧较大，经多次调解未能达成一致。';
        fields.failure_reason = note;
        fields.handling_stopped_at ??= at.toISOString();
        break;
      case CaseAction.REFER:
        if (status === CaseStatus.ASSESSED) {
          const arbitration = input.category === 'WAGES';
          fields.referral_channel = arbitration ? 'ARBITRATION' : 'LITIGATION';
          note = arbitration
            ? '该劳动争议已向劳动人事争议仲裁委员会申请仲裁，依法导入仲裁程序'
            : '该纠纷已在人民法庭立案审理，依法导入诉讼程序';
          fields.referral_reason = note;
        } else {
          fields.referral_channel = 'LITIGATION';
          note = '引导当事人向人民法庭起诉';
        }
        stopClock(at);
        break;
      case CaseAction.START_FOLLOW_UP: {
        const turn = input.index % PERFORMANCE.length;
        fields.satisfaction = SATISFACTION[turn];
        if (agreement) {
          // A follow-up after the obligations fell due finds them performed, in part, or not.
          agreement.performance_status = stop.path === AGREED_PATH ? 'PARTLY_PERFORMED' : PERFORMANCE[turn];
        }
        note = agreement
          ? `电话回访：协议${PERFORMANCE_ZH[agreement.performance_status as string]}，当事人${SATISFACTION_ZH[SATISFACTION[turn]]}。`
          : '电话回访：双方关系缓和。';
        fields.follow_up_note = note;
        data = { performanceStatus: agreement?.performance_status ?? null, satisfaction: SATISFACTION[turn] };
        break;
      }
      case CaseAction.REFUSE:
        note = '该事项已进入诉讼程序，不属于人民调解受理范围';
        Object.assign(fields, { refusal_reason: note, closed_at: at.toISOString() });
        break;
      case CaseAction.CLOSE:
      case CaseAction.WITHDRAW:
        fields.closed_at = at.toISOString();
        if (action === CaseAction.WITHDRAW) fields.handling_stopped_at ??= at.toISOString();
        note = action === CaseAction.WITHDRAW ? '申请人撤回调解申请' : '经回访无反复，予以结案';
        break;
    }
    const to: CaseStatus = transition.to ?? status;
    history.push({
      joint_case_id: input.id,
      action,
      from_status: status,
      to_status: to,
      actor_user: user,
      actor_department: department,
      actor_role: who.role,
      note,
      data,
      at: at.toISOString(),
    });
    status = to;
    version += 1;
  }
  delete fields.returned;
  fields.status = status;
  fields.version = version;
  return { fields, history, sessions, agreement };
}
