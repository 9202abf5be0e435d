import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { CheckerKind, CheckUnit, RunCheck } from './checker-kind';
import { CHECKER_KINDS } from './checker-registry';

export const PLAIN_LANGUAGE_LEVELS = ['einfach', 'leicht'] as const;
export type PlainLanguageLevel = (typeof PLAIN_LANGUAGE_LEVELS)[number];

/** Where the rule files live below the rules folder (LLMOIN_RULES_DIR), one file per level. */
export const PLAIN_LANGUAGE_FOLDER = 'plain-language';
export const PLAIN_LANGUAGE_FILES: Readonly<Record<PlainLanguageLevel, string>> = {
  einfach: 'einfache-sprache.yaml',
  leicht: 'leichte-sprache.yaml',
};

export const RULE_SEVERITIES = ['error', 'warning', 'info'] as const;
export type RuleSeverity = (typeof RULE_SEVERITIES)[number];

/** A validated rule with its compiled checker. */
export interface PlainLanguageRule {
  id: string;
  name: string;
  description: string;
  check: string;
  unit: CheckUnit;
  severity: RuleSeverity;
  /** Highest share of units (sentences or words) with a violation that still passes. */
  maxRate: number;
  /** German hint template with {placeholders}. */
  hint: string;
  /** The validated parameters, with defaults filled in. */
  parameters: unknown;
  run: RunCheck;
}

/** The rules of one level, from one YAML file. */
export interface PlainLanguageLevelRules {
  level: PlainLanguageLevel;
  name: string;
  version: number;
  source: string | null;
  maxExamples: number;
  file: string;
  rules: PlainLanguageRule[];
}

export type PlainLanguageRuleSet = Readonly<Record<PlainLanguageLevel, PlainLanguageLevelRules>>;

/** Start-up fails with every problem in both rule files listed. */
export class PlainLanguageRulesError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid plain-language rules:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'PlainLanguageRulesError';
  }
}

const fileSchema = z.object({
  level: z.enum(PLAIN_LANGUAGE_LEVELS),
  name: z.string().trim().min(1),
  version: z.number().int().positive(),
  source: z.string().trim().min(1).optional(),
  maxExamples: z.number().int().min(0).max(50).default(5),
  rules: z.array(z.unknown()).min(1),
}).strict();

const ruleSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and hyphens'),
  name: z.string().trim().min(1),
  description: z.string().trim().min(1),
  check: z.string().min(1),
  severity: z.enum(RULE_SEVERITIES),
  maxRate: z.number().min(0).max(1).default(0),
  enabled: z.boolean().default(true),
  hint: z.string().trim().min(1).optional(),
  parameters: z.unknown().optional(),
}).strict();

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Reads `<directory>/plain-language/einfache-sprache.yaml` and `leichte-sprache.yaml`, validates
 * every rule against its checker kind and compiles it. `directory` is the rules folder (LLMOIN_RULES_DIR).
 */
export function loadPlainLanguageRules(directory: string): PlainLanguageRuleSet {
  const problems: string[] = [];
  const loaded: Partial<Record<PlainLanguageLevel, PlainLanguageLevelRules>> = {};
  for (const level of PLAIN_LANGUAGE_LEVELS) {
    const file = path.join(directory, PLAIN_LANGUAGE_FOLDER, PLAIN_LANGUAGE_FILES[level]);
    if (!fs.existsSync(file)) {
      problems.push(`${file}: file is missing (one rule file per level: ${Object.values(PLAIN_LANGUAGE_FILES).join(', ')})`);
      continue;
    }
    const parsed = parsePlainLanguageRules(file, fs.readFileSync(file, 'utf8'), level);
    if ('problems' in parsed) problems.push(...parsed.problems);
    else loaded[level] = parsed;
  }
  const { einfach, leicht } = loaded;
  if (problems.length > 0 || einfach === undefined || leicht === undefined) throw new PlainLanguageRulesError(problems);
  return { einfach, leicht };
}

