import { percentile } from '../bench/statistics';
import type { RunRecord } from './run-store';
import type { Chart, Metric, ReportSection, ReportTable } from './suite';
import { chartSvg, escapeXml } from './svg-charts';

/**
 * The two human-readable forms of a stored run: Markdown (for RESULTS.md and reviews) and one
 * self-contained HTML page (inline CSS and SVG; no script, font or image is fetched).
 */

export function formatMetricValue(metric: Pick<Metric, 'value' | 'unit'>): string {
  const { value } = metric;
  if (!Number.isFinite(value)) return String(value);
  const digits = Number.isInteger(value) ? 0 : Math.abs(value) >= 100 ? 1 : Math.abs(value) >= 10 ? 2 : 3;
  return `${value.toFixed(digits)}${metric.unit ? ` ${metric.unit}` : ''}`;
}

const betterLabel = (metric: Metric) => (metric.better === 'higher' ? '↑' : metric.better === 'lower' ? '↓' : metric.better === 'equal' ? '=' : '');

function metricsTable(metrics: Metric[]): ReportTable {
  return {
    columns: ['metric', 'value', 'better', 'kind', 'id'],
    numeric: [1],
    rows: metrics.map((metric) => [metric.label, formatMetricValue(metric), betterLabel(metric), metric.kind, metric.id]),
  };
}

/** What a chart shows, as a table: recall per k for line charts, percentiles for histograms. */
export function chartTable(chart: Chart): ReportTable {
  if (chart.kind === 'line') {
    const xs = [...new Set(chart.series.flatMap((entry) => (entry.points ?? []).map(([x]) => x)))].sort((a, b) => a - b);
    return {
      caption: chart.title,
      columns: [chart.xLabel, ...chart.series.map((entry) => entry.name)],
      numeric: chart.series.map((_, i) => i + 1).concat([0]),
      rows: xs.map((x) => [String(x), ...chart.series.map((entry) => {
        const point = (entry.points ?? []).find(([px]) => px === x);
        return point ? point[1].toFixed(3) : '';
      })]),
    };
  }
  const stat = (samples: number[], p: number) => (samples.length ? percentile(samples, p).toFixed(2) : '–');
  return {
    caption: `${chart.title} (${chart.xLabel})`,
    columns: ['series', 'n', 'p50', 'p95', 'p99', 'max'],
    numeric: [1, 2, 3, 4, 5],
    rows: chart.series.map((entry) => {
      const samples = entry.samples ?? [];
      return [entry.name, String(samples.length), stat(samples, 50), stat(samples, 95), stat(samples, 99), samples.length ? Math.max(...samples).toFixed(2) : '–'];
    }),
  };
}

const markdownCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

export function markdownTable(table: ReportTable): string {
  const numeric = new Set(table.numeric ?? []);
  const lines = [
    ...(table.caption ? [`*${table.caption}*`, ''] : []),
    `| ${table.columns.map(markdownCell).join(' | ')} |`,
    `|${table.columns.map((_, i) => (numeric.has(i) ? '---:' : '---')).join('|')}|`,
    ...table.rows.map((row) => `| ${row.map(markdownCell).join(' | ')} |`),
  ];
  return lines.join('\n');
}

function runHeader(record: RunRecord): string[] {
  const git = record.git;
  const models = record.models.filter((model) => model.id !== null).map((model) => `${model.role}: ${model.id}${model.registry?.testModel ? ' (test model)' : ''}`);
  const prompts = record.prompts.filter((prompt) => prompt.used).map((prompt) => `${prompt.id} v${prompt.version}`);
  return [
    `Command: \`${record.command}\``,
    `Started ${record.startedAt}, took ${record.durationSeconds} s; seed ${record.seed}`,
    `Commit: ${git.commit ?? 'unknown'}${git.dirty.length ? ` + ${git.dirty.length} uncommitted files (diff sha256 ${git.sourceDiffSha256?.slice(0, 12) ?? '?'})` : ''}`,
    `Machine: ${record.machine.cpus} × ${record.machine.cpuModel}, ${record.machine.platform}, Node ${record.machine.node}, load average ${record.machine.loadAverage.map((load) => load.toFixed(2)).join(' / ')}`,
    `Datasets: ${record.datasets.join('; ') || '–'}`,
    `Models: ${models.join('; ') || 'none'}; prompts: ${prompts.join(', ') || 'none'}`,
    ...(record.passed === null ? [] : [`Result: **${record.passed ? 'PASSED' : 'FAILED'}**`]),
  ];
}

