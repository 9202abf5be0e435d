export {
  summarizeExtractively, EXTRACTIVE_SUMMARY_TEXT, SUMMARY_STYLES,
  type SummarizeExtractivelyInput, type ExtractiveSummary, type SummarySentence, type SummaryStyle,
} from './summarize-extractively';
export { countWords, wordBudget, LENGTH_PRESETS, PRESET_RULES, MAX_WORD_BUDGET, type LengthPreset, type SummaryLength } from './summary-length';
export { collectCandidates, type CandidateSentence } from './sentence-candidates';
export { selectWithinBudget, type SelectionInput } from './select-sentences';
export { DEFAULT_RANKING, type RankingOptions } from './rank-sentences';
export { planMapReduce, type MapReduceWindow, type MapReduceOptions } from './plan-map-reduce';
