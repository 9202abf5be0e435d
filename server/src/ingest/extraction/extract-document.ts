import type { ArchiveLimits } from './archive-limits';
import { decodeUtf8Text, detectMediaType } from './detect-media-type';
import { docxToPlainText } from './extract-docx';
import { htmlTitle, htmlToPlainText } from './extract-html';
import { extractPdfInWorker } from './extract-pdf-in-worker';
import { ExtractionError } from './extraction-error';
import { joinPages, normalizeLineEndings } from './normalize-text';
import { firstLineTitle, markdownTitle } from './title';
import { DEFAULT_MAX_PAGES, type ExtractedDocument, type ExtractionInput, type MediaType } from './types';

/**
 * Turns an uploaded file into text with exact page offsets.
 * PDFs keep their pages (joined with "\n\n"); every other format is a single page.
 * @throws ExtractionError with reason 'unsupported_type' | 'empty' | 'no_text_layer' | 'garbled_text' | 'corrupt' | 'too_many_pages' | 'decompression_limit'
 */
export async function extractDocument(input: ExtractionInput): Promise<ExtractedDocument> {
  if (input.bytes.length === 0) throw new ExtractionError('empty', `File "${input.fileName}" is empty`);
  const mediaType = detectMediaType(input);
  if (mediaType === null) {
    throw new ExtractionError('unsupported_type', `File "${input.fileName}" is not a supported PDF, DOCX, HTML, Markdown or UTF-8 text file`);
  }
  if (mediaType === 'application/pdf') return extractPdfInWorker(input.bytes, input.maxPages ?? DEFAULT_MAX_PAGES);
  const { text, title } = await extractSinglePage(mediaType, input.bytes, input.archiveLimits);
  if (text.trim().length === 0) throw new ExtractionError('empty', `File "${input.fileName}" contains no text`);
  return { mediaType, title, ...joinPages([text]) };
}

async function extractSinglePage(
  mediaType: Exclude<MediaType, 'application/pdf'>,
  bytes: Uint8Array,
  archiveLimits: ArchiveLimits | undefined,
): Promise<{ text: string; title: string | null }> {
  if (mediaType === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') return docxToPlainText(bytes, archiveLimits);
  // detectMediaType only returns text types for valid UTF-8, so null is unreachable here.
  const source = decodeUtf8Text(bytes) ?? '';
  if (mediaType === 'text/html') {
    const text = htmlToPlainText(source);
    return { text, title: htmlTitle(source, text) };
  }
  // Markdown stays Markdown (headings drive section detection later); plain text stays as written.
  const text = normalizeLineEndings(source);
  return { text, title: mediaType === 'text/markdown' ? markdownTitle(text) : firstLineTitle(text) };
}
