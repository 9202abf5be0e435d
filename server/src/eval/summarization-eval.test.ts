import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { requireSharedData } from '../../test/shared-data';
import { collectCandidates, countWords } from '../generation/summarize';
import {
  evaluateSummarization, formatSummarizationMarkdown, leadSummary, loadKlexikon, MissingKlexikonError, selectPairs,
} from './summarization-eval';

describe('Klexikon summarization evaluation', () => {
  beforeAll(() => {
    requireSharedData('summarization/klexikon/klexikon_test.jsonl');
  });

  it('loads the 274 test pairs in title order and splits them in halves', () => {
    const pairs = loadKlexikon('test');
    expect(pairs).toHaveLength(274);
    const titles = pairs.map((pair) => pair.title);
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const pair of pairs.slice(0, 5)) expect(pair.source.length).toBeGreaterThan(pair.reference.length);
    expect(selectPairs(pairs, 'dev')).toHaveLength(137);
    expect(selectPairs(pairs, 'test')[0]).toBe(pairs[137]);
    expect(selectPairs(pairs, 'all', 3)).toEqual(pairs.slice(0, 3));
  });

  it('builds the lead baseline from the first sentences of the article', () => {
    const [pair] = loadKlexikon('test');
    const lead = leadSummary(pair!.source, 60);
    const firstLine = pair!.source.split('\n')[0]!;
    expect(lead.startsWith(firstLine)).toBe(true);
    const longest = Math.max(...collectCandidates(pair!.source).map((c) => c.words));
    expect(countWords(lead)).toBeLessThanOrEqual(60 + longest);
  });

  it('scores ours and lead-N on real pairs with sane numbers', () => {
    const report = evaluateSummarization({ limit: 3 });
    expect(report.pairs).toBe(3);
    expect(report.systems.map((s) => s.system)).toEqual(['llmoin-extractive', 'lead-n']);
    for (const system of report.systems) {
      for (const value of [system.rouge1, system.rouge2, system.rougeL, system.stemmedRouge1, system.stemmedRouge2]) {
        expect(value).toBeGreaterThan(0);
        expect(value).toBeLessThan(1);
      }
      // ROUGE-2 needs adjacent word pairs to match, so it is below ROUGE-1 on real text.
      expect(system.rouge2).toBeLessThan(system.rouge1);
      expect(system.lengthCompliance).toBeGreaterThanOrEqual(0);
      expect(system.lengthCompliance).toBeLessThanOrEqual(1);
      expect(system.meanWords).toBeGreaterThan(0);
      expect(system.msMean).toBeGreaterThan(0);
    }
    for (const c of report.comparison) expect(c.wins + c.losses + c.ties).toBe(3);
    const markdown = formatSummarizationMarkdown(report);
    expect(markdown).toContain('| llmoin-extractive |');
    expect(markdown).toContain('| lead-n |');
  });

  it('names the missing folder when the data is not there', () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'llmoin-no-data-'));
    try {
      expect(() => loadKlexikon('test', { LLMOIN_SHARED_DATA_DIR: empty })).toThrow(MissingKlexikonError);
      expect(() => loadKlexikon('test', { LLMOIN_SHARED_DATA_DIR: empty })).toThrow(/summarization\/klexikon/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
