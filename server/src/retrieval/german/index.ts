export { createGermanAnalyzer, type GermanAnalyzer, type GermanAnalyzerOptions } from './german-analyzer';
export { buildGermanLexicon, createCompoundSplitter, type CompoundSplitter, type GermanLexicon } from './compound-splitter';
