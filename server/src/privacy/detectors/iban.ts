import { isValidIban } from '../checksums';
import { IBAN_LENGTHS } from '../iban-lengths';
import { isWordCharacter, type Span } from './span';

const IBAN_START = /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}(?=[ \u00a0]?[A-Za-z0-9])/gu;

/**
 * IBANs of any registered country, compact or in groups of four; the registered length says
 * where the IBAN ends, the mod-97 checksum rejects look-alikes.
 */
export function detectIbans(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(IBAN_START)) {
    const start = match.index ?? 0;
    const length = IBAN_LENGTHS[match[0].slice(0, 2).toUpperCase()];
    if (length === undefined) continue;
    let count = 0;
    let position = start;
    while (position < text.length && count < length) {
      const character = text[position] as string;
      if (/[A-Za-z0-9]/.test(character)) count += 1;
      // Only single spaces inside an IBAN, never at its end.
      else if (!/[ \u00a0]/.test(character) || /[ \u00a0]/.test(text[position - 1] ?? '')) break;
      position += 1;
    }
    if (count !== length || isWordCharacter(text[position])) continue;
    if (isValidIban(text.slice(start, position))) spans.push({ start, end: position });
  }
  return spans;
}
