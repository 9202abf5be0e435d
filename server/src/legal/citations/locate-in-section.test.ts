import fs from 'node:fs';
import path from 'node:path';
import { requireSharedData } from '../../../test/shared-data';
import { locateInSection, type SectionText } from './locate-in-section';

/** § 35 VwVfG from the shared law file: two sentences, no Absätze. */
function section35(): string {
  const law = fs.readFileSync(path.join(requireSharedData('gesetze'), 'vwvfg.md'), 'utf8');
  const start = law.indexOf('#### § 35 Begriff');
  return law.slice(start, law.indexOf('#### § 35a', start));
}

const target = (paragraph: string | null, sentence: string | null, item: string | null = null) => ({ number: '35', paragraph, sentence, item });

describe('locateInSection', () => {
  // Offsets are document offsets: the section starts at 1000 in this made-up document.
  const quoteOf = (section: SectionText, location: { start: number; end: number }) =>
    section.text.slice(location.start - section.start, location.end - section.start).replace(/\s+/g, ' ');

  it('finds Satz 2 of a § without Absätze and treats "Abs. 1" as the whole §', () => {
    const section = { text: section35(), start: 1000 };
    const second = locateInSection(section, target(null, '2'));
    expect(second.missing).toBeNull();
    expect(quoteOf(section, second)).toBe('Allgemeinverfügung ist ein Verwaltungsakt, der sich an einen nach allgemeinen Merkmalen bestimmten oder bestimmbaren Personenkreis richtet oder die öffentlich-rechtliche Eigenschaft einer Sache oder ihre Benutzung durch die Allgemeinheit betrifft.');
    const first = locateInSection(section, target('1', '1'));
    expect(first.missing).toBeNull();
    expect(quoteOf(section, first)).toMatch(/^Verwaltungsakt ist jede Verfügung, Entscheidung oder andere hoheitliche Maßnahme/);
  });

  it('names the missing level', () => {
    const section = { text: section35(), start: 1000 };
    expect(locateInSection(section, target('2', null)).missing).toBe('paragraph');
    expect(locateInSection(section, target(null, '3')).missing).toBe('sentence');
    expect(locateInSection(section, target(null, null, '1')).missing).toBe('item');
  });

  it('quotes the heading of a § in plain text (no Markdown)', () => {
    const section = { text: section35().replace(/^#### /, ''), start: 0 };
    const location = locateInSection(section, target(null, null));
    expect(location).toEqual({ missing: null, start: 0, end: '§ 35 Begriff des Verwaltungsaktes'.length });
  });
});
