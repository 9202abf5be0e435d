import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { ExtractionError, extractDocument, type ExtractionFailureReason } from './index';

// PDFs are covered by extract-document.test.ts (real forms from shared/data); these fixtures are inline.

async function expectFailure(work: Promise<unknown>, reason: ExtractionFailureReason): Promise<void> {
  const error = await work.then(
    () => { throw new Error('expected an ExtractionError, but extraction succeeded'); },
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ExtractionError);
  expect(error).toMatchObject({ reason });
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('extractDocument on text formats', () => {
  it('keeps Markdown as Markdown, with NFC and \\n line endings, as one page', async () => {
    const source = '# Merkblatt Wohngeld\r\n\r\n## Antrag\r\nDie Gemeinde pru\u0308ft den Antrag nach § 3.\r\n';
    const doc = await extractDocument({ bytes: encode(source), fileName: 'merkblatt.md' });
    expect(doc).toEqual({
      mediaType: 'text/markdown',
      text: '# Merkblatt Wohngeld\n\n## Antrag\nDie Gemeinde prüft den Antrag nach § 3.\n',
      pages: [{ number: 1, start: 0, end: doc.text.length }],
      title: 'Merkblatt Wohngeld',
    });
  });

  it('takes the first line as title of plain text and of Markdown without "# " heading', async () => {
    const txt = await extractDocument({ bytes: encode('\n  Bescheid über Wohngeld  \nSehr geehrte Frau Müller,'), fileName: 'bescheid.TXT' });
    expect(txt).toMatchObject({ mediaType: 'text/plain', title: 'Bescheid über Wohngeld' });
    const md = await extractDocument({ bytes: encode('Kein Titel hier\n\nText'), fileName: 'notiz.markdown' });
    expect(md.title).toBe('Kein Titel hier');
  });

  it('converts HTML with Markdown headings, plain links and no scripts, styles or navigation', async () => {
    const html = `<!doctype html><html><head><title>Wohngeld &amp; Lastenzuschuss</title><style>h1{color:red}</style></head>
      <body><nav><a href="/">Startseite</a> | <a href="/kontakt">Kontakt</a></nav>
      <h1>Wohngeld beantragen</h1><p>Das Wohngeld&shy;gesetz (<a href="https://www.gesetze-im-internet.de/wogg/">WoGG</a>) regelt die Höhe.</p>
      <h2>Unterlagen</h2><ul><li>Personalausweis</li><li>Mietvertrag</li></ul><h3>Fristen</h3><p>Bitte beachten Sie § 24.</p>
      <script>alert("x")</script></body></html>`;
    const doc = await extractDocument({ bytes: encode(html), fileName: 'wohngeld.html' });
    expect(doc.mediaType).toBe('text/html');
    expect(doc.title).toBe('Wohngeld & Lastenzuschuss');
    expect(doc.text).toContain('# Wohngeld beantragen\n');
    expect(doc.text).toContain('\n## Unterlagen\n');
    expect(doc.text).toContain('\n### Fristen\n');
    expect(doc.text).toContain('Das Wohngeldgesetz (WoGG) regelt die Höhe.');
    expect(doc.text).toContain('- Personalausweis\n- Mietvertrag');
    expect(doc.text).not.toMatch(/https?:|Startseite|Kontakt|alert|color:red|WOHNGELD/);
    expect(doc.pages).toEqual([{ number: 1, start: 0, end: doc.text.length }]);
  });

  it('takes the first <h1> as HTML title when there is no <title>', async () => {
    const doc = await extractDocument({ bytes: encode('<p>Stadt Beispielstadt</p><h1>Hundesteuer</h1><p>Text</p>'), fileName: 'a.htm' });
    expect(doc.title).toBe('Hundesteuer');
  });

  it('extracts DOCX through HTML so that headings survive', async () => {
    const document = new Document({
      sections: [{
        children: [
          new Paragraph({ text: 'Satzung über die Hundesteuer', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: '§ 1 Steuergegenstand', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: 'Gegenstand der Steuer ist das Halten von Hunden im Gemeindegebiet für private Zwecke.' }),
        ],
      }],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(document));
    const doc = await extractDocument({ bytes, fileName: 'satzung.docx' });
    expect(doc.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(doc.title).toBe('Satzung über die Hundesteuer');
    expect(doc.text).toBe(
      '# Satzung über die Hundesteuer\n\n## § 1 Steuergegenstand\n\nGegenstand der Steuer ist das Halten von Hunden im Gemeindegebiet für private Zwecke.',
    );
    expect(doc.pages).toEqual([{ number: 1, start: 0, end: doc.text.length }]);
  });
});

describe('extractDocument failures', () => {
  const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52);

  it.each([
    ['PNG bytes', png, 'scan.png'],
    ['PNG bytes named .txt', png, 'scan.txt'],
    ['binary with NUL bytes', Uint8Array.of(0x41, 0x00, 0x42, 0x00), 'data.txt'],
    ['invalid UTF-8', Uint8Array.of(0x42, 0xfc, 0x72, 0x67, 0x65, 0x72), 'latin1.txt'],
    ['text bytes named .pdf', encode('Das ist kein PDF.'), 'bescheid.pdf'],
    ['text bytes named .docx', encode('Das ist kein DOCX.'), 'brief.docx'],
    ['a ZIP that is not a Word document', Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, ...encode('xl/workbook.xml')), 'tabelle.docx'],
    ['an unknown extension', encode('Hallo'), 'notiz.rtf'],
  ])('rejects %s as unsupported_type', async (_label, bytes, fileName) => {
    await expectFailure(extractDocument({ bytes, fileName }), 'unsupported_type');
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'leer.pdf'],
    ['whitespace-only text', encode(' \r\n\t\n'), 'leer.txt'],
    ['HTML without visible text', encode('<html><head><title>T</title></head><body><script>x()</script></body></html>'), 'leer.html'],
  ])('rejects %s as empty', async (_label, bytes, fileName) => {
    await expectFailure(extractDocument({ bytes, fileName }), 'empty');
  });

  it('rejects a broken DOCX package as corrupt', async () => {
    const bytes = Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, ...encode('word/document.xml'), 1, 2, 3);
    await expectFailure(extractDocument({ bytes, fileName: 'kaputt.docx' }), 'corrupt');
  });
});
