import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { goldSectionKeys, isRelevant, sectionKey, type EvalDataset, type EvalQuery, type Gold } from './datasets';
import { firstHitRank, summarize, type RetrievalMetrics } from './metrics';
import { repoRoot } from './paths';
import { K, type QueryResult, type SystemRun } from './run-system';

export const BASELINE_SCRIPT = 'eval/baselines/bm25s_baseline.py';
const TIMEOUT_MS = 20 * 60 * 1000;

/** `.venv/bin/python` of the repository when present, else `python3` from PATH. */
export function pythonExecutable(root = repoRoot()): string {
  const venv = path.join(root, '.venv', 'bin', 'python');
  return fs.existsSync(venv) ? venv : 'python3';
}

interface BaselineOutput {
  system: string;
  versions: Record<string, string>;
  settings: Record<string, unknown>;
  passages: number;
  metrics: RetrievalMetrics;
  indexSeconds: number;
  msPerQuery: number;
  queries: Array<{ id: string; rank: number | null; top: string[] }>;
}

const HIT_KIND = { document: 'passage', answer: 'answer', section: 'label' } as const satisfies Record<Gold['kind'], string>;

/** What the script compares: the gold passage id, the answer text, or the accepted (document, norm) labels. */
function goldForScript(gold: Gold): string | string[] {
  switch (gold.kind) {
    case 'document':
      return gold.documentId;
    case 'answer':
      return gold.text;
    case 'section':
      return goldSectionKeys(gold);
  }
}

/** Writes the exact passages and queries the service is evaluated on, for the Python baseline. */
export function writeBaselineInput(file: string, dataset: EvalDataset, queries: EvalQuery[]): void {
  const hit = HIT_KIND[queries[0]?.gold.kind ?? 'document'];
  const lines: string[] = [JSON.stringify({ type: 'config', dataset: dataset.name, hit, k: K })];
  for (const passage of dataset.baselinePassages) {
    const label = hit === 'label' ? { label: sectionKey(passage.document ?? passage.id, passage.section) } : {};
    lines.push(JSON.stringify({ type: 'passage', id: passage.id, text: passage.text, ...label }));
  }
  for (const query of queries) lines.push(JSON.stringify({ type: 'query', id: query.id, question: query.question, gold: goldForScript(query.gold) }));
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
}

function runPython(python: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string; error?: Error }> {
  return new Promise((resolve) => {
    // Own timer rather than spawn's `timeout` option: that one stays armed when the spawn itself
    // fails (no such python), which would keep the process alive for the whole timeout.
    const child = spawn(python, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    timer.unref();
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, stdout: '', stderr: '', error });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const killed = signal === 'SIGKILL' ? `killed after ${TIMEOUT_MS / 60000} min\n` : '';
      resolve({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: killed + Buffer.concat(stderr).toString('utf8') });
    });
  });
}

/**
 * The bm25s baseline of shared/BASELINES.md on exactly the same passages and queries. Never
 * throws: when Python or its packages are missing the run is marked unavailable with the reason.
 * Hits are recomputed here from the returned passage ids with the same rules as for the service,
 * and checked against the script's own ranks.
 */
export async function runBaseline(dataset: EvalDataset, queries: EvalQuery[], options: { python?: string } = {}): Promise<SystemRun> {
  const system = 'bm25s';
  const root = repoRoot();
  const script = path.join(root, BASELINE_SCRIPT);
  const python = options.python ?? pythonExecutable(root);
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), `llmoin-bm25s-${dataset.name}-`));
  try {
    const input = path.join(directory, 'input.jsonl');
    writeBaselineInput(input, dataset, queries);
    const result = await runPython(python, [script, input]);
    if (result.error) return { system, status: 'unavailable', reason: `${python}: ${result.error.message}` };
    if (result.code !== 0) {
      const detail = result.stderr.trim().split('\n').slice(-3).join(' | ') || `exit code ${String(result.code)}`;
      return { system, status: 'unavailable', reason: detail };
    }
    let output: BaselineOutput;
    try {
      output = JSON.parse(result.stdout) as BaselineOutput;
    } catch {
      return { system, status: 'unavailable', reason: `unreadable output: ${result.stdout.slice(0, 200)}` };
    }
    const passageById = new Map(dataset.baselinePassages.map((passage) => [passage.id, passage]));
    const textOf = (id: string) => passageById.get(id)?.text ?? '';
    const byId = new Map(output.queries.map((query) => [query.id, query]));
    const mismatches: string[] = [];
    const results: QueryResult[] = queries.map((query) => {
      const ranked = byId.get(query.id)?.top ?? [];
      const hits = ranked.map((id) => {
        const passage = passageById.get(id);
        // Whole-passage sets: the passage id is the document id.
        return isRelevant(query.gold, { documentId: passage?.document ?? id, text: passage?.text ?? '', section: passage?.section });
      });
      const rank = firstHitRank(hits, K);
      if (rank !== (byId.get(query.id)?.rank ?? null)) mismatches.push(query.id);
      return {
        id: query.id, rank, top: ranked,
        top3: ranked.slice(0, 3).map((id) => {
          const section = passageById.get(id)?.section;
          return { document: id, ...(section !== undefined ? { section } : {}), snippet: snippetOf(textOf(id)) };
        }),
      };
    });
    return {
      system, status: 'ok', metrics: summarize(results.map((r) => r.rank)), msPerQuery: output.msPerQuery, queries: results,
      setup: {
        python, versions: output.versions, settings: output.settings, passages: output.passages, indexSeconds: round3(output.indexSeconds),
        scriptMetrics: output.metrics, rankMismatches: mismatches,
      },
    };
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

function snippetOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 159)}…` : flat;
}
