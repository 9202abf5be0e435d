import type { Chart, ChartSeries } from './suite';

/**
 * Inline SVG charts for the self-contained HTML report: no script, no external asset, so the page
 * opens offline and can be archived as one file. Small on purpose: line charts (recall@k curves)
 * and overlaid histograms (latencies).
 */

const WIDTH = 640;
const HEIGHT = 300;
const MARGIN = { top: 28, right: 16, bottom: 44, left: 56 };
const PALETTE = ['#1f5fa8', '#c0392b', '#2e8b57', '#8e44ad', '#d68910', '#117a8b', '#7f8c8d', '#a04000'];
const PLOT_WIDTH = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_HEIGHT = HEIGHT - MARGIN.top - MARGIN.bottom;
const LEGEND_ROW = 16;

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Round tick values (1, 2, 5 × 10^n) covering [min, max]. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0];
  if (max <= min) return [min];
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * power).find((candidate) => candidate >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let value = Math.ceil(min / step) * step; value <= max + step * 1e-9; value += step) ticks.push(Number(value.toPrecision(12)));
  return ticks;
}

const formatTick = (value: number) => (Math.abs(value) >= 1000 ? value.toFixed(0) : Number(value.toPrecision(4)).toString());

interface Scale {
  x: (value: number) => number;
  y: (value: number) => number;
}

function frame(chart: Chart, xTicks: number[], yTicks: number[], scale: Scale, xTickLabel = formatTick): string[] {
  const parts: string[] = [
    `<text x="${WIDTH / 2}" y="16" text-anchor="middle" font-size="14" font-weight="bold">${escapeXml(chart.title)}</text>`,
    `<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${PLOT_WIDTH}" height="${PLOT_HEIGHT}" fill="none" stroke="#999"/>`,
  ];
  for (const tick of yTicks) {
    const y = scale.y(tick).toFixed(1);
    parts.push(`<line x1="${MARGIN.left}" x2="${MARGIN.left + PLOT_WIDTH}" y1="${y}" y2="${y}" stroke="#e5e5e5"/>`);
    parts.push(`<text x="${MARGIN.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle" font-size="11">${formatTick(tick)}</text>`);
  }
  for (const tick of xTicks) {
    const x = scale.x(tick).toFixed(1);
    parts.push(`<line x1="${x}" x2="${x}" y1="${MARGIN.top + PLOT_HEIGHT}" y2="${MARGIN.top + PLOT_HEIGHT + 4}" stroke="#999"/>`);
    parts.push(`<text x="${x}" y="${MARGIN.top + PLOT_HEIGHT + 16}" text-anchor="middle" font-size="11">${escapeXml(xTickLabel(tick))}</text>`);
  }
  parts.push(`<text x="${MARGIN.left + PLOT_WIDTH / 2}" y="${HEIGHT - 6}" text-anchor="middle" font-size="12">${escapeXml(chart.xLabel)}</text>`);
  parts.push(`<text transform="translate(14 ${MARGIN.top + PLOT_HEIGHT / 2}) rotate(-90)" text-anchor="middle" font-size="12">${escapeXml(chart.yLabel)}</text>`);
  return parts;
}

/** Legend rows under the x-axis label, outside the plot, so it never hides a curve or a bar. */
function legend(series: ChartSeries[]): string[] {
  return series.map((entry, i) => {
    const y = HEIGHT + 4 + i * LEGEND_ROW;
    const x = MARGIN.left;
    return `<rect x="${x}" y="${y - 9}" width="12" height="10" fill="${color(i)}"/><text x="${x + 18}" y="${y}" font-size="11">${escapeXml(entry.name)}</text>`;
  });
}

const color = (index: number) => PALETTE[index % PALETTE.length] ?? '#000';

function svg(chart: Chart, body: string[]): string {
  const height = HEIGHT + chart.series.length * LEGEND_ROW + 6;
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" class="chart chart-${chart.kind}">` +
    `<title>${escapeXml(chart.title)}</title>${body.join('')}</svg>`;
}

