import { GenerationUnavailableError } from '../inference';
import { runPrompt } from './run-prompt';
import {
  checkPlainLanguage, compareReports, type PlainLanguageLevel, type PlainLanguageReport, type PlainLanguageRuleSet, type ReportComparison,
} from './simplify';
import { generativeStream, NO_USAGE, type GenerationContext, type ResultProvenance, type RunOptions } from './use-case';

export const SIMPLIFY_PROMPT_ID = 'simplify';

export interface SimplifyInput {
  text: string;
  level: PlainLanguageLevel;
}

export interface SimplifyResult extends ResultProvenance {
  level: PlainLanguageLevel;
  /** The simplified text; null in `rules` mode (no model: only the report on the original). */
  text: string | null;
  before: PlainLanguageReport;
  after: PlainLanguageReport | null;
  comparison: ReportComparison | null;
}

/**
 * Simplify: the model rewrites the text following the level's rules (taken from the rule files,
 * so the prompt and the checker agree); both versions are checked and compared rule by rule.
 * Without a model the rule report on the original is returned, so a clerk can revise it by hand.
 */
export async function simplifyText(context: GenerationContext & { rules: PlainLanguageRuleSet }, input: SimplifyInput, options: RunOptions = {}): Promise<SimplifyResult> {
  const before = checkPlainLanguage(input.text, input.level, context.rules);
  const reportOnly = (fallback: { reason: string } | null): SimplifyResult => {
    options.events?.onStart?.({ mode: 'rules', model: null });
    return { mode: 'rules', model: null, prompts: [], fallback, usage: NO_USAGE, level: input.level, text: null, before, after: null, comparison: null };
  };
  const model = context.generation;
  if (!model) return reportOnly(null);
  const stream = generativeStream(options.events, model.modelId);
  try {
    const run = await runPrompt(model, context.prompts.get(SIMPLIFY_PROMPT_ID), { text: input.text, level: input.level, rules: describeRules(context.rules, input.level) }, {
      maxTokens: context.maxTokens, privacy: context.privacy, ...(options.signal ? { signal: options.signal } : {}),
      onDelta: stream.onDelta,
    });
    const after = checkPlainLanguage(run.text, input.level, context.rules);
    return {
      mode: 'generative', model: model.modelId, prompts: [run.prompt], fallback: null, usage: run.usage, level: input.level, text: run.text,
      before, after, comparison: compareReports(before, after),
    };
  } catch (error) {
    if (error instanceof GenerationUnavailableError && !stream.started) return reportOnly({ reason: error.reason });
    throw error;
  }
}

/** The enabled rules of a level as a bullet list for the prompt: name and first sentence of the description. */
export function describeRules(rules: PlainLanguageRuleSet, level: PlainLanguageLevel): string {
  return rules[level].rules
    .map((rule) => `- ${rule.name}: ${(rule.description.match(/^.*?[.!?](?=\s|$)/)?.[0] ?? rule.description).trim()}`)
    .join('\n');
}
