import { useEffect, useMemo, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useLabels } from './labels';
import { hubHeaders } from './session';
import { scopedContext } from './client';
import { LinkedRecordView } from './pages-cases';
import {
  AuditTrailQuery,
  LedgerMutation,
  OpenCaseMutation,
  PersonQuery,
  StatisticsQuery,
  SubjectAccessQuery,
  WarningsQuery,
} from './operations';
import { ErrorNote, formatTime, RiskBadge, Section } from './ui';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** The start of a day in Asia/Shanghai, as the hub's periods want it. */
function shanghaiDay(date: string): string {
  return `${date}T00:00:00+08:00`;
}

function today(offsetDays = 0): string {
  const d = new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000);
  return d.toISOString().slice(0, 10);
}

type Problem = { field: string; problem: string };

/** 受理登记: the intake form; the hub checks every field and its problems are shown next to the form. */
export function IntakePage({ opened }: { opened: (id: string) => void }) {
  const labels = useLabels();
  const [{ fetching, error }, openCase] = useMutation(OpenCaseMutation);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  // One key per filled-in form: a retried submission (a lost answer) cannot open the case twice.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const submit = async (form: HTMLFormElement) => {
    const v = Object.fromEntries(new FormData(form)) as Record<string, string>;
    const party = (prefix: string, role: 'APPLICANT' | 'RESPONDENT') => ({
      role,
      name: v[`${prefix}Name`],
      residentId: v[`${prefix}Id`],
      ...(v[`${prefix}Mobile`] ? { mobile: v[`${prefix}Mobile`] } : {}),
    });
    const result = await openCase(
      {
        input: {
          title: v.title,
          category: v.category as never,
          description: v.description,
          sourceChannel: v.sourceChannel as never,
          urgency: v.urgency as never,
          peopleInvolved: Number(v.peopleInvolved),
          occurredAt: new Date(v.occurredAt || Date.now()).toISOString(),
          place: v.place || null,
          community: v.community || null,
          grid: v.grid || null,
          parties: [party('applicant', 'APPLICANT'), party('respondent', 'RESPONDENT')],
        },
      },
      { fetchOptions: () => ({ headers: { ...hubHeaders(), 'idempotency-key': idempotencyKey } }) },
    );
    const first = result.error?.graphQLErrors[0];
    setProblems((first?.extensions?.problems as Problem[] | undefined) ?? []);
    setMessage(first ? first.message : null);
    if (result.data?.openJointCase) opened(result.data.openJointCase.id);
  };
  return (
    <Section title="受理登记">
      <form className="intake" onSubmit={(e) => (e.preventDefault(), void submit(e.currentTarget))}>
        <label>
          纠纷标题 <input name="title" />
        </label>
        <label>
          纠纷类别{' '}
          <select name="category">
            {[
              'NEIGHBOUR',
              'FAMILY_MARRIAGE',
              'LAND_HOUSING',
              'WAGES',
              'CONSUMER',
              'MEDICAL',
              'DOMESTIC_VIOLENCE',
              'OTHER',
            ].map((c) => (
              <option key={c} value={c}>
                {labels.of('DisputeCategory', c)}
              </option>
            ))}
          </select>
        </label>
        <label>
          来源渠道{' '}
          <select name="sourceChannel">
            {['WALK_IN', 'POLICE_110_REFERRAL', 'COURT_PRE_LITIGATION_REFERRAL', 'PETITION', 'GRID_SCREENING'].map(
              (c) => (
                <option key={c} value={c}>
                  {labels.of('SourceChannel', c)}
                </option>
              ),
            )}
          </select>
        </label>
        <label>
          紧急程度{' '}
          <select name="urgency">
            {['NORMAL', 'URGENT'].map((c) => (
              <option key={c} value={c}>
                {labels.of('Urgency', c)}
              </option>
            ))}
          </select>
        </label>
        <label>
          涉及人数 <input name="peopleInvolved" type="number" defaultValue={2} />
        </label>
        <label>
          发生时间 <input name="occurredAt" type="datetime-local" />
        </label>
        <label>
          发生地点 <input name="place" />
        </label>
        <label>
          社区 <input name="community" />
        </label>
        <label>
          网格 <input name="grid" />
        </label>
        <label className="wide">
          简要情况 <textarea name="description" rows={3} />
        </label>
        <fieldset>
          <legend>申请人</legend>
          <label>
            姓名 <input name="applicantName" />
          </label>
          <label>
            身份证号 <input name="applicantId" />
          </label>
          <label>
            手机 <input name="applicantMobile" />
          </label>
        </fieldset>
        <fieldset>
          <legend>被申请人</legend>
          <label>
            姓名 <input name="respondentName" />
          </label>
          <label>
            身份证号 <input name="respondentId" />
          </label>
          <label>
            手机 <input name="respondentMobile" />
          </label>
        </fieldset>
        <button type="submit" name="open-case" disabled={fetching}>
          受理登记
        </button>
      </form>
      {message ? (
        <div className="error" role="alert">
          <div>{message}</div>
          <ul className="problems">
            {problems.map((p, i) => (
              <li key={i}>
                <code>{p.field}</code> {p.problem}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {!message ? <ErrorNote error={error} /> : null}
    </Section>
  );
}

/** 预警: open early warnings with their reasons and the records they come from. */
export function WarningsPage({ open }: { open: (id: string) => void }) {
  const labels = useLabels();
  const [{ data, error }] = useQuery({ query: WarningsQuery, variables: { first: 50 } });
  return (
    <Section title="预警">
      <ErrorNote error={error} />
      <p className="muted">{data ? `共 ${data.earlyWarnings.totalCount} 件红色、橙色预警案件` : ''}</p>
      {data?.earlyWarnings.edges.map(({ node }) => (
        <div key={node.id} className="warning" onClick={() => open(node.id)}>
          <RiskBadge level={node.riskLevel} label={node.riskLevelLabel} />{' '}
          <a href={`#/cases/${node.id}`}>{node.caseNumber}</a> {node.title} · {node.statusLabel} ·{' '}
          {node.leadDepartmentLabel ?? '—'}
          <ul>
            {node.riskReasons.map((r, i) => (
              <li key={i}>
                {r.description}
                {r.department
                  ? `（来源：${labels.body(r.department)}${r.source ? ` ${r.source.recordType}` : ''}）`
                  : ''}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </Section>
  );
}

function download(filename: string, contentType: string, base64: string) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: contentType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** 统计: the statistics by category with a chart (small cells as the hub returns them), and the work ledger export. */
export function StatisticsPage() {
  const [from, setFrom] = useState(today(-365));
  const [until, setUntil] = useState(today(1));
  const [{ data, error }] = useQuery({
    query: StatisticsQuery,
    variables: { from: shanghaiDay(from), until: shanghaiDay(until) },
  });
  const [ledger, exportLedger] = useMutation(LedgerMutation);
  const [exported, setExported] = useState<string | null>(null);
  const chart = useRef<HTMLDivElement>(null);
  const rows = data?.caseStatistics.rows ?? [];
  useEffect(() => {
    if (!chart.current || rows.length === 0) return;
    const instance = echarts.init(chart.current, undefined, { renderer: 'svg' });
    instance.setOption({
      animation: false,
      tooltip: {},
      legend: { data: ['受理', '调处', '调处成功', '超期'] },
      grid: { left: 40, right: 20, bottom: 60 },
      xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { rotate: 30 } },
      yAxis: { type: 'value' },
      series: [
        { name: '受理', type: 'bar', data: rows.map((r) => r.casesTakenIn) },
        { name: '调处', type: 'bar', data: rows.map((r) => r.handled) },
        { name: '调处成功', type: 'bar', data: rows.map((r) => r.settled) },
        { name: '超期', type: 'bar', data: rows.map((r) => r.overdue), itemStyle: { color: '#d4380d' } },
      ],
    });
    return () => instance.dispose();
  }, [rows]);
  const pct = (v: number | null | undefined) => (v == null ? '—' : `${(v * 100).toFixed(1)}%`);
  const doExport = async (format: 'CSV' | 'XLSX') => {
    const result = await exportLedger({ from: shanghaiDay(from), until: shanghaiDay(until), format });
    const file = result.data?.exportWorkLedger;
    if (file) {
      download(file.filename, file.contentType, file.contentBase64);
      setExported(`${file.filename}（${file.rowCount} 行）`);
    }
  };
  return (
    <Section title="统计">
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          自 <input type="date" name="from" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          至（不含） <input type="date" name="until" value={until} onChange={(e) => setUntil(e.target.value)} />
        </label>
        <button type="button" name="export-csv" onClick={() => void doExport('CSV')}>
          导出台账（CSV）
        </button>
        <button type="button" name="export-xlsx" onClick={() => void doExport('XLSX')}>
          导出台账（Excel）
        </button>
      </form>
      <ErrorNote error={error ?? ledger.error} />
      {exported ? (
        <p className="exported" role="status">
          已导出：{exported}
        </p>
      ) : null}
      <div ref={chart} className="chart" style={{ height: 320 }} />
      <table>
        <thead>
          <tr>
            <th>纠纷类别</th>
            <th>受理</th>
            <th>调处</th>
            <th>调处成功</th>
            <th>调处率</th>
            <th>调处成功率</th>
            <th>超期</th>
            <th>预警</th>
            <th>司法确认</th>
          </tr>
        </thead>
        <tbody>
          {[...rows, ...(data ? [data.caseStatistics.total] : [])].map((r) => (
            <tr key={r.label}>
              <td>{r.label}</td>
              <td>{r.casesTakenIn}</td>
              <td>{r.handled}</td>
              <td>{r.settled}</td>
              <td>{pct(r.handledRate)}</td>
              <td>{pct(r.successRate)}</td>
              <td>{r.overdue}</td>
              <td>{r.earlyWarnings}</td>
              <td>{r.judicialConfirmations}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {data ? (
        <p className="muted">
          “&lt;5”“≥5”：按小数保护规则（少于 {data.caseStatistics.smallCellThreshold}{' '}
          件不显示确数），照数据枢纽返回显示。
        </p>
      ) : null}
    </Section>
  );
}

/**
 * 人员查询: one person across bodies, each body's answer or refusal, and each record field by
 * field as its `access` says (granted, masked, denied). Another body's records are read for a
 * purpose and a joint case, chosen here as on the case page.
 */
export function PersonPage() {
  const labels = useLabels();
  const [residentId, setResidentId] = useState('');
  const [purpose, setPurpose] = useState('');
  const [caseId, setCaseId] = useState('');
  const [asked, setAsked] = useState<{ residentId: string; purpose: string; caseId: string } | null>(null);
  const context = useMemo(
    () => scopedContext(asked?.purpose || null, asked?.purpose && asked.caseId ? asked.caseId : null),
    [asked],
  );
  const [{ data, error }] = useQuery({
    query: PersonQuery,
    variables: { residentId: asked?.residentId ?? '' },
    pause: !asked,
    context,
  });
  const refusals = new Map(
    (error?.graphQLErrors ?? []).filter((e) => e.path?.[2] !== undefined).map((e) => [Number(e.path![2]), e]),
  );
  return (
    <Section title="人员查询">
      <form
        className="filters"
        onSubmit={(e) => (
          e.preventDefault(),
          setAsked({ residentId: residentId.trim(), purpose, caseId: caseId.trim() })
        )}
      >
        <label>
          身份证号 <input name="residentId" value={residentId} onChange={(e) => setResidentId(e.target.value)} />
        </label>
        <label>
          查阅目的（x-purpose）
          <select name="purpose" value={purpose} onChange={(e) => setPurpose(e.target.value)}>
            {['', 'JOINT_MEDIATION', 'RISK_SCREENING'].map((p) => (
              <option key={p} value={p}>
                {p ? labels.of('Purpose', p) : '未说明'}
              </option>
            ))}
          </select>
        </label>
        <label>
          案件（x-joint-case-id） <input name="caseId" value={caseId} onChange={(e) => setCaseId(e.target.value)} />
        </label>
        <button type="submit" name="person-search">
          查询
        </button>
      </form>
      <ErrorNote error={error} ignoreCodes={['FORBIDDEN_BY_AGREEMENT', 'SOURCE_UNAVAILABLE']} />
      {data ? <p>{data.person.residentIdMasked}</p> : null}
      {data?.person.departments.map((d, i) => (
        <div key={d.department} className="person-body" data-department={d.department}>
          <h3>
            {labels.body(d.department)}
            {d.records ? `：${d.records.totalCount} 条` : ''}
          </h3>
          {d.records ? (
            d.records.edges.map(({ access, node }) => (
              <LinkedRecordView
                key={`${node.recordType}:${node.recordId}`}
                link={{
                  department: d.department,
                  recordType: node.recordType,
                  recordId: node.recordId,
                  access,
                  record: node,
                }}
              />
            ))
          ) : (
            <p className="denied">未答复：{refusals.get(i)?.message ?? '无权查看'}</p>
          )}
        </div>
      ))}
    </Section>
  );
}

/** 审计: for a body's AUDITOR, who read the body's records, searchable by consuming body. */
export function AuditPage() {
  const labels = useLabels();
  const [consumer, setConsumer] = useState('');
  const [{ data, error }] = useQuery({
    query: AuditTrailQuery,
    variables: { from: shanghaiDay(today(-30)), until: shanghaiDay(today(1)), consumer: consumer || null, first: 50 },
  });
  return (
    <Section title="审计记录">
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          查阅单位{' '}
          <input
            name="consumer"
            placeholder="如 COURT"
            value={consumer}
            onChange={(e) => setConsumer(e.target.value.toUpperCase())}
          />
        </label>
      </form>
      <ErrorNote error={error} />
      <p className="muted">{data ? `近 30 天共 ${data.auditTrail.totalCount} 条` : ''}</p>
      <table>
        <thead>
          <tr>
            <th>时间</th>
            <th>查阅人</th>
            <th>单位</th>
            <th>目的</th>
            <th>记录</th>
            <th>决定</th>
          </tr>
        </thead>
        <tbody>
          {data?.auditTrail.edges.map(({ node }, i) => (
            <tr key={i}>
              <td>{formatTime(node.occurredAt)}</td>
              <td>
                {node.user}（{labels.of('Role', node.role)}）
              </td>
              <td>{labels.body(node.department)}</td>
              <td>{labels.of('Purpose', node.purpose)}</td>
              <td>
                {node.recordType ?? ''} {node.recordId ?? ''}
              </td>
              <td>
                {node.decision}
                {node.reason ? `：${node.reason}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

/**
 * 个人信息查阅记录: for the governance centre to hand to a citizen — every look at the person's
 * records at any body, by whom, for which case and purpose, granted or refused.
 */
export function SubjectAccessPage() {
  const labels = useLabels();
  const [residentId, setResidentId] = useState('');
  const [asked, setAsked] = useState<string | null>(null);
  const [{ data, error, fetching }] = useQuery({
    query: SubjectAccessQuery,
    variables: { residentId: asked ?? '' },
    pause: !asked,
  });
  const report = data?.subjectAccessReport;
  return (
    <Section title="个人信息查阅记录">
      <form className="filters" onSubmit={(e) => (e.preventDefault(), setAsked(residentId.trim()))}>
        <label>
          身份证号 <input name="residentId" value={residentId} onChange={(e) => setResidentId(e.target.value)} />
        </label>
        <button type="submit" name="subject-access">
          生成报告
        </button>
      </form>
      <ErrorNote error={error} />
      {fetching ? <p className="muted">生成中…</p> : null}
      {report ? (
        <p data-testid="subject">
          {report.residentIdMasked} · 生成于 {formatTime(report.generatedAt)} · 共 {report.entries.length} 次查阅
        </p>
      ) : null}
      {report ? (
        <table className="subject-access">
          <thead>
            <tr>
              <th>查阅时间</th>
              <th>查阅单位</th>
              <th>记录所属单位</th>
              <th>记录类型</th>
              <th>查阅目的</th>
              <th>关联案件</th>
              <th>决定</th>
            </tr>
          </thead>
          <tbody>
            {report.entries.map((e, i) => (
              <tr key={i} data-read-by={e.readBy} data-provider={e.provider} data-decision={e.decision}>
                <td>{formatTime(e.occurredAt)}</td>
                <td>{labels.body(e.readBy)}</td>
                <td>{labels.body(e.provider)}</td>
                <td>{e.recordType ?? e.recordTypes.join('、')}</td>
                <td>{e.purpose ? labels.of('Purpose', e.purpose) : '未说明'}</td>
                <td>{e.jointCaseNumber ?? '—'}</td>
                <td>{labels.of('AuditDecision', e.decision)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Section>
  );
}
