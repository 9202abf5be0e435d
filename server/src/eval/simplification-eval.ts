import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import {
  checkPlainLanguage, corpusSari, loadPlainLanguageRules, PLAIN_LANGUAGE_LEVELS, type PlainLanguageLevel, type PlainLanguageReport,
  type PlainLanguageRuleSet, type SariScore,
} from '../generation/simplify';
import { MissingDataError, repoRoot, requireSharedData } from './paths';

/** The DEplain-web files in ../shared/data/plain_language/deplain_web (open part, see its MANIFEST). */
export const DEPLAIN_SETS = [
  { name: 'doc-manual', label: 'DEplain-web-doc, manually aligned (test)', file: 'deplain_web_doc_manual_test.csv' },
  { name: 'sent-manual', label: 'DEplain-web-sent, manually aligned (test)', file: 'deplain_web_sent_manual_test.csv' },
  { name: 'doc-auto', label: 'DEplain-web-doc, automatically aligned (all)', file: 'deplain_web_doc_auto_open_all.csv' },
] as const;

export type DeplainSetName = (typeof DEPLAIN_SETS)[number]['name'];

export interface SimplificationEvalOptions {
  /** First n pairs of each set. */
  limit?: number;
  /** Progress bars on stderr. */
  progress?: boolean;
  /** Rules folder (default: `rules/` in the repository). */
  rulesDirectory?: string;
  /** Folder with the DEplain CSV files (default: plain_language/deplain_web in the shared data). */
  dataDirectory?: string;
  sets?: readonly DeplainSetName[];
}

/** Violation rate of one rule pooled over all texts: affected units / checked units. */
export interface PooledRate {
  checkedUnits: number;
  affectedUnits: number;
  violations: number;
  rate: number;
}

export interface RuleEvaluation {
  level: PlainLanguageLevel;
  id: string;
  name: string;
  unit: string;
  original: PooledRate;
  plain: PooledRate;
  /** plain.rate − original.rate; negative: the plain reference breaks the rule less often. */
  rateDelta: number;
  plainBetter: boolean;
  /** Pairs where the plain text's rate is lower / higher / equal. */
  pairsBetter: number;
  pairsWorse: number;
  pairsEqual: number;
}

export interface ReadabilityMeans {
  lix: number;
  fleschAmstad: number;
  wienerSachtextformel: number;
  averageSentenceLength: number;
}

export interface SetEvaluation {
  name: DeplainSetName;
  label: string;
  file: string;
  pairs: number;
  characters: { original: number; plain: number };
  rules: RuleEvaluation[];
  /** Means over pairs (pairs with an empty side left out). */
  readability: { original: ReadabilityMeans; plain: ReadabilityMeans };
  /** SARI × 100 of the identity baseline (output = original) against the plain reference. */
  identitySari: SariScore;
  /** Checker time for both levels and both sides, per 10,000 characters. */
  msPer10kCharacters: number;
}

export interface SimplificationEvalReport {
  dataset: string;
  rulesVersion: Record<PlainLanguageLevel, number>;
  sets: SetEvaluation[];
  notes: string[];
}

interface Pair {
  original: string;
  plain: string;
}

interface PairReports {
  original: PlainLanguageReport;
  plain: PlainLanguageReport;
}

/**
 * Runs the plain-language checker on both sides of every DEplain-web pair (original and its plain
 * reference) for both levels, pools the violation rates per rule, and scores the identity baseline
 * with SARI. The reference texts are Leichte/Einfache Sprache (A1/A2) written by people, so a
 * checker that measures what it claims should find fewer violations in them.
 */
