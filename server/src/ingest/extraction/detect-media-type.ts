import type { MediaType } from './types';

const DOCX: MediaType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Extension → type for files without a binary signature. PDF/DOCX are listed so a wrong signature can veto them. */
const EXTENSION_TYPES: Readonly<Record<string, MediaType>> = {
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
  '.txt': 'text/plain',
  '.text': 'text/plain',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.pdf': 'application/pdf',
  '.docx': DOCX,
};

const PDF_MAGIC = asciiBytes('%PDF-');
const ZIP_MAGIC = Uint8Array.of(0x50, 0x4b, 0x03, 0x04);
const DOCX_MAIN_PART = asciiBytes('word/document.xml');
/** PDF readers accept the header anywhere in the first 1024 bytes (some generators prepend junk). */
const PDF_HEADER_WINDOW = 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decides what a file is: by signature first (%PDF-, ZIP containing word/document.xml),
 * then by extension for text formats, which must be valid UTF-8 without NUL bytes.
 * Returns null for anything unsupported, including a `.pdf`/`.docx` name whose bytes disagree.
 */
export function detectMediaType(input: { bytes: Uint8Array; fileName: string }): MediaType | null {
  const { bytes } = input;
  if (indexOfBytes(bytes.subarray(0, PDF_HEADER_WINDOW), PDF_MAGIC) >= 0) return 'application/pdf';
  if (startsWith(bytes, ZIP_MAGIC)) return indexOfBytes(bytes, DOCX_MAIN_PART) >= 0 ? DOCX : null;

  const byExtension = EXTENSION_TYPES[extensionOf(input.fileName)];
  if (byExtension === undefined || byExtension === 'application/pdf' || byExtension === DOCX) return null;
  return decodeUtf8Text(bytes) === null ? null : byExtension;
}

/**
 * Decodes UTF-8 text (a leading BOM is dropped); null when the bytes are not valid UTF-8
 * or contain NUL, which only binary files and UTF-16 text do.
 */
export function decodeUtf8Text(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

function asciiBytes(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

/** Naive search is fine: the needles are short and uploads are bounded in size. */
function indexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  if (first === undefined) return 0;
  for (let i = haystack.indexOf(first); i >= 0 && i <= haystack.length - needle.length; i = haystack.indexOf(first, i + 1)) {
    if (needle.every((byte, j) => haystack[i + j] === byte)) return i;
  }
  return -1;
}
