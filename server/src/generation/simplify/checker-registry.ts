import type { CheckerKind } from './checker-kind';
import { longCompoundsChecker } from './compound-checker';
import { genitiveChecker } from './genitive-checker';
import { oneStatementChecker, sentenceLengthChecker } from './sentence-checkers';
import { passiveVoiceChecker, subjunctiveChecker } from './verb-checkers';
import { abbreviationsChecker, foreignWordsChecker, negationChecker, numberWordsChecker } from './word-checkers';

/** The fixed set of checker kinds a rule file may name in `check`. */
export const CHECKER_KINDS: ReadonlyMap<string, CheckerKind> = new Map(
  [
    sentenceLengthChecker, oneStatementChecker, passiveVoiceChecker, subjunctiveChecker, longCompoundsChecker,
    numberWordsChecker, negationChecker, foreignWordsChecker, abbreviationsChecker, genitiveChecker,
  ].map((checker) => [checker.kind, checker]),
);
