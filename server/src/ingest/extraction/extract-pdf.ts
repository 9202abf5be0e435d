import { PasswordException, PDFParse, VerbosityLevel } from 'pdf-parse';
import { ExtractionError } from './extraction-error';
import { joinPages, normalizeLayoutText } from './normalize-text';
import { assessTextQuality } from './text-quality';
import { firstLineTitle, meaningfulPdfTitle } from './title';
import type { ExtractedDocument } from './types';

interface PdfContent {
  pageCount: number;
  infoTitle: unknown;
  pageTexts: string[];
}

/**
 * Extracts a PDF page by page (pdf-parse 2 / pdf.js), rejects scans and broken font encodings,
 * and returns normalised text with exact page offsets.
 * @throws ExtractionError 'corrupt' | 'too_many_pages' | 'no_text_layer' | 'garbled_text' | 'empty'
 */
export async function extractPdf(bytes: Uint8Array, maxPages: number): Promise<ExtractedDocument> {
  const content = await readPdf(bytes, maxPages);
  const rawText = content.pageTexts.join('\n\n');
  const quality = assessTextQuality(rawText, { pageCount: content.pageCount });
  if (!quality.ok && quality.reason !== undefined) {
    throw new ExtractionError(quality.reason, describeQualityFailure(quality.reason, quality.metrics));
  }
  const { text, pages } = joinPages(content.pageTexts.map(normalizeLayoutText));
  if (text.trim().length === 0) throw new ExtractionError('empty', 'PDF contains no text');
  return { mediaType: 'application/pdf', text, pages, title: meaningfulPdfTitle(content.infoTitle) ?? firstLineTitle(text) };
}

async function readPdf(bytes: Uint8Array, maxPages: number): Promise<PdfContent> {
  // pdf.js may take ownership of the buffer it is given; a copy leaves the caller's bytes intact.
  const parser = new PDFParse({ data: bytes.slice(), verbosity: VerbosityLevel.ERRORS });
  try {
    const info = await parser.getInfo();
    if (info.total > maxPages) {
      throw new ExtractionError('too_many_pages', `PDF has ${info.total} pages, the limit is ${maxPages}`);
    }
    // The per-page results are used; the library's joined text with page markers is ignored.
    const result = await parser.getText({ pageJoiner: '' });
    const pageTexts = result.pages.sort((a, b) => a.num - b.num).map((page) => page.text);
    return { pageCount: info.total, infoTitle: titleFromInfo(info.info), pageTexts };
  } catch (error) {
    throw error instanceof ExtractionError ? error : toCorruptError(error);
  } finally {
    await parser.destroy();
  }
}

/** pdf-parse types the Info dictionary as `any`; read it defensively. */
function titleFromInfo(info: unknown): unknown {
  return typeof info === 'object' && info !== null && 'Title' in info ? info.Title : undefined;
}

function toCorruptError(error: unknown): ExtractionError {
  if (error instanceof PasswordException) {
    return new ExtractionError('corrupt', 'PDF is encrypted and needs a password', { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ExtractionError('corrupt', `PDF cannot be read: ${message}`, { cause: error });
}

function describeQualityFailure(reason: 'no_text_layer' | 'garbled_text', metrics: object): string {
  const summary = Object.entries(metrics)
    .map(([key, value]) => `${key}=${typeof value === 'number' ? Number(value.toFixed(3)) : String(value)}`)
    .join(', ');
  return reason === 'no_text_layer'
    ? `PDF has no usable text layer (scanned or outlined glyphs; OCR needed): ${summary}`
    : `PDF text layer is garbled (broken font encoding; OCR needed): ${summary}`;
}