/** Validates one rule file; returns all problems instead of stopping at the first. */
export function parsePlainLanguageRules(file: string, text: string, expectedLevel: PlainLanguageLevel): PlainLanguageLevelRules | { problems: string[] } {
  const name = path.basename(file);
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    return { problems: [`${name}: not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`] };
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) return { problems: parsed.error.issues.map((issue) => `${name}: ${issue.path.join('.') || 'file'}: ${issue.message}`) };
  const problems: string[] = [];
  if (parsed.data.level !== expectedLevel) problems.push(`${name}: level is "${parsed.data.level}", but this file holds the rules for "${expectedLevel}"`);
  const rules: PlainLanguageRule[] = [];
  const ids = new Set<string>();
  parsed.data.rules.forEach((entry, index) => {
    const result = parseRule(entry);
    const label = `${name}: rules[${index}]${result.id ? ` (${result.id})` : ''}`;
    if (result.id) {
      if (ids.has(result.id)) problems.push(`${label}: duplicate rule id`);
      ids.add(result.id);
    }
    if ('problems' in result) problems.push(...result.problems.map((problem) => `${label}: ${problem}`));
    else if (result.rule !== null) rules.push(result.rule);
  });
  if (problems.length > 0) return { problems };
  return {
    level: parsed.data.level, name: parsed.data.name, version: parsed.data.version, source: parsed.data.source ?? null,
    maxExamples: parsed.data.maxExamples, file, rules,
  };
}

type ParsedRule = { id: string | null; rule: PlainLanguageRule | null } | { id: string | null; problems: string[] };

function parseRule(entry: unknown): ParsedRule {
  const parsed = ruleSchema.safeParse(entry);
  const fields = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
  const id = typeof fields.id === 'string' ? fields.id : null;
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.') || 'rule'}: ${issue.message}`);
  // Parameters and hint are checked even when another field is wrong, so one start lists every problem.
  const kind = typeof fields.check === 'string' ? CHECKER_KINDS.get(fields.check) : undefined;
  if (typeof fields.check === 'string' && kind === undefined) {
    problems.push(`check: unknown check "${fields.check}", expected one of: ${[...CHECKER_KINDS.keys()].join(', ')}`);
  }
  if (kind === undefined || !parsed.success) {
    if (kind !== undefined) problems.push(...kindProblems(kind, kind.prepare(fields.parameters), typeof fields.hint === 'string' ? fields.hint : undefined));
    return { id, problems };
  }
  const { data } = parsed;
  const hint = data.hint ?? kind.defaultHint;
  const prepared = kind.prepare(data.parameters);
  problems.push(...kindProblems(kind, prepared, hint));
  if (problems.length > 0 || !prepared.ok) return { id, problems };
  if (!data.enabled) return { id, rule: null };
  return {
    id,
    rule: {
      id: data.id, name: data.name, description: data.description, check: data.check, unit: kind.unit, severity: data.severity,
      maxRate: data.maxRate, hint, parameters: prepared.parameters, run: prepared.run,
    },
  };
}

function kindProblems(kind: CheckerKind, prepared: ReturnType<CheckerKind['prepare']>, hint: string | undefined): string[] {
  const problems: string[] = [];
  if (!prepared.ok) problems.push(...prepared.issues.map((issue) => `parameters${issue.path ? `.${issue.path}` : ''}: ${issue.message}`));
  for (const [, placeholder] of (hint ?? '').matchAll(PLACEHOLDER)) {
    if (placeholder !== undefined && !kind.hintVariables.includes(placeholder)) {
      problems.push(`hint: placeholder {${placeholder}} is not provided by check "${kind.kind}" (available: ${kind.hintVariables.join(', ')})`);
    }
  }
  return problems;
}

/** A rule without its compiled checker: plain data, e.g. for an endpoint that lists the rules. */
export type PlainLanguageRuleDescription = Omit<PlainLanguageRule, 'run' | 'hint'>;

export interface PlainLanguageLevelDescription {
  level: PlainLanguageLevel;
  name: string;
  version: number;
  source: string | null;
  rules: PlainLanguageRuleDescription[];
}

/** JSON-able view of one level's rules. */
export function describePlainLanguageRules(ruleSet: PlainLanguageRuleSet, level: PlainLanguageLevel): PlainLanguageLevelDescription {
  const { name, version, source, rules } = ruleSet[level];
  return {
    level, name, version, source,
    rules: rules.map(({ id, name: ruleName, description, check, unit, severity, maxRate, parameters }) => ({
      id, name: ruleName, description, check, unit, severity, maxRate, parameters,
    })),
  };
}
