import { z } from 'zod';
import { PERSONAL_DATA_TYPES, isPersonalDataType, type PersonalDataType } from './personal-data-types';

/** What the service pseudonymises before a model sees a text. */
export interface PseudonymizationSettings {
  readonly enabled: boolean;
  readonly types: ReadonlySet<PersonalDataType>;
  /** Aktenzeichen / Geschäftszeichen schemes of this administration (compiled with flags "gu"). */
  readonly caseReferencePatterns: readonly RegExp[];
  /** Exact strings (compared case-insensitively) that stay visible, e.g. the authority's own mailbox. */
  readonly allowlist: readonly string[];
}

export const DEFAULT_PSEUDONYMIZATION_SETTINGS: PseudonymizationSettings = {
  enabled: true,
  types: new Set(PERSONAL_DATA_TYPES),
  caseReferencePatterns: [],
  allowlist: [],
};

export const enabledFlagSchema = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/** "all", a comma list of type ids, or "all,-person" to switch single types off. */
export const personalDataTypesSchema = z.string().transform((value, context) => {
  const entries = value.split(',').map((entry) => entry.trim()).filter(Boolean);
  const types = new Set<PersonalDataType>();
  for (const entry of entries.length ? entries : ['all']) {
    const removal = entry.startsWith('-');
    const name = removal ? entry.slice(1) : entry;
    const named = name === 'all' ? [...PERSONAL_DATA_TYPES] : isPersonalDataType(name) ? [name] : null;
    if (!named) {
      context.addIssue({ code: 'custom', message: `unknown type "${name}"; known: all, ${PERSONAL_DATA_TYPES.join(', ')}` });
      return z.NEVER;
    }
    for (const type of named) {
      if (removal) types.delete(type);
      else types.add(type);
    }
  }
  return types as ReadonlySet<PersonalDataType>;
});

/** Regular expressions separated by ";;" or line breaks (commas occur inside regexes, ";;" does not). */
export const caseReferencePatternsSchema = z.string().transform((value, context) => {
  const patterns: RegExp[] = [];
  for (const source of value.split(/;;|\r?\n/).map((entry) => entry.trim()).filter(Boolean)) {
    try {
      const pattern = new RegExp(source, 'gu');
      if (pattern.test('')) throw new Error('matches the empty string');
      patterns.push(pattern);
    } catch (error) {
      context.addIssue({ code: 'custom', message: `invalid pattern ${JSON.stringify(source)}: ${(error as Error).message}` });
      return z.NEVER;
    }
  }
  return patterns as readonly RegExp[];
});

/** Entries separated by ";" (addresses and names contain commas). */
export const allowlistSchema = z.string().transform(
  (value) => value.split(';').map((entry) => entry.trim()).filter(Boolean) as readonly string[],
);

/** The settings from plain strings, as environment variables deliver them; every field optional. */
export const pseudonymizationSettingsSchema = z
  .object({
    enabled: enabledFlagSchema.default(true),
    types: personalDataTypesSchema.default(new Set(PERSONAL_DATA_TYPES)),
    caseReferencePatterns: caseReferencePatternsSchema.default([]),
    allowlist: allowlistSchema.default([]),
  })
  .transform((settings): PseudonymizationSettings => settings);

export type PseudonymizationSettingsInput = z.input<typeof pseudonymizationSettingsSchema>;

export function parsePseudonymizationSettings(input: PseudonymizationSettingsInput): PseudonymizationSettings {
  return pseudonymizationSettingsSchema.parse(input);
}