export function evaluateSimplification(options: SimplificationEvalOptions = {}): SimplificationEvalReport {
  const ruleSet = loadPlainLanguageRules(options.rulesDirectory ?? path.join(repoRoot(), 'rules'));
  const folder = options.dataDirectory ?? requireSharedData('plain_language/deplain_web');
  if (!existsSync(folder)) throw new MissingDataError(folder);
  const chosen = DEPLAIN_SETS.filter((set) => options.sets === undefined || options.sets.includes(set.name));
  const sets = chosen.map((set) => {
    const pairs = readPairs(path.join(folder, set.file)).slice(0, options.limit);
    return { ...evaluateSet(pairs, ruleSet, set.name, options.progress ?? false), name: set.name, label: set.label, file: set.file };
  });
  return {
    dataset: 'DEplain-web (Stodden, Momen & Kallmeyer 2023), open part as in ../shared/data/plain_language',
    rulesVersion: { einfach: ruleSet.einfach.version, leicht: ruleSet.leicht.version },
    sets,
    notes: [
      'rates are pooled: units (sentences or words) with a violation / units checked, over all texts of a side',
      'SARI follows Xu et al. (2016) SARI.py (0/0 = 0, deletion precision only), lowercased 13a-like tokens, mean of pair scores × 100',
      'the plain side is the human reference; the identity baseline returns the original unchanged',
    ],
  };
}

function evaluateSet(pairs: Pair[], ruleSet: PlainLanguageRuleSet, name: string, progress: boolean): Omit<SetEvaluation, 'name' | 'label' | 'file'> {
  const bar = progress
    ? new SingleBar({ format: `${name} |{bar}| {value}/{total} {eta_formatted}`, stream: process.stderr, noTTYOutput: true, notTTYSchedule: 15000 }, Presets.shades_classic)
    : null;
  bar?.start(pairs.length, 0);
  const reports: Array<Record<PlainLanguageLevel, PairReports>> = [];
  const started = performance.now();
  for (const pair of pairs) {
    const check = (level: PlainLanguageLevel): PairReports => ({
      original: checkPlainLanguage(pair.original, level, ruleSet, { maxExamples: 0 }),
      plain: checkPlainLanguage(pair.plain, level, ruleSet, { maxExamples: 0 }),
    });
    reports.push({ einfach: check('einfach'), leicht: check('leicht') });
    bar?.increment();
  }
  const elapsed = performance.now() - started;
  bar?.stop();
  const characters = {
    original: pairs.reduce((sum, pair) => sum + pair.original.length, 0),
    plain: pairs.reduce((sum, pair) => sum + pair.plain.length, 0),
  };
  const identity = corpusSari(pairs.map((pair) => ({ source: pair.original, prediction: pair.original, references: [pair.plain] })));
  return {
    pairs: pairs.length,
    characters,
    rules: PLAIN_LANGUAGE_LEVELS.flatMap((level) => ruleSet[level].rules.map((rule) => evaluateRule(level, rule.id, reports.map((byLevel) => byLevel[level])))),
    // Readability does not depend on the level; the Leichte-Sprache reports carry it.
    readability: {
      original: readabilityMeans(reports.map((byLevel) => byLevel.leicht.original)),
      plain: readabilityMeans(reports.map((byLevel) => byLevel.leicht.plain)),
    },
    identitySari: { sari: 100 * identity.sari, keep: 100 * identity.keep, deletion: 100 * identity.deletion, addition: 100 * identity.addition },
    msPer10kCharacters: characters.original + characters.plain === 0 ? 0 : (elapsed * 10_000) / (characters.original + characters.plain),
  };
}

function evaluateRule(level: PlainLanguageLevel, id: string, reports: readonly PairReports[]): RuleEvaluation {
  const original = { checkedUnits: 0, affectedUnits: 0, violations: 0, rate: 0 };
  const plain = { checkedUnits: 0, affectedUnits: 0, violations: 0, rate: 0 };
  let pairsBetter = 0;
  let pairsWorse = 0;
  let name = id;
  let unit = '';
  for (const pair of reports) {
    const before = pair.original.rules.find((rule) => rule.id === id);
    const after = pair.plain.rules.find((rule) => rule.id === id);
    if (before === undefined || after === undefined) continue;
    ({ name, unit } = before);
    for (const [pooled, result] of [[original, before], [plain, after]] as const) {
      pooled.checkedUnits += result.checkedUnits;
      pooled.affectedUnits += result.affectedUnits;
      pooled.violations += result.violations;
    }
    if (after.rate < before.rate) pairsBetter += 1;
    else if (after.rate > before.rate) pairsWorse += 1;
  }
  original.rate = original.checkedUnits === 0 ? 0 : original.affectedUnits / original.checkedUnits;
  plain.rate = plain.checkedUnits === 0 ? 0 : plain.affectedUnits / plain.checkedUnits;
  return {
    level, id, name, unit, original, plain, rateDelta: plain.rate - original.rate, plainBetter: plain.rate < original.rate,
    pairsBetter, pairsWorse, pairsEqual: reports.length - pairsBetter - pairsWorse,
  };
}

