import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { loadPromptLibrary } from '../generation';
import { repoRoot } from './paths';
import type { Metric, ModelUse, ReportSection, SuiteResult } from './suite';

/**
 * One JSON file per evaluation run in `eval/results/` (git-ignored): what was measured (suite,
 * options, seed, datasets), on what (git commit, uncommitted files, a hash of the source diff,
 * models, prompt versions, machine) and the outcome (metrics, report sections, the suite's details).
 */
export const RUN_SCHEMA_VERSION = 1;

export interface GitState {
  commit: string | null;
  /** Uncommitted files under server/src, eval/, prompts/, rules/ (paths). */
  dirty: string[];
  /** sha256 of `git diff HEAD` over those folders: identifies the uncommitted state measured. */
  sourceDiffSha256: string | null;
}

export interface RegisteredModel {
  role: string;
  id: string | null;
  /** From models/models.json: task, backend, dtype, test fixture or not, sha256 of the weights. */
  registry: { task?: string; backend?: string; dtype?: string; testModel?: boolean; weightsSha256?: string } | null;
}

export interface RunRecord {
  schemaVersion: number;
  suite: string;
  command: string;
  startedAt: string;
  finishedAt: string;
  durationSeconds: number;
  git: GitState;
  machine: { node: string; platform: string; cpus: number; cpuModel: string; loadAverage: number[] };
  seed: number;
  options: Record<string, unknown>;
  sharedDataDir: string;
  datasets: string[];
  models: RegisteredModel[];
  /** Every prompt in the library with its version; `used` marks the ones the suite ran. */
  prompts: Array<{ id: string; version: number; used: boolean }>;
  config: Record<string, unknown>;
  timings: Record<string, number>;
  metrics: Metric[];
  sections: ReportSection[];
  passed: boolean | null;
  details: unknown;
}

const metricSchema = z.object({
  id: z.string(), label: z.string(), value: z.number(), unit: z.string().optional(),
  better: z.enum(['higher', 'lower', 'equal']).nullable(), kind: z.enum(['quality', 'speed', 'info']),
});

/** The part of a stored run that compare and report regeneration rely on; the rest passes through. */
const runSchema = z.object({
  schemaVersion: z.literal(RUN_SCHEMA_VERSION),
  suite: z.string(),
  command: z.string(),
  startedAt: z.string(),
  datasets: z.array(z.string()),
  git: z.object({ commit: z.string().nullable(), dirty: z.array(z.string()), sourceDiffSha256: z.string().nullable() }),
  metrics: z.array(metricSchema),
  sections: z.array(z.unknown()),
}).passthrough();

/** Reads a stored run; throws naming the file when it is not one. */
export function readRun(file: string): RunRecord {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not a readable JSON file (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = runSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`${file}: not an evaluation run of schema ${RUN_SCHEMA_VERSION} (${parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')})`);
  }
  return parsed.data as unknown as RunRecord;
}

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: repoRoot(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return null;
  }
}

const MEASURED_FOLDERS = ['server/src', 'eval', 'prompts', 'rules'];

export function gitState(): GitState {
  const commit = git(['rev-parse', 'HEAD'])?.trim() ?? null;
  const dirty = (git(['status', '--porcelain', '--', ...MEASURED_FOLDERS]) ?? '').split('\n').filter(Boolean).map((line) => line.slice(3));
  // Other work may be in progress in the tree: this hash identifies the uncommitted source state measured.
  const diff = git(['diff', 'HEAD', '--', ...MEASURED_FOLDERS]);
  return { commit, dirty, sourceDiffSha256: diff === null ? null : createHash('sha256').update(diff).digest('hex') };
}

