import type { ResultProvenance } from '../generation/use-case';

/** The provenance every assistant response carries, so users and auditors see which path produced it. */
export function presentProvenance(result: ResultProvenance) {
  return {
    mode: result.mode,
    model: result.model,
    prompts: result.prompts,
    fallback: result.fallback,
    usage: result.usage,
  };
}
