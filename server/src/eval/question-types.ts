/**
 * Coarse question types for the failure analysis: the first German interrogative of the question
 * ("In welchem Jahr …" → welche), else `ja/nein` for verb-first questions, else `andere`.
 */
export type QuestionType =
  | 'wer' | 'was' | 'wann' | 'wo' | 'wie viel' | 'wie' | 'welche' | 'warum' | 'wo+präp' | 'ja/nein' | 'andere';

const PATTERNS: Array<[QuestionType, RegExp]> = [
  ['wie viel', /^wie\s+(?:viele?|vielen|lange|oft|hoch|alt|groß|gross|weit|teuer)$/],
  ['wer', /^(?:wer|wem|wen|wessen)$/],
  ['was', /^was$/],
  ['wann', /^wann$/],
  ['wo', /^(?:wo|woher|wohin)$/],
  ['welche', /^welch(?:e|er|es|em|en)?$/],
  ['warum', /^(?:warum|weshalb|wieso|weswegen)$/],
  ['wo+präp', /^wo(?:r|)(?:an|auf|aus|bei|durch|für|fuer|gegen|mit|nach|über|ueber|um|unter|von|vor|zu|in)$/],
  ['wie', /^wie$/],
];

export function questionType(question: string): QuestionType {
  const words = question.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const pair = `${word} ${words[i + 1] ?? ''}`;
    for (const [type, pattern] of PATTERNS) {
      if (pattern.test(type === 'wie viel' ? pair : word)) return type;
    }
  }
  return /\?\s*$/.test(question) ? 'ja/nein' : 'andere';
}
