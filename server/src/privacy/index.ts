export * from './personal-data-types';
export { Pseudonymizer, pseudonymize, type PseudonymizedText, type PseudonymizationResult } from './pseudonymizer';
export { PseudonymMapping } from './pseudonym-mapping';
export { restore, createStreamingRestorer, type StreamingRestorer } from './restore';
export {
  DEFAULT_PSEUDONYMIZATION_SETTINGS,
  parsePseudonymizationSettings,
  pseudonymizationSettingsSchema,
  enabledFlagSchema,
  personalDataTypesSchema,
  caseReferencePatternsSchema,
  allowlistSchema,
  type PseudonymizationSettings,
  type PseudonymizationSettingsInput,
} from './settings';
export { isValidIban, isValidTaxId, isValidSocialSecurityNumber, icaoCheckDigit, isValidDocumentNumberWithCheckDigit } from './checksums';
export { createPrivacyGuard } from './privacy-guard';
