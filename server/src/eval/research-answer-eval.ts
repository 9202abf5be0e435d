import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../config';
import { buildService, type Service } from '../dependencies';
import { DEFAULT_RESEARCH_MIN_COVERAGE, researchQuestion, type ResearchAnswer, type ResearchContext } from '../generation';
import { createLogger } from '../platform/logger';
import { containsGoldAnswer, isRefusal, offsetsExact, scoreQuotations, type CitationScore } from './citation-check';
import { repoRoot } from './paths';
import type { ResearchItem, ResearchSet } from './research-answer-data';
import { ingestDataset, progressBar, type IngestedService } from './run-system';

/** Passages per answer: the research endpoint's default. */
export const RESEARCH_K = 5;

export interface ResearchEvalOptions {
  /** A registered generation model (e.g. test-generator); null = extractive mode (no model). */
  model: string | null;
  maxTokens: number;
  progress: boolean;
}

export interface ResearchItemResult {
  id: string;
  kind: 'answerable' | 'unanswerable';
  question: string;
  mode: ResearchAnswer['mode'];
  fallback: string | null;
  found: boolean;
  refused: boolean;
  /** Answerable only: the answer text contains a gold answer. */
  contained: boolean | null;
  /** Answerable only: one of the cited passages contains a gold answer (what the answer could at best contain). */
  passageContained: boolean | null;
  /** Answerable only: a passage from the gold paragraph was cited. */
  goldCited: boolean | null;
  quotations: CitationScore;
  citations: number;
  /** Citations whose offsets cut exactly their quote out of the source document. */
  exactOffsets: number;
  completionTokens: number;
  ms: number;
  answer: string;
}

export interface ResearchRun {
  set: string;
  mode: 'extractive' | 'generative';
  model: string | null;
  prompt: { id: string; version: number } | null;
  ingestSeconds: number;
  chunks: number;
  results: ResearchItemResult[];
}

const clip = (text: string, limit = 600) => (text.length > limit ? `${text.slice(0, limit - 1)}…` : text);

/** A service holding only the generation model (the corpus service is built by the retrieval eval's ingest). */
async function generationService(model: string): Promise<{ service: Service; close: () => Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-eval-generation-'));
  const root = repoRoot();
  const config = loadConfig({
    LLMOIN_DATA_DIR: dataDir, LLMOIN_MODELS_DIR: path.join(root, 'models'), LLMOIN_PROMPTS_DIR: path.join(root, 'prompts'),
    LLMOIN_RULES_DIR: path.join(root, 'rules'), LLMOIN_GENERATION_MODEL: model, LLMOIN_INGEST_CORPUS_ON_START: 'false', LLMOIN_LOG_LEVEL: 'silent',
  }, root);
  const service = await buildService(config, createLogger('silent'));
  const status = service.deps.status().models.generation;
  if (!status.loaded) {
    await service.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw new Error(`generation model "${model}" could not be loaded: ${status.error ?? 'unknown reason'}`);
  }
  return { service, close: async () => { await service.close(); fs.rmSync(dataDir, { recursive: true, force: true }); } };
}

function scoreAnswer(item: ResearchItem, kind: ResearchItemResult['kind'], answer: ResearchAnswer, ingested: IngestedService, sources: Map<string, string>, ms: number): ResearchItemResult {
  const sourceOf = (documentId: string) => sources.get(ingested.evalIdOf.get(documentId) ?? '') ?? '';
  const places = answer.citations.map((citation) => ({ marker: citation.marker, sourceText: sourceOf(citation.passage.documentId).slice(citation.passage.start, citation.passage.end) }));
  const answerable = kind === 'answerable';
  return {
    id: item.id, kind, question: item.question, mode: answer.mode, fallback: answer.fallback?.reason ?? null, found: answer.found, refused: isRefusal(answer),
    contained: answerable ? containsGoldAnswer(answer.answer, item.answers) : null,
    passageContained: answerable ? answer.citations.some((citation) => containsGoldAnswer(citation.passage.quote, item.answers)) : null,
    goldCited: answerable ? answer.citations.some((citation) => ingested.evalIdOf.get(citation.passage.documentId) === item.documentId) : null,
    quotations: scoreQuotations(answer.answer, places),
    citations: answer.citations.length,
    exactOffsets: answer.citations.filter((citation) => offsetsExact(citation, sourceOf(citation.passage.documentId))).length,
    completionTokens: answer.usage.completionTokens,
    ms, answer: clip(answer.answer),
  };
}

