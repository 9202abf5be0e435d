// Builds the web UI and the Office task pane into dist/web (or --out <dir>): esbuild bundles
// Preact + TSX into content-hashed files, the HTML templates get their names, the add-in
// manifests and generated PNG icons are copied beside. Run by `npm run build`.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const WEB = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(WEB, '..');

// --- PNG icons (no image files in the repository, no image tooling needed) ---
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A square icon: the UI's blue with a white "L" (RGB, 8 bit). */
export function iconPng(size) {
  const blue = [0x0b, 0x4f, 0x8a];
  const rows = [];
  const stroke = Math.max(2, Math.round(size / 7));
  const left = Math.round(size * 0.3);
  const top = Math.round(size * 0.2);
  const bottom = Math.round(size * 0.8);
  const right = Math.round(size * 0.72);
  for (let y = 0; y < size; y += 1) {
    const row = [0];
    for (let x = 0; x < size; x += 1) {
      const inStem = x >= left && x < left + stroke && y >= top && y < bottom;
      const inFoot = y >= bottom - stroke && y < bottom && x >= left && x < right;
      row.push(...(inStem || inFoot ? [0xff, 0xff, 0xff] : blue));
    }
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function outputName(metafile, outDir, entryPoint) {
  const entry = Object.entries(metafile.outputs).find(([, output]) => output.entryPoint === entryPoint);
  if (!entry) throw new Error(`esbuild produced no output for ${entryPoint}`);
  return path.basename(entry[0]);
}

/** Builds everything into outDir (emptied first, so no stale hashed files stay behind). */
export async function buildWeb({ outDir = path.join(ROOT, 'dist/web'), minify = true } = {}) {
  fs.rmSync(outDir, { recursive: true, force: true });
  const assets = path.join(outDir, 'assets');
  const entries = {
    app: path.join(WEB, 'src/main.tsx'),
    'app-style': path.join(WEB, 'src/styles.css'),
    taskpane: path.join(WEB, 'addin/taskpane.tsx'),
    'taskpane-style': path.join(WEB, 'addin/taskpane.css'),
  };
  const result = await build({
    entryPoints: entries,
    outdir: assets,
    entryNames: '[name]-[hash]',
    bundle: true,
    minify,
    sourcemap: false,
    format: 'iife',
    // Office on Windows runs task panes in WebView2 (Chromium); Office for Mac in Safari's WebKit.
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
    absWorkingDir: ROOT,
  });
  const name = (entry) => outputName(result.metafile, outDir, path.relative(ROOT, entries[entry]).split(path.sep).join('/'));
  const fill = (template, values) => Object.entries(values).reduce((text, [key, value]) => text.replaceAll(`__${key}__`, value), template);
  fs.writeFileSync(path.join(outDir, 'index.html'), fill(fs.readFileSync(path.join(WEB, 'src/index.html'), 'utf8'), {
    APP_JS: name('app'), APP_CSS: name('app-style'),
  }));
  const addin = path.join(outDir, 'addin');
  fs.mkdirSync(addin, { recursive: true });
  fs.writeFileSync(path.join(addin, 'taskpane.html'), fill(fs.readFileSync(path.join(WEB, 'addin/taskpane.html'), 'utf8'), {
    TASKPANE_JS: name('taskpane'), TASKPANE_CSS: name('taskpane-style'),
  }));
  for (const manifest of ['manifest-word.xml', 'manifest-outlook.xml']) fs.copyFileSync(path.join(WEB, 'addin', manifest), path.join(addin, manifest));
  for (const size of [16, 32, 64, 80]) fs.writeFileSync(path.join(addin, `icon-${size}.png`), iconPng(size));
  const bytes = Object.fromEntries(Object.entries(result.metafile.outputs).map(([file, output]) => [path.basename(file), output.bytes]));
  return { outDir, bytes };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outIndex = process.argv.indexOf('--out');
  const outDir = outIndex > -1 && process.argv[outIndex + 1] ? path.resolve(process.argv[outIndex + 1]) : undefined;
  const { outDir: written, bytes } = await buildWeb({ ...(outDir ? { outDir } : {}), minify: !process.argv.includes('--no-minify') });
  const summary = Object.entries(bytes).map(([file, size]) => `${file} ${(size / 1024).toFixed(1)} KiB`).join(', ');
  process.stdout.write(`web UI built into ${path.relative(process.cwd(), written) || '.'}: ${summary}\n`);
}
