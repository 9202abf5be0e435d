import { IBAN_LENGTHS } from './iban-lengths';

/** Letters count as 10 (A) … 35 (Z) in IBAN and ICAO 9303 check digits. */
const letterValue = (character: string): number => character.charCodeAt(0) - 55;

/**
 * ISO 13616 IBAN check: known country, registered length, and the number formed by moving the
 * first four characters to the end (letters as 10…35) is 1 modulo 97.
 */
export function isValidIban(value: string): boolean {
  const iban = value.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  if (IBAN_LENGTHS[iban.slice(0, 2)] !== iban.length) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const character of rearranged) {
    const digits = /\d/.test(character) ? character : String(letterValue(character));
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** ISO 7064 MOD 11,10 check digit over the given digits (used by the Steuer-ID). */
export function iso7064Mod1110CheckDigit(digits: string): number {
  let product = 10;
  for (const digit of digits) {
    let sum = (Number(digit) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

/**
 * Steuerliche Identifikationsnummer (§ 139b AO): 11 digits, the first not 0; among the first ten
 * digits exactly one digit occurs twice or three times (three times never as a run of three
 * adjacent digits), all others at most once; the eleventh is the MOD 11,10 check digit.
 */
export function isValidTaxId(value: string): boolean {
  const digits = value.replace(/\s+/g, '');
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const body = digits.slice(0, 10);
  const counts = new Map<string, number>();
  for (const digit of body) counts.set(digit, (counts.get(digit) ?? 0) + 1);
  const repeated = [...counts.entries()].filter(([, count]) => count > 1);
  if (repeated.length !== 1) return false;
  const [digit, count] = repeated[0] as [string, number];
  if (count > 3) return false;
  if (count === 3 && body.includes(digit.repeat(3))) return false;
  return iso7064Mod1110CheckDigit(body) === Number(digits[10]);
}

const SOCIAL_SECURITY_WEIGHTS = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];

/**
 * Versicherungsnummer der Rentenversicherung (§ 147 SGB VI, VKVV): area number (2 digits), birth
 * date ddmmyy, first letter of the birth name, serial number (2 digits), check digit. The letter
 * becomes its two-digit alphabet position; the twelve digits are weighted 2 1 2 5 7 1 2 1 2 1 2 1,
 * the digit sums of the products are added, and the sum modulo 10 is the check digit.
 */
export function isValidSocialSecurityNumber(value: string): boolean {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  const match = /^(\d{2})(\d{2})(\d{2})(\d{2})([A-Z])(\d{2})(\d)$/.exec(compact);
  if (!match) return false;
  const [, area, day, month, year, letter, serial, check] = match as unknown as string[];
  if (Number(day) < 1 || Number(day) > 31 || Number(month) < 1 || Number(month) > 12) return false;
  const letterDigits = String(letterValue(letter as string) - 9).padStart(2, '0');
  const digits = `${area}${day}${month}${year}${letterDigits}${serial}`;
  let sum = 0;
  digits.split('').forEach((digit, index) => {
    const product = Number(digit) * (SOCIAL_SECURITY_WEIGHTS[index] ?? 0);
    sum += Math.floor(product / 10) + (product % 10);
  });
  return sum % 10 === Number(check);
}

/** ICAO 9303 check digit: weights 7, 3, 1 repeating; digits as is, A…Z as 10…35, '<' as 0. */
export function icaoCheckDigit(value: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  [...value.toUpperCase()].forEach((character, index) => {
    const numeric = /\d/.test(character) ? Number(character) : character === '<' ? 0 : letterValue(character);
    sum += numeric * (weights[index % 3] ?? 0);
  });
  return sum % 10;
}

/** Alphabet of German Personalausweis and Reisepass document numbers since 2010 (no vowels, no B, D, Q, S). */
export const DOCUMENT_NUMBER_ALPHABET = '0123456789CFGHJKLMNPRTVWXYZ';

/** A 9-character document number followed by its ICAO 9303 check digit. */
export function isValidDocumentNumberWithCheckDigit(value: string): boolean {
  const compact = value.toUpperCase();
  if (compact.length !== 10 || ![...compact.slice(0, 9)].every((c) => DOCUMENT_NUMBER_ALPHABET.includes(c))) return false;
  return /\d/.test(compact[9] ?? '') && icaoCheckDigit(compact.slice(0, 9)) === Number(compact[9]);
}
