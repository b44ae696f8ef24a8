import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { useLabels } from './labels';

/** 红橙黄蓝: the early-warning colours every centre uses. */
const RISK_COLOURS: Record<string, string> = { RED: '#d4380d', ORANGE: '#fa8c16', YELLOW: '#fadb14', BLUE: '#1677ff' };

/** A risk level's badge; `label` is the hub's label beside the level (riskLevelLabel) where the screen selects it. */
export function RiskBadge({ level, label }: { level: string | null | undefined; label?: string | null }) {
  const labels = useLabels();
  if (!level) return <span className="badge badge-none">未研判</span>;
  return (
    <span
      className="badge"
      data-risk={level}
      style={{ background: RISK_COLOURS[level] ?? '#999', color: level === 'YELLOW' ? '#000' : '#fff' }}
    >
      {label ?? labels.of('RiskLevel', level)}
    </span>
  );
}

export function isOverdue(deadline: string | null | undefined, status: string): boolean {
  return (
    Boolean(deadline) && new Date(deadline!).getTime() < Date.now() && status !== 'CLOSED' && status !== 'WITHDRAWN'
  );
}

export function formatTime(value: string | null | undefined): string {
  if (!value) return '—';
  return new Date(value).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}

export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  return new Date(value).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' });
}

/**
 * Errors the hub sent, with their stable codes. Field errors for denied fields are not shown
 * here: the screens that select such fields render them from `access` instead.
 */
export function ErrorNote({ error, ignoreCodes = [] }: { error: CombinedError | undefined; ignoreCodes?: string[] }) {
  if (!error) return null;
  const shown = error.graphQLErrors.filter((e) => !ignoreCodes.includes(String(e.extensions?.code)));
  if (!error.networkError && shown.length === 0) return null;
  return (
    <div className="error" role="alert">
      {error.networkError ? <div>无法连接数据枢纽：{error.networkError.message}</div> : null}
      {shown.map((e, i) => (
        <div key={i}>
          <code>{String(e.extensions?.code ?? '')}</code> {e.message}
        </div>
      ))}
    </div>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card">
      <h2>{title}</h2>
      {children}
    </section>
  );
}
