export {
  loadPlainLanguageRules, parsePlainLanguageRules, describePlainLanguageRules, PlainLanguageRulesError, PLAIN_LANGUAGE_LEVELS, PLAIN_LANGUAGE_FOLDER,
  PLAIN_LANGUAGE_FILES, RULE_SEVERITIES, type PlainLanguageLevel, type PlainLanguageRule, type PlainLanguageLevelRules,
  type PlainLanguageRuleSet, type RuleSeverity, type PlainLanguageRuleDescription, type PlainLanguageLevelDescription,
} from './load-rules';
export {
  checkPlainLanguage, type PlainLanguageReport, type PlainLanguageRuleResult, type PlainLanguageExample, type CheckOptions,
} from './check-plain-language';
export {
  compareReports, type ReportComparison, type RuleComparison, type ReadabilityComparison, type ReadabilityMetric, type ChangeDirection,
} from './compare-reports';
export { measureReadability, type Readability } from './readability';
export { countSyllables } from './syllables';
export { analyzeText, type AnalyzedText } from './text-units';
export { CHECKER_KINDS } from './checker-registry';
export type { CheckUnit } from './checker-kind';
export { sentenceSari, corpusSari, tokenizeForSari, type SariScore, type SariItem } from './sari';
