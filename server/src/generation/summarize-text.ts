import { GenerationUnavailableError } from '../inference';
import { countWords, planMapReduce, summarizeExtractively, wordBudget, type SummaryLength, type SummaryStyle } from './summarize';
import { promptBudgetChars, runPrompt } from './run-prompt';
import { generativeStream, addUsage, NO_USAGE, type GenerationContext, type PromptReference, type ResultProvenance, type RunOptions } from './use-case';

export const SUMMARIZE_PROMPT_IDS = ['summarize', 'summarize-map', 'summarize-reduce'] as const;

export type SummaryAudience = 'fachpublikum' | 'buergerinnen';

export interface SummarizeInput {
  text: string;
  length: SummaryLength;
  style: SummaryStyle;
  audience: SummaryAudience;
}

export interface SummaryResult extends ResultProvenance {
  summary: string;
  words: number;
  targetWords: number;
  /** Extractive mode: the chosen sentences with offsets into the input (verbatim quotes). */
  sentences: Array<{ start: number; end: number; text: string }>;
  /** Generative mode on long texts: how the text was split (map-reduce). */
  mapReduce: { windows: number; preselected: boolean } | null;
}

const MAP_MAX_TOKENS = 256;

/**
 * Summarize: in one prompt when the text fits the model's context, else map-reduce (notes per
 * window, then one summary from all notes). Texts beyond the window limit are first reduced
 * extractively so every part of the document is still represented. Without a model (or when it
 * is down or overloaded) the extractive summary of the requested length is returned.
 */
export async function summarizeText(context: GenerationContext, input: SummarizeInput, options: RunOptions & { maxWindows: number }): Promise<SummaryResult> {
  // Ranking sentences costs real time on long documents: only the degraded path needs it.
  const degraded = (fallback: { reason: string } | null, usage = NO_USAGE): SummaryResult => {
    const extractive = summarizeExtractively({ text: input.text, length: input.length, style: input.style });
    options.events?.onStart?.({ mode: 'extractive', model: null });
    options.events?.onDelta?.(extractive.summary);
    return {
      mode: 'extractive', model: null, prompts: [], fallback, usage, summary: extractive.summary, words: extractive.words,
      targetWords: extractive.targetWords, sentences: extractive.sentences, mapReduce: null,
    };
  };
  const model = context.generation;
  if (!model) return degraded(null);
  // The same budget the extractive summary would use, so both modes honour one length.
  const targetWords = wordBudget(input.length, countWords(input.text));
  const choices = { style: input.style, audience: input.audience };
  const budget = promptBudgetChars(model, context.maxPromptChars, context.maxTokens);
  const used: PromptReference[] = [];
  let usage = NO_USAGE;
  const stream = generativeStream(options.events, model.modelId);
  const onDelta = stream.onDelta;
  const maxTokens = Math.min(context.maxTokens, Math.max(64, Math.ceil(targetWords * 2.2)));
  try {
    let summary: string;
    let mapReduce: SummaryResult['mapReduce'] = null;
    if (input.text.length <= budget) {
      const run = await runPrompt(model, context.prompts.get('summarize'), { text: input.text, words: targetWords, ...choices }, {
        maxTokens, privacy: context.privacy, onDelta, ...(options.signal ? { signal: options.signal } : {}),
      });
      used.push(run.prompt);
      usage = run.usage;
      summary = run.text;
    } else {
      // Too many windows would mean too many model calls: keep the most representative sentences first.
      const preselected = input.text.length > budget * options.maxWindows;
      const source = preselected
        ? summarizeExtractively({ text: input.text, length: { words: Math.floor((budget * options.maxWindows) / 8) }, style: 'fliesstext' }).summary
        : input.text;
      const windows = planMapReduce(source, { maxChars: budget });
      const notes: string[] = [];
      const mapTemplate = context.prompts.get('summarize-map');
      for (const [index, window] of windows.entries()) {
        options.events?.onProgress?.({ stage: 'map', done: index, total: windows.length });
        const run = await runPrompt(model, mapTemplate, { text: window.text, part: index + 1, parts: windows.length }, {
          maxTokens: Math.min(context.maxTokens, MAP_MAX_TOKENS), privacy: context.privacy, ...(options.signal ? { signal: options.signal } : {}),
        });
        if (index === 0) used.push(run.prompt);
        usage = addUsage(usage, run.usage);
        notes.push(`Abschnitt ${index + 1}:\n${run.text}`);
      }
      options.events?.onProgress?.({ stage: 'map', done: windows.length, total: windows.length });
      const reduce = await runPrompt(model, context.prompts.get('summarize-reduce'), { notes: notes.join('\n\n'), words: targetWords, ...choices }, {
        maxTokens, privacy: context.privacy, onDelta, ...(options.signal ? { signal: options.signal } : {}),
      });
      used.push(reduce.prompt);
      usage = addUsage(usage, reduce.usage);
      summary = reduce.text;
      mapReduce = { windows: windows.length, preselected };
    }
    return {
      mode: 'generative', model: model.modelId, prompts: used, fallback: null, usage, summary, words: countWords(summary), targetWords, sentences: [], mapReduce,
    };
  } catch (error) {
    if (error instanceof GenerationUnavailableError && !stream.started) return degraded({ reason: error.reason }, usage);
    throw error;
  }
}
