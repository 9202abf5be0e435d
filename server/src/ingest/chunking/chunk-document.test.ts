import fs from 'node:fs';
import path from 'node:path';
import { requireSharedData } from '../../../test/shared-data';
import { chunkDocument } from './chunk-document';

/** Deterministic pseudo-random paragraphs of very different lengths (tiny ones get carried in overlaps). */
function paragraphs(seed: number, count: number): string {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const words = ['Antrag', 'Frist', 'Gebühr', 'Bescheid', 'Widerspruch', 'Behörde', 'Nachweis', 'Termin', 'Ausweis', 'Meldung'];
  return Array.from({ length: count }, () => {
    const length = 1 + Math.floor(next() ** 3 * 60);
    return `${Array.from({ length }, () => words[Math.floor(next() * words.length)]).join(' ')}.`;
  }).join('\n\n');
}

describe('chunkDocument', () => {
  it.each([[300, 100], [400, 150], [600, 100], [1200, 150]])('keeps every chunk verbatim at size %i / overlap %i', async (chunkSize, chunkOverlap) => {
    for (let seed = 1; seed <= 20; seed += 1) {
      const text = `# Merkblatt\n\n## Fristen\n\n${paragraphs(seed, 40)}\n\n## § 3 Gebühren\n\n${paragraphs(seed + 100, 15)}`;
      const chunks = await chunkDocument({ text, pages: [{ number: 1, start: 0, end: text.length }], bodyStart: 0, lawAbbreviation: 'MGO' }, { chunkSize, chunkOverlap });
      expect(chunks.length).toBeGreaterThan(1);
      for (const chunk of chunks) {
        expect(text.slice(chunk.start, chunk.end)).toBe(chunk.text);
        expect(chunk.text.length).toBeLessThanOrEqual(chunkSize);
      }
      const starts = chunks.map((chunk) => chunk.start);
      expect([...starts].sort((a, b) => a - b)).toEqual(starts);
      expect(chunks.filter((chunk) => chunk.section === '§ 3 MGO').length).toBeGreaterThan(0);
      expect(chunks.every((chunk) => chunk.section !== '§ 3 MGO' || chunk.start >= text.indexOf('## § 3'))).toBe(true);
    }
  });

  it('locates a chunk that starts where an overlapped small piece started (regression, Amt24 page)', async () => {
    const file = path.join(requireSharedData('admin_corpus/amt24_sachsen/docs'), 'Amtliche_Feststellung_und_Einstufung_Grad_der_Behinderung_und_Merkzeichen.md');
    const text = fs.readFileSync(file, 'utf8');
    const chunks = await chunkDocument({ text, pages: [{ number: 1, start: 0, end: text.length }], bodyStart: 0, lawAbbreviation: null }, { chunkSize: 600, chunkOverlap: 100 });
    for (const chunk of chunks) expect(text.slice(chunk.start, chunk.end)).toBe(chunk.text);
  });

  it('in Markdown takes only Markdown headings: a wrapped line starting with "§ 5 Absatz 5" stays in its section (VwVfG § 3a)', async () => {
    const file = path.join(requireSharedData('gesetze'), 'vwvfg.md');
    const text = fs.readFileSync(file, 'utf8');
    const page = [{ number: 1, start: 0, end: text.length }];
    const chunks = await chunkDocument({ text, pages: page, bodyStart: 0, lawAbbreviation: 'VwVfG', markdownHeadingsOnly: true }, { chunkSize: 1200, chunkOverlap: 150 });
    const sectionStarts = new Map<string, number>();
    for (const chunk of chunks) if (chunk.section && !sectionStarts.has(chunk.section)) sectionStarts.set(chunk.section, chunk.start);
    // § 5 begins at its own heading, after § 3a and § 4.
    expect(text.slice(sectionStarts.get('§ 5 VwVfG'), (sectionStarts.get('§ 5 VwVfG') ?? 0) + 40)).toMatch(/^#### § 5 Voraussetzungen/);
    const labels = chunks.map((chunk) => chunk.section);
    const runs = labels.filter((label, index) => label !== labels[index - 1]);
    expect(new Set(runs).size).toBe(runs.length);
  });

  it('treats numbered lines standing alone as headings in plain text, but not list items or sentences', async () => {
    const text = 'Rundschreiben 3/2026\n\n\n1. Anlass\n\nDie Auswertung hat gezeigt, dass Termine verfallen.\n\n\n2. Neue Öffnungszeiten\n\nAb März gilt:\n1. Montag bis Freitag\n2. Samstag nach Termin\n\n3. Die Frist beträgt zwei Wochen.\n\nEnde.\n';
    const pages = [{ number: 1, start: 0, end: text.length }];
    const chunks = await chunkDocument({ text, pages, bodyStart: 0, lawAbbreviation: null, numberedHeadings: true }, { chunkSize: 500, chunkOverlap: 50 });
    expect(chunks.map((chunk) => chunk.section)).toEqual([null, '1. Anlass', '2. Neue Öffnungszeiten']);
    const markdown = await chunkDocument({ text, pages, bodyStart: 0, lawAbbreviation: null }, { chunkSize: 500, chunkOverlap: 50 });
    expect(markdown.every((chunk) => chunk.section === null)).toBe(true);
    expect(chunks[2]?.text).toContain('3. Die Frist beträgt zwei Wochen.');
  });

  it('labels norms with the law and skips headings without a body', async () => {
    const text = '## Teil I\n\n### Abschnitt 1\n\n#### § 41 Bekanntgabe des Verwaltungsaktes\n\n(1) Ein Verwaltungsakt ist bekannt zu geben.\n';
    const chunks = await chunkDocument({ text, pages: [{ number: 1, start: 0, end: text.length }], bodyStart: 0, lawAbbreviation: 'VwVfG' }, { chunkSize: 500, chunkOverlap: 50 });
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toMatchObject({ section: '§ 41 VwVfG', heading: '§ 41 Bekanntgabe des Verwaltungsaktes' });
  });
});
