import { LICENSE_PLATE_CODES } from './license-plate-codes';
import type { Span } from './span';

// Code (1–3 letters) – or space – 1–2 letters, optional space, 1–4 digits (no leading 0), E or H suffix.
const CANDIDATE = /(?<![\p{L}\p{N}/.-])([A-ZÄÖÜ]{1,3})(?:[-–]|[ \u00a0]|[ \u00a0]?[-–][ \u00a0]?)([A-Z]{1,2})[ \u00a0-]?([1-9]\d{0,3})([EH])?(?![\p{L}\p{N}]|[/.,]\d)/gu;
// Register numbers and standards with the same shape ("HR B 1234", "DIN EN 1234").
const LOOK_ALIKES = /^(?:HR [AB]|DIN EN|EN ISO|DIN ISO|PR [A-Z]|VR [A-Z]|GR [A-Z])$/;

/**
 * German vehicle registration plates ("HH-AB 1234", "M XY 123E"). Only known Unterscheidungszeichen
 * count, and at most eight letters and digits in all, as the FZV allows.
 */
export function detectLicensePlates(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const [value, code = '', letters = '', digits = ''] = match;
    if (!LICENSE_PLATE_CODES.has(code)) continue;
    if (code.length + letters.length + digits.length > 8) continue;
    if (LOOK_ALIKES.test(`${code} ${letters}`)) continue;
    const start = match.index ?? 0;
    spans.push({ start, end: start + value.length });
  }
  return spans;
}
