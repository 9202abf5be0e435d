import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { ModelFile } from './model-manifest-schema';

const COPY_CHUNK_BYTES = 4 * 1024 * 1024;

/** A file found in a model folder that is about to be imported. */
export interface SourceFile {
  /** Path inside the folder with "/" separators. */
  path: string;
  bytes: number;
}

/** The source folder cannot be imported as it is (symbolic link, device file, unreadable). */
export class ModelFolderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelFolderError';
  }
}

/**
 * Whether a file's checksum is recorded in the manifest. Model cards (Markdown) are copied but
 * not recorded: they are never loaded, and editing documentation must not stop the service.
 */
export function isRecordedFile(relativePath: string): boolean {
  return !relativePath.toLowerCase().endsWith('.md');
}

/**
 * Lists the regular files of a model folder, sorted. Hidden entries (`.git`, `.DS_Store`,
 * macOS `._*` files on USB sticks) are skipped; symbolic links and special files are refused,
 * because a link could pull arbitrary files of the machine into the models directory.
 */
export async function listModelFolder(folder: string): Promise<SourceFile[]> {
  const files: SourceFile[] = [];
  const walk = async (directory: string, prefix: string): Promise<void> => {
    const entries = await fs.readdir(directory, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      const absolute = path.join(directory, entry.name);
      if (entry.isSymbolicLink()) throw new ModelFolderError(`${absolute} is a symbolic link; copy the real files into the folder first`);
      if (entry.isDirectory()) await walk(absolute, relative);
      else if (entry.isFile()) files.push({ path: relative, bytes: (await fs.stat(absolute)).size });
      else throw new ModelFolderError(`${absolute} is not a regular file or folder`);
    }
  };
  await walk(folder, '');
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Progress of a copy in bytes over all files. */
export interface CopyProgress {
  file: string;
  doneBytes: number;
  totalBytes: number;
}

/**
 * Copies the listed files into `destination` (created, must not exist) and hashes each file
 * while it streams, so a slow USB stick is read only once. Returns the recorded files
 * (see isRecordedFile) with the SHA-256 of the bytes that were written.
 */
export async function copyModelFolder(
  source: string,
  destination: string,
  files: SourceFile[],
  onProgress?: (progress: CopyProgress) => void,
): Promise<ModelFile[]> {
  await fs.mkdir(destination, { recursive: false });
  const totalBytes = files.reduce((sum, file) => sum + file.bytes, 0);
  let doneBytes = 0;
  const recorded: ModelFile[] = [];
  for (const file of files) {
    const from = path.join(source, ...file.path.split('/'));
    const to = path.join(destination, ...file.path.split('/'));
    await fs.mkdir(path.dirname(to), { recursive: true });
    const hash = createHash('sha256');
    let bytes = 0;
    await pipeline(
      createReadStream(from, { highWaterMark: COPY_CHUNK_BYTES }),
      async function* (chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          hash.update(chunk);
          bytes += chunk.length;
          doneBytes += chunk.length;
          onProgress?.({ file: file.path, doneBytes, totalBytes });
          yield chunk;
        }
      },
      createWriteStream(to, { flags: 'wx', mode: 0o644 }),
    );
    if (isRecordedFile(file.path)) recorded.push({ path: file.path, sha256: hash.digest('hex'), bytes });
  }
  return recorded;
}

/** Hashes the recorded files of a folder in place (used when a folder is registered where it lies). */
export async function hashModelFolder(folder: string, files: SourceFile[]): Promise<ModelFile[]> {
  const recorded: ModelFile[] = [];
  for (const file of files.filter((candidate) => isRecordedFile(candidate.path))) {
    const hash = createHash('sha256');
    let bytes = 0;
    for await (const chunk of createReadStream(path.join(folder, ...file.path.split('/')), { highWaterMark: COPY_CHUNK_BYTES })) {
      hash.update(chunk as Buffer);
      bytes += (chunk as Buffer).length;
    }
    recorded.push({ path: file.path, sha256: hash.digest('hex'), bytes });
  }
  return recorded;
}
