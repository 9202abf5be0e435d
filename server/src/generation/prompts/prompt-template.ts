import type { ChatMessage } from '../../inference';

export interface PromptVariable {
  /** `choice`: the caller passes one of the keys of `choices`; the prompt receives that key's text. */
  type: 'string' | 'number' | 'choice';
  required: boolean;
  maxLength?: number;
  choices?: Record<string, string>;
  description?: string;
}

/** A prompt file from `prompts/`, validated at start. */
export interface PromptTemplate {
  id: string;
  version: number;
  task: string;
  description: string;
  variables: Record<string, PromptVariable>;
  system: string;
  user: string;
  file: string;
}

/** A prompt could not be rendered with the given values (a programming or input error). */
export class PromptRenderError extends Error {
  constructor(readonly promptId: string, readonly problems: string[]) {
    super(`Prompt "${promptId}" cannot be rendered: ${problems.join('; ')}`);
    this.name = 'PromptRenderError';
  }
}

export const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Fills `{{name}}` placeholders after checking every value against the declared variables. */
export function renderPrompt(template: PromptTemplate, values: Record<string, string | number>): ChatMessage[] {
  const problems: string[] = [];
  for (const name of Object.keys(values)) if (!(name in template.variables)) problems.push(`unknown variable "${name}"`);
  for (const [name, variable] of Object.entries(template.variables)) {
    const value = values[name];
    if (value === undefined) {
      if (variable.required) problems.push(`missing variable "${name}"`);
      continue;
    }
    if (variable.type === 'choice') {
      if (typeof value !== 'string' || !variable.choices || !Object.hasOwn(variable.choices, value)) {
        problems.push(`variable "${name}" must be one of ${Object.keys(variable.choices ?? {}).join(', ')}`);
      }
      continue;
    }
    if (typeof value !== variable.type) problems.push(`variable "${name}" must be a ${variable.type}`);
    if (variable.maxLength !== undefined && String(value).length > variable.maxLength) {
      problems.push(`variable "${name}" is longer than ${variable.maxLength} characters`);
    }
  }
  if (problems.length) throw new PromptRenderError(template.id, problems);
  const valueOf = (name: string) => {
    const variable = template.variables[name];
    const value = values[name];
    if (variable?.type === 'choice' && typeof value === 'string') return variable.choices?.[value] ?? '';
    return String(value ?? '');
  };
  const fill = (text: string) => text.replace(PLACEHOLDER, (_match, name: string) => valueOf(name));
  return [
    { role: 'system', content: fill(template.system).trim() },
    { role: 'user', content: fill(template.user).trim() },
  ];
}