export function machineInfo(): RunRecord['machine'] {
  return { node: process.version, platform: `${os.platform()} ${os.release()}`, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', loadAverage: os.loadavg() };
}

const registryEntrySchema = z.object({
  id: z.string(), task: z.string().optional(), backend: z.string().optional(), dtype: z.string().optional(), testModel: z.boolean().optional(),
  files: z.array(z.object({ path: z.string(), sha256: z.string() })).optional(),
}).passthrough();
const registrySchema = z.object({ models: z.array(registryEntrySchema) }).passthrough();

/** The models a run used, with what models/models.json says about them (null when not registered). */
export function describeModels(uses: readonly ModelUse[], modelsDir = path.join(repoRoot(), 'models')): RegisteredModel[] {
  let entries: Array<z.infer<typeof registryEntrySchema>> = [];
  try {
    entries = registrySchema.parse(JSON.parse(fs.readFileSync(path.join(modelsDir, 'models.json'), 'utf8'))).models;
  } catch {
    entries = [];
  }
  return uses.map((use) => {
    const entry = use.id === null ? undefined : entries.find((candidate) => candidate.id === use.id);
    if (!entry) return { role: use.role, id: use.id, registry: null };
    const weights = entry.files?.find((file) => file.path.endsWith('model.onnx')) ?? entry.files?.find((file) => file.path.endsWith('.onnx'));
    return {
      role: use.role, id: use.id,
      registry: {
        ...(entry.task ? { task: entry.task } : {}), ...(entry.backend ? { backend: entry.backend } : {}), ...(entry.dtype ? { dtype: entry.dtype } : {}),
        ...(entry.testModel !== undefined ? { testModel: entry.testModel } : {}), ...(weights ? { weightsSha256: weights.sha256 } : {}),
      },
    };
  });
}

/** Every prompt of the library with its version; an unreadable library is recorded as empty, not fatal. */
export function describePrompts(used: readonly string[], promptsDir = path.join(repoRoot(), 'prompts')): RunRecord['prompts'] {
  try {
    return loadPromptLibrary(promptsDir).list().map((template) => ({ id: template.id, version: template.version, used: used.includes(template.id) }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  } catch {
    return used.map((id) => ({ id, version: 0, used: true }));
  }
}

export interface RunInput {
  suite: string;
  command: string;
  startedAt: Date;
  finishedAt: Date;
  seed: number;
  options: Record<string, unknown>;
  sharedDataDir: string;
  result: SuiteResult;
}

export function createRunRecord(input: RunInput): RunRecord {
  const { result } = input;
  return {
    schemaVersion: RUN_SCHEMA_VERSION,
    suite: input.suite,
    command: input.command,
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    durationSeconds: Math.round((input.finishedAt.getTime() - input.startedAt.getTime()) / 100) / 10,
    git: gitState(),
    machine: machineInfo(),
    seed: input.seed,
    options: input.options,
    sharedDataDir: input.sharedDataDir,
    datasets: result.datasets,
    models: describeModels(result.models),
    prompts: describePrompts(result.prompts),
    config: result.config,
    timings: result.timings,
    metrics: result.metrics,
    sections: result.sections,
    passed: result.passed ?? null,
    details: result.details,
  };
}

/** `2026-11-30T08-35-14Z`: sortable and valid in file names everywhere. */
export function runStamp(date: Date): string {
  return date.toISOString().replace(/[:]/g, '-').replace(/\.\d+Z$/, 'Z');
}

export interface WrittenRun {
  json: string;
  markdown: string;
  html: string;
}

/** Writes `<stamp>-<suite>.json`, `.md` and `.html` into `directory`. */
export function writeRun(record: RunRecord, directory: string, render: { markdown: (record: RunRecord) => string; html: (record: RunRecord) => string }): WrittenRun {
  fs.mkdirSync(directory, { recursive: true });
  const base = path.join(directory, `${runStamp(new Date(record.startedAt))}-${record.suite}`);
  const files = { json: `${base}.json`, markdown: `${base}.md`, html: `${base}.html` };
  fs.writeFileSync(files.json, `${JSON.stringify(record, null, 1)}\n`);
  fs.writeFileSync(files.markdown, render.markdown(record));
  fs.writeFileSync(files.html, render.html(record));
  return files;
}
