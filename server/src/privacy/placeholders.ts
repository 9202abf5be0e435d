/**
 * Placeholders look like "[PERSON_1]": brackets, an upper-case label, an underscore and a number.
 * Models sometimes change the case or write a space instead of the underscore; restoring accepts
 * those variants, always looking the canonical form up in the mapping.
 */
export const PLACEHOLDER_PATTERN = /\[([A-Za-z]+(?:_[A-Za-z]+)?)[_ ](\d{1,5})\]/g;

export const formatPlaceholder = (label: string, number: number): string => `[${label}_${number}]`;

export const canonicalPlaceholder = (label: string, number: string): string => `[${label.toUpperCase()}_${Number(number)}]`;
