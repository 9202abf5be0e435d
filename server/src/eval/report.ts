import type { DatasetReport, FailureItem } from './retrieval-eval';
import type { RetrievedItem } from './run-system';

const COLUMNS = ['dataset', 'system', 'R@1', 'R@5', 'R@10', 'MRR@10', 'nDCG@10', 'queries', 'ms/query'] as const;

/** Failures listed per system in the Markdown report (all of them are in the JSON). */
export const LISTED_FAILURES = 40;

/** One row per dataset and system; unavailable systems show their reason. */
export function tableRows(reports: DatasetReport[]): string[][] {
  const rows: string[][] = [];
  for (const report of reports) {
    for (const system of report.systems) {
      if (system.status !== 'ok' || !system.metrics) {
        rows.push([report.label, system.system, `unavailable: ${system.reason ?? '?'}`, ...COLUMNS.slice(3).map(() => '')]);
        continue;
      }
      const m = system.metrics;
      rows.push([
        report.label, system.system, m.recallAt1.toFixed(3), m.recallAt5.toFixed(3), m.recallAt10.toFixed(3), m.mrrAt10.toFixed(3),
        m.ndcgAt10.toFixed(3), String(m.queries), system.msPerQuery === undefined ? '–' : system.msPerQuery.toFixed(2),
      ]);
    }
  }
  return rows;
}

/** Fixed-width table for the terminal. */
export function formatTextTable(reports: DatasetReport[]): string {
  const rows = [[...COLUMNS], ...tableRows(reports)];
  const widths = COLUMNS.map((_, c) => Math.max(...rows.filter((row) => !row[2]?.startsWith('unavailable')).map((row) => row[c]?.length ?? 0)));
  return rows
    .map((row) => row.map((cell, c) => (c >= 2 && !cell.startsWith('unavailable') ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0))).join('  ').trimEnd())
    .join('\n');
}

export function formatMarkdownTable(reports: DatasetReport[]): string {
  const header = `| ${COLUMNS.join(' | ')} |`;
  const rule = `|${COLUMNS.map((_, c) => (c >= 2 ? '---:' : '---')).join('|')}|`;
  return [header, rule, ...tableRows(reports).map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

export function formatComparisons(reports: DatasetReport[]): string {
  const lines = [
    '| dataset | system | vs | wins | losses | ties | ΔMRR@10 | sign-test p |',
    '|---|---|---|---:|---:|---:|---:|---:|',
  ];
  for (const report of reports) {
    for (const c of report.comparisons) {
      lines.push(`| ${report.label} | ${c.system} | ${c.against} | ${c.wins} | ${c.losses} | ${c.ties} | ${c.mrrDelta >= 0 ? '+' : ''}${c.mrrDelta.toFixed(3)} | ${c.signTestP} |`);
    }
  }
  return lines.join('\n');
}

export function formatQuestionTypes(report: DatasetReport): string {
  const systems = [...new Set(report.byQuestionType.flatMap((row) => Object.keys(row.mrrAt10)))];
  const lines = [`| type | queries | ${systems.map((s) => `MRR@10 ${s}`).join(' | ')} |`, `|---|---:|${systems.map(() => '---:').join('|')}|`];
  for (const row of report.byQuestionType) lines.push(`| ${row.type} | ${row.queries} | ${systems.map((s) => row.mrrAt10[s]?.toFixed(3) ?? '').join(' | ')} |`);
  return lines.join('\n');
}

/** Misses first (those bm25s found first among them), then by rank, worst first; ties in id order. */
export function worstFailures(failures: readonly FailureItem[], limit = LISTED_FAILURES): FailureItem[] {
  const score = (item: FailureItem) => (item.rank ?? 1000) * 2 + (item.baselineRank === null || item.baselineRank === undefined ? 0 : 1);
  return [...failures].sort((a, b) => score(b) - score(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, limit);
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

/** `§ 41 VwVfG` for law chunks (with the service's differing label in brackets), else the document id. */
export function describeItem(item: RetrievedItem): string {
  if (item.section === undefined) return item.document;
  const place = item.section ?? `${item.document} (before the first heading)`;
  return item.label !== undefined ? `${place} [label ${item.label ?? 'none'}]` : place;
}

/** Per-query failure table: question, gold, ranks and the top 3 of both systems. */
export function formatFailures(failures: readonly FailureItem[], limit = LISTED_FAILURES): string {
  const lines = ['| id | question | gold | rank | bm25s | top 3 | bm25s top 3 |', '|---|---|---|---:|---:|---|---|'];
  for (const item of worstFailures(failures, limit)) {
    const rank = (value: number | null | undefined) => (value === undefined ? '–' : value === null ? '>10' : String(value));
    lines.push(`| ${item.id} | ${cell(item.question)} | ${cell(item.gold)} | ${rank(item.rank)} | ${rank(item.baselineRank)} | ${
      cell(item.top3.map(describeItem).join('; '))} | ${cell((item.baselineTop3 ?? []).map(describeItem).join('; '))} |`);
  }
  return lines.join('\n');
}

/** The Markdown file written next to the JSON results. */
export function formatMarkdownReport(reports: DatasetReport[], meta: { command: string; commit: string | null; dirty: string[]; startedAt: string }): string {
  const parts = [
    `# Retrieval evaluation ${meta.startedAt}`,
    '',
    `Command: \`${meta.command}\`  `,
    `Commit: ${meta.commit ?? 'unknown'}${meta.dirty.length ? ` (uncommitted changes in ${meta.dirty.length} files: ${meta.dirty.join(', ')})` : ''}`,
    '',
    formatMarkdownTable(reports),
    '',
    '## Paired comparisons (per query, reciprocal rank)',
    '',
    formatComparisons(reports),
  ];
  for (const report of reports) {
    parts.push('', `## ${report.label}: MRR@10 by question type`, '', formatQuestionTypes(report));
    for (const [system, failures] of Object.entries(report.failures)) {
      const lost = failures.filter((f) => f.baselineRank !== undefined && (f.baselineRank ?? 99) < (f.rank ?? 99));
      parts.push('', `${report.label} / ${system}: ${failures.length} queries not at rank 1; bm25s ranks the gold higher on ${lost.length} of them.`);
      if (failures.length > 0) {
        const shown = Math.min(failures.length, LISTED_FAILURES);
        parts.push('', `### ${report.label} / ${system}: worst ${shown} of ${failures.length} failures`, '', formatFailures(failures));
      }
    }
  }
  return `${parts.join('\n')}\n`;
}
