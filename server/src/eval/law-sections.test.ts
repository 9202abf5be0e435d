import { chunksAsBaselinePassages, countMislabelled, markdownSections, sectionAt, type ServiceChunk } from './law-sections';

// A hand-made law: the wrapped line "§ 2 Absatz 1 gilt …" starts with a § but is body text of § 1.
const LAW = [
  '# Testgesetz (TestG)', // 0
  '', // 21
  '#### § 1 Frist', // 22
  '(1) Der Antrag ist binnen eines Monats zu stellen. Für die Klage gilt', // 37
  '§ 2 Absatz 1 entsprechend.', // 107
  '', // 134
  '### Art 3', // 135
  'Text.', // 145
].join('\n');

describe('markdownSections / sectionAt', () => {
  const marks = markdownSections(LAW, 'TestG');

  it('labels Markdown headings only, the way the service labels them', () => {
    expect(marks).toEqual([
      { start: 0, label: 'Testgesetz (TestG)' },
      { start: 22, label: '§ 1 TestG' },
      { start: 135, label: 'Art. 3 TestG' },
    ]);
  });

  it('places an offset in the last heading at or before it', () => {
    expect(sectionAt(marks, 22)).toBe('§ 1 TestG');
    expect(sectionAt(marks, 107)).toBe('§ 1 TestG'); // the wrapped "§ 2 …" line still belongs to § 1
    expect(sectionAt(marks, 134)).toBe('§ 1 TestG');
    expect(sectionAt(marks, 135)).toBe('Art. 3 TestG');
    expect(sectionAt(marks, 500)).toBe('Art. 3 TestG');
    expect(sectionAt(markdownSections('Vorwort\n# Teil', null), 3)).toBeNull();
    expect(sectionAt([], 0)).toBeNull();
  });
});

describe('service chunks', () => {
  const chunk = (ordinal: number, label: string, heading: string, section: string, text: string): ServiceChunk => ({
    chunkId: ordinal + 100, documentId: 'testg.md', ordinal, title: 'Testgesetz', law: 'TestG', label, heading, text, section,
  });
  // As the service chunks LAW: the wrapped line opens a section it labels "§ 2 TestG".
  const chunks = [
    chunk(0, '§ 1 TestG', '§ 1 Frist', '§ 1 TestG', '(1) Der Antrag'),
    chunk(1, '§ 2 TestG', '§ 2 Absatz 1 entsprechend.', '§ 1 TestG', '§ 2 Absatz 1 entsprechend.'),
    chunk(2, 'Art. 3 TestG', 'Art 3', 'Art. 3 TestG', 'Text.'),
  ];

  it('counts chunks whose label names another norm than the one they lie in', () => {
    expect(countMislabelled(chunks)).toBe(1);
  });

  it('turn into baseline passages with the indexed fields and the structural norm', () => {
    expect(chunksAsBaselinePassages(chunks.slice(0, 2))).toEqual([
      { id: 'testg.md#0', text: 'Testgesetz\nTestG\n§ 1 TestG\n§ 1 Frist\n(1) Der Antrag', document: 'testg.md', section: '§ 1 TestG' },
      {
        id: 'testg.md#1', text: 'Testgesetz\nTestG\n§ 2 TestG\n§ 2 Absatz 1 entsprechend.\n§ 2 Absatz 1 entsprechend.', document: 'testg.md', section: '§ 1 TestG',
      },
    ]);
  });
});
