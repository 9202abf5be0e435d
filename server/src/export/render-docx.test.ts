import { inflateRawSync } from 'node:zlib';
import mammoth from 'mammoth';
import { NO_MODEL_LABEL, renderDocx, type DocumentExport, type LetterExport } from './index';

/** Reads one part of the DOCX package (a ZIP) through its central directory. */
function zipEntries(zip: Buffer): Map<string, string> {
  const endOfDirectory = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(endOfDirectory).toBeGreaterThan(0);
  const entries = new Map<string, string>();
  let offset = zip.readUInt32LE(endOfDirectory + 16);
  for (let index = zip.readUInt16LE(endOfDirectory + 10); index > 0; index--) {
    expect(zip.readUInt32LE(offset)).toBe(0x02014b50);
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const local = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    entries.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return entries;
}

const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Well-formedness as far as Word cares: legal characters, entities, quoted attributes, balanced tags. */
function expectWellFormedXml(xml: string, part: string): void {
  expect({ part, illegal: XML_ILLEGAL.test(xml) }).toEqual({ part, illegal: false });
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  const token = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g;
  const open: string[] = [];
  let roots = 0;
  for (const match of body.matchAll(token)) {
    const [whole, closing, name, , selfClosing] = match;
    if (!name) throw new Error(`${part}: stray "${whole}" at ${match.index}`);
    if (closing) {
      expect({ part, closes: name }).toEqual({ part, closes: open.pop() });
    } else if (!selfClosing) {
      if (open.length === 0) roots++;
      open.push(name);
    } else if (open.length === 0) roots++;
  }
  expect({ part, unclosed: open, roots }).toEqual({ part, unclosed: [], roots: 1 });
}

async function rawText(buffer: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer })).value;
}

/** Paragraph texts in reading order: mammoth separates paragraphs (and table cells) by blank lines. */
async function paragraphs(buffer: Buffer): Promise<string[]> {
  return (await rawText(buffer)).split('\n').map((line) => line.trim()).filter(Boolean);
}

const sender = {
  authority: 'Stadt Musterhaven', unit: 'Bürgeramt', street: 'Rathausmarkt 1', postalCode: '20095', city: 'Musterhaven',
  phone: '040 1234-0', email: 'buergeramt@musterhaven.de',
};

function letter(overrides: Partial<LetterExport> = {}, details: Partial<LetterExport['letter']> = {}): LetterExport {
  return {
    kind: 'letter',
    title: 'Eingangsbestätigung Müller',
    model: 'qwen2.5-7b-instruct',
    createdAt: new Date('2025-01-15T10:00:00Z'),
    text: 'wir bestätigen den Eingang Ihres Antrags vom 3. Januar 2025.\n\nBitte reichen Sie noch folgende Unterlagen ein:\n\n- Meldebescheinigung\n- Nachweis über die Größe der Fläche',
    letter: {
      sender,
      recipient: { lines: ['Frau', 'Jördis Weiß-Özdemir', 'Große Äußere Straße 5', '20095 Musterhaven'] },
      reference: '32.1-2025-017',
      contactPerson: 'Frau Meier',
      subject: 'Ihr Antrag auf Sondernutzung für die Außengastronomie',
      signature: 'Im Auftrag\nMax Meier',
      ...details,
    },
    ...overrides,
  };
}