/** Polylines with point markers, one per series (recall@k curves). */
export function lineChartSvg(chart: Chart): string {
  const points = chart.series.flatMap((entry) => entry.points ?? []);
  if (points.length === 0) return svg(chart, [`<text x="${WIDTH / 2}" y="${HEIGHT / 2}" text-anchor="middle">no data</text>`]);
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const [xMin, xMax] = [Math.min(...xs), Math.max(...xs)];
  const [yMin, yMax] = chart.yRange ?? [Math.min(0, ...ys), Math.max(...ys)];
  const scale: Scale = {
    x: (value) => MARGIN.left + (xMax === xMin ? PLOT_WIDTH / 2 : ((value - xMin) / (xMax - xMin)) * PLOT_WIDTH),
    y: (value) => MARGIN.top + PLOT_HEIGHT - (yMax === yMin ? PLOT_HEIGHT / 2 : ((value - yMin) / (yMax - yMin)) * PLOT_HEIGHT),
  };
  const xTicks = xMax - xMin <= 12 && xs.every(Number.isInteger) ? [...new Set(xs)].sort((a, b) => a - b) : niceTicks(xMin, xMax);
  const body = frame(chart, xTicks, niceTicks(yMin, yMax), scale);
  chart.series.forEach((entry, i) => {
    const coordinates = (entry.points ?? []).map(([x, y]) => `${scale.x(x).toFixed(1)},${scale.y(y).toFixed(1)}`);
    body.push(`<polyline class="series" fill="none" stroke="${color(i)}" stroke-width="2" points="${coordinates.join(' ')}"><title>${escapeXml(entry.name)}</title></polyline>`);
    for (const point of coordinates) {
      const [cx, cy] = point.split(',');
      body.push(`<circle cx="${cx}" cy="${cy}" r="2.5" fill="${color(i)}"/>`);
    }
  });
  return svg(chart, [...body, ...legend(chart.series)]);
}

export interface Histogram {
  edges: number[];
  /** Per series, the count in each bin; the last bin also takes values beyond the cap. */
  counts: number[][];
  /** Samples above the cap (counted in the last bin). */
  overflow: number[];
}

/**
 * Shared bins for all series from 0 (or the minimum, when negative) to the 99th percentile of all
 * samples, so a few stragglers do not squash the body; larger values fall into the last bin.
 */
export function histogram(series: ChartSeries[], bins = 30): Histogram {
  const all = series.flatMap((entry) => entry.samples ?? []).filter(Number.isFinite).sort((a, b) => a - b);
  if (all.length === 0) return { edges: [0, 1], counts: series.map(() => [0]), overflow: series.map(() => 0) };
  const low = Math.min(0, all[0] ?? 0);
  const cap = all[Math.min(all.length - 1, Math.ceil(0.99 * all.length) - 1)] ?? 1;
  const high = cap > low ? cap : low + 1;
  const width = (high - low) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => low + i * width);
  const counts = series.map(() => new Array<number>(bins).fill(0));
  const overflow = series.map(() => 0);
  series.forEach((entry, s) => {
    for (const value of entry.samples ?? []) {
      if (!Number.isFinite(value)) continue;
      if (value > high) overflow[s] = (overflow[s] ?? 0) + 1;
      const bin = Math.min(bins - 1, Math.max(0, Math.floor((value - low) / width)));
      const row = counts[s] as number[];
      row[bin] = (row[bin] ?? 0) + 1;
    }
  });
  return { edges, counts, overflow };
}

/** Overlaid, semi-transparent step histograms, one per series (latency distributions). */
export function histogramSvg(chart: Chart): string {
  const { edges, counts, overflow } = histogram(chart.series);
  const low = edges[0] ?? 0;
  const high = edges.at(-1) ?? 1;
  const maxCount = Math.max(1, ...counts.flat());
  const scale: Scale = {
    x: (value) => MARGIN.left + ((value - low) / (high - low)) * PLOT_WIDTH,
    y: (value) => MARGIN.top + PLOT_HEIGHT - (value / maxCount) * PLOT_HEIGHT,
  };
  const body = frame(chart, niceTicks(low, high), niceTicks(0, maxCount), scale);
  counts.forEach((row, s) => {
    row.forEach((count, bin) => {
      if (count === 0) return;
      const x = scale.x(edges[bin] ?? 0);
      const width = scale.x(edges[bin + 1] ?? high) - x;
      const y = scale.y(count);
      body.push(`<rect class="bar" x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${Math.max(0.5, width - 0.5).toFixed(1)}" height="${(MARGIN.top + PLOT_HEIGHT - y).toFixed(1)}" ` +
        `fill="${color(s)}" fill-opacity="0.45" stroke="${color(s)}"><title>${escapeXml(`${chart.series[s]?.name ?? ''}: ${count} in ${formatTick(edges[bin] ?? 0)}–${formatTick(edges[bin + 1] ?? 0)}`)}</title></rect>`);
    });
  });
  const names = chart.series.map((entry, s) => ({ ...entry, name: `${entry.name}${(overflow[s] ?? 0) > 0 ? ` (${overflow[s]} > ${formatTick(high)} in last bin)` : ''}` }));
  return svg(chart, [...body, ...legend(names)]);
}

export function chartSvg(chart: Chart): string {
  return chart.kind === 'line' ? lineChartSvg(chart) : histogramSvg(chart);
}
