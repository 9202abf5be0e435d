/**
 * The kinds of personal data LLMoin pseudonymises. The ids are a configuration contract
 * (LLMOIN_PSEUDONYMIZE_TYPES): extend, never rename. Each kind has a German placeholder label
 * that models copy reliably: upper case ASCII, no umlauts, no spaces.
 */
export const EMAIL = 'email';
export const PHONE = 'phone';
export const IBAN = 'iban';
export const TAX_ID = 'tax-id';
export const SOCIAL_SECURITY_NUMBER = 'social-security-number';
export const ID_DOCUMENT = 'id-document';
export const LICENSE_PLATE = 'license-plate';
export const BIRTH_DATE = 'birth-date';
export const ADDRESS = 'address';
export const PERSON = 'person';
export const CASE_REFERENCE = 'case-reference';

export const PERSONAL_DATA_TYPES = [
  EMAIL,
  PHONE,
  IBAN,
  TAX_ID,
  SOCIAL_SECURITY_NUMBER,
  ID_DOCUMENT,
  LICENSE_PLATE,
  BIRTH_DATE,
  ADDRESS,
  PERSON,
  CASE_REFERENCE,
] as const;

export type PersonalDataType = (typeof PERSONAL_DATA_TYPES)[number];

export const PLACEHOLDER_LABELS: Readonly<Record<PersonalDataType, string>> = {
  [EMAIL]: 'EMAIL',
  [PHONE]: 'TELEFON',
  [IBAN]: 'IBAN',
  [TAX_ID]: 'STEUER_ID',
  [SOCIAL_SECURITY_NUMBER]: 'SV_NUMMER',
  [ID_DOCUMENT]: 'AUSWEIS',
  [LICENSE_PLATE]: 'KENNZEICHEN',
  [BIRTH_DATE]: 'GEBURTSDATUM',
  [ADDRESS]: 'ADRESSE',
  [PERSON]: 'PERSON',
  [CASE_REFERENCE]: 'AKTENZEICHEN',
};

/**
 * Overlaps are resolved by tier first (lower wins), then by length. Checksum-validated numbers are
 * near-certain; configured Aktenzeichen express the administrator's intent; context-free shapes
 * (phone, plate) come next; heuristics about names and addresses last.
 */
export const SPECIFICITY_TIER: Readonly<Record<PersonalDataType, number>> = {
  [IBAN]: 0,
  [TAX_ID]: 0,
  [SOCIAL_SECURITY_NUMBER]: 0,
  [ID_DOCUMENT]: 0,
  [EMAIL]: 0,
  [CASE_REFERENCE]: 1,
  [BIRTH_DATE]: 2,
  [LICENSE_PLATE]: 2,
  [PHONE]: 3,
  [ADDRESS]: 4,
  [PERSON]: 5,
};

/** A detected span; carries no text so that it is safe to count and pass around. */
export interface Finding {
  readonly type: PersonalDataType;
  readonly start: number;
  readonly end: number;
}

export function isPersonalDataType(value: string): value is PersonalDataType {
  return (PERSONAL_DATA_TYPES as readonly string[]).includes(value);
}
