export { createGermanAnalyzer, type GermanAnalyzer, type GermanAnalyzerOptions } from './german-analyzer';
export { createCompoundSplitter, type CompoundSplitter, type CompoundSplitterOptions } from './compound-splitter';
export { buildGermanLexicon, type GermanLexicon } from './german-lexicon';
export { defaultGermanLexicon } from './lexicon';
