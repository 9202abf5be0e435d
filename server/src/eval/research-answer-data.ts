import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { normaliseAnswerText } from './citation-check';
import { loadDataset, selectQueries, type EvalDataset } from './datasets';
import { requireSharedData } from './paths';
import { sample } from './seeded-random';

/**
 * Question sets for research answers. Answerable: XQuAD-de / MLQA-de questions with their gold
 * answer spans, asked against that set's own paragraphs (the corpus the retrieval suite ingests).
 * Unanswerable: questions of the *other* set, asked against this corpus, keeping only those whose
 * gold answer occurs nowhere in it (so the corpus cannot support the answer), drawn with a seed.
 */
export const RESEARCH_SETS = ['xquad', 'mlqa'] as const;
export type ResearchSetName = (typeof RESEARCH_SETS)[number];

export interface ResearchItem {
  id: string;
  question: string;
  /** Gold answer spans (empty for unanswerable questions). */
  answers: string[];
  /** The paragraph that answers it (eval document id); null for unanswerable questions. */
  documentId: string | null;
  /** For unanswerable questions: the set the question comes from. */
  from?: ResearchSetName;
}

export interface ResearchSet {
  name: ResearchSetName;
  label: string;
  corpus: EvalDataset;
  answerable: ResearchItem[];
  unanswerable: ResearchItem[];
  /** How many questions of the other set were dropped because their answer occurs in this corpus. */
  droppedAsAnswerable: number;
}

const squadSchema = z.object({
  data: z.array(z.object({ paragraphs: z.array(z.object({ qas: z.array(z.object({ id: z.string(), answers: z.array(z.object({ text: z.string() })) })) })) })),
});
const mlqaLineSchema = z.object({ id: z.string(), answers: z.object({ text: z.array(z.string()) }) });

/** Gold answers by question id, read from the same files the retrieval datasets load. */
export function loadGoldAnswers(name: ResearchSetName): Map<string, string[]> {
  const answers = new Map<string, string[]>();
  if (name === 'xquad') {
    const file = squadSchema.parse(JSON.parse(readFileSync(requireSharedData('qa/xquad_de/xquad.de.json'), 'utf8')));
    for (const article of file.data) for (const paragraph of article.paragraphs) for (const qa of paragraph.qas) answers.set(qa.id, qa.answers.map((answer) => answer.text));
  } else {
    const lines = readFileSync(requireSharedData('qa/mlqa_de/mlqa_de-de_validation.jsonl'), 'utf8').split('\n').filter((line) => line.trim() !== '');
    for (const line of lines) {
      const parsed = mlqaLineSchema.parse(JSON.parse(line));
      answers.set(parsed.id, parsed.answers.text);
    }
  }
  return answers;
}

function answerableItems(dataset: EvalDataset, answers: Map<string, string[]>): ResearchItem[] {
  return dataset.queries.map((query) => ({
    id: query.id, question: query.question, answers: answers.get(query.id) ?? [], documentId: query.gold.documentId,
  }));
}

/**
 * Questions from `other` whose gold answers all do not occur in `corpus` (normalised, case-folded)
 * and whose paragraph is not part of it, in a seeded random order.
 */
export function unanswerableFrom(other: readonly ResearchItem[], corpus: EvalDataset, seed: number, from: ResearchSetName): { items: ResearchItem[]; dropped: number } {
  const corpusText = corpus.documents.map((document) => normaliseAnswerText(document.text));
  const keep = other.filter((item) => item.answers.length > 0 && item.answers.every((answer) => {
    const needle = normaliseAnswerText(answer);
    return needle.length > 0 && !corpusText.some((text) => text.includes(needle));
  }));
  const items = sample(keep, keep.length, seed).map((item) => ({ id: `${from}:${item.id}`, question: item.question, answers: [], documentId: null, from }));
  return { items, dropped: other.length - keep.length };
}

/**
 * One research set: the first `limit` answerable questions in id order (the retrieval suite's
 * order) and `unanswerable` questions drawn from the other set.
 */
export function loadResearchSet(name: ResearchSetName, options: { limit?: number; unanswerable: number; seed: number }): ResearchSet {
  const otherName: ResearchSetName = name === 'xquad' ? 'mlqa' : 'xquad';
  const corpus = loadDataset(name);
  const other = loadDataset(otherName);
  const answerable = answerableItems(corpus, loadGoldAnswers(name));
  const selectedIds = new Set(selectQueries(corpus.queries, 'all', options.limit).map((query) => query.id));
  const { items, dropped } = unanswerableFrom(answerableItems(other, loadGoldAnswers(otherName)), corpus, options.seed, otherName);
  return {
    name, label: corpus.label, corpus,
    answerable: answerable.filter((item) => selectedIds.has(item.id)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    unanswerable: items.slice(0, options.unanswerable),
    droppedAsAnswerable: dropped,
  };
}