/**
 * Ingests the set's corpus through the real service, then asks every answerable and unanswerable
 * question through researchQuestion (extractive without a model, generative with one) and scores
 * each answer against the source texts the evaluation fed in.
 */
export async function evaluateResearchSet(set: ResearchSet, options: ResearchEvalOptions): Promise<ResearchRun> {
  const context = { progress: options.progress, label: `research ${set.name}` };
  const ingested = await ingestDataset(set.corpus, 'lexical', context);
  const generator = options.model ? await generationService(options.model) : null;
  try {
    const generation = generator ? generator.service.deps.models.defaultGeneration() : null;
    const research: ResearchContext = {
      retriever: ingested.service.deps.retriever, analyzer: ingested.service.deps.analyzer, prompts: ingested.service.deps.prompts,
      generation, maxTokens: options.maxTokens,
    };
    // A leading byte-order mark is an encoding marker, not text: the service drops it, so offsets count from after it.
    const sources = new Map(set.corpus.documents.map((document) => [document.id, document.text.replace(/^\uFEFF/, '')]));
    const items = [
      ...set.answerable.map((item) => ({ item, kind: 'answerable' as const })),
      ...set.unanswerable.map((item) => ({ item, kind: 'unanswerable' as const })),
    ];
    const bar = progressBar(context, options.model ? `answers (${options.model})` : 'answers (extractive)');
    bar?.start(items.length, 0);
    const results: ResearchItemResult[] = [];
    let prompt: ResearchRun['prompt'] = null;
    for (const { item, kind } of items) {
      const started = performance.now();
      // The service's default relevance threshold, so the evaluation measures what clerks get.
      const answer = await researchQuestion(research, { question: item.question, k: RESEARCH_K, minCoverage: DEFAULT_RESEARCH_MIN_COVERAGE });
      prompt ??= answer.prompt;
      results.push(scoreAnswer(item, kind, answer, ingested, sources, performance.now() - started));
      bar?.increment();
    }
    bar?.stop();
    return {
      set: set.name, mode: generation ? 'generative' : 'extractive', model: generation?.modelId ?? null, prompt,
      ingestSeconds: ingested.ingestSeconds, chunks: ingested.chunks, results,
    };
  } finally {
    ingested.close();
    await generator?.close();
  }
}

/** Shares are null when nothing was there to measure (no quotation, no answerable question, …). */
export interface ResearchSummary {
  answerable: number;
  unanswerable: number;
  /** Verified quotations / quotations, over all answers. */
  citationPrecision: number | null;
  quotations: number;
  /** Citations with exact offsets / citations. */
  offsetPrecision: number | null;
  answerContainment: number | null;
  passageContainment: number | null;
  goldCited: number | null;
  refusalRate: number | null;
  falseRefusalRate: number | null;
  /** Answers that fell back to extractive (generative runs). */
  fallbacks: number;
  msPerAnswer: number;
  tokensPerAnswer: number;
}

const share = (count: number, total: number): number | null => (total === 0 ? null : count / total);
const mean = (total: number, count: number) => (count === 0 ? 0 : total / count);

export function summarizeResearch(results: readonly ResearchItemResult[]): ResearchSummary {
  const answerable = results.filter((result) => result.kind === 'answerable');
  const unanswerable = results.filter((result) => result.kind === 'unanswerable');
  const quotations = results.reduce((sum, result) => sum + result.quotations.quotes, 0);
  const citations = results.reduce((sum, result) => sum + result.citations, 0);
  return {
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    citationPrecision: share(results.reduce((sum, result) => sum + result.quotations.verified, 0), quotations),
    quotations,
    offsetPrecision: share(results.reduce((sum, result) => sum + result.exactOffsets, 0), citations),
    answerContainment: share(answerable.filter((result) => result.contained).length, answerable.length),
    passageContainment: share(answerable.filter((result) => result.passageContained).length, answerable.length),
    goldCited: share(answerable.filter((result) => result.goldCited).length, answerable.length),
    refusalRate: share(unanswerable.filter((result) => result.refused).length, unanswerable.length),
    falseRefusalRate: share(answerable.filter((result) => result.refused).length, answerable.length),
    fallbacks: results.filter((result) => result.fallback !== null).length,
    msPerAnswer: mean(results.reduce((sum, result) => sum + result.ms, 0), results.length),
    tokensPerAnswer: mean(results.reduce((sum, result) => sum + result.completionTokens, 0), results.length),
  };
}
