import { formatPhaseTable, replaceSection, summarizePhase } from './load-test-report';

describe('load test report', () => {
  it('summarises a phase: throughput of 2xx, latency percentiles, 429s apart, other outcomes as errors', () => {
    const outcomes = [
      { status: 200, ms: 10 }, { status: 200, ms: 30 }, { status: 200, ms: 20 }, { status: 200, ms: 40 },
      { status: 429, ms: 2, reason: 'overloaded' }, { status: 429, ms: 4, reason: 'overloaded' }, { status: 503, ms: 5 }, { status: 'ECONNRESET', ms: 1 },
    ];
    const phase = summarizePhase('generation', 9, 2, outcomes);
    // 4 successes in 2 s; nearest-rank p50 of [10, 20, 30, 40] is 20, p95 and p99 are 40.
    expect(phase).toMatchObject({ requests: 8, throughput: 2, p50: 20, p95: 40, p99: 40, rejectedP50: 2, errors: 2 });
    expect(phase.byStatus).toEqual({ 200: 4, '429 overloaded': 2, 503: 1, ECONNRESET: 1 });
    const table = formatPhaseTable([phase]);
    expect(table).toContain('| generation | 9 | 2.0 | 8 | 2.0 | 20.0 | 40.0 | 40.0 | 2.0 | 200: 4, 429 overloaded: 2, 503: 1, ECONNRESET: 1 | 2 |');
    expect(summarizePhase('empty', 1, 1, []).p50).toBeNaN();
  });

  it('replaces one section of a Markdown file and keeps the others', () => {
    const document = '# Results\n\nIntro\n\n## Search\n\nold search\n\n## Load test\n\nold load\n### detail\nmore\n\n## Later\n\nkeep\n';
    const replaced = replaceSection(document, '## Load test', '## Load test\n\nnew load\n');
    expect(replaced).toBe('# Results\n\nIntro\n\n## Search\n\nold search\n\n## Load test\n\nnew load\n\n## Later\n\nkeep\n');
    expect(replaceSection('# Results\n\nIntro\n', '## Load test', '## Load test\n\nfirst')).toBe('# Results\n\nIntro\n\n## Load test\n\nfirst\n');
    expect(replaceSection('# R\n\n## Load test\n\nold\n', '## Load test', '## Load test\n\nnew')).toBe('# R\n\n## Load test\n\nnew\n');
  });
});