describe('renderDocx: DIN 5008 letter', () => {
  let buffer: Buffer;
  let parts: Map<string, string>;
  beforeAll(async () => {
    buffer = await renderDocx(letter({}, { attachments: ['Gebührenbescheid', 'Lageplan'] }));
    parts = zipEntries(buffer);
  });

  it('is a ZIP package whose XML parts are all well formed', () => {
    expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
    const xmlParts = [...parts.keys()].filter((name) => name.endsWith('.xml') || name.endsWith('.rels'));
    expect(xmlParts).toEqual(expect.arrayContaining(['word/document.xml', 'word/footer1.xml', 'docProps/core.xml', '[Content_Types].xml']));
    for (const name of xmlParts) expectWellFormedXml(parts.get(name) ?? '', name);
  });

  it('reads back in DIN order: letterhead, Rücksendeangabe, address, information block, Betreff, Anrede, text, Gruß, signature, Anlagen, AI note', async () => {
    expect(await paragraphs(buffer)).toEqual([
      'Stadt Musterhaven',
      'Bürgeramt',
      'Stadt Musterhaven, Rathausmarkt 1, 20095 Musterhaven',
      'Frau',
      'Jördis Weiß-Özdemir',
      'Große Äußere Straße 5',
      '20095 Musterhaven',
      'Aktenzeichen:\t32.1-2025-017',
      'Ansprechpartner:\tFrau Meier',
      'Telefon:\t040 1234-0',
      'E-Mail:\tbuergeramt@musterhaven.de',
      'Datum:\t15.01.2025',
      'Ihr Antrag auf Sondernutzung für die Außengastronomie',
      'Sehr geehrte Damen und Herren,',
      'wir bestätigen den Eingang Ihres Antrags vom 3. Januar 2025.',
      'Bitte reichen Sie noch folgende Unterlagen ein:',
      'Meldebescheinigung',
      'Nachweis über die Größe der Fläche',
      'Mit freundlichen Grüßen',
      'Im Auftrag',
      'Max Meier',
      'Anlagen',
      'Gebührenbescheid',
      'Lageplan',
      'Dieser Text wurde mit KI-Unterstützung erstellt (Modell: qwen2.5-7b-instruct, 15.01.2025). Bitte prüfen Sie ihn vor der Verwendung.',
    ]);
  });

  it('sets the Betreff in bold and never writes the word "Betreff"', () => {
    const document = parts.get('word/document.xml') ?? '';
    expect(document).not.toMatch(/Betreff/i);
    expect(document).toMatch(/<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">Ihr Antrag auf Sondernutzung für die Außengastronomie<\/w:t>/);
  });

  it('lays out A4 with 25/20 mm margins and the address field at 45 mm (exact twips)', () => {
    const document = parts.get('word/document.xml') ?? '';
    // 210 × 297 mm = 11906 × 16838 twips; 25 mm = 1417, 20 mm = 1134.
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(document).toMatch(/<w:pgMar w:top="1134" w:right="1134" w:bottom="1417" w:left="1417"/);
    // Table starts 5 mm (283 twips) left of the text margin, i.e. at 20 mm.
    expect(document).toContain('<w:tblInd w:type="dxa" w:w="-283"/>');
    // Columns 85 / 20 / 75 mm; letterhead row exactly 25 mm (20 → 45 mm), remark zone exactly 17.7 mm, Anschriftzone at least 27.3 mm.
    expect(document).toContain('<w:gridCol w:w="4819"/><w:gridCol w:w="1134"/><w:gridCol w:w="4252"/>');
    expect(document).toMatch(/<w:trHeight w:val="1417" w:hRule="exact"\/>/);
    expect(document).toMatch(/<w:trHeight w:val="1003" w:hRule="exact"\/>/);
    expect(document).toMatch(/<w:trHeight w:val="1548" w:hRule="atLeast"\/>/);
  });

  it('makes "- " lines real list items', () => {
    const document = parts.get('word/document.xml') ?? '';
    expect(document.match(/<w:numPr>/g)).toHaveLength(2);
    expect(document).not.toContain('>- Meldebescheinigung');
  });

  it('carries the AI note in the footer with page numbers and in the core and custom properties', () => {
    const footer = parts.get('word/footer1.xml') ?? '';
    expect(footer).toContain('Mit KI-Unterstützung erstellt – vor der Verwendung prüfen');
    expect(footer).toMatch(/PAGE[\s\S]*NUMPAGES/);
    const core = parts.get('docProps/core.xml') ?? '';
    expect(core).toContain('<dc:creator>LLMoin</dc:creator>');
    expect(core).toContain('<dc:title>Eingangsbestätigung Müller</dc:title>');
    expect(core).toMatch(/<dc:description>[^<]*Modell: qwen2\.5-7b-instruct[^<]*<\/dc:description>/);
    expect(parts.get('docProps/custom.xml')).toContain('qwen2.5-7b-instruct');
  });
});

describe('renderDocx: variants', () => {
  it('names the degraded mode instead of a model, in the note and the properties', async () => {
    const buffer = await renderDocx(letter({ model: null }));
    expect(await rawText(buffer)).toContain(`Dieser Text wurde mit KI-Unterstützung erstellt (Modell: ${NO_MODEL_LABEL}, 15.01.2025). Bitte prüfen Sie ihn vor der Verwendung.`);
    expect(zipEntries(buffer).get('docProps/core.xml')).toContain('Modell: kein Sprachmodell (extraktiv/Vorlage)');
  });

  it('dates the note by the German calendar day (23:30 UTC on 14 Jan is 00:30 on 15 Jan in Berlin)', async () => {
    const text = await rawText(await renderDocx(letter({ createdAt: new Date('2025-01-14T23:30:00Z') })));
    expect(text).toContain('(Modell: qwen2.5-7b-instruct, 15.01.2025)');
    expect(text).toContain('Datum:\t15.01.2025');
  });

  it('uses an explicit letter date, "Ihr Zeichen", own salutation and closing', async () => {
    const lines = await paragraphs(await renderDocx(letter({}, {
      date: '2025-03-07', yourReference: 'JWÖ/12', salutation: 'Sehr geehrte Frau Weiß-Özdemir,', closing: 'Freundliche Grüße',
    })));
    expect(lines).toEqual(expect.arrayContaining(['Ihr Zeichen:\tJWÖ/12', 'Datum:\t07.03.2025', 'Sehr geehrte Frau Weiß-Özdemir,', 'Freundliche Grüße']));
    expect(lines.indexOf('Ihr Zeichen:\tJWÖ/12')).toBeLessThan(lines.indexOf('Aktenzeichen:\t32.1-2025-017'));
    expect(lines).not.toContain('Sehr geehrte Damen und Herren,');
  });

  it('takes the contact person from the sender when the letter has none (as drafts deliver it)', async () => {
    const lines = await paragraphs(await renderDocx(letter({}, { contactPerson: undefined, sender: { ...sender, contactPerson: 'Herr Öztürk' } })));
    expect(lines).toContain('Ansprechpartner:\tHerr Öztürk');
  });

  it('renders a Bescheid with Tenor, Begründung and Rechtsbehelfsbelehrung as bold headed sections', async () => {
    const buffer = await renderDocx(letter({
      title: 'Bescheid Sondernutzung',
      text: 'auf Ihren Antrag vom 3. Januar 2025 ergeht folgender Bescheid:',
      sections: [
        { heading: 'Tenor', text: '1. Die Sondernutzungserlaubnis wird erteilt.\n2. Die Gebühr beträgt 120,00 €.' },
        { heading: 'Begründung', text: 'Die Voraussetzungen des § 19 HWG liegen vor.\n\nGründe, die dagegen sprechen, sind nicht ersichtlich.' },
        { heading: 'Rechtsbehelfsbelehrung', text: 'Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.' },
      ],
    }));
    const lines = await paragraphs(buffer);
    const order = ['Tenor', '1.\tDie Sondernutzungserlaubnis wird erteilt.', '2.\tDie Gebühr beträgt 120,00 €.', 'Begründung',
      'Die Voraussetzungen des § 19 HWG liegen vor.', 'Gründe, die dagegen sprechen, sind nicht ersichtlich.', 'Rechtsbehelfsbelehrung',
      'Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.', 'Mit freundlichen Grüßen'];
    expect(lines.filter((line) => order.includes(line))).toEqual(order);
    const document = zipEntries(buffer).get('word/document.xml') ?? '';
    for (const heading of ['Tenor', 'Begründung', 'Rechtsbehelfsbelehrung']) {
      expect(document).toContain(`<w:keepNext/><w:keepLines/><w:spacing w:before="360"/></w:pPr><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">${heading}</w:t>`);
    }
  });

  it('drops characters XML forbids instead of producing a file Word rejects', async () => {
    const buffer = await renderDocx(letter({ text: 'Antwort\u0000 mit\u0007 Steuer\u001Fzeichen & <Klammern>\uFFFF' }));
    const parts = zipEntries(buffer);
    expectWellFormedXml(parts.get('word/document.xml') ?? '', 'word/document.xml');
    expect(await rawText(buffer)).toContain('Antwort mit Steuerzeichen & <Klammern>');
  });

  // Speed is measured by benchmarks, not asserted here (see bench/RESULTS.md).
  it('renders a 3-page letter (about 5,200 characters) compactly', async () => {
    const paragraph = 'Nach Prüfung der von Ihnen eingereichten Unterlagen und unter Berücksichtigung der einschlägigen Vorschriften des '
      + 'Verwaltungsverfahrensgesetzes ergeht folgende Entscheidung über Ihren Antrag auf Erteilung einer Sondernutzungserlaubnis '
      + 'für die Außengastronomie in der Großen Straße.';
    const input = letter({ text: Array.from({ length: 18 }, (_, index) => `Absatz ${index + 1}. ${paragraph}`).join('\n\n') });
    const buffer = await renderDocx(input);
    expect(buffer.length).toBeLessThan(40 * 1024);
    expect(await rawText(buffer)).toContain('Absatz 18. Nach Prüfung');
  });
});

describe('renderDocx: plain documents', () => {
  const vermerk: DocumentExport = {
    kind: 'document',
    title: 'Vermerk über die Ortsbesichtigung',
    model: 'qwen2.5-7b-instruct',
    createdAt: new Date('2025-02-03T08:00:00Z'),
    metadata: [{ label: 'Aktenzeichen', value: '32.1-2025-017' }, { label: 'Verfasserin', value: 'Frau Meier' }],
    text: '# Sachverhalt\n\nDie Fläche vor dem Café misst 4 × 3 m.\n\n## Feststellungen\n\n- Gehweg bleibt 2,5 m breit\n- Zugang für Rollstühle gewährleistet\n  - auch zur Außentoilette',
    sections: [{ heading: 'Ergebnis', text: 'Gegen die Erteilung bestehen **keine Bedenken**.' }],
  };

  it('renders title, metadata, headings, paragraphs, real bullet lists and the AI note', async () => {
    const buffer = await renderDocx(vermerk);
    expect(await paragraphs(buffer)).toEqual([
      'Vermerk über die Ortsbesichtigung',
      'Aktenzeichen: 32.1-2025-017',
      'Verfasserin: Frau Meier',
      'Sachverhalt',
      'Die Fläche vor dem Café misst 4 × 3 m.',
      'Feststellungen',
      'Gehweg bleibt 2,5 m breit',
      'Zugang für Rollstühle gewährleistet',
      'auch zur Außentoilette',
      'Ergebnis',
      'Gegen die Erteilung bestehen keine Bedenken.',
      'Dieser Text wurde mit KI-Unterstützung erstellt (Modell: qwen2.5-7b-instruct, 03.02.2025). Bitte prüfen Sie ihn vor der Verwendung.',
    ]);
    const document = zipEntries(buffer).get('word/document.xml') ?? '';
    expect(document).toContain('<w:pStyle w:val="Title"/>');
    expect(document.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(2);
    expect(document.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(1);
    expect(document.match(/<w:ilvl w:val="0"\/>/g)).toHaveLength(2);
    expect(document.match(/<w:ilvl w:val="1"\/>/g)).toHaveLength(1);
    expect(document).toMatch(/<w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">keine Bedenken<\/w:t>/);
  });
});
