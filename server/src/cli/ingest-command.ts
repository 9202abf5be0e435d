import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { ConfigurationError, loadConfig } from '../config';
import { buildService } from '../dependencies';
import { createLogger } from '../platform/logger';

const USAGE = `Usage: npm run ingest -- [--collection NAME] <file or folder> [...]
Ingests PDF, Markdown, text, HTML and DOCX files into the shared corpus (default collection "corpus").
Re-ingesting a changed file replaces it; unchanged files are skipped.`;

/** `npm run ingest -- <files or folders…>`: progress bar on stderr, summary on stdout. */
async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true,
    options: { collection: { type: 'string', default: 'corpus' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length === 0) {
    process.stderr.write(`No files or folders given.\n${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  const service = await buildService(config, createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, process.stderr as never));
  const bar = new SingleBar({ format: 'Ingest |{bar}| {value}/{total} Dateien | {source}', stream: process.stderr, hideCursor: true }, Presets.shades_classic);
  let started = false;
  try {
    const summary = await service.deps.library.ingestPaths(positionals, {
      collection: values.collection ?? 'corpus',
      onProgress: ({ done, total, source }) => {
        if (!started) bar.start(total, 0, { source: '' });
        started = true;
        bar.update(done, { source: source.length > 40 ? `…${source.slice(-39)}` : source });
      },
    });
    if (started) bar.stop();
    const lines = [
      `Files:      ${summary.files}`,
      `Ingested:   ${summary.ingested} new, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.duplicates} duplicate`,
      `Pages:      ${summary.pages}`,
      `Chunks:     ${summary.chunks}`,
      `Skipped:    ${summary.rejected.length}`,
      ...summary.rejected.map((rejection) => `  - ${rejection.source}: ${rejection.reason} (${rejection.detail})`),
      `Time:       ${(summary.milliseconds / 1000).toFixed(1)} s`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } finally {
    if (started) bar.stop();
    await service.close();
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof ConfigurationError || error instanceof Error ? error.message : String(error);
    process.stderr.write(`ingest failed: ${message}\n`);
    process.exit(1);
  },
);
