import { isValidSocialSecurityNumber } from '../checksums';
import type { Span } from './span';

// "15 070649 C 103", "15070649C103", "15 070649 C 10 3": area, ddmmyy, letter, serial, check digit.
const CANDIDATE = /(?<![\p{L}\p{N}])\d{2}[ \u00a0]?\d{6}[ \u00a0]?[A-Z][ \u00a0]?\d{2}[ \u00a0]?\d(?![\p{L}\p{N}])/gu;

/** Sozialversicherungs- (Renten-) versicherungsnummern with a valid birth date and check digit. */
export function detectSocialSecurityNumbers(text: string): Span[] {
  return [...text.matchAll(CANDIDATE)]
    .filter((match) => isValidSocialSecurityNumber(match[0]))
    .map((match) => ({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length }));
}
