import mammoth from 'mammoth';
import { checkArchiveLimits, DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits } from './archive-limits';
import { ExtractionError } from './extraction-error';
import { htmlTitle, htmlToPlainText } from './extract-html';

/** Images are dropped from the text anyway; this stops mammoth from base64-encoding them. */
const skipImages = mammoth.images.imgElement(async () => ({ src: '' }));

/**
 * Converts a DOCX to HTML with mammoth (so headings survive as "# " lines) and reuses the HTML path.
 * The ZIP container is checked against the archive limits first, so mammoth never inflates a zip bomb.
 * @throws ExtractionError 'corrupt' when the package cannot be read, 'decompression_limit' when it is too large inflated
 */
export async function docxToPlainText(bytes: Uint8Array, limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS): Promise<{ text: string; title: string | null }> {
  await checkArchiveLimits(bytes, limits);
  let html: string;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    html = (await mammoth.convertToHtml({ buffer }, { convertImage: skipImages, externalFileAccess: false })).value;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ExtractionError('corrupt', `DOCX cannot be read: ${message}`, { cause: error });
  }
  const text = htmlToPlainText(html);
  return { text, title: htmlTitle(html, text) };
}
