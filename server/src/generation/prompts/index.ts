export { loadPromptLibrary, parsePromptFile, PromptLibrary, PromptValidationError } from './load-prompts';
export { renderPrompt, PromptRenderError, type PromptTemplate, type PromptVariable } from './prompt-template';
