import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { WorkflowActions } from './case-steps';
import { scopedContext } from './client';
import { useLabels } from './labels';
import { CaseDetailQuery, CaseListQuery } from './operations';
import type { JointCaseFilter, JointCaseOrderField, SortDirection } from './gql/graphql';
import { ErrorNote, formatDate, formatTime, isOverdue, RiskBadge, Section } from './ui';

const STATUSES = [
  'INTAKE',
  'ASSESSED',
  'ASSIGNED',
  'IN_MEDIATION',
  'AGREEMENT_REACHED',
  'JUDICIALLY_CONFIRMED',
  'FAILED',
  'REFERRED',
  'FOLLOW_UP',
  'CLOSED',
  'WITHDRAWN',
];
const RISK_LEVELS = ['RED', 'ORANGE', 'YELLOW', 'BLUE'];
const CATEGORIES = [
  'NEIGHBOUR',
  'FAMILY_MARRIAGE',
  'DOMESTIC_VIOLENCE',
  'LAND_HOUSING',
  'WAGES',
  'CONSUMER',
  'MEDICAL',
  'OTHER',
];
const ORDERS: Array<{ field: JointCaseOrderField; direction: SortDirection; label: string }> = [
  { field: 'INTAKE_DATE', direction: 'DESC', label: '受理时间（新→旧）' },
  { field: 'DEADLINE', direction: 'ASC', label: '办理期限（近→远）' },
  { field: 'RISK_LEVEL', direction: 'DESC', label: '预警等级（高→低）' },
  { field: 'CASE_NUMBER', direction: 'ASC', label: '案件编号' },
];