function readabilityMeans(reports: readonly PlainLanguageReport[]): ReadabilityMeans {
  const mean = (pick: (report: PlainLanguageReport) => number | null) => {
    const values = reports.map(pick).filter((value): value is number => value !== null);
    return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
  };
  return {
    lix: mean((report) => report.readability.lix),
    fleschAmstad: mean((report) => report.readability.fleschAmstad),
    wienerSachtextformel: mean((report) => report.readability.wienerSachtextformel),
    averageSentenceLength: mean((report) => report.readability.averageSentenceLength),
  };
}

/** The DEplain pairs of one CSV file (columns `original`, `simplification`); empty sides are skipped. */
export function readPairs(file: string): Pair[] {
  const rows = parseCsv(readFileSync(file, 'utf8'));
  const header = rows[0] ?? [];
  const originalColumn = header.indexOf('original');
  const plainColumn = header.indexOf('simplification');
  if (originalColumn === -1 || plainColumn === -1) throw new Error(`${file}: expected the columns "original" and "simplification"`);
  return rows.slice(1)
    .map((row) => ({ original: row[originalColumn] ?? '', plain: row[plainColumn] ?? '' }))
    .filter((pair) => pair.original.trim().length > 0 && pair.plain.trim().length > 0);
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (quoted) {
      if (char === '"' && text.charAt(i + 1) === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field.length === 0) quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text.charAt(i + 1) === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((cells) => cells.length > 1 || (cells[0] ?? '').length > 0);
}

const percent = (rate: number) => `${(100 * rate).toFixed(1)} %`;
const fixed = (value: number, digits = 2) => value.toFixed(digits);

/** Markdown summary of the report: one rule table, readability and SARI per set. */
export function formatSimplificationMarkdown(report: SimplificationEvalReport): string {
  const lines: string[] = [`# Plain-language checker on ${report.dataset}`, ''];
  for (const set of report.sets) {
    lines.push(`## ${set.label} — ${set.pairs} pairs`, '');
    lines.push('| level | rule | unit | original | plain (reference) | Δ | pairs better / worse / equal |', '|---|---|---|---:|---:|---:|---|');
    for (const rule of set.rules) {
      lines.push(`| ${rule.level} | ${rule.id} | ${rule.unit} | ${percent(rule.original.rate)} | ${percent(rule.plain.rate)} | ${rule.rateDelta <= 0 ? '' : '+'}${(100 * rule.rateDelta).toFixed(1)} | ${rule.pairsBetter} / ${rule.pairsWorse} / ${rule.pairsEqual} |`);
    }
    const { original, plain } = set.readability;
    lines.push('', '| readability (mean over pairs) | original | plain |', '|---|---:|---:|');
    lines.push(`| LIX (lower is easier) | ${fixed(original.lix)} | ${fixed(plain.lix)} |`);
    lines.push(`| Flesch-Amstad (higher is easier) | ${fixed(original.fleschAmstad)} | ${fixed(plain.fleschAmstad)} |`);
    lines.push(`| Wiener Sachtextformel 1 | ${fixed(original.wienerSachtextformel)} | ${fixed(plain.wienerSachtextformel)} |`);
    lines.push(`| words per sentence | ${fixed(original.averageSentenceLength)} | ${fixed(plain.averageSentenceLength)} |`);
    const sari = set.identitySari;
    lines.push('', `Identity baseline (output = original) against the reference: SARI ${fixed(sari.sari)} (keep ${fixed(sari.keep)}, delete ${fixed(sari.deletion)}, add ${fixed(sari.addition)}).`);
    lines.push(`Checker time: ${fixed(set.msPer10kCharacters)} ms per 10,000 characters (both levels).`, '');
  }
  lines.push(...report.notes.map((note) => `- ${note}`));
  return `${lines.join('\n')}\n`;
}
