import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { PLACEHOLDER } from '../prompts/prompt-template';
import { DOCUMENT_TYPES, PLACEHOLDER_LABELS, type DocumentType } from './draft-fields';

export interface DraftTemplate {
  type: DocumentType;
  version: number;
  label: string;
  description: string;
  letter: boolean;
  required: string[];
  body: string;
  file: string;
}

const frontMatterSchema = z
  .object({
    type: z.enum(DOCUMENT_TYPES),
    version: z.number().int().positive(),
    label: z.string().min(1),
    description: z.string().min(1),
    letter: z.boolean(),
    required: z.array(z.string()).default([]),
  })
  .strict();

const LETTER_HEAD_FIELDS = ['betreff', 'aktenzeichen', 'datum'];

export class DraftTemplateError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid draft templates:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'DraftTemplateError';
  }
}

/**
 * Reads prompts/drafts/<type>.md: the DIN 5008 outline of each document type, with declared
 * placeholders. Every type must have a template; an unknown placeholder fails the start.
 */
export function loadDraftTemplates(directory: string): Map<DocumentType, DraftTemplate> {
  const problems: string[] = [];
  const templates = new Map<DocumentType, DraftTemplate>();
  const files = fs.existsSync(directory) ? fs.readdirSync(directory).filter((name) => name.endsWith('.md') && name !== 'README.md').sort() : [];
  for (const name of files) {
    const file = path.join(directory, name);
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n'));
    if (!match?.[1] || match[2] === undefined) {
      problems.push(`${name}: missing front matter (--- … ---)`);
      continue;
    }
    let raw: unknown;
    try {
      raw = parseYaml(match[1]);
    } catch (error) {
      problems.push(`${name}: front matter is not valid YAML (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    const front = frontMatterSchema.safeParse(raw);
    if (!front.success) {
      problems.push(...front.error.issues.map((issue) => `${name}: ${issue.path.join('.') || 'front matter'}: ${issue.message}`));
      continue;
    }
    const body = match[2].trim();
    const used = [...body.matchAll(PLACEHOLDER)].map((found) => found[1] as string);
    for (const placeholder of used) if (!(placeholder in PLACEHOLDER_LABELS)) problems.push(`${name}: unknown placeholder {{${placeholder}}}`);
    // A letter's head (DIN 5008) carries Betreff, Aktenzeichen and Datum outside the body.
    const inHead = front.data.letter ? LETTER_HEAD_FIELDS : [];
    for (const field of front.data.required) if (!used.includes(field) && !inHead.includes(field)) problems.push(`${name}: required field "${field}" is not used in the template`);
    if (templates.has(front.data.type)) problems.push(`${name}: second template for type "${front.data.type}"`);
    templates.set(front.data.type, { ...front.data, body, file });
  }
  for (const type of DOCUMENT_TYPES) if (!templates.has(type)) problems.push(`no template for document type "${type}" in ${directory}`);
  if (problems.length) throw new DraftTemplateError(problems);
  return templates;
}
