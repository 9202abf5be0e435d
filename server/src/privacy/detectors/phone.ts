import { lineBefore, type Span } from './span';

const SPACE = '[ \\u00a0]';
const SEPARATOR = `(?:${SPACE}?[/–-]${SPACE}?|${SPACE})`;
// Country code with the area code (no leading 0), an area code in brackets, or a national area code.
const PREFIX = `(?:(?:\\+|00)49(?:${SPACE}|-)?(?:\\(0\\)${SPACE}?)?[1-9]\\d{1,4}|\\(0[1-9]\\d{1,4}\\)|0[1-9]\\d{0,4})`;
const CANDIDATE = new RegExp(`(?<![\\p{L}\\p{N}+/])${PREFIX}(?:${SEPARATOR}?\\d{1,8}){1,5}(?!\\p{N})`, 'gu');

// Other countries only in the "+" form: "+43 1 4000 8090", "+33 1 23 45 67 89".
const FOREIGN = /(?<![\p{L}\p{N}+/])\+(?!49)[1-9]\d{0,2}(?:[ \u00a0-]\(0\))?(?:[ \u00a0-]\d{1,6}){2,6}(?!\p{N})/gu;
const PHONE_CONTEXT = /(tel\.?|telefon|fon|fax|telefax|mobil|handy|rufnummer|durchwahl|erreichbar|anrufen|ruf|☎)[^\n\d]{0,35}$/iu;
// Reference numbers that also start with 0 are not telephone numbers.
const REFERENCE_CONTEXT = /(\baz|aktenzeichen|\bgz|zeichen|vorgang|kunden|rechnungs|mandats|vertrags|steuer|\bbic|\bblz|\bplz|postfach|konto)[\p{L}-]*(?:[\s.:-]*(?:nr|nummer))?[\s:.]*$/iu;
const AMOUNT_AFTER = /^(?:[.,]\d|[ \u00a0]?(?:€|eur\b|euro\b|%|prozent\b))/iu;
const MOBILE = /^01[5-7]\d/;

/**
 * German telephone and fax numbers: +49 / 0049 / national forms with separators, (040) 12 34 56,
 * extensions "-78", mobile 015x–017x. Dots never occur (so dates and amounts do not match), a run
 * of digits without separators needs a mobile prefix or a word such as "Tel.", and numbers after
 * "Az.", "Kassenzeichen" and the like are left alone.
 */
export function detectPhones(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const value = match[0].replace(/[ \u00a0/–-]+$/u, '');
    const start = match.index ?? 0;
    const before = lineBefore(text, start, 40);
    if (/\d[ \u00a0/-]?$/u.test(before)) continue;
    if (AMOUNT_AFTER.test(text.slice(start + value.length))) continue;
    const national = value.replace(/^(?:\+|00)49/, '0').replace(/\(0\)/, '').replace(/\D/g, '').replace(/^0?/, '0');
    if (national.length < 7 || national.length > 14) continue;
    if (/^\d{1,2}[-/–]\d{1,2}[-/–]\d{2,4}$/u.test(value)) continue;
    const international = /^(?:\+|00)49/.test(value);
    const hasContext = PHONE_CONTEXT.test(before);
    if (!hasContext && REFERENCE_CONTEXT.test(before)) continue;
    const separated = /[ \u00a0/–()-]/u.test(value.replace(/^\+49|^0049/, ''));
    if (!international && !separated && !hasContext && !MOBILE.test(national)) continue;
    spans.push({ start, end: start + value.length });
  }
  for (const match of text.matchAll(FOREIGN)) {
    const digits = match[0].replace(/\(0\)/, '').replace(/\D/g, '');
    if (digits.length >= 8 && digits.length <= 15) spans.push({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
  }
  return spans;
}
