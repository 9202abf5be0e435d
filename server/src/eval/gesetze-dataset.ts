import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readFrontMatter } from '../ingest/chunking';
import type { EvalDataset, EvalDocument, EvalQuery, SectionTarget } from './datasets';
import { repoRoot, requireSharedData } from './paths';

/** The clerk-style questions over the federal laws, relative to the repository root. */
export const CLERK_QUESTIONS_FILE = 'eval/datasets/clerk-law-questions.jsonl';

/** `§ 70`, `§ 42a`, `Art. 19`, `Art. 45c`: how a norm is named in the question file. */
const SECTION = /^(?:§|Art\.) \d+[a-z]?$/;

const normSchema = z.object({
  law: z.string().min(1),
  section: z.string().regex(SECTION, 'section must look like "§ 70" or "Art. 19"'),
});

const clerkQuestionSchema = normSchema.extend({
  id: z.string().regex(/^[\w-]+$/),
  question: z.string().min(10),
  alsoAccept: z.array(normSchema).optional(),
  note: z.string().optional(),
}).strict();

export type ClerkQuestion = z.infer<typeof clerkQuestionSchema>;

/** Parses the JSONL question file; throws naming the line of the first invalid record or duplicate id. */
export function parseClerkQuestions(text: string, source = CLERK_QUESTIONS_FILE): ClerkQuestion[] {
  const questions: ClerkQuestion[] = [];
  const ids = new Set<string>();
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`${source}:${index + 1}: not JSON`);
    }
    const parsed = clerkQuestionSchema.safeParse(value);
    if (!parsed.success) throw new Error(`${source}:${index + 1}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`);
    if (ids.has(parsed.data.id)) throw new Error(`${source}:${index + 1}: duplicate id ${parsed.data.id}`);
    ids.add(parsed.data.id);
    questions.push(parsed.data);
  });
  return questions;
}

export function readClerkQuestions(file = path.join(repoRoot(), CLERK_QUESTIONS_FILE)): ClerkQuestion[] {
  return parseClerkQuestions(readFileSync(file, 'utf8'), path.relative(repoRoot(), file));
}

/** A law file of the shared corpus with its abbreviation from the front matter (`jurabk`), as ingest reads it. */
export interface LawFile {
  fileName: string;
  law: string;
  text: string;
}

/** All law Markdown files of `gesetze/` (MANIFEST.md excluded), in file-name order. */
export function readLawFiles(folder = requireSharedData('gesetze')): LawFile[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.md') && file !== 'MANIFEST.md')
    .sort()
    .map((fileName) => {
      const text = readFileSync(path.join(folder, fileName), 'utf8');
      const law = readFrontMatter(text).fields.jurabk;
      if (!law) throw new Error(`${path.join(folder, fileName)} has no jurabk in its front matter`);
      return { fileName, law, text };
    });
}

/**
 * The clerk questions over all 209 federal laws. LLMoin ingests every law file as it would the
 * corpus (Markdown, chunked at § / Art.); the baseline ranks the same chunks. A result is a hit
 * when it lies in the gold norm or one of its `alsoAccept` alternatives.
 */
export function loadGesetze(): EvalDataset {
  const laws = readLawFiles();
  const fileOfLaw = new Map<string, string>();
  for (const law of laws) {
    if (fileOfLaw.has(law.law)) throw new Error(`two law files share the abbreviation ${law.law}`);
    fileOfLaw.set(law.law, law.fileName);
  }
  const target = (norm: { law: string; section: string }, id: string): SectionTarget => {
    const documentId = fileOfLaw.get(norm.law);
    if (!documentId) throw new Error(`${CLERK_QUESTIONS_FILE}: ${id} names the law "${norm.law}", which no file in gesetze/ has as jurabk`);
    return { documentId, law: norm.law, section: norm.section };
  };
  const queries = readClerkQuestions().map((question): EvalQuery => {
    const targets = [question, ...(question.alsoAccept ?? [])].map((norm) => target(norm, question.id));
    return { id: question.id, question: question.question, gold: { kind: 'section', documentId: targets[0]!.documentId, targets } };
  });
  const documents = laws.map(({ fileName, text }): EvalDocument => ({ id: fileName, fileName, text }));
  return {
    name: 'gesetze', label: 'Gesetze (clerk questions)', documents, baselinePassages: [],
    queries: queries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    chunking: null, baselineUnit: 'service-chunks',
    notes: [
      'questions written by the project in clerk style; gold norms checked against the statute text',
      'hit = a chunk of the gold law whose § / Art. (the Markdown heading it lies under) is the gold norm or an alsoAccept norm',
      'bm25s ranks the service\'s own chunks, each with the fields the service indexes (law title and abbreviation, section label, heading, text)',
    ],
  };
}
