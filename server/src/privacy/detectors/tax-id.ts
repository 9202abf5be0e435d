import { isValidTaxId } from '../checksums';
import type { Span } from './span';

// 11 digits, compact or grouped by single spaces (usually 2-3-3-3); not inside a longer number.
const TAX_ID_CANDIDATE = /(?<![\p{L}\p{N}+,.]|\d[ \u00a0])[1-9]\d(?:[ \u00a0]?\d){9}(?![\p{L}\p{N}]|[.,]\d|[ \u00a0]\d)/gu;

/** Steuerliche Identifikationsnummern: shape, digit-frequency rule and MOD 11,10 check digit. */
export function detectTaxIds(text: string): Span[] {
  return [...text.matchAll(TAX_ID_CANDIDATE)]
    .filter((match) => isValidTaxId(match[0]))
    .map((match) => ({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length }));
}
