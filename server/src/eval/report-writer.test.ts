import type { RunRecord } from './run-store';
import { chartTable, formatRunHtml, formatRunMarkdown } from './report-writer';
import { histogram, niceTicks } from './svg-charts';

function record(): RunRecord {
  return {
    schemaVersion: 1, suite: 'retrieval', command: 'npm run eval -- retrieval --limit 3', startedAt: '2026-11-30T10:00:00.000Z', finishedAt: '2026-11-30T10:00:05.000Z',
    durationSeconds: 5, git: { commit: 'abc123', dirty: ['server/src/x.ts'], sourceDiffSha256: 'f'.repeat(64) },
    machine: { node: 'v20', platform: 'linux', cpus: 2, cpuModel: 'cpu', loadAverage: [1, 1, 1] }, seed: 42, options: {}, sharedDataDir: '/data',
    datasets: ['XQuAD-de (3 queries)'], models: [{ role: 'generation', id: 'test-generator', registry: { testModel: true } }],
    prompts: [{ id: 'research-answer', version: 1, used: true }, { id: 'chat', version: 2, used: false }],
    config: {}, timings: { xquad: 4.2 },
    metrics: [{ id: 'xquad/llmoin-lexical/mrrAt10', label: 'XQuAD <MRR@10>', value: 0.5, better: 'higher', kind: 'quality' }],
    sections: [{
      title: 'Retrieval & more',
      text: ['Uses `retrieveChunks` with **k = 10**.'],
      tables: [{ columns: ['dataset', 'R@1'], numeric: [1], rows: [['XQuAD-de', '0.333']] }],
      charts: [
        { kind: 'line', title: 'recall@k', xLabel: 'k', yLabel: 'recall', yRange: [0, 1], series: [{ name: 'llmoin-lexical', points: [[1, 1 / 3], [2, 2 / 3], [3, 2 / 3]] }] },
        { kind: 'histogram', title: 'latency', xLabel: 'ms', yLabel: 'queries', series: [{ name: 'ours', samples: [1, 2, 2, 3, 10] }, { name: 'raw', samples: [1, 1, 2] }] },
      ],
      markdown: '| a | b |\n|---|---|\n| <script>alert(1)</script> | 2 |',
    }],
    passed: null, details: {},
  };
}

describe('run reports', () => {
  it('writes a self-contained HTML page with the charts, tables and run facts', () => {
    const html = formatRunHtml(record());
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    // Self-contained: nothing is fetched and nothing runs.
    expect(html).not.toMatch(/<script|<link|<img|@import|\bsrc=|\bhref=|url\(/i);
    expect(html).not.toContain('alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // Two inline SVG charts: the recall curve as a polyline with 3 points, the histogram as bars.
    expect(html.match(/<svg /g)).toHaveLength(2);
    const polyline = /<polyline class="series"[^>]*points="([^"]+)"/.exec(html);
    expect(polyline?.[1]?.split(' ')).toHaveLength(3);
    expect(html).toContain('class="bar"');
    expect(html).toContain('<td class="num">0.333</td>');
    expect(html).toContain('XQuAD &lt;MRR@10&gt;');
    expect(html).toContain('<code>retrieveChunks</code>');
    expect(html).toContain('abc123');
    expect(html).toContain('research-answer v1');
    expect(html).not.toContain('chat v2');
  });

  it('writes Markdown with the metrics, the chart data as tables and the timings', () => {
    const markdown = formatRunMarkdown(record());
    expect(markdown).toContain('# Evaluation: retrieval (2026-11-30T10:00:00.000Z)');
    expect(markdown).toContain('| XQuAD <MRR@10> | 0.500 | ↑ | quality | xquad/llmoin-lexical/mrrAt10 |');
    expect(markdown).toContain('| 2 | 0.667 |');
    expect(markdown).toContain('| ours | 5 | 2.00 | 10.00 | 10.00 | 10.00 |');
    expect(markdown).toContain('| xquad | 4.2 |');
    expect(markdown).toContain('1 uncommitted files');
    expect(markdown).toContain('generation: test-generator (test model)');
  });

  it('summarises chart data by hand-checkable rules', () => {
    expect(niceTicks(0, 1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0, 37)).toEqual([0, 10, 20, 30]);
    // p99 of [1..10] (nearest rank) is 10, so no overflow; 10 bins of width 1 from 0.
    const bins = histogram([{ name: 'a', samples: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }], 10);
    expect(bins.edges).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(bins.counts[0]).toEqual([0, 1, 1, 1, 1, 1, 1, 1, 1, 2]);
    expect(bins.overflow).toEqual([0]);
    const latency = chartTable({ kind: 'histogram', title: 't', xLabel: 'ms', yLabel: 'n', series: [{ name: 's', samples: [4, 1, 3, 2] }] });
    expect(latency.rows).toEqual([['s', '4', '2.00', '4.00', '4.00', '4.00']]);
  });
});
