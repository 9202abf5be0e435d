import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadGesetze } from './gesetze-dataset';
import { slidingWindows } from './legal-windows';
import { requireSharedData } from './paths';

export const DATASET_NAMES = ['xquad', 'mlqa', 'buergerbot', 'legalquad', 'gesetze'] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

export function isDatasetName(value: string): value is DatasetName {
  return (DATASET_NAMES as readonly string[]).includes(value);
}

/** A file LLMoin ingests as its own document. */
export interface EvalDocument {
  /** Stable id, also used as the ingest `source`. */
  id: string;
  fileName: string;
  text: string;
}

/** A passage of the BM25 baseline's corpus. */
export interface BaselinePassage {
  id: string;
  text: string;
  /** For section gold: the eval document the passage comes from and its § / Art. label (`§ 70 VwGO`). */
  document?: string;
  section?: string | null;
}

/** A norm that answers a question: the law's file (eval document id), its abbreviation and `§ 70` / `Art. 19`. */
export interface SectionTarget {
  documentId: string;
  law: string;
  section: string;
}

/**
 * `document`: a result is a hit when it comes from the gold document (for the baseline: is the gold passage).
 * `answer`: a result is a hit when its text contains the answer (see {@link containsAnswer}).
 * `section`: a result is a hit when it lies in one of the target norms (same document, same § / Art.);
 * `documentId` is the first target's.
 */
export type Gold =
  | { kind: 'document'; documentId: string }
  | { kind: 'answer'; text: string; documentId: string }
  | { kind: 'section'; documentId: string; targets: SectionTarget[] };

export interface EvalQuery {
  id: string;
  question: string;
  gold: Gold;
}

export interface EvalDataset {
  name: DatasetName;
  label: string;
  /** What LLMoin ingests, one document each, in id order. */
  documents: EvalDocument[];
  /** What the baseline indexes; for document-gold sets the same texts with the same ids. */
  baselinePassages: BaselinePassage[];
  /** In id order (the order --limit and the dev/test split use). */
  queries: EvalQuery[];
  /** Overrides LLMOIN_CHUNK_SIZE / LLMOIN_CHUNK_OVERLAP for this set. */
  chunking: { chunkSize: number; chunkOverlap: number } | null;
  /**
   * `passages`: the baseline indexes {@link baselinePassages} as loaded. `service-chunks`: it indexes
   * the chunks the service produced on ingest (filled in by the evaluation), so both rank the same units.
   */
  baselineUnit: 'passages' | 'service-chunks';
  notes: string[];
}

