import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { PLACEHOLDER, type PromptTemplate } from './prompt-template';

const frontMatterSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and hyphens'),
    version: z.number().int().positive(),
    task: z.string().min(1),
    description: z.string().default(''),
    variables: z.record(
      z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/),
      z.object({
        type: z.enum(['string', 'number', 'choice']),
        required: z.boolean().default(true),
        maxLength: z.number().int().positive().optional(),
        choices: z.record(z.string().regex(/^[a-z0-9-]+$/), z.string().min(1)).optional(),
        description: z.string().optional(),
      }).strict().refine((variable) => (variable.type === 'choice') === (variable.choices !== undefined && Object.keys(variable.choices).length > 0), {
        message: 'a choice variable needs a non-empty "choices" map, and only choice variables may have one',
      }),
    ),
  })
  .strict();

/** Start-up fails with every problem in every prompt file listed. */
export class PromptValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid prompts:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'PromptValidationError';
  }
}

/** The prompts an installation uses, by id; an administrator adds one by adding a file. */
export class PromptLibrary {
  constructor(private readonly templates: Map<string, PromptTemplate>) {}

  get(id: string): PromptTemplate {
    const template = this.templates.get(id);
    if (!template) throw new PromptValidationError([`no prompt with id "${id}" in the prompts folder`]);
    return template;
  }

  has(id: string): boolean {
    return this.templates.has(id);
  }

  list(): PromptTemplate[] {
    return [...this.templates.values()];
  }
}

/** Reads every `*.md` in the folder (README.md excepted) and validates it. */
export function loadPromptLibrary(directory: string, required: string[] = []): PromptLibrary {
  const problems: string[] = [];
  const templates = new Map<string, PromptTemplate>();
  const files = fs.existsSync(directory) ? fs.readdirSync(directory).filter((name) => name.endsWith('.md') && name !== 'README.md').sort() : [];
  for (const name of files) {
    const file = path.join(directory, name);
    const parsed = parsePromptFile(file, fs.readFileSync(file, 'utf8'));
    if ('problems' in parsed) problems.push(...parsed.problems);
    else if (templates.has(parsed.id)) problems.push(`${name}: duplicate prompt id "${parsed.id}"`);
    else templates.set(parsed.id, parsed);
  }
  for (const id of required) if (!templates.has(id)) problems.push(`required prompt "${id}" is missing from ${directory}`);
  if (problems.length) throw new PromptValidationError(problems);
  return new PromptLibrary(templates);
}

export function parsePromptFile(file: string, text: string): PromptTemplate | { problems: string[] } {
  const name = path.basename(file);
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text.replace(/\r\n/g, '\n'));
  if (!match?.[1] || match[2] === undefined) return { problems: [`${name}: missing front matter (--- … ---)`] };
  let raw: unknown;
  try {
    raw = parseYaml(match[1]);
  } catch (error) {
    return { problems: [`${name}: front matter is not valid YAML (${error instanceof Error ? error.message : String(error)})`] };
  }
  const front = frontMatterSchema.safeParse(raw);
  if (!front.success) return { problems: front.error.issues.map((issue) => `${name}: ${issue.path.join('.') || 'front matter'}: ${issue.message}`) };
  const sections = splitSections(match[2]);
  const problems: string[] = [];
  if (sections.system === undefined) problems.push(`${name}: missing "## system" section`);
  if (sections.user === undefined) problems.push(`${name}: missing "## user" section`);
  const used = new Set([...`${sections.system ?? ''}\n${sections.user ?? ''}`.matchAll(PLACEHOLDER)].map((found) => found[1] as string));
  for (const variable of used) if (!(variable in front.data.variables)) problems.push(`${name}: placeholder {{${variable}}} is not declared`);
  for (const variable of Object.keys(front.data.variables)) if (!used.has(variable)) problems.push(`${name}: variable "${variable}" is declared but never used`);
  if (problems.length) return { problems };
  return { ...front.data, system: sections.system ?? '', user: sections.user ?? '', file };
}

function splitSections(body: string): { system?: string; user?: string } {
  const result: { system?: string; user?: string } = {};
  const parts = body.split(/^## (system|user)[ \t]*$/m);
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i] as 'system' | 'user';
    result[key] = (parts[i + 1] ?? '').trim();
  }
  return result;
}
