import { type ReactNode, useState } from 'react';
import { type CombinedError, useMutation } from 'urql';
import { useLabels, useMe } from './labels';
import {
  ApplyConfirmationMutation,
  AssessMutation,
  AssignMutation,
  CloseMutation,
  ConfirmJudiciallyMutation,
  FailMutation,
  FollowUpMutation,
  ReachAgreementMutation,
  RecordSessionMutation,
  RejectConfirmationMutation,
  StartMediationMutation,
  WithdrawMutation,
} from './operations';
import type { ConsoleCaseDetailQuery } from './gql/graphql';
import { Section } from './ui';

type CaseData = ConsoleCaseDetailQuery['jointCase'];

type StepOutcome =
  | { __typename: 'JointCase' }
  | { __typename: 'TransitionError'; code: string; message: string; allowedNextStates: string[] }
  | { __typename: 'JointSession' }
  | null
  | undefined;

type StepResult = { data?: Record<string, StepOutcome> | null; error?: CombinedError };

/** What the hub said of a step it did not take: a refusal (as data) or its validation messages. */
interface Refusal {
  message: string;
  code: string;
  problems: Array<{ field: string; problem: string }>;
}

const THREE_CHIEFS = ['COURT', 'POLICE', 'JUDICIAL_OFFICE'];

/** Today in Asia/Shanghai as YYYY-MM-DD, the hub's date format. */
function shanghaiToday(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

function inDays(days: number): string {
  return new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** `COURT 陈法官` per line → the session's attendees. */
function parseAttendees(text: string): Array<{ department: string; name: string }> {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [department, ...name] = line.split(/\s+/);
      return { department: department.toUpperCase(), name: name.join(' ') };
    });
}

/** A step's form: its fields, a submit button named after the step, and nothing else. */
function StepForm({
  step,
  title,
  submit,
  children,
}: {
  step: string;
  title: string;
  submit: (values: Record<string, string>) => Promise<void>;
  children: ReactNode;
}) {
  const [busy, setBusy] = useState(false);
  return (
    <form
      className={`step step-${step}`}
      onSubmit={async (e) => {
        e.preventDefault();
        const values = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
        setBusy(true);
        try {
          await submit(values);
        } finally {
          setBusy(false);
        }
      }}
    >
      <h3>{title}</h3>
      {children}
      <button name={step} type="submit" disabled={busy}>
        {title}
      </button>
    </form>
  );
}

/**
 * The workflow steps of the case page: only those the hub says this user may take now
 * (`availableActions`, from the transition table); a session (会商) while the case is in
 * mediation, for a body taking part. A refusal or the hub's validation messages are shown with
 * their reason.
 */
