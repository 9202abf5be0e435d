export { answerExtractively, EXTRACTIVE_TEXT, type Answer, type Citation, type AnswerQuestionInput } from './answer-question';
export { researchQuestion, formatPassages, RESEARCH_PROMPT_ID, type ResearchAnswer, type ResearchContext } from './research-question';
export { verifyCitations, type CitationReport, type QuoteCheck } from './verify-citations';
export { splitSentences, type SentenceSpan } from './split-sentences';
export { loadPromptLibrary, renderPrompt, PromptLibrary, PromptValidationError, PromptRenderError, type PromptTemplate } from './prompts';
