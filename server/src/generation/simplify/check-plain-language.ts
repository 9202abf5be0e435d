import type { CheckUnit, Finding } from './checker-kind';
import type { PlainLanguageLevel, PlainLanguageRule, PlainLanguageRuleSet, RuleSeverity } from './load-rules';
import { measureReadability, roundTo, type Readability } from './readability';
import { analyzeText, type AnalyzedText } from './text-units';

/** One violation shown to the user: exact offsets into the checked text. */
export interface PlainLanguageExample {
  start: number;
  end: number;
  text: string;
  hint: string;
}

export interface PlainLanguageRuleResult {
  id: string;
  name: string;
  description: string;
  check: string;
  severity: RuleSeverity;
  unit: CheckUnit;
  /** Sentences or words checked. */
  checkedUnits: number;
  /** Number of violations found (a sentence may hold several). */
  violations: number;
  /** Units with at least one violation. */
  affectedUnits: number;
  /** affectedUnits / checkedUnits (0 for an empty text). */
  rate: number;
  maxRate: number;
  passed: boolean;
  /** The first violations in text order, at most maxExamples. */
  examples: PlainLanguageExample[];
}

export interface PlainLanguageReport {
  level: PlainLanguageLevel;
  rulesName: string;
  rulesVersion: number;
  characters: number;
  sentences: number;
  words: number;
  readability: Readability;
  rules: PlainLanguageRuleResult[];
  passedRules: number;
  failedRules: number;
}

export interface CheckOptions {
  /** Overrides the rule file's maxExamples. */
  maxExamples?: number;
}

/**
 * Checks a text against the rules of one level. Pure and synchronous: the text is cut into
 * sentences and words once and every compiled rule runs over that analysis.
 */
export function checkPlainLanguage(text: string, level: PlainLanguageLevel, ruleSet: PlainLanguageRuleSet, options: CheckOptions = {}): PlainLanguageReport {
  const levelRules = ruleSet[level];
  const analyzed = analyzeText(text);
  const maxExamples = options.maxExamples ?? levelRules.maxExamples;
  const rules = levelRules.rules.map((rule) => evaluateRule(rule, analyzed, maxExamples));
  const passedRules = rules.filter((rule) => rule.passed).length;
  return {
    level,
    rulesName: levelRules.name,
    rulesVersion: levelRules.version,
    characters: text.length,
    sentences: analyzed.sentences.length,
    words: analyzed.words.length,
    readability: measureReadability(analyzed),
    rules,
    passedRules,
    failedRules: rules.length - passedRules,
  };
}

function evaluateRule(rule: PlainLanguageRule, analyzed: AnalyzedText, maxExamples: number): PlainLanguageRuleResult {
  const findings = rule.run(analyzed).sort((a, b) => a.start - b.start || a.end - b.end);
  const checkedUnits = rule.unit === 'sentence' ? analyzed.sentences.length : analyzed.words.length;
  const affectedUnits = new Set(findings.map((finding) => finding.unit)).size;
  const rate = checkedUnits === 0 ? 0 : affectedUnits / checkedUnits;
  return {
    id: rule.id,
    name: rule.name,
    description: rule.description,
    check: rule.check,
    severity: rule.severity,
    unit: rule.unit,
    checkedUnits,
    violations: findings.length,
    affectedUnits,
    rate: roundTo(rate, 4),
    maxRate: rule.maxRate,
    passed: rate <= rule.maxRate,
    examples: findings.slice(0, maxExamples).map((finding) => toExample(finding, rule.hint, analyzed.text)),
  };
}

function toExample(finding: Finding, template: string, text: string): PlainLanguageExample {
  return {
    start: finding.start,
    end: finding.end,
    text: text.slice(finding.start, finding.end),
    hint: template.replace(/\{(\w+)\}/g, (placeholder, name: string) => String(finding.values[name] ?? placeholder)),
  };
}