export function WorkflowActions({ jointCase, done }: { jointCase: CaseData; done: () => void }) {
  const labels = useLabels();
  const me = useMe();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [, assess] = useMutation(AssessMutation);
  const [, assign] = useMutation(AssignMutation);
  const [, start] = useMutation(StartMediationMutation);
  const [, recordSession] = useMutation(RecordSessionMutation);
  const [, reachAgreement] = useMutation(ReachAgreementMutation);
  const [, fail] = useMutation(FailMutation);
  const [, apply] = useMutation(ApplyConfirmationMutation);
  const [, confirm] = useMutation(ConfirmJudiciallyMutation);
  const [, reject] = useMutation(RejectConfirmationMutation);
  const [, followUp] = useMutation(FollowUpMutation);
  const [, close] = useMutation(CloseMutation);
  const [, withdraw] = useMutation(WithdrawMutation);
  const [structured, setStructured] = useState(true);
  const id = jointCase.id;
  const expectedVersion = jointCase.version;
  const actions = jointCase.availableActions;

  const after = (result: StepResult) => {
    const outcome = result.data ? Object.values(result.data)[0] : null;
    if (outcome && outcome.__typename === 'TransitionError') {
      const next = outcome.allowedNextStates.map((s) => labels.of('CaseStatus', s)).join('、') || '无';
      setRefusal({ message: `${outcome.message}（当前可转入：${next}）`, code: outcome.code, problems: [] });
    } else if (result.error) {
      const first = result.error.graphQLErrors[0];
      const extensions = (first?.extensions ?? {}) as {
        code?: string;
        problems?: Refusal['problems'];
        field?: string;
      };
      setRefusal({
        message: first ? first.message : result.error.message,
        code: String(extensions.code ?? ''),
        problems:
          extensions.problems ?? (extensions.field ? [{ field: extensions.field, problem: first.message }] : []),
      });
      // A refused step changed nothing: the form keeps what the user typed.
      return;
    } else {
      setRefusal(null);
    }
    done();
  };
  const run = async (mutate: Promise<unknown>) => after((await mutate) as StepResult);

  // A session is not a state change: the hub records it for a body taking part while the case is in mediation.
  const takesPart =
    me.department === 'GOVERNANCE_CENTRE' ||
    me.department === jointCase.leadDepartment ||
    jointCase.participatingDepartments.includes(me.department);
  const maySession =
    jointCase.status === 'IN_MEDIATION' && takesPart && ['CLERK', 'MEDIATOR', 'CHIEF'].includes(me.role);
  const reasonStep = (action: string, step: string, title: string, mutate: (reason: string) => Promise<unknown>) =>
    (actions as string[]).includes(action) ? (
      <StepForm key={step} step={step} title={title} submit={(v) => run(mutate(v.reason))}>
        <label className="wide">
          理由 <textarea name="reason" rows={2} />
        </label>
      </StepForm>
    ) : null;
  const handled: string[] = [
    'ASSESS',
    'ASSIGN',
    'START_MEDIATION',
    'REACH_AGREEMENT',
    'FAIL',
    'APPLY_JUDICIAL_CONFIRMATION',
    'CONFIRM_JUDICIALLY',
    'REJECT_JUDICIAL_CONFIRMATION',
    'START_FOLLOW_UP',
    'CLOSE',
    'WITHDRAW',
  ];

  return (
    <Section title="办理操作">
      {actions.length === 0 && !maySession ? <p className="muted">当前状态下您没有可办理的操作。</p> : null}
      {refusal ? (
        <div className="refusal" role="alert">
          操作未执行：{refusal.message}（{refusal.code}）
          {refusal.problems.length > 0 ? (
            <ul className="problems">
              {refusal.problems.map((p, i) => (
                <li key={i}>
                  <code>{p.field}</code> {p.problem}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {actions.includes('ASSESS') ? (
        <button name="assess" onClick={() => run(assess({ id, expectedVersion }))}>
          研判
        </button>
      ) : null}
      {actions.includes('ASSIGN') ? (
        <AssignForm submit={(input) => run(assign({ id, expectedVersion, input }))} />
      ) : null}
      {actions.includes('START_MEDIATION') ? (
        <button name="start-mediation" onClick={() => run(start({ id, expectedVersion }))}>
          开始调解
        </button>
      ) : null}
      {maySession ? (
        <StepForm
          step="record-session"
          title="记录会商"
          submit={(v) =>
            run(
              recordSession({
                id,
                expectedVersion,
                input: {
                  sessionType: v.sessionType as never,
                  heldAt: new Date(v.heldAt || Date.now()).toISOString(),
                  place: v.place,
                  attendees: parseAttendees(v.attendees),
                  minutes: v.minutes,
                  outcome: v.outcome || null,
                },
              }),
            )
          }
        >
          <label>
            会商类型{' '}
            <select name="sessionType" defaultValue="THREE_CHIEFS_CONSULTATION">
              {['THREE_CHIEFS_CONSULTATION', 'JOINT_MEDIATION', 'SEPARATE_MEDIATION', 'HEARING'].map((t) => (
                <option key={t} value={t}>
                  {labels.of('SessionType', t)}
                </option>
              ))}
            </select>
          </label>
          <label>
            召开时间 <input name="heldAt" type="datetime-local" />
          </label>
          <label>
            地点 <input name="place" />
          </label>
          <label className="wide">
            参会人员（每行：单位代码 姓名，三长会商须有 {THREE_CHIEFS.map((b) => labels.body(b)).join('、')}）
            <textarea name="attendees" rows={3} />
          </label>
          <label className="wide">
            会议记录 <textarea name="minutes" rows={2} />
          </label>
          <label className="wide">
            会商结果 <input name="outcome" />
          </label>
        </StepForm>
      ) : null}
      {actions.includes('REACH_AGREEMENT') ? (
        <StepForm
          step="reach-agreement"
          title="达成协议"
          submit={(v) =>
            run(
              reachAgreement({
                id,
                expectedVersion,
                terms: v.terms,
                agreement: structured
                  ? {
                      mediationType: v.mediationType as never,
                      organisation: v.organisation,
                      mediator: v.mediator,
                      documentNumber: v.documentNumber,
                      form: v.form as never,
                      effectiveOn: v.effectiveOn,
                      facts: v.facts,
                      obligations: [
                        {
                          obligorPartyId: v.obligor,
                          content: v.obligation,
                          performanceMethod: v.performanceMethod,
                          dueOn: v.dueOn,
                        },
                      ],
                    }
                  : null,
              }),
            )
          }
        >
          <label className="wide">
            协议内容 <textarea name="terms" rows={2} />
          </label>
          <label>
            <span>
              <input
                type="checkbox"
                name="structured"
                checked={structured}
                onChange={(e) => setStructured(e.target.checked)}
              />{' '}
              同时登记人民调解协议书
            </span>
          </label>
          {structured ? (
            <fieldset>
              <legend>人民调解协议书</legend>
              <label>
                调解类型{' '}
                <select name="mediationType" defaultValue="PEOPLES">
                  {[
                    'PEOPLES',
                    'ADMINISTRATIVE',
                    'PUBLIC_SECURITY',
                    'JUDICIAL_PRE_LITIGATION',
                    'JUDICIAL_IN_LITIGATION',
                    'PROFESSIONAL',
                  ].map((t) => (
                    <option key={t} value={t}>
                      {labels.of('MediationType', t)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                调解组织 <input name="organisation" />
              </label>
              <label>
                调解员 <input name="mediator" defaultValue={me.user} />
              </label>
              <label>
                协议书编号 <input name="documentNumber" />
              </label>
              <label>
                协议形式{' '}
                <select name="form" defaultValue="WRITTEN">
                  {['WRITTEN', 'ORAL'].map((t) => (
                    <option key={t} value={t}>
                      {labels.of('AgreementForm', t)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                生效日期 <input name="effectiveOn" type="date" defaultValue={shanghaiToday()} />
              </label>
              <label className="wide">
                纠纷的主要事实、争议事项 <textarea name="facts" rows={2} />
              </label>
              <label>
                义务人{' '}
                <select name="obligor">
                  {jointCase.parties.map((p) => (
                    <option key={p.id} value={p.id}>
                      {labels.of('PartyRole', p.role)} {p.name}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                义务内容 <input name="obligation" />
              </label>
              <label>
                履行方式 <input name="performanceMethod" />
              </label>
              <label>
                履行期限 <input name="dueOn" type="date" defaultValue={inDays(30)} />
              </label>
            </fieldset>
          ) : null}
        </StepForm>
      ) : null}
      {reasonStep('FAIL', 'fail', '调解不成', (reason) => fail({ id, reason, expectedVersion }))}
      {actions.includes('APPLY_JUDICIAL_CONFIRMATION') ? (
        <StepForm
          step="apply-confirmation"
          title="申请司法确认"
          submit={(v) =>
            run(
              apply({
                id,
                expectedVersion,
                input: { appliedOn: v.appliedOn, bothPartiesApplied: v.bothPartiesApplied === 'on' },
              }),
            )
          }
        >
          <label>
            申请日期 <input name="appliedOn" type="date" defaultValue={shanghaiToday()} />
          </label>
          <label>
            <span>
              <input type="checkbox" name="bothPartiesApplied" defaultChecked /> 双方共同申请
            </span>
          </label>
        </StepForm>
      ) : null}
      {actions.includes('CONFIRM_JUDICIALLY') ? (
        <StepForm
          step="confirm-judicially"
          title="司法确认"
          submit={(v) =>
            run(
              confirm({
                id,
                expectedVersion,
                input: { confirmationNumber: v.confirmationNumber, confirmedOn: v.confirmedOn },
              }),
            )
          }
        >
          <label>
            裁定书文号 <input name="confirmationNumber" />
          </label>
          <label>
            裁定日期 <input name="confirmedOn" type="date" defaultValue={shanghaiToday()} />
          </label>
        </StepForm>
      ) : null}
      {reasonStep('REJECT_JUDICIAL_CONFIRMATION', 'reject-confirmation', '驳回司法确认申请', (reason) =>
        reject({ id, reason, expectedVersion }),
      )}
      {actions.includes('START_FOLLOW_UP') ? (
        <StepForm
          step="follow-up"
          title="回访"
          submit={(v) =>
            run(
              followUp({
                id,
                expectedVersion,
                note: v.note,
                findings: {
                  performanceStatus: (v.performanceStatus || null) as never,
                  satisfaction: (v.satisfaction || null) as never,
                },
              }),
            )
          }
        >
          <label className="wide">
            回访情况 <textarea name="note" rows={2} />
          </label>
          <label>
            履行状态{' '}
            <select name="performanceStatus" defaultValue="">
              <option value="">未填写</option>
              {['NOT_DUE', 'PERFORMED', 'PARTLY_PERFORMED', 'NOT_PERFORMED'].map((t) => (
                <option key={t} value={t}>
                  {labels.of('PerformanceStatus', t)}
                </option>
              ))}
            </select>
          </label>
          <label>
            满意度{' '}
            <select name="satisfaction" defaultValue="">
              <option value="">未填写</option>
              {['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'].map((t) => (
                <option key={t} value={t}>
                  {labels.of('Satisfaction', t)}
                </option>
              ))}
            </select>
          </label>
        </StepForm>
      ) : null}
      {actions.includes('CLOSE') ? (
        <StepForm step="close" title="结案" submit={(v) => run(close({ id, expectedVersion, note: v.note || null }))}>
          <label className="wide">
            结案备注 <input name="note" />
          </label>
        </StepForm>
      ) : null}
      {reasonStep('WITHDRAW', 'withdraw', '撤回', (reason) => withdraw({ id, reason, expectedVersion }))}
      {actions
        .filter((a) => !handled.includes(a))
        .map((a) => (
          <span key={a} className="muted">
            {' '}
            可办理：{labels.of('CaseAction', a)}（请在业务系统中填写详情）
          </span>
        ))}
    </Section>
  );
}

interface AssignInput {
  leadDepartment: string;
  participatingDepartments: string[];
  handler: string;
}

/** 分流交办: the lead body, the bodies taking part and the first handler. */
function AssignForm({ submit }: { submit: (input: AssignInput) => Promise<void> }) {
  const [lead, setLead] = useState('JUDICIAL_OFFICE');
  const [handler, setHandler] = useState('');
  const [others, setOthers] = useState('COURT,POLICE');
  return (
    <form
      className="assign"
      onSubmit={(e) => {
        e.preventDefault();
        const participating = [lead, ...others.split(/[,，\s]+/).filter(Boolean)];
        void submit({ leadDepartment: lead, participatingDepartments: [...new Set(participating)], handler });
      }}
    >
      <label>
        牵头单位 <input name="lead" value={lead} onChange={(e) => setLead(e.target.value)} />
      </label>
      <label>
        参与单位 <input name="others" value={others} onChange={(e) => setOthers(e.target.value)} />
      </label>
      <label>
        首办负责人 <input name="handler" value={handler} onChange={(e) => setHandler(e.target.value)} />
      </label>
      <button name="assign" type="submit">
        分流交办（指派）
      </button>
    </form>
  );
}
