import { deadlinesSuite } from './deadlines-suite';
import { gatesSuite } from './gates';
import { performanceSuite } from './performance-suite';
import { researchAnswerSuite } from './research-answer-suite';
import { retrievalSuite } from './retrieval-suite';
import { simplificationSuite } from './simplification-suite';
import type { EvalSuite } from './suite';
import { summarizationSuite } from './summarization-suite';

/** Every suite `npm run eval -- <suite>` knows. A new suite: one file exporting an EvalSuite, one line here. */
export const SUITES: readonly EvalSuite[] = [
  retrievalSuite,
  researchAnswerSuite,
  summarizationSuite,
  simplificationSuite,
  deadlinesSuite,
  performanceSuite,
  gatesSuite,
];

export function findSuite(name: string): EvalSuite | undefined {
  return SUITES.find((suite) => suite.name === name);
}