/** NFC with whitespace runs collapsed: the comparison used by `answer` gold on both systems. */
export function normaliseForMatch(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** True when `passage` contains `answer` (both normalised with {@link normaliseForMatch}). */
export function containsAnswer(passage: string, answer: string): boolean {
  const needle = normaliseForMatch(answer);
  return needle.length > 0 && normaliseForMatch(passage).includes(needle);
}

/** The label the service gives a norm of a law (`§ 70 VwGO`, `Art. 19 GG`): how section gold is compared. */
export const targetLabel = (target: Pick<SectionTarget, 'law' | 'section'>): string => `${target.section} ${target.law}`;

/** One string per (document, section) pair, shared by the service judge and the Python baseline's `label` hits. */
export const sectionKey = (documentId: string, section: string | null | undefined): string => `${documentId}|${section ?? ''}`;

/** Every key that counts as a hit for section gold. */
export const goldSectionKeys = (gold: Extract<Gold, { kind: 'section' }>): string[] =>
  gold.targets.map((target) => sectionKey(target.documentId, targetLabel(target)));

/** A retrieved unit as the judge sees it: its eval document, its text and (for laws) the § it belongs to. */
export interface JudgedPassage {
  documentId: string;
  text: string;
  section?: string | null;
}

/** The one relevance rule for both systems (see {@link Gold}). */
export function isRelevant(gold: Gold, passage: JudgedPassage): boolean {
  switch (gold.kind) {
    case 'document':
      return passage.documentId === gold.documentId;
    case 'answer':
      return containsAnswer(passage.text, gold.text);
    case 'section':
      return goldSectionKeys(gold).includes(sectionKey(passage.documentId, passage.section));
  }
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export type Split = 'all' | 'dev' | 'test';

/**
 * The dev/test split used for tuning: queries in id order, first half dev, second half test. The
 * ids of XQuAD and MLQA are content hashes, so the halves are effectively random samples.
 */
export function selectQueries(queries: readonly EvalQuery[], split: Split, limit?: number): EvalQuery[] {
  const sorted = [...queries].sort(byId);
  const half = Math.ceil(sorted.length / 2);
  const chosen = split === 'dev' ? sorted.slice(0, half) : split === 'test' ? sorted.slice(half) : sorted;
  return limit === undefined ? chosen : chosen.slice(0, limit);
}

export function loadDataset(name: DatasetName): EvalDataset {
  switch (name) {
    case 'xquad':
      return loadXquad();
    case 'mlqa':
      return loadMlqa();
    case 'buergerbot':
      return loadBuergerbot();
    case 'legalquad':
      return loadLegalquad();
    case 'gesetze':
      return loadGesetze();
  }
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Documents = passages for sets whose gold is a whole passage. */
function passageDataset(
  name: DatasetName, label: string, documents: EvalDocument[], queries: EvalQuery[], notes: string[],
): EvalDataset {
  documents.sort(byId);
  return {
    name, label, documents, queries: queries.sort(byId),
    baselinePassages: documents.map(({ id, text }) => ({ id, text })),
    chunking: null, baselineUnit: 'passages', notes,
  };
}

interface SquadFile {
  data: Array<{ title?: string; paragraphs: Array<{ context: string; qas: Array<{ id: string; question: string; answers: Array<{ text: string; answer_start: number }> }> }> }>;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** XQuAD-de: the 240 unique paragraphs as passages, 1,190 questions. */
function loadXquad(): EvalDataset {
  const file = readJson<SquadFile>(requireSharedData('qa/xquad_de/xquad.de.json'));
  const documents: EvalDocument[] = [];
  const queries: EvalQuery[] = [];
  const idByContext = new Map<string, string>();
  file.data.forEach((article, a) => {
    article.paragraphs.forEach((paragraph, p) => {
      let id = idByContext.get(paragraph.context);
      if (id === undefined) {
        id = `xquad-${pad(a, 3)}-${pad(p, 2)}`;
        idByContext.set(paragraph.context, id);
        documents.push({ id, fileName: `${id}.txt`, text: paragraph.context });
      }
      for (const qa of paragraph.qas) queries.push({ id: qa.id, question: qa.question, gold: { kind: 'document', documentId: id } });
    });
  });
  return passageDataset('xquad', 'XQuAD-de', documents, queries, ['unique paragraphs as passages']);
}

interface MlqaLine {
  id: string;
  context: string;
  question: string;
}

/** MLQA de-de validation: the 456 unique paragraphs as passages, 512 questions. */
function loadMlqa(): EvalDataset {
  const lines = readFileSync(requireSharedData('qa/mlqa_de/mlqa_de-de_validation.jsonl'), 'utf8')
    .split('\n').filter((line) => line.trim().length > 0).map((line) => JSON.parse(line) as MlqaLine);
  lines.sort(byId);
  const documents: EvalDocument[] = [];
  const idByContext = new Map<string, string>();
  const queries = lines.map((line): EvalQuery => {
    let id = idByContext.get(line.context);
    if (id === undefined) {
      id = `mlqa-${pad(idByContext.size, 3)}`;
      idByContext.set(line.context, id);
      documents.push({ id, fileName: `${id}.txt`, text: line.context });
    }
    return { id: line.id, question: line.question, gold: { kind: 'document', documentId: id } };
  });
  return passageDataset('mlqa', 'MLQA-de validation', documents, queries, ['unique paragraphs as passages']);
}

interface BuergerbotPair {
  question: string;
  answer: string;
  source_document: string;
}

/** BürgerBot24: 191 LLM-written questions over the 930 Amt24 pages, one passage per page; gold = source_document. */
function loadBuergerbot(): EvalDataset {
  const pairs = readJson<BuergerbotPair[]>(requireSharedData('qa/buergerbot24_synthetic/question_answer_pairs.json'));
  const folder = requireSharedData('admin_corpus/amt24_sachsen/docs');
  const files = readdirSync(folder).filter((file) => file.endsWith('.md')).sort();
  const documents = files.map((file): EvalDocument => ({
    id: file.normalize('NFC'), fileName: file.normalize('NFC'), text: readFileSync(path.join(folder, file), 'utf8'),
  }));
  const known = new Set(documents.map((document) => document.id));
  const queries = pairs.map((pair, index): EvalQuery => {
    const gold = pair.source_document.normalize('NFC');
    if (!known.has(gold)) throw new Error(`BürgerBot24 question ${index} names ${gold}, which is not in ${folder}`);
    return { id: `bb-${pad(index, 3)}`, question: pair.question, gold: { kind: 'document', documentId: gold } };
  });
  return passageDataset('buergerbot', 'BürgerBot24', documents, queries, [
    'questions are LLM-generated (silver)', 'one passage per Amt24 page; LLMoin ingests the page as Markdown',
  ]);
}

interface LegalquadFile {
  data: Array<{ paragraphs: Array<{ context: string; qas: Array<{ id: string | number; question: string; answers: Array<{ text: string; answer_start: number }> }> }> }>;
}

/**
 * LegalQuAD: 200 court decisions, one question each. Baseline passages are ~1,000-char windows
 * with 200 overlap; LLMoin ingests each decision and chunks it with 1000/200. Hit = the passage or
 * chunk contains the answer. The answer is the annotated span as it stands in the decision (for
 * one question the annotated text differs from the decision by one character).
 */
function loadLegalquad(): EvalDataset {
  const file = readJson<LegalquadFile>(requireSharedData('qa/legalquad/LegalQuAD.json'));
  const documents: EvalDocument[] = [];
  const baselinePassages: BaselinePassage[] = [];
  const queries: EvalQuery[] = [];
  const idByContext = new Map<string, string>();
  file.data.forEach((article, a) => {
    article.paragraphs.forEach((paragraph) => {
      let id = idByContext.get(paragraph.context);
      if (id === undefined) {
        id = `legalquad-${pad(a, 3)}`;
        idByContext.set(paragraph.context, id);
        documents.push({ id, fileName: `${id}.txt`, text: paragraph.context });
        slidingWindows(paragraph.context, 1000, 200).forEach((window, w) => {
          baselinePassages.push({ id: `${id}-w${pad(w, 3)}`, text: paragraph.context.slice(window.start, window.end) });
        });
      }
      for (const qa of paragraph.qas) {
        const answer = qa.answers[0];
        if (!answer) continue;
        const span = paragraph.context.slice(answer.answer_start, answer.answer_start + answer.text.length);
        queries.push({ id: String(qa.id), question: qa.question, gold: { kind: 'answer', text: span, documentId: id } });
      }
    });
  });
  return {
    name: 'legalquad', label: 'LegalQuAD', documents: documents.sort(byId), baselinePassages, queries: queries.sort(byId),
    chunking: { chunkSize: 1000, chunkOverlap: 200 }, baselineUnit: 'passages',
    notes: ['hit = passage/chunk contains the answer span', 'baseline: ~1,000-char windows, 200 overlap; LLMoin: chunkSize 1000 / overlap 200'],
  };
}
