import { buildZip, minimalDocx } from '../../../test/zip-fixtures';
import { checkArchiveLimits, DEFAULT_ARCHIVE_LIMITS } from './archive-limits';
import { extractDocument } from './extract-document';
import { ExtractionError } from './extraction-error';

const MAIN_PART = 'word/document.xml';
const xml = (text: string) => Buffer.from(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`);

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ExtractionError) return error.reason;
    throw error;
  }
  return 'accepted';
}

describe('checkArchiveLimits', () => {
  it('accepts a real DOCX, which then extracts normally', async () => {
    const docx = minimalDocx(['Bescheid über die Erteilung einer Sondernutzungserlaubnis', 'Die Erlaubnis gilt bis zum 31. Dezember.']);
    await expect(checkArchiveLimits(docx)).resolves.toBeUndefined();
    const extracted = await extractDocument({ bytes: docx, fileName: 'bescheid.docx' });
    expect(extracted.text).toContain('Die Erlaubnis gilt bis zum 31. Dezember.');
  });

  it('refuses an archive whose declared sizes exceed the limit, before inflating anything', async () => {
    // 4 GiB - 16 declared behind 30 bytes of data: only the directory is read.
    const bomb = buildZip([{ name: MAIN_PART, data: xml('klein'), declaredSize: 0xfffffff0 }]);
    const started = Date.now();
    expect(await reasonOf(checkArchiveLimits(bomb))).toBe('decompression_limit');
    expect(Date.now() - started).toBeLessThan(500);
    expect(await reasonOf(extractDocument({ bytes: bomb, fileName: 'antrag.docx' }))).toBe('decompression_limit');
  });

  it('refuses an entry that inflates beyond its declared size (the directory lies), capped at the declared size', async () => {
    // 10 MiB of the same letter deflate to about 10 KiB; the directory claims 100 bytes.
    const liar = buildZip([{ name: MAIN_PART, data: Buffer.alloc(10 * 1024 * 1024, 'a'), declaredSize: 100 }]);
    expect(liar.length).toBeLessThan(64 * 1024);
    await expect(checkArchiveLimits(liar)).rejects.toMatchObject({ reason: 'decompression_limit', message: expect.stringContaining('beyond its declared 100 bytes') });
    expect(await reasonOf(extractDocument({ bytes: liar, fileName: 'liar.docx' }))).toBe('decompression_limit');
  });

  it('refuses honest archives that inflate beyond the total limit', async () => {
    const big = buildZip([{ name: MAIN_PART, data: Buffer.alloc(2 * 1024 * 1024, ' ') }]);
    expect(await reasonOf(checkArchiveLimits(big, { maxEntries: 10, maxUncompressedBytes: 1024 * 1024 }))).toBe('decompression_limit');
    await expect(checkArchiveLimits(big, { maxEntries: 10, maxUncompressedBytes: 3 * 1024 * 1024 })).resolves.toBeUndefined();
  });

  it('refuses archives with more entries than allowed', async () => {
    const entries = Array.from({ length: DEFAULT_ARCHIVE_LIMITS.maxEntries }, (_, index) => ({ name: `word/media/leer-${index}.txt`, data: Buffer.alloc(0), method: 0 as const }));
    const crowded = buildZip([{ name: MAIN_PART, data: xml('viele Teile') }, ...entries]);
    await expect(checkArchiveLimits(crowded)).rejects.toMatchObject({ reason: 'decompression_limit', message: expect.stringContaining(`${DEFAULT_ARCHIVE_LIMITS.maxEntries + 1} entries`) });
    await expect(checkArchiveLimits(buildZip([{ name: MAIN_PART, data: xml('genug') }, ...entries.slice(1)]))).resolves.toBeUndefined();
  });

  it('refuses ZIP64 markers, encrypted or exotic entries and broken directories', async () => {
    expect(await reasonOf(checkArchiveLimits(buildZip([{ name: MAIN_PART, data: xml('x'), declaredSize: 0xffffffff }])))).toBe('decompression_limit');
    expect(await reasonOf(checkArchiveLimits(buildZip([{ name: MAIN_PART, data: xml('x') }], { totalEntries: 0xffff })))).toBe('decompression_limit');
    const truncated = buildZip([{ name: MAIN_PART, data: xml('abgeschnitten') }]).subarray(0, 60);
    expect(await reasonOf(checkArchiveLimits(truncated))).toBe('corrupt');
    const shrunk = buildZip([{ name: MAIN_PART, data: xml('kürzer als behauptet'), declaredSize: 4000 }]);
    expect(await reasonOf(checkArchiveLimits(shrunk))).toBe('corrupt');
    const stored = buildZip([{ name: MAIN_PART, data: xml('gespeichert'), method: 0, declaredSize: 9000 }]);
    expect(await reasonOf(checkArchiveLimits(stored))).toBe('corrupt');
  });
});
