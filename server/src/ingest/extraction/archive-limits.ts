import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { ExtractionError } from './extraction-error';

/** Bounds for ZIP containers (DOCX), checked before any parser inflates them. */
export interface ArchiveLimits {
  /** Most entries (files and folders) in the archive. */
  maxEntries: number;
  /** Most bytes all entries may inflate to, together. */
  maxUncompressedBytes: number;
}

/**
 * A long DOCX has a few dozen parts and a few MiB of XML; extraction reads at most
 * LLMOIN_MAX_TEXT_CHARS of text from it anyway. Zip bombs declare or inflate to far more.
 */
export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = { maxEntries: 2000, maxUncompressedBytes: 100 * 1024 * 1024 };

const inflateRaw = promisify(zlib.inflateRaw) as (buffer: Uint8Array, options: zlib.ZlibOptions) => Promise<Buffer>;

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_MARKER = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;

interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const corrupt = (detail: string) => new ExtractionError('corrupt', `DOCX cannot be read: ${detail}`);
const overLimit = (detail: string) => new ExtractionError('decompression_limit', detail);

/**
 * Reads the ZIP central directory and refuses archives with too many entries or too many declared
 * bytes; then inflates each entry with an output cap at its declared size, so an entry that lies
 * about its size is caught here, bounded, instead of inside mammoth (whose inflater trusts nothing
 * and checks the size only after inflating everything). ZIP64 and encrypted archives are refused.
 * @throws ExtractionError 'decompression_limit' | 'corrupt'
 */
export async function checkArchiveLimits(bytes: Uint8Array, limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS): Promise<void> {
  const entries = readCentralDirectory(bytes, limits);
  let declared = 0;
  for (const entry of entries) {
    if (entry.compressedSize === ZIP64_MARKER || entry.uncompressedSize === ZIP64_MARKER || entry.localHeaderOffset === ZIP64_MARKER) {
      throw overLimit('ZIP64 archives (parts over 4 GiB) are not accepted');
    }
    if (entry.encrypted) throw corrupt(`entry "${entry.name}" is encrypted`);
    if (entry.method !== STORED && entry.method !== DEFLATED) throw corrupt(`entry "${entry.name}" uses unsupported compression method ${entry.method}`);
    declared += entry.uncompressedSize;
    if (declared > limits.maxUncompressedBytes) {
      throw overLimit(`The archive inflates to more than ${limits.maxUncompressedBytes} bytes (the limit for DOCX files)`);
    }
  }
  for (const entry of entries) await checkEntrySize(bytes, entry);
}

function readCentralDirectory(bytes: Uint8Array, limits: ArchiveLimits): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end < 0) throw corrupt('no ZIP end-of-central-directory record');
  const disk = view.getUint16(end + 4, true);
  const entriesOnDisk = view.getUint16(end + 8, true);
  const total = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (total === 0xffff || size === ZIP64_MARKER || offset === ZIP64_MARKER) throw overLimit('ZIP64 archives are not accepted');
  if (disk !== 0 || entriesOnDisk !== total) throw corrupt('multi-part archives are not supported');
  if (total > limits.maxEntries) throw overLimit(`The archive has ${total} entries; the limit is ${limits.maxEntries}`);
  if (offset + size > end) throw corrupt('the central directory lies outside the file');

  const entries: ZipEntry[] = [];
  let position = offset;
  for (let index = 0; index < total; index += 1) {
    if (position + 46 > end || view.getUint32(position, true) !== CENTRAL_DIRECTORY_ENTRY) throw corrupt('broken central directory');
    const nameLength = view.getUint16(position + 28, true);
    const extraLength = view.getUint16(position + 30, true);
    const commentLength = view.getUint16(position + 32, true);
    entries.push({
      name: Buffer.from(bytes.subarray(position + 46, position + 46 + nameLength)).toString('utf8'),
      method: view.getUint16(position + 10, true),
      encrypted: (view.getUint16(position + 8, true) & 1) === 1,
      compressedSize: view.getUint32(position + 20, true),
      uncompressedSize: view.getUint32(position + 24, true),
      localHeaderOffset: view.getUint32(position + 42, true),
    });
    position += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The end record sits in the last 22 bytes plus an optional comment of up to 64 KiB. */
function findEndRecord(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - END_RECORD_SIZE - MAX_COMMENT);
  for (let position = view.byteLength - END_RECORD_SIZE; position >= lowest; position -= 1) {
    if (view.getUint32(position, true) === END_OF_CENTRAL_DIRECTORY) return position;
  }
  return -1;
}

/** Inflates one entry, never past its declared size, and insists the sizes agree. */
async function checkEntrySize(bytes: Uint8Array, entry: ZipEntry): Promise<void> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = entry.localHeaderOffset;
  if (header + 30 > bytes.byteLength || view.getUint32(header, true) !== LOCAL_FILE_HEADER) throw corrupt(`entry "${entry.name}" has no local header`);
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  if (start + entry.compressedSize > bytes.byteLength) throw corrupt(`entry "${entry.name}" is truncated`);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === STORED) {
    if (entry.compressedSize !== entry.uncompressedSize) throw corrupt(`stored entry "${entry.name}" has inconsistent sizes`);
    return;
  }
  let inflated: Buffer;
  try {
    // A cap of 0 would mean "no cap" to zlib; an empty entry is allowed one byte to prove it is empty.
    inflated = await inflateRaw(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw overLimit(`Entry "${entry.name}" inflates beyond its declared ${entry.uncompressedSize} bytes (a zip bomb)`);
    }
    throw corrupt(`entry "${entry.name}" cannot be inflated`);
  }
  // Longer output was cut off above; shorter means the directory and the data disagree.
  if (inflated.length !== entry.uncompressedSize) throw corrupt(`entry "${entry.name}" inflates to ${inflated.length} bytes, not the declared ${entry.uncompressedSize}`);
}