/** 案件列表: the work list with filters, search, sorting, risk badges and overdue marks. */
export function CaseListPage({ open }: { open: (id: string) => void }) {
  const labels = useLabels();
  const [status, setStatus] = useState('');
  const [risk, setRisk] = useState('');
  const [category, setCategory] = useState('');
  const [overdue, setOverdue] = useState(false);
  const [search, setSearch] = useState('');
  const [order, setOrder] = useState(0);
  const [after, setAfter] = useState<Array<string | null>>([null]);
  const filter = useMemo<JointCaseFilter>(
    () => ({
      ...(status ? { status: [status as never] } : {}),
      ...(risk ? { riskLevel: [risk as never] } : {}),
      ...(category ? { category: [category as never] } : {}),
      ...(overdue ? { overdue: true } : {}),
      ...(search.trim().length >= 2 ? { search: search.trim() } : {}),
    }),
    [status, risk, category, overdue, search],
  );
  const { field, direction } = ORDERS[order];
  const [{ data, fetching, error }] = useQuery({
    query: CaseListQuery,
    variables: { filter, orderBy: { field, direction }, first: 20, after: after[after.length - 1] },
  });
  const reset = () => setAfter([null]);
  const page = data?.jointCases;
  return (
    <Section title="案件列表">
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          状态
          <select name="status" value={status} onChange={(e) => (setStatus(e.target.value), reset())}>
            <option value="">全部</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {labels.of('CaseStatus', s)}
              </option>
            ))}
          </select>
        </label>
        <label>
          预警等级
          <select name="riskLevel" value={risk} onChange={(e) => (setRisk(e.target.value), reset())}>
            <option value="">全部</option>
            {RISK_LEVELS.map((s) => (
              <option key={s} value={s}>
                {labels.of('RiskLevel', s)}
              </option>
            ))}
          </select>
        </label>
        <label>
          纠纷类别
          <select name="category" value={category} onChange={(e) => (setCategory(e.target.value), reset())}>
            <option value="">全部</option>
            {CATEGORIES.map((s) => (
              <option key={s} value={s}>
                {labels.of('DisputeCategory', s)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            name="overdue"
            checked={overdue}
            onChange={(e) => (setOverdue(e.target.checked), reset())}
          />{' '}
          仅超期
        </label>
        <label>
          检索
          <input
            name="search"
            placeholder="案件编号或当事人姓名"
            value={search}
            onChange={(e) => (setSearch(e.target.value), reset())}
          />
        </label>
        <label>
          排序
          <select name="order" value={order} onChange={(e) => (setOrder(Number(e.target.value)), reset())}>
            {ORDERS.map((o, i) => (
              <option key={o.label} value={i}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      </form>
      <ErrorNote error={error} />
      <p className="muted">{fetching ? '加载中…' : page ? `共 ${page.totalCount} 件` : ''}</p>
      <table className="cases">
        <thead>
          <tr>
            <th>案件编号</th>
            <th>标题</th>
            <th>类别</th>
            <th>状态</th>
            <th>预警</th>
            <th>牵头单位</th>
            <th>受理时间</th>
            <th>办理期限</th>
          </tr>
        </thead>
        <tbody>
          {page?.edges.map(({ node }) => (
            <tr key={node.id} onClick={() => open(node.id)} className="clickable" data-case-number={node.caseNumber}>
              <td>
                <a href={`#/cases/${node.id}`}>{node.caseNumber}</a>
              </td>
              <td>{node.title}</td>
              <td>{node.categoryLabel}</td>
              <td>{node.statusLabel}</td>
              <td>
                <RiskBadge level={node.riskLevel} label={node.riskLevelLabel} />
              </td>
              <td>{node.leadDepartmentLabel ?? '—'}</td>
              <td>{formatDate(node.createdAt)}</td>
              <td>
                {formatDate(node.deadline)}{' '}
                {isOverdue(node.deadline, node.status) ? <span className="overdue">超期</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="pager">
        <button disabled={after.length < 2} onClick={() => setAfter(after.slice(0, -1))}>
          上一页
        </button>
        <button
          disabled={!page?.pageInfo.hasNextPage}
          onClick={() => setAfter([...after, page!.pageInfo.endCursor ?? null])}
        >
          下一页
        </button>
      </div>
    </Section>
  );
}

/** A body's record and how each of its fields reached the caller (a linked record, or a person's record). */
export interface RecordView {
  department: string;
  recordType: string;
  recordId: string;
  access: ReadonlyArray<{ field: string; decision: string; mask?: string | null; reason?: string | null }>;
  record?: unknown;
}

/** A field's value in a record: a top-level field, or `list.field` over the list's items. */
function valueAt(record: Record<string, unknown> | null | undefined, path: string): string {
  if (!record) return '';
  const [head, tail] = path.split('.');
  const value = record[head];
  if (tail)
    return Array.isArray(value)
      ? value.map((item) => String((item as Record<string, unknown>)?.[tail] ?? '—')).join('、')
      : '';
  if (value === null || value === undefined) return '—';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * One linked record, field by field, as its `access` says: granted fields in full, masked ones
 * with their mask, denied ones with the reason — never a value for a denied field.
 */
export function LinkedRecordView({ link }: { link: RecordView }) {
  const labels = useLabels();
  const record = link.record as Record<string, unknown> | null | undefined;
  return (
    <div className="record" data-record={`${link.department}:${link.recordType}:${link.recordId}`}>
      <h3>
        {labels.body(link.department)} · {link.recordType} · {link.recordId}
      </h3>
      <table className="fields">
        <tbody>
          {link.access.map((a) => (
            <tr
              key={a.field}
              className={`field field-${a.decision.toLowerCase()}`}
              data-field={a.field}
              data-decision={a.decision}
            >
              <th>{a.field}</th>
              <td>
                {a.decision === 'DENIED' ? (
                  <span className="denied">
                    无权查看 <small>（{a.reason}）</small>
                  </span>
                ) : (
                  <>
                    <span className="value">{valueAt(record, a.field)}</span>
                    {a.decision === 'MASKED' ? <span className="mask">已脱敏：{labels.of('Mask', a.mask)}</span> : null}
                  </>
                )}
              </td>
              <td>
                <span className={`decision decision-${a.decision.toLowerCase()}`}>
                  {labels.of('FieldAccessDecision', a.decision)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const PURPOSES = ['', 'JOINT_MEDIATION', 'RISK_SCREENING', 'STATISTICS'];

/** 案件详情: the shared case context, each body's record field by field, and the workflow steps this user may take. */
export function CaseDetailPage({ id }: { id: string }) {
  const labels = useLabels();
  const [purpose, setPurpose] = useState('JOINT_MEDIATION');
  const context = useMemo(() => scopedContext(purpose || null, purpose ? id : null), [purpose, id]);
  const [{ data, fetching, error }, refetch] = useQuery({ query: CaseDetailQuery, variables: { id }, context });
  const c = data?.jointCase;
  return (
    <>
      <Section title="案件详情">
        <label className="purpose">
          查阅目的（x-purpose）
          <select name="purpose" value={purpose} onChange={(e) => setPurpose(e.target.value)}>
            {PURPOSES.map((p) => (
              <option key={p} value={p}>
                {p ? labels.of('Purpose', p) : '未说明'}
              </option>
            ))}
          </select>
          <small> 案件（x-joint-case-id）：{purpose ? id : '—'}</small>
        </label>
        {/* Denied fields are rendered from `access`; their FORBIDDEN_BY_AGREEMENT errors are expected. */}
        <ErrorNote error={error} ignoreCodes={['FORBIDDEN_BY_AGREEMENT']} />
        {fetching && !c ? <p>加载中…</p> : null}
        {c ? (
          <dl className="case-head">
            <dt>案件编号</dt>
            <dd data-testid="case-number">{c.caseNumber}</dd>
            <dt>标题</dt>
            <dd>{c.title}</dd>
            <dt>状态</dt>
            <dd data-testid="case-status">{c.statusLabel}</dd>
            <dt>预警等级</dt>
            <dd>
              <RiskBadge level={c.riskLevel} label={c.riskLevelLabel} />
            </dd>
            <dt>类别</dt>
            <dd>{c.categoryLabel}</dd>
            <dt>来源</dt>
            <dd>{c.channelLabel}</dd>
            <dt>牵头单位</dt>
            <dd>{c.leadDepartmentLabel ?? '—'}</dd>
            <dt>参与单位</dt>
            <dd>{c.participatingDepartments.map((d) => labels.body(d)).join('、') || '—'}</dd>
            <dt>首办负责人</dt>
            <dd>{c.handler ?? '—'}</dd>
            <dt>办理期限</dt>
            <dd>
              {formatDate(c.deadline)} {isOverdue(c.deadline, c.status) ? <span className="overdue">超期</span> : null}
            </dd>
            <dt>地点</dt>
            <dd>{c.place ?? '—'}</dd>
            <dt>简要情况</dt>
            <dd>{c.description ?? '—'}</dd>
          </dl>
        ) : null}
      </Section>
      {c ? <WorkflowActions jointCase={c} done={() => refetch({ requestPolicy: 'network-only' })} /> : null}
      {c ? (
        <Section title="当事人">
          <table>
            <thead>
              <tr>
                <th>身份</th>
                <th>姓名</th>
                <th>身份证号</th>
                <th>手机</th>
                <th>住址</th>
              </tr>
            </thead>
            <tbody>
              {c.parties.map((p) => (
                <tr key={p.id}>
                  <td>{p.roleLabel}</td>
                  <td>{p.name}</td>
                  <td>{p.residentId ?? '—'}</td>
                  <td>{p.mobile ?? '—'}</td>
                  <td>{p.address ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      ) : null}
      {c && c.riskReasons.length > 0 ? (
        <Section title="预警研判理由">
          <ul>
            {c.riskReasons.map((r, i) => (
              <li key={i}>
                <RiskBadge level={r.level} /> {r.description}{' '}
                {r.department ? (
                  <small>
                    （来源：{labels.body(r.department)}
                    {r.source ? ` ${r.source.recordType} ${r.source.recordId}` : ''}）
                  </small>
                ) : null}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {c ? (
        <Section title="各单位关联记录">
          {c.linkedRecords.edges.map(({ node }) => (
            <LinkedRecordView key={`${node.department}:${node.recordType}:${node.recordId}`} link={node} />
          ))}
          {c.withheldLinkedRecords.map((w) => (
            <p key={w.department} className="withheld">
              {labels.body(w.department)}：另有 {w.count} 条关联记录未向您开放（{w.reasons.join('；')}）
            </p>
          ))}
        </Section>
      ) : null}
      {c ? (
        <Section title="办理过程">
          <ol className="timeline">
            {c.timeline.map((t, i) => (
              <li key={i}>
                {formatTime(t.at)} · {t.toStatusLabel} · {labels.body(t.actorDepartment)} {t.actorUser}（
                {t.actorRoleLabel}）{t.note ? ` · ${t.note}` : ''}
              </li>
            ))}
          </ol>
          {c.sessions.length > 0 ? <h3>联合调解会商</h3> : null}
          <ul className="sessions">
            {c.sessions.map((s) => (
              <li key={s.id} data-session-type={s.sessionType}>
                {formatTime(s.heldAt)} · {labels.of('SessionType', s.sessionType)} · {s.place}：{s.minutes}
                {s.outcome ? `（结果：${s.outcome}）` : ''}
                <small> 参会：{s.attendees.map((a) => `${labels.body(a.department)} ${a.name}`).join('、')}</small>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {c && (c.agreementTerms || c.failureReason || c.mediationAgreement || c.followUpNote) ? (
        <Section title="调解结果">
          <dl className="case-head outcome">
            {c.agreementTerms ? (
              <>
                <dt>协议内容</dt>
                <dd data-testid="agreement-terms">{c.agreementTerms}</dd>
              </>
            ) : null}
            {c.mediationAgreement ? (
              <>
                <dt>人民调解协议书</dt>
                <dd data-testid="mediation-agreement">
                  {c.mediationAgreement.documentNumber} ·{' '}
                  {labels.of('MediationType', c.mediationAgreement.mediationType)} ·{' '}
                  {labels.of('AgreementForm', c.mediationAgreement.form)} · {c.mediationAgreement.organisation} · 调解员{' '}
                  {c.mediationAgreement.mediator} · 生效 {c.mediationAgreement.effectiveOn} · 司法确认申请截止{' '}
                  {c.mediationAgreement.judicialConfirmationDeadline} · 履行状态{' '}
                  {labels.of('PerformanceStatus', c.mediationAgreement.performanceStatus)}
                  <ul>
                    {c.mediationAgreement.obligations.map((o, i) => (
                      <li key={i}>
                        {o.content}（{o.performanceMethod}，{o.dueOn} 前）
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            ) : null}
            {c.judicialConfirmationStatus ? (
              <>
                <dt>司法确认</dt>
                <dd>
                  {labels.of('JudicialConfirmationStatus', c.judicialConfirmationStatus)} {c.confirmationNumber ?? ''}
                </dd>
              </>
            ) : null}
            {c.failureReason ? (
              <>
                <dt>调解不成原因</dt>
                <dd>{c.failureReason}</dd>
              </>
            ) : null}
            {c.followUpNote ? (
              <>
                <dt>回访情况</dt>
                <dd data-testid="follow-up">
                  {c.followUpNote}
                  {c.satisfaction ? `（${labels.of('Satisfaction', c.satisfaction)}）` : ''}
                </dd>
              </>
            ) : null}
          </dl>
        </Section>
      ) : null}
    </>
  );
}
