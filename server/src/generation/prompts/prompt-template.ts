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

/** A placeholder that is the only content of a tag pair, e.g. `<text>\n{{text}}\n</text>`: its value is data. */
const DELIMITED_PLACEHOLDER = /<([A-Za-z][\w-]*)(?:\s[^<>]*)?>\s*\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}\s*<\/\1\s*>/g;

/**
 * Chat-template control tokens of common model families (ChatML `<|im_end|>`, Llama 3
 * `<|eot_id|>`, Gemma `<start_of_turn>`, Llama 2 / Mistral `[INST]`, `<<SYS>>`, `<s>`, DeepSeek
 * `<｜…｜>`). Tokenizers turn these strings into real control tokens, so text carrying them could
 * end the user turn and open a system turn of its own.
 */
const CONTROL_TOKEN = /<\|[^|<>\s]{1,40}\|>|<｜[^｜<>\s]{1,40}｜>|<\/?s>|<<\/?SYS>>|<(?:start|end)_of_turn>|\[\/?INST\]/gi;

/** Defuses control tokens by swapping their first character for a look-alike the tokenizer does not match. */
export function neutralizeControlTokens(text: string): string {
  return text.replace(CONTROL_TOKEN, (token) => (token.startsWith('[') ? `［${token.slice(1)}` : `‹${token.slice(1)}`));
}

/** Data inside `<tag>…</tag>` can neither close that block nor open another: `<tag` and `</tag` (any case, inner spaces) lose their `<`. */
export function neutralizeDelimiter(text: string, tag: string): string {
  const escaped = tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`<(\\s*\\/?\\s*${escaped})(?![\\w-])`, 'gi'), '‹$1');
}

/** Which variables a template wraps in a tag pair, by name → tag (the same in system and user). */
export function delimitedVariables(template: Pick<PromptTemplate, 'system' | 'user'>): Map<string, string> {
  const wrapped = new Map<string, string>();
  for (const section of [template.system, template.user]) {
    for (const match of section.matchAll(DELIMITED_PLACEHOLDER)) if (match[1] && match[2]) wrapped.set(match[2], match[1]);
  }
  return wrapped;
}

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
  const delimited = delimitedVariables(template);
  // Values are data: no control tokens anywhere, and a delimited value cannot break out of its tags.
  const valueOf = (name: string) => {
    const variable = template.variables[name];
    const value = values[name];
    if (variable?.type === 'choice' && typeof value === 'string') return variable.choices?.[value] ?? '';
    const text = neutralizeControlTokens(String(value ?? ''));
    const tag = delimited.get(name);
    return tag ? neutralizeDelimiter(text, tag) : text;
  };
  const fill = (text: string) => text.replace(PLACEHOLDER, (_match, name: string) => valueOf(name));
  return [
    { role: 'system', content: fill(template.system).trim() },
    { role: 'user', content: fill(template.user).trim() },
  ];
}
