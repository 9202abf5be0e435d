import { z } from 'zod';
import type { AnalyzedText } from './text-units';

/** What a rule's rate is measured against: sentences or words. */
export type CheckUnit = 'sentence' | 'word';

/** One violation: exact offsets into the checked text and the values its hint is filled with. */
export interface Finding {
  start: number;
  end: number;
  /** Index of the sentence or word (per the checker's unit) the finding counts against. */
  unit: number;
  values: Record<string, string | number>;
}

export type RunCheck = (analyzed: AnalyzedText) => Finding[];

export interface ParameterIssue {
  path: string;
  message: string;
}

/**
 * A checker kind implemented in code. Rules in the YAML files pick one by name and supply its
 * parameters; the kind validates them and compiles them once (word sets, patterns) at load time.
 */
export interface CheckerKind {
  readonly kind: string;
  readonly unit: CheckUnit;
  /** Placeholders a hint template may use, e.g. {words}. */
  readonly hintVariables: readonly string[];
  /** German hint used when the rule does not define one. */
  readonly defaultHint: string;
  prepare(parameters: unknown): { ok: true; run: RunCheck; parameters: unknown } | { ok: false; issues: ParameterIssue[] };
}

interface CheckerDefinition<P> {
  kind: string;
  unit: CheckUnit;
  hintVariables: readonly string[];
  defaultHint: string;
  parameters: z.ZodType<P>;
  compile(parameters: P): RunCheck;
}

/** Binds a parameter schema to its compiler, hiding the parameter type behind CheckerKind. */
export function defineChecker<P>(definition: CheckerDefinition<P>): CheckerKind {
  return {
    kind: definition.kind,
    unit: definition.unit,
    hintVariables: definition.hintVariables,
    defaultHint: definition.defaultHint,
    prepare(raw) {
      const parsed = definition.parameters.safeParse(raw ?? {});
      if (!parsed.success) {
        return { ok: false, issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })) };
      }
      return { ok: true, run: definition.compile(parsed.data), parameters: parsed.data };
    },
  };
}

/** A non-empty list of words, compared in lowercase. */
export const wordList = z.array(z.string().trim().min(1)).min(1);

/** Word → suggested replacement (null: no suggestion). Keys keep their spelling for display. */
export const replacementMap = z.record(z.string().trim().min(1), z.string().trim().min(1).nullable());

export function lowerSet(words: readonly string[]): Set<string> {
  return new Set(words.map((word) => word.toLowerCase()));
}
