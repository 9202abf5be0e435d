export { loadPromptLibrary, parsePromptFile, PromptLibrary, PromptValidationError } from './load-prompts';
export {
  delimitedVariables, neutralizeControlTokens, neutralizeDelimiter, renderPrompt, PromptRenderError, type PromptTemplate, type PromptVariable,
} from './prompt-template';
