import type { PlainLanguageLevel } from './load-rules';
import type { PlainLanguageReport } from './check-plain-language';
import { roundTo } from './readability';

export type ChangeDirection = 'improved' | 'worsened' | 'unchanged';

export interface RuleComparison {
  id: string;
  name: string;
  before: { violations: number; rate: number; passed: boolean };
  after: { violations: number; rate: number; passed: boolean };
  /** after.rate − before.rate; negative is better. */
  rateDelta: number;
  violationsDelta: number;
  change: ChangeDirection;
  improved: boolean;
}

export type ReadabilityMetric = 'lix' | 'fleschAmstad' | 'wienerSachtextformel' | 'averageSentenceLength';

export interface ReadabilityComparison {
  metric: ReadabilityMetric;
  before: number | null;
  after: number | null;
  delta: number | null;
  change: ChangeDirection;
  improved: boolean;
}

export interface ReportComparison {
  level: PlainLanguageLevel;
  rules: RuleComparison[];
  readability: ReadabilityComparison[];
  improvedRules: number;
  worsenedRules: number;
  unchangedRules: number;
}

// Flesch-Amstad grows with ease; the other measures shrink.
const HIGHER_IS_BETTER: Record<ReadabilityMetric, boolean> = {
  lix: false, fleschAmstad: true, wienerSachtextformel: false, averageSentenceLength: false,
};

/**
 * Per-rule and readability deltas between two reports of the same level, e.g. a clerk's text and
 * its simplification. A rule improved when its violation rate fell (rates are per sentence or word,
 * so a longer simplification is not penalised for having more sentences).
 */
export function compareReports(before: PlainLanguageReport, after: PlainLanguageReport): ReportComparison {
  if (before.level !== after.level) throw new Error(`Cannot compare a "${before.level}" report with a "${after.level}" report`);
  const afterById = new Map(after.rules.map((rule) => [rule.id, rule]));
  const rules: RuleComparison[] = [];
  for (const rule of before.rules) {
    const other = afterById.get(rule.id);
    if (other === undefined) continue;
    const rateDelta = roundTo(other.rate - rule.rate, 4);
    const change = direction(-rateDelta);
    rules.push({
      id: rule.id,
      name: rule.name,
      before: { violations: rule.violations, rate: rule.rate, passed: rule.passed },
      after: { violations: other.violations, rate: other.rate, passed: other.passed },
      rateDelta,
      violationsDelta: other.violations - rule.violations,
      change,
      improved: change === 'improved',
    });
  }
  const readability = (Object.keys(HIGHER_IS_BETTER) as ReadabilityMetric[]).map((metric): ReadabilityComparison => {
    const from = before.readability[metric];
    const to = after.readability[metric];
    const delta = from === null || to === null ? null : roundTo(to - from);
    const change = delta === null ? 'unchanged' : direction(HIGHER_IS_BETTER[metric] ? delta : -delta);
    return { metric, before: from, after: to, delta, change, improved: change === 'improved' };
  });
  return {
    level: before.level,
    rules,
    readability,
    improvedRules: rules.filter((rule) => rule.change === 'improved').length,
    worsenedRules: rules.filter((rule) => rule.change === 'worsened').length,
    unchangedRules: rules.filter((rule) => rule.change === 'unchanged').length,
  };
}

function direction(gain: number): ChangeDirection {
  if (gain > 0) return 'improved';
  return gain < 0 ? 'worsened' : 'unchanged';
}