function sectionMarkdown(section: ReportSection): string[] {
  const parts: string[] = [`## ${section.title}`, ''];
  for (const text of section.text ?? []) parts.push(text, '');
  for (const table of section.tables ?? []) parts.push(markdownTable(table), '');
  for (const chart of section.charts ?? []) parts.push(markdownTable(chartTable(chart)), '');
  if (section.markdown) parts.push(section.markdown.trim(), '');
  return parts;
}

export function formatRunMarkdown(record: RunRecord): string {
  const parts = [`# Evaluation: ${record.suite} (${record.startedAt})`, '', ...runHeader(record).map((line) => `${line}  `), ''];
  for (const section of record.sections) parts.push(...sectionMarkdown(section));
  parts.push('## All metrics', '', markdownTable(metricsTable(record.metrics)), '');
  const timings = Object.entries(record.timings);
  if (timings.length) parts.push('## Timings', '', markdownTable({ columns: ['phase', 'seconds'], numeric: [1], rows: timings.map(([phase, seconds]) => [phase, seconds.toFixed(1)]) }), '');
  return `${parts.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function htmlTable(table: ReportTable): string {
  const numeric = new Set(table.numeric ?? []);
  const cell = (tag: 'td' | 'th', text: string, index: number) => `<${tag}${numeric.has(index) ? ' class="num"' : ''}>${escapeXml(text)}</${tag}>`;
  return `<table>${table.caption ? `<caption>${escapeXml(table.caption)}</caption>` : ''}` +
    `<thead><tr>${table.columns.map((column, i) => cell('th', column, i)).join('')}</tr></thead>` +
    `<tbody>${table.rows.map((row) => `<tr>${row.map((text, i) => cell('td', text, i)).join('')}</tr>`).join('')}</tbody></table>`;
}

/** Inline code and bold from the Markdown-ish paragraphs, after escaping everything else. */
function inlineHtml(text: string): string {
  return escapeXml(text).replace(/`([^`]+)`/g, '<code>$1</code>').replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
}

function sectionHtml(section: ReportSection): string {
  const parts = [`<section><h2>${escapeXml(section.title)}</h2>`];
  for (const text of section.text ?? []) parts.push(`<p>${inlineHtml(text)}</p>`);
  for (const chart of section.charts ?? []) parts.push(`<figure>${chartSvg(chart)}<figcaption>${htmlTable(chartTable(chart))}</figcaption></figure>`);
  for (const table of section.tables ?? []) parts.push(htmlTable(table));
  if (section.markdown) parts.push(`<details><summary>Full report (Markdown)</summary><pre>${escapeXml(section.markdown)}</pre></details>`);
  parts.push('</section>');
  return parts.join('\n');
}

const STYLE = `body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#222;line-height:1.4}
table{border-collapse:collapse;margin:.8rem 0;font-size:.9rem}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f2f2}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}caption{text-align:left;font-style:italic;padding:.2rem 0}
figure{margin:1rem 0}svg.chart{max-width:100%;height:auto;border:1px solid #eee;background:#fff}pre{white-space:pre-wrap;font-size:.8rem;background:#f8f8f8;padding:.5rem}
.passed{color:#1e7e34;font-weight:bold}.failed{color:#b21f2d;font-weight:bold}code{background:#f2f2f2;padding:0 .2rem}`;

export function formatRunHtml(record: RunRecord): string {
  const header = runHeader(record).map((line) => {
    if (line.startsWith('Result:')) return `<p class="${record.passed ? 'passed' : 'failed'}">${record.passed ? 'PASSED' : 'FAILED'}</p>`;
    return `<p>${inlineHtml(line)}</p>`;
  });
  const timings = Object.entries(record.timings);
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeXml(`LLMoin evaluation: ${record.suite} ${record.startedAt}`)}</title>`,
    `<style>${STYLE}</style></head><body>`,
    `<h1>${escapeXml(`Evaluation: ${record.suite}`)}</h1>`,
    ...header,
    ...record.sections.map(sectionHtml),
    '<section><h2>All metrics</h2>', htmlTable(metricsTable(record.metrics)), '</section>',
    ...(timings.length ? ['<section><h2>Timings</h2>', htmlTable({ columns: ['phase', 'seconds'], numeric: [1], rows: timings.map(([phase, seconds]) => [phase, seconds.toFixed(1)]) }), '</section>'] : []),
    '</body></html>',
    '',
  ].join('\n');
}
