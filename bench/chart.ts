import fs from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { HUB_VS_LIMIT_TARGET, HUB_VS_POSTGRAPHILE_TARGET, type Report } from './report';

/*
 * The ratios as a PNG, without a browser: an SVG written here and rasterised by resvg (Rust,
 * shipped as a prebuilt binary in an npm optional platform package — no install script).
 * Text uses the system's fonts (DejaVu Sans on Debian).
 */

interface Bar {
  group: string;
  label: string;
  value: number;
  /** The target, and whether higher or lower is better. */
  target?: { value: number; higherIsBetter: boolean };
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function barsOf(report: Report): Bar[] {
  const r = report.ratios;
  const bars: Bar[] = [];
  const queries = ['Q1', 'Q2', 'Q3', 'Q4'] as const;
  for (const q of queries)
    bars.push({
      group: 'hub (audit on) ÷ limit, req/s at 10 connections',
      label: q,
      value: r.hubVsLimit[q]!,
      target: { value: HUB_VS_LIMIT_TARGET, higherIsBetter: true },
    });
  for (const q of queries)
    bars.push({ group: 'hub (audit off) ÷ limit, req/s at 10 connections', label: q, value: r.hubOffVsLimit[q]! });
  bars.push({
    group: 'hub ÷ PostGraphile v5, req/s at 10 connections',
    label: 'Q2',
    value: r.hubVsPostgraphile.Q2!,
    target: { value: HUB_VS_POSTGRAPHILE_TARGET, higherIsBetter: true },
  });
  bars.push({
    group: 'PostGraphile v5 ÷ limit, req/s at 10 connections',
    label: 'Q2',
    value: r.postgraphileVsLimit.Q2!,
  });
  for (const q of queries)
    bars.push({
      group: "hub p99 ÷ limit p99 at half the limit's maximum rate (lower is better)",
      label: q,
      value: r.p99VsLimit[q]!,
      target: { value: 2, higherIsBetter: false },
    });
  for (const q of queries) {
    bars.push({
      group: 'audit overhead: 1 − (audit on ÷ audit off), req/s at 10 connections (lower is better)',
      label: q,
      value: report.auditOverhead[q]!,
      target: { value: 0.1, higherIsBetter: false },
    });
  }
  for (const q of queries)
    bars.push({
      group: "the limit's own audit overhead: 1 − (limit ÷ limit without audit) (the floor under the hub's)",
      label: q,
      value: report.limitAuditOverhead?.[q] ?? NaN,
    });
  return bars.filter((b) => Number.isFinite(b.value));
}

/** Negative values (an audit "overhead" below zero is noise) are drawn from 0 with their label. */
function drawn(value: number): number {
  return Math.max(0, value);
}

export function chartSvg(report: Report): string {
  const bars = barsOf(report);
  const width = 1100;
  const left = 90;
  const right = 140;
  const rowHeight = 26;
  const groupGap = 34;
  const top = 70;
  const max = Math.max(2.5, ...bars.map((b) => b.value), ...bars.map((b) => b.target?.value ?? 0)) * 1.05;
  const x = (value: number) => left + (Math.min(value, max) / max) * (width - left - right);
  const parts: string[] = [];
  let y = top;
  let group = '';
  for (const bar of bars) {
    if (bar.group !== group) {
      group = bar.group;
      y += groupGap - 8;
      parts.push(
        `<text x="${left}" y="${y - 6}" font-size="15" font-weight="bold" fill="#222">${escape(group)}</text>`,
      );
    }
    const met = bar.target
      ? bar.target.higherIsBetter
        ? bar.value >= bar.target.value
        : bar.value <= bar.target.value
      : undefined;
    const colour = met === undefined ? '#7a8ba0' : met ? '#3a9a5b' : '#c8553d';
    parts.push(`<text x="${left - 10}" y="${y + 17}" font-size="14" text-anchor="end" fill="#222">${bar.label}</text>`);
    parts.push(
      `<rect x="${left}" y="${y + 3}" width="${Math.max(1, x(drawn(bar.value)) - left)}" height="${rowHeight - 8}" fill="${colour}"/>`,
    );
    const targetText = bar.target ? `  (target ${bar.target.higherIsBetter ? '≥' : '≤'} ${bar.target.value})` : '';
    const labelX = Math.max(x(drawn(bar.value)), bar.target ? x(bar.target.value) : 0) + 6;
    parts.push(
      `<text x="${labelX}" y="${y + 17}" font-size="13" fill="#222">${bar.value.toFixed(2)}${escape(targetText)}</text>`,
    );
    if (bar.target)
      parts.push(
        `<line x1="${x(bar.target.value)}" x2="${x(bar.target.value)}" y1="${y}" y2="${y + rowHeight - 2}" stroke="#111" stroke-width="3"/>`,
      );
    y += rowHeight;
  }
  const height = y + 50;
  const axis: string[] = [];
  for (let tick = 0; tick <= max; tick += 0.5) {
    axis.push(
      `<line x1="${x(tick)}" x2="${x(tick)}" y1="${top}" y2="${y}" stroke="${tick === 1 ? '#555' : '#ddd'}" stroke-width="${tick === 1 ? 1.5 : 1}"${tick === 1 ? ' stroke-dasharray="5,4"' : ''}/>`,
    );
    axis.push(
      `<text x="${x(tick)}" y="${y + 20}" font-size="12" text-anchor="middle" fill="#444">${tick.toFixed(1)}</text>`,
    );
  }
  const scale = report.scales[0];
  const title = `mediation-hub: ratios (medians of per-round ratios), seed --scale ${scale.scale}, ${report.meta.rounds} rounds × ${report.meta.durationS} s`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${left}" y="32" font-size="18" font-weight="bold" fill="#111">${escape(title)}</text>`,
    `<text x="${left}" y="54" font-size="13" fill="#555">1.0 (dashed) = the limit; black marks = the issue's targets; green = met, red = missed</text>`,
    ...axis,
    ...parts,
    `</svg>`,
  ].join('\n');
}

/** Writes the chart as PNG; returns its path. */
export function writeChart(report: Report, pngPath: string): string {
  const svg = chartSvg(report);
  const png = new Resvg(svg, {
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    fitTo: { mode: 'width', value: 1100 },
  })
    .render()
    .asPng();
  fs.writeFileSync(pngPath, png);
  return pngPath;
}
