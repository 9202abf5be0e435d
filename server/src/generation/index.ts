export { answerQuestion, EXTRACTIVE_TEXT, type Answer, type Citation, type AnswerQuestionInput } from './answer-question';
export { splitSentences, type SentenceSpan } from './split-sentences';
