import { PERSONAL_DATA_TYPES, parsePseudonymizationSettings, pseudonymizationSettingsSchema } from './index';

describe('parsePseudonymizationSettings', () => {
  it('defaults to enabled, every type, no patterns, no allowlist', () => {
    const settings = parsePseudonymizationSettings({});
    expect(settings.enabled).toBe(true);
    expect([...settings.types]).toEqual([...PERSONAL_DATA_TYPES]);
    expect(settings.caseReferencePatterns).toEqual([]);
    expect(settings.allowlist).toEqual([]);
  });

  it('reads the strings environment variables deliver', () => {
    const settings = parsePseudonymizationSettings({
      enabled: 'no',
      types: ' email, iban ,phone',
      caseReferencePatterns: String.raw`\d{2}-\d{4}/\d{2,4};;(?:BA|OA)-\d{4}`,
      allowlist: 'poststelle@musterhaven.de; Rathausmarkt 1, 20095 Hamburg',
    });
    expect(settings.enabled).toBe(false);
    expect([...settings.types].sort()).toEqual(['email', 'iban', 'phone']);
    expect(settings.caseReferencePatterns.map((pattern) => pattern.source)).toEqual([String.raw`\d{2}-\d{4}\/\d{2,4}`, '(?:BA|OA)-\\d{4}']);
    expect(settings.allowlist).toEqual(['poststelle@musterhaven.de', 'Rathausmarkt 1, 20095 Hamburg']);
  });

  it('switches single types off with "all,-type"', () => {
    const settings = parsePseudonymizationSettings({ types: 'all,-person,-address' });
    expect(settings.types.has('person')).toBe(false);
    expect(settings.types.has('address')).toBe(false);
    expect(settings.types.size).toBe(PERSONAL_DATA_TYPES.length - 2);
  });

  it('rejects unknown types, broken regexes and patterns matching the empty string, naming the problem', () => {
    const unknownType = pseudonymizationSettingsSchema.safeParse({ types: 'email,telefon' });
    expect(unknownType.success).toBe(false);
    expect(unknownType.error?.issues[0]?.message).toMatch(/unknown type "telefon"/);
    const broken = pseudonymizationSettingsSchema.safeParse({ caseReferencePatterns: '(\\d+' });
    expect(broken.error?.issues[0]?.message).toMatch(/invalid pattern "\(\\\\d\+"/);
    const empty = pseudonymizationSettingsSchema.safeParse({ caseReferencePatterns: '\\d*' });
    expect(empty.error?.issues[0]?.message).toMatch(/matches the empty string/);
    expect(pseudonymizationSettingsSchema.safeParse({ enabled: 'vielleicht' }).success).toBe(false);
  });
});
