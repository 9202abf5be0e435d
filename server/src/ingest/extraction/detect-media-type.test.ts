import { decodeUtf8Text, detectMediaType } from './detect-media-type';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const zipWith = (entry: string): Uint8Array => Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, ...encode(entry), 0, 0);

describe('detectMediaType', () => {
  it.each([
    ['PDF signature, any name', encode('%PDF-1.4\n...'), 'upload.bin', 'application/pdf'],
    ['PDF signature after leading junk', encode(`${' '.repeat(100)}%PDF-1.7`), 'a.pdf', 'application/pdf'],
    ['ZIP with word/document.xml, any name', zipWith('word/document.xml'), 'upload', DOCX],
    ['Markdown', encode('# Titel'), 'README.md', 'text/markdown'],
    ['Markdown (.markdown, upper case)', encode('# Titel'), 'NOTES.MARKDOWN', 'text/markdown'],
    ['plain text', encode('Grüße'), 'brief.txt', 'text/plain'],
    ['plain text (.text)', encode('Grüße'), 'brief.text', 'text/plain'],
    ['HTML', encode('<p>Hallo</p>'), 'seite.html', 'text/html'],
    ['HTML (.htm, in a folder)', encode('<p>Hallo</p>'), 'C:\\Ablage\\seite.htm', 'text/html'],
    ['UTF-8 with BOM', Uint8Array.of(0xef, 0xbb, 0xbf, ...encode('Grüße')), 'bom.txt', 'text/plain'],
  ])('detects %s', (_label, bytes, fileName, expected) => {
    expect(detectMediaType({ bytes, fileName })).toBe(expected);
  });

  it.each([
    ['a .pdf name with text bytes', encode('kein PDF'), 'bescheid.pdf'],
    ['a .docx name with text bytes', encode('kein DOCX'), 'brief.docx'],
    ['a ZIP without a Word document', zipWith('xl/workbook.xml'), 'tabelle.docx'],
    ['PNG bytes', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0), 'bild.png'],
    ['NUL bytes in a .txt', Uint8Array.of(0x48, 0x00, 0x69, 0x00), 'utf16.txt'],
    ['Latin-1 bytes in a .txt', Uint8Array.of(0x47, 0x72, 0xfc, 0xdf, 0x65), 'latin1.txt'],
    ['an unknown extension', encode('Hallo'), 'notiz.rtf'],
    ['no extension', encode('Hallo'), 'README'],
    ['a dot file', encode('Hallo'), '.md'],
  ])('returns null for %s', (_label, bytes, fileName) => {
    expect(detectMediaType({ bytes, fileName })).toBeNull();
  });
});

describe('decodeUtf8Text', () => {
  it('drops the BOM and rejects invalid UTF-8 and NUL bytes', () => {
    expect(decodeUtf8Text(Uint8Array.of(0xef, 0xbb, 0xbf, ...encode('Maß')))).toBe('Maß');
    expect(decodeUtf8Text(Uint8Array.of(0xc3))).toBeNull();
    expect(decodeUtf8Text(Uint8Array.of(0x41, 0x00))).toBeNull();
  });
});
