import {
  icaoCheckDigit, isValidDocumentNumberWithCheckDigit, isValidIban, isValidSocialSecurityNumber, isValidTaxId,
  iso7064Mod1110CheckDigit,
} from './checksums';

describe('isValidIban (ISO 13616 mod 97)', () => {
  it.each([
    'DE89 3704 0044 0532 0130 00', // the well-known sample IBAN
    'DE89370400440532013000',
    'de89 3704 0044 0532 0130 00',
    'DE02 1203 0000 0000 2020 51',
    'DE44 5001 0517 5407 3249 31',
    'GB82 WEST 1234 5698 7654 32',
    'FR14 2004 1010 0505 0001 3M02 606',
    'AT61 1904 3002 3457 3201',
    'CH93 0076 2011 6238 5295 7',
    'NL91 ABNA 0417 1643 00',
  ])('accepts %s', (iban) => expect(isValidIban(iban)).toBe(true));

  it.each([
    ['DE88 3704 0044 0532 0130 00', 'check digits changed: remainder 0'],
    ['DE89 3704 0044 0532 0130 01', 'last digit changed: remainder 28'],
    ['DE89 3704 0044 0532 0130 0', 'one character short of the 22 a German IBAN has'],
    ['DE89 3704 0044 0532 0130 000', 'one character too many'],
    ['XX89 3704 0044 0532 0130 00', 'no such country'],
    ['DE98ZZZ09999999999', 'a SEPA creditor id, not an IBAN'],
  ])('rejects %s (%s)', (iban) => expect(isValidIban(iban)).toBe(false));
});

describe('Steuer-ID (ISO 7064 MOD 11,10 and the digit-frequency rule)', () => {
  it('computes the check digit step by step', () => {
    // 8 6 0 9 5 7 4 2 7 1, product starts at 10; per digit: sum = (d + product) mod 10 (0 → 10),
    // product = 2·sum mod 11 → 5, 2, 4, 6, 2, 7, 2, 8, 10, 2; check = 11 − 2 = 9.
    expect(iso7064Mod1110CheckDigit('8609574271')).toBe(9);
    // 3 3 1 8 4 5 7 2 9 0 ends with product 1 → check 10 → written as 0.
    expect(iso7064Mod1110CheckDigit('3318457290')).toBe(0);
  });

  it.each([
    '86095742719', // 7 twice
    '86 095 742 719',
    '12345678911', // 1 twice
    '33184572900', // 3 twice, adjacent (allowed for a pair)
    '12131456787', // 1 three times, never adjacent
    '29347105668', // 6 twice
    '70293815606', // 0 twice
    '48291736543', // 4 twice
  ])('accepts %s', (taxId) => expect(isValidTaxId(taxId)).toBe(true));

  it.each([
    ['86095742718', 'wrong check digit'],
    ['06095742719', 'leading zero'],
    ['47163528901', 'check digit right, but all ten digits differ'],
    ['56423981158', 'check digit right, but two digits repeat'],
    ['11123456786', 'check digit right, but a digit three times in a row'],
    ['8609574271', 'ten digits'],
  ])('rejects %s (%s)', (taxId) => expect(isValidTaxId(taxId)).toBe(false));
});

describe('Versicherungsnummer (weights 2 1 2 5 7 1 2 1 2 1 2 1, digit sums, mod 10)', () => {
  it.each([
    // 15 070649 C 10: digits 1 5 0 7 0 6 4 9 0 3 1 0 (C = 03); products 2 5 0 35 0 6 8 9 0 3 2 0;
    // digit sums 2+5+0+8+0+6+8+9+0+3+2+0 = 43 → check digit 3.
    '15 070649 C 103',
    '15070649C103',
    '65 170839 J 003',
    '12 030585 M 525',
    '53 250190 W 013',
    '38 150372 S 516',
    '04 150481 A 006',
  ])('accepts %s', (number) => expect(isValidSocialSecurityNumber(number)).toBe(true));

  it.each([
    ['15 070649 C 104', 'wrong check digit'],
    ['15 320649 C 102', 'day 32 (the checksum of these digits would be 2)'],
    ['15 071349 C 10 3', 'month 13'],
    ['15 070649 1 103', 'digit where the letter belongs'],
  ])('rejects %s (%s)', (number) => expect(isValidSocialSecurityNumber(number)).toBe(false));
});

describe('ICAO 9303 check digit of Personalausweis and Reisepass numbers', () => {
  it('follows the 7-3-1 weights with letters as 10…35', () => {
    // T22000129: T=29 → 29·7 + 2·3 + 2·1 + 0 + 0 + 0 + 1·7 + 2·3 + 9·1 = 233 → 3 (Mustermann sample ID card).
    expect(icaoCheckDigit('T22000129')).toBe(3);
    // C01X00T47: 12·7 + 0 + 1 + 33·7 + 0 + 0 + 29·7 + 4·3 + 7 = 538 → 8 (sample passport).
    expect(icaoCheckDigit('C01X00T47')).toBe(8);
    expect(icaoCheckDigit('L01X00T47')).toBe(1);
    expect(icaoCheckDigit('<<<<<<<<<')).toBe(0);
  });

  it('accepts a number with its check digit and rejects look-alikes', () => {
    expect(isValidDocumentNumberWithCheckDigit('T220001293')).toBe(true);
    expect(isValidDocumentNumberWithCheckDigit('C01X00T478')).toBe(true);
    expect(isValidDocumentNumberWithCheckDigit('C01X00T479')).toBe(false);
    // A is not in the document alphabet (no vowels); 4 would be its right check digit (10·7 + … = 524).
    expect(isValidDocumentNumberWithCheckDigit('A01X00T474')).toBe(false);
    expect(isValidDocumentNumberWithCheckDigit('C01X00T47')).toBe(false);
  });
});
